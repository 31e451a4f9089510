/**
 * The generic reader for human-readable bounces. Most MTAs write one block per failed
 * recipient that starts with the address at the beginning of a line and continues with
 * the reason:
 *
 *   <nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 ...   (Postfix)
 *     nobody@example.org                                                        (Exim)
 *       SMTP error from remote mail server after RCPT TO:<nobody@example.org>: ...
 *   <nobody@example.org>:                                                       (qmail)
 *   Remote host said: 550 ...
 *
 * When no block starts with an address, the paragraph that holds an SMTP reply is taken
 * as the reason and the recipient comes from the headers.
 */
import type { Scan, Range } from '../scan.ts';
import { header } from '../scan.ts';
import type { RawRecipient } from '../formats/types.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from './address.ts';
import { findCommand } from './command.ts';
import { viewOfLines } from './diagnostic.ts';
import { TextView } from '../text/view.ts';

/** Lines that start the returned original inside the text: read no further. */
export const RE_RETURNED_START =
  /^\s*(?:[-=*_]{2,}.*(?:original|copy of|returned|undelivered|headers? of|message follows|rfc822)|.*(?:below this line is a copy|original message follows|unsent message below|your message reads|original message headers|this is a copy of (?:the|your) message|headers of (?:the|your) (?:original|returned) message follow)|content-type:\s*message\/rfc822)/i;

/** A line that opens a recipient block: the address comes first. */
// A dash ends the address only when it stands apart ("nobody@example.org -- reason",
// "... -> ..."): inside a domain ("nobody@mail-example.org") it is part of the address.
const RE_RECIPIENT_LINE = /^[ \t]*(?:[<"'(]?)([^\s<>"'()@,;:]+@[^\s<>"'(),;:]+?)(?:[>"')]?)(?:[ \t]*(?::|\.\.\.|\(|,|-{1,2}>?(?=\s|$)|$)|[ \t]+(?=\S))/;

/** Header-like lines that mention addresses but open no block. */
const RE_HEADERISH = /^[ \t]*(?:to|from|cc|bcc|reply-to|sender|return-path|delivered-to|x-[a-z-]+|received|message-id|in-reply-to|references|original-recipient|final-recipient)\s*:/i;

/** Words that can start the returned original; only lines holding one are tested in full. */
const RE_RETURNED_CUE = /original|copy of|returned|undelivered|headers? of|message follows|rfc822|below this line|unsent message|your message reads/g;
const RE_RETURNED_CUE_I = new RegExp(RE_RETURNED_CUE.source, 'gi');
const textEndCache = new WeakMap<Range, number>();

/** Where the human-readable text of a range ends: at the line that starts the returned original. */
export function textEnd(document: string, range: Range): number {
  const cached = textEndCache.get(range);
  if (cached !== undefined) return cached;
  let end = range.end;
  // Searched case-insensitively as it stands rather than lower-cased first (lower-casing
  // costs more than the search). The matches and offsets are the same unless the text
  // holds one of the only two characters that lower-case to ASCII letters: İ and the
  // Kelvin sign (İ also becomes two characters). Then it is lower-cased as before.
  let text = document.slice(range.start, range.end);
  let cue = RE_RETURNED_CUE_I;
  if (text.indexOf('\u0130') !== -1 || text.indexOf('\u212a') !== -1) {
    text = text.toLowerCase();
    cue = RE_RETURNED_CUE;
  }
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    // The line the cue is on.
    let ls = m.index;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
    let le = m.index;
    while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    if (RE_RETURNED_START.test(text.slice(ls, Math.min(le, ls + 160)))) {
      end = range.start + ls;
      break;
    }
    cue.lastIndex = le;
  }
  textEndCache.set(range, end);
  return end;
}

function indentOf(line: string): number {
  let n = 0;
  while (n < line.length && (line[n] === ' ' || line[n] === '\t')) n++;
  return n;
}

interface Block {
  address: { value: string; start: number; end: number };
  lines: Line[];
  /** Offset where the reason starts on the first line (after the address). */
  restStart: number;
}

function blocksIn(document: string, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  // Set when an address stood alone on its line and a blank line followed: its reason
  // is the next paragraph (Gmail and Exchange write it that way).
  let awaitingReason = false;
  for (const line of splitLines(document, start, end)) {
    if (isBlank(document, line)) {
      if (current && current.lines.length === 1 && current.restStart >= current.lines[0].end && !awaitingReason) {
        awaitingReason = true;
        continue;
      }
      if (current) blocks.push(current);
      current = null;
      awaitingReason = false;
      continue;
    }
    const text = document.slice(line.start, Math.min(line.end, line.start + 400));
    // Only a line with an address can open a block; the others continue the current one.
    const m: RegExpExecArray | null = text.indexOf('@') === -1 || RE_HEADERISH.test(text) || continuesBlock(document, current, text) ? null : RE_RECIPIENT_LINE.exec(text);
    if (m && m[1].includes('.') && /@[^@]+\.[a-z]{2,}/i.test(m[1])) {
      if (current) blocks.push(current);
      awaitingReason = false;
      const addrStart = line.start + m.index + m[0].indexOf(m[1]);
      const addr = firstAddress(document, addrStart, addrStart + m[1].length + 1);
      if (!addr) {
        current = null;
        continue;
      }
      let rest: number = line.start + m[0].length;
      while (rest < line.end && /[\s:>.-]/.test(document[rest])) rest++;
      current = { address: { value: addr.address, start: addr.start, end: addr.end }, lines: [line], restStart: rest };
      continue;
    }
    current?.lines.push(line);
  }
  if (current) blocks.push(current);
  return blocks;
}

/**
 * Does this line continue the block rather than open a new one? A line indented deeper
 * than the block's address line does, even when it starts with an address (Postfix wraps
 * "<addr>... User unknown" that way), and so does any line after a reply cut right after
 * its code ("... said: 550 5.2.1").
 */
function continuesBlock(document: string, current: Block | null, text: string): boolean {
  if (!current) return false;
  const first = current.lines[0];
  if (indentOf(text) > indentOf(document.slice(first.start, first.end))) return true;
  const last = current.lines[current.lines.length - 1];
  return /(?:said:|[245]\d\d|[245]\.[0-7]\.\d{1,3})\s*$/.test(document.slice(last.start, last.end));
}

function viewOfBlock(document: string, block: Block): TextView {
  const first = block.lines[0];
  const lines: Line[] = [];
  if (block.restStart < first.end) lines.push({ start: block.restStart, end: first.end, next: first.next });
  for (let i = 1; i < block.lines.length; i++) lines.push(block.lines[i]);
  return viewOfLines(document, lines);
}

function hasCode(view: TextView): boolean {
  return RE_HAS_CODE.test(view.text);
}

/** Does this view read like an error (a code, or words of refusal)? */
export function looksLikeError(view: TextView): boolean {
  return /\b[245]\d\d\b|[245]\.[0-7]\.\d{1,3}|unknown|not exist|no such|rejected|refused|denied|failed|full|quota|invalid|unavailable|blocked|error|disabled|timed? ?out|expired|too (?:large|big|many)|not found|unable|unrouteable|unroutable|suspended|inactive|giving up|couldn't|could not|cannot|can't|spam|blacklist|blocklist|policy|relay/i.test(
    view.text,
  );
}

/** Recipients from address-led blocks in the human-readable text. */
export function readTextBlocks(scan: Scan, ranges: Range[] = scan.bodies): RawRecipient[] {
  // Read once per scan: the bare-reply format asks before the text format does.
  if (ranges === scan.bodies) {
    let blocks = blocksCache.get(scan);
    if (!blocks) blocksCache.set(scan, (blocks = readBlocks(scan, ranges)));
    return blocks;
  }
  return readBlocks(scan, ranges);
}

const blocksCache = new WeakMap<Scan, RawRecipient[]>();

function readBlocks(scan: Scan, ranges: Range[]): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  const seen = new Map<string, RawRecipient>();
  for (const range of ranges) {
    const end = textEnd(doc, range);
    for (const block of blocksIn(doc, range.start, end)) {
      const view = viewOfBlock(doc, block);
      if (!view.length || !looksLikeError(view)) continue;
      const [s, e] = view.whole();
      const rcpt: RawRecipient = { address: block.address, diagnostic: view };
      const cmd = findCommand(doc, s, e);
      if (cmd) rcpt.command = cmd;
      const prior = seen.get(block.address.value);
      if (prior) {
        // The same address twice (Exchange writes a plain-words block, then one "for
        // administrators"): keep the block that carries the server's reply codes.
        if (!prior.diagnostic || prior.diagnostic.length < 8 || (!hasCode(prior.diagnostic) && hasCode(view))) Object.assign(prior, rcpt);
        continue;
      }
      seen.set(block.address.value, rcpt);
      out.push(rcpt);
    }
  }
  return out.length ? out : reasonFirstLines(doc, ranges);
}

/** "User's mailbox is full: <nobody@example.org>": the reason first, the address last. */
const RE_REASON_FIRST = /^[ \t]*([^<>\r\n]{6,160}?)\s*:\s*<?([^\s<>@]+@[^\s<>]+?)>?[ \t.]*$/;

const RE_LEAD_IN = /deliver|following|recipients?\b|addresse?s?\b|sent to|message to|failed to|could not send/i;

function reasonFirstLines(doc: string, ranges: Range[]): RawRecipient[] {
  const out: RawRecipient[] = [];
  for (const range of ranges) {
    for (const line of splitLines(doc, range.start, textEnd(doc, range))) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      if (text.indexOf('@') === -1 || RE_HEADERISH.test(text)) continue;
      const m = RE_REASON_FIRST.exec(text);
      if (!m) continue;
      const reasonStart = line.start + text.indexOf(m[1]);
      const view = new TextView().append(doc, reasonStart, reasonStart + m[1].length);
      // "Unable to deliver message to: <addr>" introduces the reason; it is not one.
      if (!looksLikeError(view) || RE_LEAD_IN.test(m[1])) continue;
      const addr = firstAddress(doc, line.start + text.lastIndexOf(m[2]), line.end);
      if (!addr) continue;
      out.push({ address: { value: addr.address, start: addr.start, end: addr.end }, diagnostic: view });
    }
  }
  return out;
}

const RE_HAS_CODE = /(?:^|[\s:(#])[45]\d\d[\s-]|[45]\.[0-7]\.\d{1,3}/;

/** The first paragraph of the text that holds an SMTP reply or status code. */
export function errorParagraph(scan: Scan, ranges: Range[] = scan.bodies): TextView | null {
  const doc = scan.document;
  for (const range of ranges) {
    let para: Line[] = [];
    const lines = splitLines(doc, range.start, textEnd(doc, range));
    for (let i = 0; i <= lines.length; i++) {
      const line = lines[i];
      if (line && !isBlank(doc, line)) {
        para.push(line);
        continue;
      }
      if (para.length && RE_HAS_CODE.test(doc.slice(para[0].start, para[para.length - 1].end))) {
        return viewOfLines(doc, para);
      }
      para = [];
    }
  }
  return null;
}

/** The failed recipient named by headers: X-Failed-Recipients, else the returned To. */
export function headerRecipients(scan: Scan): RawRecipient[] {
  const failed = header(scan.headers, 'x-failed-recipients');
  const out: RawRecipient[] = [];
  if (failed) {
    let at = failed.start;
    for (const part of failed.value.split(',')) {
      const a = firstAddress(scan.document, at, at + part.length + 1);
      if (a) out.push({ address: { value: a.address, start: a.start, end: a.end } });
      at += part.length + 1;
    }
    if (out.length) return out;
  }
  const to = header(scan.returnedHeaders, 'to');
  if (to) {
    const a = firstAddress(scan.document, to.start, to.end);
    if (a) return [{ address: { value: a.address, start: a.start, end: a.end } }];
  }
  return out;
}
