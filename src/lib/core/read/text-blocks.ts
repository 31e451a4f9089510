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
import { splitLines, eachLine, isBlank, type Line } from '../text/lines.ts';
import { findAddresses, firstAddress, type AddressMatch } from './address.ts';
import { findCommand } from './command.ts';
import { viewOfLines } from './diagnostic.ts';
import { TextView } from '../text/view.ts';
import { afterLastReplyStart } from '../parse/smtp-reply.ts';
import { hasReplyShape, looksLikeBounce } from './cues.ts';
import { endsWithLocalizedRecipientCue, findLocalizedReturnedStart, hasLocalizedGaveUpWords, hasLocalizedNoticeWords, hasLocalizedReportWords, isLocalizedClientHeaderLine, isLocalizedListLead, isLocalizedRecipientTitle, isLocalizedToLabel, startsWithLocalizedReasonLead, startsWithLocalizedRecipientCue } from '../../knowledge/languages/index.ts';
import { budget, ITEM_UNITS, runMemo } from '../budget.ts';
import { readWords } from '../classify/words.ts';
import { words } from '../text/pattern.ts';
import { continuesWrapped } from './wrapped.ts';

/**
 * Lines that start the returned original inside the text: read no further. (After a rule,
 * the words come before any address: in a copy whose mail view joined the lines, "-----
 * Transcript of session follows ----- <a@example.org>... Deferred: … message still
 * undelivered" is Sendmail's transcript, not the original.)
 */
export const RE_RETURNED_START =
  /^\s*(?:[-=*_]{2}[^@\r\n]*(?:original|copy of|returned|undelivered|headers? of|message follows|rfc822)|.*(?:below this line is a copy|original message follows|unsent message below|your message reads|original message headers|this is a copy of (?:the|your) message|headers of (?:the|your) (?:original|returned) message follow)|content-type:\s*message\/rfc822)/i;

/**
 * The Subject field's label at a line's start, in English and the languages of
 * knowledge/languages: Microsoft 365's delay and failure notices print the original's subject
 * ("Subject: …", translated: "Betreff:", "Objet :", "Asunto:", "Oggetto:", "Onderwerp:",
 * "Assunto:", "Temat:", "Ämne:", "Тема:", "件名:", "主题:", "主旨:", "제목:", "Konu:") under the
 * list of recipients (learn.microsoft.com, "Non-delivery reports in Exchange Online"; round lang30).
 */
const RE_SUBJECT_LINE = /^[ \t>]*(?:subject|betreff|objet|asunto|oggetto|onderwerp|assunto|temat|\u00e4mne|\u0442\u0435\u043c\u0430|\u4ef6\u540d|\u4e3b\u9898|\u4e3b\u65e8|\uc81c\ubaa9|konu)[ \t\u00a0]*[:\uff1a]/i;

/** A line that opens a recipient block: the address comes first. */
// A dash ends the address only when it stands apart ("nobody@example.org -- reason",
// "... -> ..."): inside a domain ("nobody@mail-example.org") it is part of the address.
// PHPMailer's error puts its lead-in before the block on the same line ("Mailer Error: SMTP
// Error: The following recipients failed: nobody@example.org: <the server's words>",
// PHPMailer's language file, 'recipients_failed'); the block starts after it. So does a
// sentence that opens with the delivery to the address and goes on to its failure (maddy's
// "Delivery to <addr> failed with error: <reply>", internal/dsn/dsn.go).
// A Japanese or Chinese notice puts a full-width colon after the address ("<addr>：此帳號已停用").
const RE_RECIPIENT_LINE = /^[ \t]*(?:[^\n]{0,80}?[Tt]he following recipients failed:[ \t]*|(?:[Mm]essage |[Mm]ail )?[Dd]elivery to[ \t]+(?=[<"']?[^\s<>"'()@,;:]+@[^\s<>"'(),;:]+?[>"']?[ \t]+(?:has |have )?failed\b))?(?:[<"'(]?)([^\s<>"'()@,;:\uff1a]+@[^\s<>"'(),;:\uff1a]+?)(?:[>"')]?)(?:[ \t]*(?:[:\uff1a]|\.\.\.|\(|,|-{1,2}>?(?=\s|$)|$)|[ \t]+(?=\S))/;

/**
 * CommuniGate Pro's line that opens each recipient's entry, "Failed to deliver to
 * '<a@example.org>'", its cause on the lines below ("SMTP module(domain …) reports:",
 * " host … says:", the reply; "LOCAL module(account …) reports:", the words).
 */
const RE_FAILED_TO_LINE = /^[ \t]*Failed to deliver to[ \t]+'<?([^\s<>"'()@,;:]+@[^\s<>"'(),;:]+?)>?'[ \t]*$/;

/** Header-like lines that mention addresses but open no block. */
const RE_HEADERISH = /^[ \t]*(?:to|from|cc|bcc|reply-to|sender|return-path|delivered-to|x-[a-z-]+|received|message-id|in-reply-to|references|original-recipient|final-recipient)\s*:/i;

/** Words that can start the returned original; only lines holding one are tested in full. */
const RE_RETURNED_CUE_TEST = /original|copy of|returned|undelivered|headers? of|message follows|rfc822|below this line|unsent message|your message reads/i;

/**
 * What a text is searched for to find the lines that may start the returned original
 * (each is then tested with RE_RETURNED_START). Its wordings after words hold one of
 * RE_RETURNED_WORDS; its wordings after a rule start with one (RE_RULE) where the line's
 * words start. Two searches for few alternatives each cost less than one for the ten cue
 * words (a search slows with every alternative that can start at a common letter).
 */
const RE_RETURNED_WORDS = /is a copy|message(?: follow| below| reads| headers|\/rfc822)/g;
const RE_RETURNED_WORDS_I = new RegExp(RE_RETURNED_WORDS.source, 'gi');
const RE_RULE = /[-=*_]{2}/g;
const RE_SPACE = /\s/;

/** Is text[i] white space (as `\s` reads it)? ASCII by a char test, the rest by the pattern. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0xa0 && RE_SPACE.test(text[i]);
}

/** Where the line that holds offset `i` of the text starts. */
function lineStartOf(text: string, i: number): number {
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** Where the line that holds offset `i` of the text ends. */
function lineEndOf(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** The start of the first line in text[0, limit) that starts the returned original (`isReturnedStart`, its first 160 characters), or -1. */
function returnedStartLine(text: string, words: RegExp, limit: number): number {
  let found = -1;
  words.lastIndex = 0;
  for (let m = words.exec(text); m && m.index < limit; m = words.exec(text)) {
    const ls = lineStartOf(text, m.index);
    const le = lineEndOf(text, m.index);
    if (isReturnedStart(text.slice(ls, Math.min(le, ls + 160)))) {
      found = ls;
      limit = ls;
      break;
    }
    words.lastIndex = le;
  }
  // A rule counts only where the line's words start (white space alone before it on its line).
  RE_RULE.lastIndex = 0;
  for (let m = RE_RULE.exec(text); m && m.index < limit; m = RE_RULE.exec(text)) {
    let ls = m.index;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13 && isSpaceAt(text, ls - 1)) ls--;
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) continue;
    const le = lineEndOf(text, m.index);
    if (isReturnedStart(text.slice(ls, Math.min(le, ls + 160)))) return ls;
    RE_RULE.lastIndex = le;
  }
  return found;
}

/**
 * Does this line start the returned original (RE_RETURNED_START)? Each of its wordings
 * holds one of the cue words, and looking for those costs a fraction of the full pattern
 * (whose `.*` tries every wording at every place): most lines are passed over with that.
 */
export function isReturnedStart(line: string): boolean {
  return RE_RETURNED_CUE_TEST.test(line) && RE_RETURNED_START.test(line);
}

/**
 * The ends found last, by range (the same object, so the same run): the readers ask for the
 * same few body ranges many times over. A short ring of them rather than a WeakMap, whose
 * entries (one per range ever read) cost more to add and to collect than the search.
 */
const TEXT_END_CACHE = 8;
const textEndRanges: (Range | null)[] = new Array<Range | null>(TEXT_END_CACHE).fill(null);
const textEndValues: number[] = new Array<number>(TEXT_END_CACHE).fill(0);
let textEndNext = 0;

/** Where the human-readable text of a range ends: at the line that starts the returned original. */
export function textEnd(document: string, range: Range): number {
  for (let k = 0; k < TEXT_END_CACHE; k++) if (textEndRanges[k] === range) return textEndValues[k];
  let end = range.end;
  // Searched case-insensitively as it stands rather than lower-cased first (lower-casing
  // costs more than the search). The matches and offsets are the same unless the text
  // holds one of the only two characters that lower-case to ASCII letters: İ and the
  // Kelvin sign (İ also becomes two characters). Then it is lower-cased as before.
  let text = document.slice(range.start, range.end);
  let words = RE_RETURNED_WORDS_I;
  if (text.indexOf('\u0130') !== -1 || text.indexOf('\u212a') !== -1) {
    text = text.toLowerCase();
    words = RE_RETURNED_WORDS;
  }
  const ls = returnedStartLine(text, words, text.length);
  if (ls !== -1) end = range.start + ls;
  // Or a localised heading before it ("Ursprüngliche Nachrichtenkopfzeilen:").
  const localized = findLocalizedReturnedStart(end < range.end ? text.slice(0, end - range.start) : text);
  if (localized !== -1) end = range.start + localized;
  textEndRanges[textEndNext] = range;
  textEndValues[textEndNext] = end;
  textEndNext = (textEndNext + 1) % TEXT_END_CACHE;
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
  const work = budget();
  const blocks: Block[] = [];
  let current: Block | null = null;
  // Set when an address stood alone on its line and a blank line followed: its reason
  // is the next paragraph (Gmail and Exchange write it that way).
  let awaitingReason = false;
  // Set when the line after that blank line was the original's subject (RE_SUBJECT_LINE).
  let subjectSkipped = false;
  // The next '@' at or after the line read (searched again only once passed): most lines
  // hold none, and are added to the current block without being cut out and tested.
  let at = document.indexOf('@', start);
  // The line before the one read (null after a blank line).
  let previous: Line | null = null;
  // Set when a blank line came after an address line whose reply broke off mid-sentence: the
  // block stays open for one more line, which goes on with it when it is a continuation
  // (indented deeper than the address line, as Postfix wraps a reply, or after a reply cut at
  // its code).
  let held = false;
  for (const line of eachLine(document, start, end)) {
    const above = previous;
    previous = line;
    if (held && current && !isBlank(document, line)) {
      held = false;
      if (continuesBlock(document, current, document.slice(line.start, Math.min(line.end, line.start + 400)))) {
        current.lines.push(line);
        continue;
      }
      blocks.push(current);
      current = null;
    }
    if (isBlank(document, line)) {
      previous = null;
      // The original's subject line passed over under an address alone: its reason is still to come.
      if (subjectSkipped) {
        subjectSkipped = false;
        continue;
      }
      // So is an address followed by a localised notice's title ("<…> へのメッセージを配信できませんでした").
      if (current && current.lines.length === 1 && !awaitingReason && (current.restStart >= current.lines[0].end || isLocalizedRecipientTitle(document.slice(current.restStart, Math.min(current.lines[0].end, current.restStart + 120))))) {
        awaitingReason = true;
        continue;
      }
      // A reply broken off mid-sentence on the address line ("… said: 554 5.1.1 Message", "…
      // said: 550 5.1.1") may go on below, past a blank line a copy put in (a view that makes each line a paragraph):
      // the next line decides (see `held`).
      if (current && !awaitingReason && !held && brokenOff(document, current)) {
        held = true;
        continue;
      }
      held = false;
      if (current) blocks.push(current);
      current = null;
      awaitingReason = false;
      continue;
    }
    const afterSubject = subjectSkipped;
    subjectSkipped = false;
    if (at !== -1 && at < line.start) at = document.indexOf('@', line.start);
    // Only a line with an address can open a block; the others continue the current one.
    if (at === -1 || at >= Math.min(line.end, line.start + 400)) {
      // A list's heading after an address alone and a blank line ("The following recipients'
      // mailboxes are full:"): it introduces the addresses under it, never the reason of the
      // one above it.
      if (awaitingReason && current && current.lines.length === 1 && isListHeading(document.slice(line.start, Math.min(line.end, line.start + 300)))) {
        blocks.push(current);
        current = null;
        awaitingReason = false;
        continue;
      }
      // The original's subject under the list ("Subject: Offer", "Betreff: Angebot", "Objet :
      // Devis", "件名: …"), as Microsoft 365's delay notice prints it between the recipients and
      // its sentence: the subject of the message, never the reason of the address above it.
      if (awaitingReason && current && current.lines.length === 1 && !afterSubject && RE_SUBJECT_LINE.test(document.slice(line.start, Math.min(line.end, line.start + 40)))) {
        subjectSkipped = true;
        continue;
      }
      current?.lines.push(line);
      continue;
    }
    const text = document.slice(line.start, Math.min(line.end, line.start + 400));
    // (Nor does a line right under a reply cut after its code, block or none: "Failure
    // Reason: 550 5.1.1" / "<a@example.org>: Recipient address rejected", as a narrow view breaks it.)
    // (Nor does a line that goes on with a sentence the line above broke off, as a
    // hard-wrapped copy breaks it: "… Domain of sender address" / "root@example.net does not exist".)
    const m: RegExpExecArray | null =
      RE_HEADERISH.test(text) || continuesBlock(document, current, text) || (!current && endsWithCode(document, above)) || continuesAbove(document, current, above, text) ? null : (RE_RECIPIENT_LINE.exec(text) ?? RE_FAILED_TO_LINE.exec(text));
    if (m && m[1].includes('.') && /@[^@]+\.[a-z]{2,}/i.test(m[1])) {
      // Each block costs its view, codes and stage later on.
      work.spend(ITEM_UNITS, line.start);
      if (current) blocks.push(current);
      awaitingReason = false;
      const addrStart = line.start + m.index + m[0].indexOf(m[1]);
      const addr = firstAddress(document, addrStart, addrStart + m[1].length + 1);
      if (!addr) {
        current = null;
        continue;
      }
      // Words with no space before the address are no address ("…ため、<addr> に…" in
      // Japanese or Chinese): the line is a sentence that names it, not a block it opens.
      if (addr.start > addrStart && !/^[\s<>"'(),;:]*$/.test(document.slice(addrStart, addr.start))) {
        current?.lines.push(line);
        continue;
      }
      let rest: number = line.start + m[0].length;
      while (rest < line.end && /[\s:>.\uff1a-]/.test(document[rest])) rest++;
      current = { address: { value: addr.address, start: addr.start, end: addr.end }, lines: [line], restStart: rest };
      continue;
    }
    current?.lines.push(line);
  }
  if (current) blocks.push(current);
  shareAwaitedReason(blocks, document);
  return blocks;
}

/**
 * Addresses alone on consecutive lines, then a blank line and the reason ("ed@example.org" /
 * "fay@example.net" / "" / "552 5.2.2 Mailbox full"): the reason is the whole list's, not the
 * last address's alone. Each address above the last, alone on its line right above the next,
 * reads the last one's words.
 */
function shareAwaitedReason(blocks: Block[], document: string): void {
  const alone = (b: Block): boolean => b.restStart >= b.lines[0].end;
  // The way a line writes its address ("<a@…>", "\"a@…\"", bare): a list's entries write theirs
  // alike; a quoted address over a bracketed one is a display name and its address, broken.
  const shape = (b: Block): string => {
    const c = document[b.address.start - 1];
    return c === '<' || c === '"' || c === "'" ? c : '';
  };
  for (let i = blocks.length - 1; i > 0; i--) {
    const last = blocks[i];
    // The last address's words stand under it after a blank line.
    if (!alone(last) || last.lines.length < 2 || last.lines[1].start === last.lines[0].next) continue;
    for (let j = i - 1; j >= 0; j--) {
      const b = blocks[j];
      if (!alone(b) || b.lines.length !== 1 || b.lines[0].next !== blocks[j + 1].lines[0].start || shape(b) !== shape(last)) break;
      b.lines = [b.lines[0], ...last.lines.slice(1)];
      i = j;
    }
  }
}

/**
 * Does this line continue the block rather than open a new one? A line indented deeper
 * than the block's address line does, even when it starts with an address (Postfix wraps
 * "<addr>... User unknown" that way), and so does any line after a reply cut right after
 * its code ("... said: 550 5.2.1", "... with error: SMTP error 550:").
 */
function continuesBlock(document: string, current: Block | null, text: string): boolean {
  if (!current) return false;
  const first = current.lines[0];
  if (indentOf(text) > indentOf(document.slice(first.start, first.end))) return true;
  return endsWithCode(document, current.lines[current.lines.length - 1]);
}

/** A header that names no recipient, its value on the line below (a long Message-Id wrapped). */
const RE_VALUE_BELOW = /^[ \t>]*(?:message-id|in-reply-to|references|return-path|delivered-to|x-[a-z-]+)[ \t]*:[ \t]*$/i;

/** Does this line go on with the sentence the line above broke off (`continuesWrapped`)? */
function continuesAbove(document: string, current: Block | null, above: Line | null, text: string): boolean {
  if (!above) return false;
  // A header of the returned original whose value the copy broke onto the next line
  // ("Message-Id:" / "<…@example.org>"): the address is the header's.
  if (above.end - above.start < 40 && RE_VALUE_BELOW.test(document.slice(above.start, above.end))) return true;
  const first = current ? current.lines[0] : null;
  return continuesWrapped(document.slice(Math.max(above.start, above.end - 200), above.end), text, first ? document.slice(first.start, Math.min(first.end, first.start + 400)) : null);
}

/**
 * Is the block a reply broken off mid-sentence: a server's reply begun on its address line
 * ("<a@example.org>: host … said: 554 5.1.1 Message"), or on a line of it a narrow or
 * hard-wrapping view broke ("<a@example.org>: host" / "mx… said: 554" / "5.7.1"), its last
 * line ending with a word or a code, not with a stop, a closing bracket or a colon?
 */
function brokenOff(document: string, block: Block): boolean {
  const line = block.lines[block.lines.length - 1];
  let e = line.end;
  while (e > line.start && (document.charCodeAt(e - 1) === 32 || document.charCodeAt(e - 1) === 9)) e--;
  if (e === line.start || !/[\p{L}\p{N},-]/u.test(document[e - 1])) return false;
  return /\bsaid:[ \t]*[245]\d\d\b/.test(document.slice(Math.max(block.lines[0].start, e - 1200), e));
}

/** Does the line end with a reply cut right after its code ("... said: 550 5.2.1", "SMTP error 550:")? */
function endsWithCode(document: string, line: Line | null): boolean {
  return line !== null && /(?:said:|[245]\d\d:?|[245]\.[0-7]\.\d{1,3})\s*$/.test(document.slice(Math.max(line.start, line.end - 200), line.end));
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
  // A code counts when it stands as a reply or a status does, not any number ("+1 555 0100").
  // (The other languages' words last: their patterns cost the most.)
  const text = view.text;
  // The answer depends on the words alone: the same words met again in this run are not read again.
  const memo = runMemo(LOOKS_LIKE_ERROR);
  const known = memo?.get(text);
  if (known !== undefined) return known;
  const answer = /\b[245]\.[0-7]\.\d{1,3}\b(?!-\d)/.test(text) || hasEnglishErrorWords(text) || hasReplyShape(text) || hasLocalizedReportWords(text) || statesCause(view);
  // (A paste whose words differ each time fills no memo: it keeps the first few hundred.)
  if (memo && memo.size < LOOKS_LIKE_ERROR_KEPT) memo.set(text, answer);
  return answer;
}

/** The key of looksLikeError's memo in a run. */
const LOOKS_LIKE_ERROR = {};
/** How many answers of looksLikeError one run keeps: words that repeat do so from the start. */
const LOOKS_LIKE_ERROR_KEPT = 512;

/**
 * Do the words state a cause the phrase table knows, plainly (a specific phrase or pattern,
 * not a broad one, not in advice)? "<a@example.org>: Domaine example.org inconnu" and
 * "<a@example.org>: SPF/DKIM failure" hold no word of the lists above, yet say why. The
 * text reader asks the same of the words it read before it calls them a bounce.
 */
export function statesCause(view: TextView): boolean {
  const best = readWords(view).best;
  return best !== null && !best.weak && !best.advice;
}

/** Words of refusal or failure (no codes). */
export function hasErrorWords(text: string): boolean {
  return hasEnglishErrorWords(text) || hasLocalizedReportWords(text);
}

function hasEnglishErrorWords(text: string): boolean {
  return /unknown|not exist|no such|rejected|refused|denied|failed|full|quota|invalid|unavailable|blocked|error|disabled|timed? ?out|expired|too (?:large|big|many)|not found|unable|unrouteable|unroutable|suspended|inactive|giving up|couldn't|could not|cannot|can't|spam|blacklist|blocklist|policy|relay|lost connection|connection (?:refused|timed out|reset|closed|lost|dropped)|unreachable|not reachable|host not found|handshake|temporar|try again|deferred|mail loop|exceeded|no route|malformed|syntax|illegal|not permitted|forbidden|prohibited|virus|reputation|insufficient|does not|doesn't|not on post office/i.test(
    text,
  );
}

/**
 * The words of a recipient that was delivered, as Postfix's success and mixed notices write
 * them after the address (local(8), virtual(8), pipe(8), lmtp(8) delivery status texts):
 * "delivered to mailbox", "delivered to maildir", "delivered to file: …", "delivered to
 * command: …", "delivered via dovecot service", and "relayed to non-DSN-aware mailer" (group
 * 1: relayed).
 */
const RE_DELIVERED_BLOCK = /^(?:delivered to (?:mailbox|maildir|file|command)\b|delivered via [\w.-]+ service\b|(relayed to non-dsn-aware mailer)\b)/;

/** A refusal code, which a delivered recipient's words never hold. */
const RE_FAILURE_CODE_IN_BLOCK = /(?:^|[\s(:'"])[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/;

/** Recipients from address-led blocks in the human-readable text. */
export function readTextBlocks(scan: Scan, ranges: Range[] = scan.bodies): RawRecipient[] {
  // Read once per scan, kept on it: the bare-reply format asks before the text format does.
  if (ranges === scan.bodies) return (scan.textBlocks ??= readBlocks(scan, ranges));
  return readBlocks(scan, ranges);
}

function readBlocks(scan: Scan, ranges: Range[]): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  const seen = new Map<string, RawRecipient>();
  // Address-led blocks whose words hold no error (`<a@example.org>: processing halted at
  // stage 7`), kept in case the notice above them says the message was not delivered.
  const quiet: RawRecipient[] = [];
  for (const range of ranges) {
    const end = textEnd(doc, range);
    for (const block of blocksIn(doc, range.start, end)) {
      // "<addr> 宛のメールは届きませんでしたか？": a question about the address, no report.
      if (endsAsQuestion(doc, block.address.end, block.lines[0].end) || asksOnItsLine(doc, block.lines[0].start, block.lines[0].end)) continue;
      // A header's From line a narrow view broke before the address ("From: Mail Delivery
      // Subsystem", then "<MAILER-DAEMON@…>"): the address is the sender's, no recipient's.
      if (belowWrappedFrom(doc, block.lines[0].start, range.start)) continue;
      // A mail view's sender line joined with the line under it ("MAILER-DAEMON@… To:
      // you@… Tue, Mar 3 at 9:14 AM", as Yahoo's and others' web views show the sender above
      // "To:"): the sender of the notice, no recipient.
      if (RE_JOINED_TO_LABEL.test(doc.slice(block.address.end, Math.min(block.lines[0].end, block.address.end + 16)))) continue;
      // The same sender line joined with the date a web view shows under it (Gmail's
      // "MAILER-DAEMON@… Tue, Mar 3, 9:14 AM (2 days ago) to me"): the sender, no recipient.
      if (RE_JOINED_VIEW_DATE.test(doc.slice(block.address.end, Math.min(block.lines[0].end, block.address.end + 48))) && RE_VIEW_DATE_MARK.test(doc.slice(block.address.end, Math.min(block.lines[0].end, block.address.end + 120)))) continue;
      const view = viewOfBlock(doc, block);
      if (!view.length) continue;
      const [s, e] = view.whole();
      // A recipient the notice says was delivered ("<a@example.org>: delivered to mailbox",
      // "relayed to non-DSN-aware mailer", whose "relayed" is no relay refusal): listed as
      // delivered, beside those that failed, never dropped (a reader of the notice must see
      // that it went through).
      const done = RE_DELIVERED_BLOCK.exec(view.lower);
      if (done || !looksLikeError(view)) {
        if (done && !RE_FAILURE_CODE_IN_BLOCK.test(view.text) && !seen.has(block.address.value)) {
          const rcpt: RawRecipient = { address: block.address, diagnostic: view, action: { value: done[1] ? 'relayed' : 'delivered', start: s, end: e } };
          seen.set(block.address.value, rcpt);
          out.push(rcpt);
        }
        // (Only the shape of a cause stated after the address, "<addr>: words": not a signature's
        // "support@example.com | +1 555 0100", nor an address alone over a later reason.)
        // (Or an address alone on its line with its words indented under it, Exim's and
        // Sendmail's entry as translated notices keep it: "  lena@example.org" / "    Verbindung zu
        // … abgelehnt"; or alone under a line that introduces it, "… noch nicht zugestellt wurde:".)
        if (!done && quiet.length <= QUIET_MAX && (RE_ADDRESS_COLON.test(doc.slice(block.address.end, block.address.end + 4)) || aloneOverItsWords(doc, block, range.start)) && statedAbove(doc, range.start, block.lines[0].start)) quiet.push({ address: block.address, diagnostic: view });
        continue;
      }
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
  if (out.length) return out;
  const first = reasonFirstLines(doc, ranges);
  if (first.length || quiet.length > QUIET_MAX) return first;
  // A notice that says the message could not be delivered, then `<addr>: words` that no
  // table knows: a bounce for that address, its cause unknown (the verdict stays unsure).
  const once = new Set<string>();
  return quiet.filter((r) => r.address && !once.has(r.address.value.toLowerCase()) && once.add(r.address.value.toLowerCase()));
}

/**
 * Is the block's address alone on its line, with its words on the lines right under it
 * indented deeper than the address, or under a line that introduces it (ending with a colon, a blank
 * line between or none)? A signature's address stands at the margin with its lines, under no
 * such line.
 */
function aloneOverItsWords(doc: string, block: Block, rangeStart: number): boolean {
  const first = block.lines[0];
  if (block.lines.length < 2 || !/^[ \t>]*<?$/.test(doc.slice(first.start, block.address.start)) || !/^>?[ \t]*$/.test(doc.slice(block.address.end, first.end))) return false;
  // (Its words right under it: a paragraph further down, "weil:" / the reason, is read by the readers of such notices.)
  if (first.next !== block.lines[1].start) return false;
  const indent = (l: Line): number => /^[ \t>]*/.exec(doc.slice(l.start, Math.min(l.end, l.start + 40)))![0].length;
  if (indent(block.lines[1]) > indent(first)) return true;
  // The line of words above the address (over blank lines).
  let e = first.start - 1;
  while (e > rangeStart && /\s/.test(doc[e - 1] ?? '') && first.start - e < 40) e--;
  let s = e;
  while (s > rangeStart && doc.charCodeAt(s - 1) !== 10 && e - s < 300) s--;
  return /:[ \t]*$/.test(doc.slice(s, e));
}

/** Right after a block's address: a colon, the cause to follow ("<a@example.org>: …", "a@example.org : …"). */
const RE_ADDRESS_COLON = /^>?[ \t]*:/;

/** At most this many quiet blocks: more are a list of something else (contacts, a log). */
const QUIET_MAX = 5;

/**
 * A notice's own statement, in the text above a block, that the message was not delivered:
 * "Your message could not be delivered", "This message was not delivered" (a message, mail or
 * e-mail: not a parcel), "undeliverable"
 * (observed wording of MTAs' and providers' notices), or a localised notice's words of failure
 * ("Ihre Nachricht konnte nicht zugestellt werden", "Votre message n'a pas pu être remis",
 * knowledge/languages). Read in the 600 characters above the block.
 */
const RE_STATED_UNDELIVERED = /\b(?:message|e-?mail|mail)\b[^\n]{0,80}?\b(?:could ?(?:not|n't)|can ?not|can't|was ?(?:not|n't)|has ?(?:not|n't) been) (?:be )?delivered\b(?! yet)|\bundeliverable\b|^[ \t]*delivery (?:has )?failed\b/im;

function statedAbove(doc: string, rangeStart: number, blockStart: number): boolean {
  const above = doc.slice(Math.max(rangeStart, blockStart - 600), blockStart);
  return RE_STATED_UNDELIVERED.test(above) || hasLocalizedNoticeWords(above) || hasLocalizedReportWords(above);
}

/** A From field's label and a display name with no address, the rest of the field on the next line. */
const RE_FROM_NAME_ONLY = /^[ \t>]*from[ \t]*:[^@<>\r\n]*$/i;

/** Is the line above `lineStart` (no blank line between) a From field broken before its address? */
/** Right after a line's leading address: the To label of the header row a joined copy put beside it ("To:", "An:", "À :", "Para:", "Aan:"). */
const RE_JOINED_TO_LABEL = /^>?[ \t]+(?:to|an|à|a|para|aan|cc)[ \t]?:[ \t]/i;

/**
 * Right after a line's leading address: the date a web view shows under the sender, joined
 * onto its line ("Tue, Mar 3, 9:14 AM", "Mar 3, 2026, 9:14 AM"; Gmail's web view), which no
 * recipient's words open with.
 */
const RE_JOINED_VIEW_DATE = /^>?[ \t]+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]+\d{1,2},?[ \t]+(?:\d{4},?[ \t]+)?\d{1,2}:\d{2}[ \t]?(?:[ap]m\b)?/i;

/** What marks that date as a web view's, not a column of a table of recipients: a weekday before it, "(2 days ago)" or "to me" after it. */
const RE_VIEW_DATE_MARK = /^>?[ \t]+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},|\(\d{1,3} (?:minutes?|hours?|days?|weeks?) ago\)|\bto me\b/i;

function belowWrappedFrom(doc: string, lineStart: number, rangeStart: number): boolean {
  let e = lineStart - 1;
  if (e <= rangeStart) return false;
  if (doc.charCodeAt(e) === 10 && doc.charCodeAt(e - 1) === 13) e--;
  let s = e;
  while (s > rangeStart && e - s < 200 && doc.charCodeAt(s - 1) !== 10 && doc.charCodeAt(s - 1) !== 13) s--;
  const text = doc.slice(s, e);
  return /\S/.test(text.replace(/^[\s>]*from[ \t]*:/i, '')) && RE_FROM_NAME_ONLY.test(text);
}

/** "User's mailbox is full: <nobody@example.org>": the reason first, the address last. */
// (Its colon ASCII or full-width; words shorter than six characters only as a localised
// recipient label, "宛先：<addr>", "收件人：<addr>".)
const RE_REASON_FIRST = /^[ \t]*([^<>\r\n \t][^<>\r\n]{1,159}?)\s*[:\uff1a]\s*<?([^\s<>@]+@[^\s<>]*?[^\s<>.])>?[ \t.]*$/;

const RE_LEAD_IN = /deliver|following|recipients?\b|addresse?s?\b|addressee|destination|sent to|message to|failed to|could not send|\bnot sent\b/i;

function reasonFirstLines(doc: string, ranges: Range[]): RawRecipient[] {
  const out: RawRecipient[] = [];
  // The addresses read so far, each recipient once.
  const taken = new Set<string>();
  for (const range of ranges) {
    const end = textEnd(doc, range);
    // The last lines of the paragraph read so far: a labelled cause may stand above the
    // labelled recipient ("reject reason: Mailbox full", then "target mail address: <addr>").
    let para: Line[] = [];
    // The last line of the paragraph before, when one blank line alone stands between (a copy
    // that puts a blank line between all lines: "reject reason: …", blank, "target mail address: …").
    let lastAbove: Line | null = null;
    // The paragraph before the current one (its last lines), for a notice's statement above a labelled recipient.
    let paraAbove: Line[] = [];
    let blanks = 0;
    for (const line of eachLine(doc, range.start, end)) {
      if (isBlank(doc, line)) {
        if (para.length) {
          lastAbove = para[para.length - 1];
          paraAbove = para.slice(-4);
        }
        para = [];
        blanks++;
        continue;
      }
      if (blanks > 1) lastAbove = null;
      const gapAbove = blanks === 1 && para.length === 0 && lastAbove ? lastAbove : null;
      blanks = 0;
      // Only its last eight lines are ever read: cut it back now and then (a long paragraph
      // would otherwise keep every line).
      if (para.length >= 16) para = para.slice(-8);
      para.push(line);
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      if (text.indexOf('@') === -1 || RE_HEADERISH.test(text)) continue;
      const found = RE_REASON_FIRST.exec(text);
      const m = found && (found[1].length >= 6 || (endsWithLocalizedRecipientCue(found[1]) && !shortLabelInHeaderBlock(doc, para, line.next, end) && !belowBounceSender(doc, line.start))) ? found : null;
      if (!m) {
        // "Recipient: <addr> - Reason: user unknown": the label, the address, the cause on one line.
        const inline = labelledOnOneLine(doc, line, text);
        if (inline) {
          if (inline.address) taken.add(inline.address.value);
          out.push(inline);
          continue;
        }
        // "Intended Recipients: <a>, <b>", then "Failure Reason: …" (Haraka): the list shares the cause.
        const listed = labelledList(doc, line, text);
        if (!listed.length) continue;
        const stated = reasonLinesAfter(doc, line.next, end, true);
        const above = para.slice(Math.max(0, para.length - 9), para.length - 1);
        const cause = stated.length ? null : (labelledCauseAbove(doc, above) ?? (gapAbove ? labelledCauseAbove(doc, [gapAbove]) : null));
        if (!stated.length && !cause) continue;
        const view = viewOfLines(doc, cause ? [cause] : stated);
        if (!looksLikeError(view)) continue;
        for (const a of listed) {
          taken.add(a.address);
          out.push({ address: { value: a.address, start: a.start, end: a.end }, diagnostic: view });
        }
        continue;
      }
      // Nor is an SMTP command quoted from a dialogue ("550-Sent: RCPT TO:<addr>", a callout's).
      if (/\b(?:rcpt to|mail from)$/i.test(m[1])) continue;
      // Nor an address the words name as someone else's: the sender, a contact, a new address.
      if (RE_OTHER_BEFORE.test(m[1])) continue;
      const reasonStart = line.start + text.indexOf(m[1]);
      const first: Line = { start: reasonStart, end: reasonStart + m[1].length, next: line.next };
      // "Undeliverable: <addr>" / "Could not be delivered to: <addr>", then "Reason: …" on the
      // lines under it: the words before the address only introduce the reason stated there.
      const leadIn = RE_LEAD_IN.test(m[1]) || hasLocalizedNoticeWords(m[1]) || endsWithLocalizedRecipientCue(m[1]);
      const stated = reasonLinesAfter(doc, line.next, end, leadIn);
      // No reason under a labelled recipient: a labelled cause above it, in its paragraph.
      // (The lines above it in its paragraph, at most eight; or the line above one blank line.)
      const above = para.slice(Math.max(0, para.length - 9), para.length - 1);
      const labelled = leadIn && !stated.length ? (labelledCauseAbove(doc, above) ?? (gapAbove ? labelledCauseAbove(doc, [gapAbove]) : null)) : null;
      // Nor that: the notice's own sentence above it that says why (its paragraph, or the one before).
      const statement = leadIn && !stated.length && !labelled ? (statementAbove(doc, above) ?? (para.length === 1 ? statementAbove(doc, paraAbove) : null)) : null;
      const cause = labelled ?? statement;
      const view = viewOfLines(doc, labelled ? [labelled] : statement ? statement : stated.length ? [first, ...stated] : [first]);
      // "Unable to deliver message to: <addr>" alone introduces a reason; it is not one.
      if (!looksLikeError(view) || (!stated.length && !cause && RE_LEAD_IN.test(m[1]))) continue;
      const addr = firstAddress(doc, line.start + text.lastIndexOf(m[2]), line.end);
      if (!addr) continue;
      // An address read already, quoted again in its own cause ("Failure Reason: Error: Some
      // recipients failed: <a>", a narrow view breaking that line before the address): one recipient.
      if (taken.has(addr.address)) continue;
      taken.add(addr.address);
      out.push({ address: { value: addr.address, start: addr.start, end: addr.end }, diagnostic: view });
    }
  }
  return out;
}

/** A notice's statement that the message was not delivered, in English (the other languages' are their notice words). */
const RE_NOT_DELIVERED = /\b(?:could ?(?:not|n't)|can ?not|can't|was ?(?:not|n't)|has ?(?:not|n't) been) (?:be )?delivered\b|\bundeliverable\b/i;

/**
 * A notice's own sentence above a labelled recipient that says why the message failed
 * ("お客様が送信されたメールは、宛先のメールアドレスが見つからないため配信できませんでした。",
 * then "宛先：<addr>"; "Ihre Nachricht konnte nicht zugestellt werden, weil die Adresse nicht
 * gefunden wurde.", then "Empfänger: <addr>"): short notices of carriers and providers that
 * state the cause first and label the recipient under it. The lines (at most four), when they
 * say the message was not delivered, state a cause the phrase table knows plainly (not in
 * advice), and name no address; null otherwise.
 */
function statementAbove(doc: string, lines: readonly Line[]): Line[] | null {
  if (lines.length === 0 || lines.length > 4) return null;
  for (const l of lines) if (doc.slice(l.start, l.end).indexOf('@') !== -1) return null;
  const view = viewOfLines(doc, [...lines]);
  if (!view.length || !(hasLocalizedNoticeWords(view.text) || RE_NOT_DELIVERED.test(view.text))) return null;
  return statesCause(view) ? [...lines] : null;
}

/**
 * Is the last line of `para` (a short localised label and an address, "宛先：<addr>") in a mail
 * client's header block, with the lines after it up to `end`? There the label names the reader.
 */
function shortLabelInHeaderBlock(doc: string, para: readonly Line[], next: number, end: number): boolean {
  const lines = para.slice(-9);
  const i = lines.length - 1;
  for (const l of eachLine(doc, next, end)) {
    if (lines.length - i > 8) break;
    lines.push(l);
  }
  return inClientHeaderBlock(doc, lines, i);
}

/** Is the text (what stands before an address on its line) a recipient's label: "Failed Recipient:", "Empfänger:"? */
function isRecipientLabel(before: string): boolean {
  let b = before.length;
  while (b > 0 && ' \t<"\''.includes(before[b - 1])) b--;
  // The colon ASCII or full-width, as Japanese and Chinese labels write it ("宛先：", "收件人：").
  if (b === 0 || (before[b - 1] !== ':' && before[b - 1] !== '\uff1a')) return false;
  const label = before.slice(0, b - 1).trim();
  if (!label || label.length > 60 || label.split(/\s+/).length > 4 || RE_OTHER_BEFORE.test(label)) return false;
  return RE_LEAD_IN.test(label) || RE_BARE_ADDRESS_LABEL.test(label) || endsWithLocalizedRecipientCue(label);
}

/**
 * Japanese "アドレス：" (address), the whole label, as English "Address:" is one (RE_LEAD_IN); also
 * in the half-width katakana of carriers' notices ("ｱﾄﾞﾚｽ："). Only the whole label: "送信元アドレス"
 * (the sender's address) ends with the same word.
 */
const RE_BARE_ADDRESS_LABEL = /^(?:アドレス|ｱﾄﾞﾚｽ)$/;

/**
 * The addresses of a line that labels a list of recipients and holds nothing else
 * ("Intended Recipients: <a>, <b>", "Failed recipients: <a>; <b>"): two or more, parted by
 * commas, semicolons or white space. Empty when the line is not so.
 */
function labelledList(doc: string, line: Line, text: string): AddressMatch[] {
  const end = line.start + text.length;
  const first = firstAddress(doc, line.start, end);
  if (!first || !isRecipientLabel(text.slice(0, first.start - line.start))) return [];
  const found: AddressMatch[] = [first];
  let at = first.end;
  for (let a = firstAddress(doc, at, end); a; a = firstAddress(doc, at, end)) {
    // Only separators between two addresses: commas, semicolons, brackets, white space.
    if (!/^[\s,;<>"']*$/.test(doc.slice(at, a.start))) return [];
    found.push(a);
    at = a.end;
  }
  if (!/^[\s,;<>"'.]*$/.test(doc.slice(at, end))) return [];
  return found.length > 1 ? found : [];
}

/**
 * A labelled recipient with its labelled cause after it on the same line ("Recipient:
 * <addr> - Reason: user unknown", "Empfänger: <addr>; Grund: Postfach voll"): the address,
 * and as its words what follows the cause's label. Null when the line is not so.
 */
function labelledOnOneLine(doc: string, line: Line, text: string): RawRecipient | null {
  // A label stands at the start of the line: the address is looked for in the words read of it.
  const a = firstAddress(doc, line.start, line.start + text.length);
  if (!a || !isRecipientLabel(text.slice(0, a.start - line.start))) return null;
  // After the address: its closing bracket, one separator ("-", ",", ";", "|", "("), then the cause's label.
  let r = a.end - line.start;
  while (r < text.length && ' \t>"\')]'.includes(text[r])) r++;
  if (r < text.length && '-\u2013\u2014,;|('.includes(text[r])) r++;
  while (r < text.length && (text[r] === ' ' || text[r] === '\t')) r++;
  const rest = text.slice(r);
  if (!rest || (!opensWithCauseLabel(rest) && !startsWithLocalizedReasonLead(rest))) return null;
  const colon = labelColon(rest);
  const view = viewOfLines(doc, [{ start: line.start + r + (colon === -1 ? 0 : colon + 1), end: line.end, next: line.next }]);
  if (!view.length || !looksLikeError(view)) return null;
  return { address: { value: a.address, start: a.start, end: a.end }, diagnostic: view };
}

/**
 * The last line of the paragraph above a labelled recipient that is a labelled cause
 * ("reject reason: Mailbox full", "Error: 550 …"), when it reads like an error; null when none.
 */
function labelledCauseAbove(doc: string, above: Line[]): Line | null {
  for (let i = above.length - 1; i >= 0; i--) {
    const text = doc.slice(above[i].start, Math.min(above[i].end, above[i].start + 300));
    if (text.indexOf('@') !== -1) return null;
    if (!opensWithCauseLabel(text) && !startsWithLocalizedReasonLead(text)) continue;
    // The words after the label ("Mailbox full"), or the whole line when its lead has no colon.
    const colon = labelColon(text);
    const at = colon !== -1 ? above[i].start + colon + 1 : above[i].start;
    const words: Line = { start: at, end: above[i].end, next: above[i].next };
    return looksLikeError(viewOfLines(doc, [words])) ? words : null;
  }
  return null;
}

/**
 * The lines right under a line that names a recipient, when they open with the words that
 * introduce a reason ("Reason: …", "Grund: …", "Motivo: …"), or, under a line that only
 * introduces the recipient ("Could not be delivered to: <addr>"), when they read like an
 * error: up to the next blank line or the next address, at most eight lines. Empty when
 * they state no reason.
 */
function reasonLinesAfter(doc: string, from: number, end: number, leadIn: boolean): Line[] {
  const lines: Line[] = [];
  let opensWithLead = false;
  let skipped = false;
  for (const line of eachLine(doc, from, end)) {
    if (lines.length === 8) break;
    if (isBlank(doc, line)) {
      // One blank line between a labelled recipient and a labelled cause (a copy that puts a
      // blank line between all lines): the cause's label must then open the next line.
      if (lines.length === 0 && leadIn && !skipped) {
        skipped = true;
        continue;
      }
      break;
    }
    const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
    // A line with an address is the next recipient's, unless it is the labelled cause
    // itself, which may quote the address ("Failure Reason: Error: Some recipients failed: <a>",
    // "Failure Reason: 550 5.1.1 <a@example.org>: …"), or the rest of a reply a narrow view
    // broke after its code.
    if (text.indexOf('@') !== -1 && !(lines.length === 0 && opensWithReasonLead(text)) && !endsWithCode(doc, lines[lines.length - 1] ?? null)) break;
    if (lines.length === 0) {
      opensWithLead = opensWithReasonLead(text);
      if (!opensWithLead && (!leadIn || skipped)) break;
    }
    lines.push(line);
  }
  // Under a line that only introduces the recipient, unlabelled lines count when they read like an error.
  return opensWithLead || lines.length === 0 || looksLikeError(viewOfLines(doc, lines)) ? lines : [];
}

const RE_HAS_CODE = /(?:^|[\s:(#])[45]\d\d[\s-]|[45]\.[0-7]\.\d{1,3}(?!\d|-\d)/;

/**
 * The first paragraph of the text that holds an SMTP reply as servers write one; else the
 * first that holds a reply or status code and reads like an error (not a number in a
 * style sheet or in prose).
 */
export function errorParagraph(scan: Scan, ranges: Range[] = scan.bodies): TextView | null {
  const doc = scan.document;
  let fallback: TextView | null = null;
  for (const range of ranges) {
    for (const para of paragraphsOf(doc, range)) {
      const text = doc.slice(para[0].start, para[para.length - 1].end);
      if (!RE_HAS_CODE.test(text)) continue;
      if (hasReplyShape(text)) return viewOfLines(doc, para);
      if (!fallback) {
        const view = viewOfLines(doc, para);
        if (hasErrorWords(view.text)) fallback = view;
      }
    }
  }
  return fallback;
}

/** The paragraphs (runs of lines that are not blank) of a part, up to the returned original. */
function* paragraphsOf(doc: string, range: Range): Generator<Line[]> {
  let para: Line[] = [];
  for (const line of eachLine(doc, range.start, textEnd(doc, range))) {
    if (!isBlank(doc, line)) {
      para.push(line);
      continue;
    }
    if (para.length) yield para;
    para = [];
  }
  if (para.length) yield para;
}

/** The paragraphs that hold a server's reply (a code in a reply's shape), the first `max` of them, up to the returned original. */
export function replyParagraphs(scan: Scan, max = 4): TextView[] {
  const doc = scan.document;
  const out: TextView[] = [];
  for (const range of scan.bodies) {
    for (const para of paragraphsOf(doc, range)) {
      if (out.length >= max) return out;
      const text = doc.slice(para[0].start, para[para.length - 1].end);
      if (RE_HAS_CODE.test(text) && hasReplyShape(text)) out.push(viewOfLines(doc, para));
    }
  }
  return out;
}

/** The failed recipients the X-Failed-Recipients header names (Exim, Gmail and others set it). */
export function failedRecipients(scan: Scan): RawRecipient[] {
  const failed = header(scan.headers, 'x-failed-recipients');
  const out: RawRecipient[] = [];
  if (!failed) return out;
  let at = failed.start;
  const work = budget();
  for (const part of failed.value.split(',')) {
    work.spend(part.length + ITEM_UNITS, at);
    const a = firstAddress(scan.document, at, at + part.length + 1);
    if (a) out.push({ address: { value: a.address, start: a.start, end: a.end }, addressSource: 'x-failed-recipients' });
    at += part.length + 1;
  }
  return out;
}

const RE_FIELD_LINE = /^[!-9;-~]+[ \t]*:/;

/**
 * The returned message's To: the last resort for naming the recipient (the original may
 * have had several recipients, or been forwarded). From the returned headers part, else
 * from the header block of a returned message written into the text ("----- Unsent
 * message follows -----", then its header fields).
 */
export function returnedTo(scan: Scan): RawRecipient[] {
  const to = header(scan.returnedHeaders, 'to');
  const doc = scan.document;
  let a = to ? firstAddress(doc, to.start, to.end) : null;
  // Sent to several people, and the notice does not say which one failed: none is named.
  let several = !!(to && a && firstAddress(doc, a.end, to.end));
  const cc = header(scan.returnedHeaders, 'cc');
  if (cc && firstAddress(doc, cc.start, cc.end)) several = true;
  if (!a && scan.returnedHeaders.length === 0) {
    for (const range of scan.bodies) {
      const from = textEnd(doc, range);
      if (from >= range.end) continue;
      let inHeaders = false;
      let n = 0;
      for (const line of splitLines(doc, from, Math.min(range.end, from + 16384))) {
        if (n++ === 0) continue; // the marker line
        if (isBlank(doc, line)) {
          if (inHeaders) break;
          continue;
        }
        const text = doc.slice(line.start, Math.min(line.end, line.start + 200));
        if (RE_FIELD_LINE.test(text)) {
          inHeaders = true;
          if (/^cc[ \t]*:/i.test(text) && firstAddress(doc, line.start, line.end)) several = true;
          if (/^to[ \t]*:/i.test(text)) {
            a = firstAddress(doc, line.start + text.indexOf(':') + 1, line.end);
            if (a && firstAddress(doc, a.end, line.end)) several = true;
          }
        } else if (!inHeaders || !/^[ \t]/.test(text)) break;
      }
      if (a) break;
    }
  }
  return a && !several ? [{ address: { value: a.address, start: a.start, end: a.end }, addressSource: 'returned-to' }] : [];
}

/** The failed recipients named by headers: X-Failed-Recipients, else the returned To. */
export function headerRecipients(scan: Scan): RawRecipient[] {
  const failed = failedRecipients(scan);
  return failed.length ? failed : returnedTo(scan);
}

/**
 * Words right before an address that make it the recipient: "RCPT TO:<", "recipient",
 * "to=<" (a log line), "Your message to", "delivered to", "mailbox", "user", "for",
 * a refusal of the address that names it after ("Address rejected <…>", "User unknown: <…>"),
 * a person's sentence that names it ("The recipient was …", "the recipient's address is …", as
 * askers write under a pasted reply that names none), Microsoft 365 message trace's
 * "OriginalToAddress: …" after the reason of a Fail event (learn.microsoft.com, message trace)
 * (tested on the words before the address with the separators after them removed).
 */
const RE_CUE_AT_END =
  /(?:\brcpt\s+to|\brecipient(?:'s)?(?:\s+(?:e-?mail\s+)?address)?\s+(?:is|was)|\brecipient(?:\s+address)?|\brecipients|\baddressee|\bdestination|\bfinal-recipient|\boriginal-recipient|(?:^|[^\w-])to|\bfor|\bmailbox|\baccount|\buser|\baddress|\b(?:address|recipient|user|mailbox)\s+(?:rejected|unknown|not found|invalid|unavailable)|\boriginaltoaddress)$/i;
/** The same words with a display name after them ("Your message to Sam Doe <…>"). */
const RE_CUE_THEN_NAME = /(?:(?:^|[^\w-])to|\bfor|\brecipient)\s[^<>@\r\n:]{1,60}$/i;
/**
 * What may stand between those words and the address: ":", "=", "<", quotes, white space, and
 * the marks of chat and Markdown formatting ("for `a@…`", "to *a@…*" as Slack and Jira show them).
 */
const CUE_SEPARATORS = ' \t:=<"\'([`*';

/** Do the words before an address end with words that name it the recipient? */
function endsWithRecipientCue(before: string): boolean {
  let e = before.length;
  while (e > 0 && CUE_SEPARATORS.includes(before[e - 1])) e--;
  // A DSN-style type before the address: "rfc822; ".
  if (e >= 7 && before.slice(e - 7, e).toLowerCase() === 'rfc822;') {
    e -= 7;
    while (e > 0 && CUE_SEPARATORS.includes(before[e - 1])) e--;
  }
  if (RE_CUE_AT_END.test(before.slice(0, e))) return true;
  // A display name between the words and the bracketed address.
  let lt = before.length;
  while (lt > 0 && (before[lt - 1] === ' ' || before[lt - 1] === '\t')) lt--;
  if (lt === 0 || before[lt - 1] !== '<') return false;
  lt--;
  while (lt > 0 && (before[lt - 1] === ' ' || before[lt - 1] === '\t')) lt--;
  return RE_CUE_THEN_NAME.test(before.slice(0, lt));
}

/**
 * Words before an address (after the last other address or bracket) that make it
 * someone else's: the sender, a contact for help, a HELO name, the new address of a
 * recipient who has moved ("User has moved to <…>", "please try <…>"), the one the notice was
 * written for ("Sent by the mail system for <…>", "generated on behalf of <…>"), the reader's
 * own ("Your address <…> is not known", "Your mailbox <…> is 95% full": the reader sent the
 * message, so "your" is the sender).
 */
const RE_OTHER_BEFORE =
  /\b(?:sender|from|return(?:-path)?|reply|contact|write|send|e-?mail us|us at|helo|ehlo|postmaster|help|support|questions?|assistance|information|visit|call|abuse|envelope-from|mail from|moved|please try|replaced by|new address|forward(?:ed|ing)?|redirect(?:ed|ing)?|instead|verification failed for|(?:sent|generated|issued|produced|written) by|on behalf of|your (?:e-?mail |sender |return )?address(?: is)?|your (?:own )?(?:mailbox|e-?mail account|account)|sending (?:account|address|domain|user))\b/i;

/**
 * A service that says, in the present, it cannot send to the address ("We are currently
 * unable to send email to <…>", Firefox Relay's notice): its "send" is no help-desk's "send
 * mail to <…>". (A person reports an event: "I was unable to send email to <…>".)
 */
const RE_FAILED_SEND_TO = /\bwe(?:'re|\s+are)\s+(?:currently\s+|temporarily\s+)?(?:unable|not able)\s+to\s+send\s+(?:(?:the|your|this)\s+)?(?:e-?mails?|mail|messages?)\s+to[\s:'"<(]*$/i;

/** Do the words before an address make it someone else's than the recipient's (RE_OTHER_BEFORE, unless a failed sending names it)? */
/**
 * A sentence that says a delivery to the address failed, the address right after it: "This
 * reply was not delivered to <…>", "We weren't able to deliver this reply to <…>", "Your reply
 * could not be delivered to <…>" (help desks' banners on a conversation: Zendesk's Agent
 * Workspace "couldn't be delivered to", Freshdesk, Help Scout). Its "reply" is the help desk's
 * message, not a Reply-To address.
 */
const RE_NOT_DELIVERED_TO = /\b(?:(?:could|can|was|were|is|has|have|had)\s*n[o'’]?t\s+(?:been\s+|be\s+)?deliver(?:ed)?|not\s+(?:been\s+)?delivered|(?:unable|not able|able|failed)\s+to\s+deliver)\b[^.!?\r\n@]{0,40}?\bto[\s:'"<(]*$/i;

function namesOther(before: string): boolean {
  return RE_OTHER_BEFORE.test(before) && !RE_FAILED_SEND_TO.test(before) && !RE_NOT_DELIVERED_TO.test(before);
}

/**
 * Words right after an address that say what happened to it as a recipient:
 * "<nobody@example.org>: Recipient address rejected", "... User unknown", "does not exist",
 * and Exchange's "<addr> Remote Server returned '550 …'" where a copy joined its two lines.
 */
const RE_CUE_AFTER =
  /^[>"')\]`*]*(?:[ \t]*(?:\.\.\.|[:,;]|-{1,2}))?\s*(?:\(?(?:recipient|user|mailbox|account|address(?:ee)?)\b|does(?:n't| not) exist|no such|not found|unknown|invalid|is (?:not|un|in|disabled|over|full|blocked|suspended|closed|no longer)|was (?:not|un|rejected|refused)|isn't|wasn't|could not|couldn't|cannot|can't|rejected|refused|denied|failed|over quota|quota|full|disabled|inactive|unavailable|not (?:a )?valid|relay|access denied|undeliverable|not deliverable|bounced|deferred:|remote server returned\b)/i;

/** The words before an address end with a refusal's code, its status and an opening bracket ("550 5.1.1 <"). */
const RE_CODE_THEN_BRACKET = /(?:^|[\s"'(`])[45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3}[ \t]+)?<$/;
/** The address's closing bracket and a colon ("<a@example.org>: …"). */
const RE_BRACKET_COLON = /^>:/;
/** The words after it say the address is the sender's, or the client's. */
const RE_SENDER_AFTER = /^>:[ \t]*(?:sender|from|client|helo|ehlo|mail from)\b/i;

/**
 * The words before an address from the last reply code on (where a reply starts inside a
 * sentence: parse/smtp-reply.ts, with the other reply readers): the words of a person's sentence
 * before the reply ("from Spanish") are not the reply's, and do not make its address someone
 * else's. (The words as they stand when no reply code is among them.)
 */
function replyPart(before: string): string {
  const from = afterLastReplyStart(before);
  return from === -1 ? before : before.slice(from);
}

/** Does the address at [start, end) stand where a bounce names its recipient? */
export function inRecipientPosition(doc: string, start: number, end: number): boolean {
  // The words before it on its line, back to the last address or bracket (at most 60).
  let ls = start;
  while (ls > 0 && start - ls < 60) {
    const c = doc.charCodeAt(ls - 1);
    if (c === 10 || c === 13 || c === 64 /* @ */ || c === 62 /* > */) break;
    ls--;
  }
  // An opening bracket right before the address belongs to it.
  const before = doc.slice(ls, start);
  // "SMTP error from remote mail server after RCPT TO:<…>": the command names a recipient,
  // whatever other words ("from") stand before it on the line.
  // (Not in the report of a callout, Exim's "550-Sent: RCPT TO:<…>": that probe asked about the sender.)
  if (/\brcpt[ \t]+to(?::[ \t]*|[ \t]*)<?$/i.test(before)) return !/\bsent:[ \t]*rcpt/i.test(before);
  if (namesOther(replyPart(before))) return false;
  const after = doc.slice(end, Math.min(doc.length, end + 60));
  // A refusal's own naming of the address it refuses, right after its code: Postfix smtpd's
  // "550 5.1.1 <a@example.org>: Recipient address rejected: …" (smtpd_check.c writes "<%s>: "
  // before its reason), whatever words follow, unless they say it is the sender's
  // ("553 5.1.8 <a@example.org>: Sender address rejected: …").
  if (RE_CODE_THEN_BRACKET.test(before) && RE_BRACKET_COLON.test(after) && !RE_SENDER_AFTER.test(after)) return true;
  // A one-line notice's heading before it ("Zustellung verzögert für <…>: 451 …"): see headingThenAddress.
  if ((ls === 0 || doc.charCodeAt(ls - 1) === 10 || doc.charCodeAt(ls - 1) === 13) && headingThenAddress(before, after)) return true;
  if (!endsWithRecipientCue(before) && !RE_CUE_AFTER.test(after) && !localizedRecipientPosition(before, after)) return false;
  // The To line of a forwarded bounce's own header ("From: MAILER-DAEMON@…", then "To: <the
  // person who got the bounce>", in a mail app's language: "差出人:" / "宛先:", "Von:" / "An:"):
  // the sender of the failed message, never its recipient.
  if (!RE_LABEL_ONLY.test(before)) return !(RE_TO_LABEL_END.test(before) && inJoinedBounceHeader(doc, start));
  let lineStart = ls;
  while (lineStart > 0 && ls - lineStart < 80 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13) lineStart--;
  // The same header block joined into one line by a mail view that drops line breaks
  // ("From: MAILER-DAEMON@… To: you@… Subject: Returned mail: …"): its To is the reader too.
  if (ls > lineStart && RE_BOUNCE_FROM_LINE.test(doc.slice(lineStart, ls))) return false;
  return !belowBounceSender(doc, lineStart);
}

/** A To label right before the address, after other words on its line ("… GMT+1 To: ", "… 09:14 An: "). */
const RE_TO_LABEL_END = /\s(?:to|an|à|a|para|aan)[ \t]?[:：][ \t]*<?$/i;
/** Another header label inside a joined header row ("Subject:", "Date:", "Betreff:", "Enviado el:"). */
const RE_INNER_LABEL = /\s(?:subject|date|sent|betreff|datum|gesendet|objet|envoyé|asunto|fecha|enviado(?: el)?|onderwerp|verzonden)[ \t]?[:：]/i;

/**
 * Does the line before `at` open as a mail system's header row, joined with its other rows by
 * a view that removed line breaks ("From: Mail Delivery Subsystem <MAILER-DAEMON@…> Subject:
 * Returned mail: … Date: … To: you@…", or "Subject: … From: MAILER-DAEMON@… Date: … To: …" as
 * Thunderbird's header pane copies)? Its To names the reader of the notice.
 */
function inJoinedBounceHeader(doc: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 400 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13) lineStart--;
  if (lineStart > 0 && doc.charCodeAt(lineStart - 1) !== 10 && doc.charCodeAt(lineStart - 1) !== 13) return false;
  const row = doc.slice(lineStart, at);
  return RE_BOUNCE_FROM_LINE.test(row) && RE_INNER_LABEL.test(row);
}

/** Nothing after the address on its line but its closing bracket or quote. */
const RE_NOTHING_AFTER = /^[>"'」】）］＞』]?[ \t\u3000]*$/;
/** Nothing before the address but a short label and its colon ("宛先: ", "> To: "). */
const RE_LABEL_ONLY = /^[\s>]*[^\s:：]{1,12}(?:[ \t][^\s:：]{1,12})?[ \t]*[:：][ \t]*<?$/;
/** A header line whose sender is a mail system: "From: MAILER-DAEMON@…", "差出人: Mail Delivery System <…>". */
const RE_BOUNCE_FROM_LINE = /^[\s>]*[^\s:：]{1,12}[ \t]*[:：].{0,80}?(?:mailer-daemon|postmaster|mail delivery|delivery subsystem|mail system|mailer)/i;

/** Does a header line naming a mail system as the sender stand among the few lines above (no blank line between)? */
function belowBounceSender(doc: string, lineStart: number): boolean {
  let end = lineStart;
  // A copy that puts a blank line between all lines keeps the header's rows one blank line
  // apart ("De: Mail Delivery System <…>", blank, "Enviado el: …", blank, "Para: you@…"):
  // one blank line is crossed when header rows stand on both sides of it, never two.
  let blank = false;
  for (let n = 0; n < 8 && end > 0; n++) {
    // The line above: [start, end - 1) (end - 1 is its line end).
    let e = end - 1;
    if (e > 0 && doc.charCodeAt(e) === 10 && doc.charCodeAt(e - 1) === 13) e--;
    let s = e;
    while (s > 0 && e - s < 200 && doc.charCodeAt(s - 1) !== 10 && doc.charCodeAt(s - 1) !== 13) s--;
    const text = doc.slice(s, e);
    if (!/[^\s>]/.test(text)) {
      if (blank || !RE_HEADER_ROW.test(doc.slice(end, end + 40))) return false;
      blank = true;
    } else {
      if (blank && !RE_HEADER_ROW.test(text)) return false;
      blank = false;
      if (RE_BOUNCE_FROM_LINE.test(text)) return true;
    }
    end = s;
  }
  return false;
}

/** A header row of a mail view: a label of one or two short words and its colon ("Para:", "Enviado el:", "> To:"). */
const RE_HEADER_ROW = /^[\s>]*[^\s:：]{1,12}(?:[ \t][^\s:：]{1,12})?[ \t]*[:：]/;

/**
 * Do the words around an address name it the recipient in another language (knowledge/languages)?
 * A reason's wording right after it counts where the address opens its line, stands in
 * brackets after a user's name (Domino's "Benutzer nobody (<a>) ist nicht im
 * Domino-Verzeichnis aufgeführt"), or a colon or dash comes between ("<a@example.org>:
 * Postfach voll", "a@example.org - compte désactivé"); not in the middle of a sentence:
 * "la dirección a@example.org ya no está activa, usa la nueva" is someone writing about
 * an address.
 */
function localizedRecipientPosition(before: string, after: string): boolean {
  if (endsWithLocalizedRecipientCue(before)) return true;
  return startsWithLocalizedRecipientCue(after, RE_LINE_OPENING.test(before) || RE_SEPARATED.test(after) || (/\($/.test(before) && after.startsWith(')')));
}

/**
 * A one-line notice's layout: from the line's start, a heading of a failure or a delay (a
 * notice's words in the language: "Zustellung verzögert", "Remise différée", "Доставка
 * задерживается", "配信失敗"; in English "Delivery delayed", "Delivery failed"), at most one
 * short word ("für", "pour", "for", "для", "do") or a colon, then the address, then a colon or
 * dash and the cause: how mail systems' one-line logs and short notices put a delay or a
 * failure ("Delivery delayed for <addr>: …", Postfix's and Exim's one-line forms with a heading
 * in front). The heading is short (four words, forty characters at most) and nothing else stands
 * before it: the heading itself, not a sentence that holds its words.
 */
function headingThenAddress(lineBefore: string, after: string): boolean {
  // (An English delay heading may also end its line with the address, the cause in the paragraph
  // under it: "Delivery delayed for <a>", then "The remote server did not respond. …". A delay
  // only: it never calls an address bad, and a failure heading alone on its line is also what a
  // phishing mail about "your" full mailbox opens with.)
  const lineEnds = RE_HEADING_LINE_END.test(after);
  if (!(RE_SEPARATED.test(after) || RE_WIDE_SPACED.test(after) || lineEnds) || lineBefore.length > 80) return false;
  const m = RE_HEADING_FOR.exec(lineBefore);
  if (!m) return false;
  const heading = m[1].trim();
  if (heading.length > 40 || heading.split(/\s+/).length > 4) return false;
  if (lineEnds) return RE_ENGLISH_DELAY_HEADING.test(heading);
  return RE_ENGLISH_HEADING.test(heading) || hasLocalizedNoticeWords(heading) || hasLocalizedGaveUpWords(heading);
}

/**
 * Does this line open as a one-line notice, a heading of a failure or delay before its address
 * ("Zustellung fehlgeschlagen: <a@…>: 550 …", "Échec de la remise pour a@… : 552 …")? Then
 * the paste is a notice around a reply, not the reply alone.
 */
export function opensWithHeadedAddress(line: string): boolean {
  const a = firstAddress(line, 0, Math.min(line.length, 120));
  if (!a) return false;
  return headingThenAddress(line.slice(0, a.start), line.slice(a.end, Math.min(line.length, a.end + 60)));
}

/** An ideographic space after the address (its closing bracket before it): how Japanese and Chinese notices set a field's value apart ("［a@example.org］　宛先不明"). */
const RE_WIDE_SPACED = /^[>)\]}"'］」】）＞』]?\u3000/;
/** Nothing but a closing bracket or quote, a full stop and white space after the address, to the line's end. */
const RE_HEADING_LINE_END = /^[>)\]}"'」】）］＞』]?\.?[ \t\u3000]*$/;
/** English one-line headings of a delay (Gmail's and Exchange's "Delivery delayed", "Message delayed", "Delivery deferred"). */
const RE_ENGLISH_DELAY_HEADING = /^(?:(?:message |mail )?deliver(?:y|ies) (?:delayed|deferred|postponed)|(?:message |mail )?(?:delayed|deferred))$/i;
/** A heading, then one short word (two to five letters) or a colon, then the address's bracket or quote. */
const RE_HEADING_FOR = /^[ \t>*•·-]*([^\s:：@<>][^:：@<>\r\n]{2,60}?)(?:[ \t]+\p{L}{2,5}[ \t]*[:：]?|[ \t]*[:：])[ \t\u3000]*[<"'(\[「【（［＜]?$/u;
/** English one-line headings of a failure or a delay. */
const RE_ENGLISH_HEADING = /^(?:(?:message |mail )?deliver(?:y|ies) (?:delayed|deferred|failed|failure|error|postponed)|(?:message |mail )?(?:delayed|deferred|undeliverable|undelivered)|delivery (?:status|warning|notification)?:? ?(?:delayed|failed)|permanent (?:failure|error)|temporary (?:failure|error))$/i;

/** Nothing but white space, brackets, quotes, bullets or a quoting '>' before the address on its line (full-width brackets too: 「」【】（）［］＜＞『』). */
const RE_LINE_OPENING = /^[\s<>(\[{"'*•·\-「【（［＜『]*$/;
/** A colon or dash right after the address (its closing bracket, quote or white space before it). */
const RE_SEPARATED = /^[>)\]}"'」】）］＞』]?[ \t\u3000]{0,4}(?:[:：\-–—]|\.\.\.)/;

/** Does the line name no address, or only `address` again (its first 400 characters read)? */
function namesNoOther(doc: string, line: Line, address: string): boolean {
  const end = Math.min(line.end, line.start + 400);
  if (doc.slice(line.start, end).indexOf('@') === -1) return true;
  const found = findAddresses(doc, line.start, end);
  const a = address.toLowerCase();
  return found.length > 0 && found.every((f) => f.address.toLowerCase() === a);
}

/**
 * Recipients named inside a sentence ("Votre message à <…> n'a pas pu être remis.",
 * "<…> へのメッセージを配信できませんでした。", "Your message to <…> could not be
 * delivered." with the reason under it), with no reply code anywhere:
 * the address, and as its words its line and the paragraph after it, when those read
 * like an error.
 */
export function sentenceRecipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  const seen = new Set<string>();
  // Whether the message says it is a report on delivery (asked once, when a label needs it).
  let noticeSays: boolean | null = null;
  for (const range of scan.bodies) {
    const lines = splitLines(doc, range.start, textEnd(doc, range));
    const limit = Math.min(lines.length, 400);
    for (let i = 0; i < limit; i++) {
      const line = lines[i];
      const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
      if (text.indexOf('@') === -1 || RE_HEADERISH.test(text)) continue;
      const a = firstAddress(doc, line.start, line.end);
      if (!a || seen.has(a.address)) continue;
      const before = doc.slice(Math.max(line.start, a.start - 60), a.start);
      const after = doc.slice(a.end, Math.min(line.end, a.end + 60));
      if (namesOther(before)) continue;
      // A question ("Ist meine Nachricht an <…> nicht zugestellt worden?") asks about a
      // bounce: it reports none.
      if (endsAsQuestion(doc, a.end, line.end) || asksOnItsLine(doc, line.start, line.end)) continue;
      // In English, the sentence must say the delivery failed ("Your message to <…> could not
      // be delivered.", "Delivery to <…> failed permanently:"), and the paragraph under it
      // must give the reason: a sentence alone is as often someone asking about a bounce.
      // A bare label in another language ("An: <…>", "Кому: <…>", "宛先：<…>") at the line's start.
      const toLabel = a.start - line.start <= 120 && isLocalizedToLabel(doc.slice(line.start, a.start));
      // A one-line notice: a heading, one short word for "for" and the address, then a colon and
      // the cause ("Remise différée pour <…> : …", "Zustellung fehlgeschlagen für <…>: …").
      const headed = !toLabel && headingThenAddress(doc.slice(line.start, a.start), after);
      const english = !toLabel && !headed && !localizedRecipientPosition(before, after);
      if (english && !((endsWithRecipientCue(before) || RE_CUE_AFTER.test(after)) && (RE_SENTENCE_FAILED.test(text) || RE_SENTENCE_FAILED.test(wrappedFrom(doc, lines, i))))) continue;
      // In a mail client's header block ("Von: …", "Gesendet: …", "An: <…>" above a pasted
      // notice) the label names the reader, or the original's recipients: no failed recipient.
      // (So is a label under a mail system's From row, one blank line apart as a copy that
      // puts a blank line between all lines leaves the rows.)
      if (!english && (inClientHeaderBlock(doc, lines, i) || (toLabel && belowBounceSender(doc, line.start)))) continue;
      // The line (the words before the address count too: "… のため、メッセージは <…> に
      // 配信されませんでした"), then the next paragraph (blank lines before it skipped).
      const words: Line[] = [line];
      let j = i + 1;
      while (j < lines.length && isBlank(doc, lines[j])) j++;
      // (A line that names another address starts something else; one that names the same
      // recipient again goes on with its words: Microsoft 365's "Your message to <a> couldn't be
      // delivered.", then "The group <a> only accepts messages from people in its organization …".)
      while (j < lines.length && j - i <= 40 && !isBlank(doc, lines[j]) && namesNoOther(doc, lines[j], a.address)) words.push(lines[j++]);
      if (english && !statesReasonAfter(doc, a.end, line.end) && (words.length === 1 || !looksLikeError(viewOfLines(doc, words.slice(1))))) continue;
      const view = viewOfLines(doc, words);
      // A label line ("Empfänger: <…>") with the reason's label right under it ("Grund: …"),
      // in a message that says it is a failure notice ("Zustellung fehlgeschlagen"): the
      // recipient of a bounce, whatever words the reason uses (the classifier says how sure).
      const reasonUnder = !english && words.length > 1 && startsWithLocalizedReasonLead(doc.slice(words[1].start, Math.min(words[1].end, words[1].start + 80)));
      // So is a recipient's label alone on its line ("Destinataire : <…>", nothing after the
      // address) in such a notice: the recipient it failed for, its cause unsaid (read unsure).
      const labelAlone = !english && !reasonUnder && RE_LABEL_ONLY.test(doc.slice(line.start, a.start)) && RE_NOTHING_AFTER.test(doc.slice(a.end, line.end));
      const labelled = (reasonUnder || labelAlone) && (noticeSays ??= looksLikeBounce(scan));
      // A bare label ("An: <…>") names a failed recipient in a failure block: with the reason's
      // label under it ("Grund: …"), or in a message that says it is a failure notice.
      if (toLabel && !reasonUnder && !(noticeSays ??= looksLikeBounce(scan))) continue;
      if (!view.length || !(labelled || looksLikeError(view))) continue;
      seen.add(a.address);
      out.push({ address: { value: a.address, start: a.start, end: a.end }, diagnostic: view });
    }
  }
  return out;
}

/**
 * Words of a sentence that say the delivery to the address it names is delayed and still
 * being tried: "Your message to <…> has been delayed. We will keep trying to deliver it until
 * …", "There was a temporary problem delivering your message to <…>. Gmail will retry …",
 * "The message you sent to <…> has not yet been delivered. The server will retry …".
 */
const RE_SENTENCE_DELAYED = words(
  /\b(?:(?:has|have|is|was|been) delayed|delivery (?:is |was )?delayed|delivery to [^\s]{1,100} (?:has been |is |was )?delayed|delayed (?:for )?(?:more than )?\d+ (?:hours?|minutes?|days?)|not yet been delivered|(?:has|have) not been delivered yet|(?:hasn't|haven't) been delivered yet|temporary problem delivering|will (?:keep|continue to) (?:try|trying|attempt)|will (?:be )?retr(?:y|ied)|will try again|still (?:being )?(?:retried|trying))\b/i,
);

/**
 * A sentence that says a message (not an order or a parcel) is delayed, when the warning
 * names no recipient: "Your message has been delayed.", "The message has not yet been
 * delivered.", "Delivery of your message is delayed.", Gmail's "temporary problem delivering
 * your message".
 */
const RE_MESSAGE_DELAYED = words(
  /\b(?:message|mail|e-?mail)\b[^.\r\n]{0,60}\b(?:has been delayed|is delayed|was delayed|has not yet been delivered|has not been delivered yet|hasn't been delivered yet|not yet been delivered)\b|\bdelivery of (?:your|the|this) (?:message|mail|e-?mail) (?:has been |is |was )?delayed\b|\btemporary problem delivering (?:your|the|this) (?:message|mail|e-?mail)\b/i,
);

/**
 * Words right before the address that name it the recipient of the message delayed: "your
 * message to", "the message you sent to", "delivering your message to", "delivery to",
 * "delivered to", "recipient:" (not "your order to", "your parcel to").
 */
const RE_DELAY_CUE =
  /\b(?:(?:message|mail|e-?mail)(?:\s+(?:that\s+)?you\s+sent|\s+sent)?\s+to|deliver(?:ing|y)(?:\s+of)?(?:\s+(?:your|the|this)\s+(?:message|mail|e-?mail))?\s+to|delivered\s+to|recipients?(?:\s+address)?)[\s:'"<(]*$/i;

/** Do these words say that a delivery is delayed and still being tried (see RE_SENTENCE_DELAYED)? */
export function saysDelayed(text: string): boolean {
  return RE_SENTENCE_DELAYED.test(text);
}

/**
 * Recipients named in a sentence of a warning that delivery is delayed, with no reply code
 * and no list ("Your message to <…> has been delayed.", "There was a temporary problem
 * delivering your message to <…>."): the address where the words before it name it the
 * recipient, when its paragraph says the delivery is delayed or still being tried, with that
 * paragraph as its words. The caller asks only of a text that reads as a delay warning.
 */
export function delayedRecipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  const seen = new Set<string>();
  for (const range of scan.bodies) {
    const lines = splitLines(doc, range.start, textEnd(doc, range));
    const limit = Math.min(lines.length, 400);
    let para = 0;
    for (let i = 0; i < limit; i++) {
      const line = lines[i];
      if (isBlank(doc, line)) {
        para = i + 1;
        continue;
      }
      const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
      if (text.indexOf('@') === -1 || RE_HEADERISH.test(text)) continue;
      const a = firstAddress(doc, line.start, line.end);
      if (!a || seen.has(a.address)) continue;
      const before = doc.slice(Math.max(line.start, a.start - 80), a.start);
      if (namesOther(before) || !delayCueBefore(before) || endsAsQuestion(doc, a.end, line.end)) continue;
      // The paragraph the sentence stands in (at most 12 lines).
      let j = i + 1;
      while (j < lines.length && j - para < 12 && !isBlank(doc, lines[j])) j++;
      const view = viewOfLines(doc, lines.slice(para, j));
      if (!RE_SENTENCE_DELAYED.test(view.text)) continue;
      seen.add(a.address);
      out.push({ address: { value: a.address, start: a.start, end: a.end }, diagnostic: view });
    }
  }
  return out.length ? out : delayedWithoutAddress(scan);
}

/**
 * A warning that names no recipient ("Your message has been delayed. We will keep trying to
 * deliver it until …"): one recipient with no address, its words the first paragraph (in the
 * first 60 lines) whose sentence says a message is delayed; none when no paragraph says so.
 */
function delayedWithoutAddress(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const lines = splitLines(doc, range.start, textEnd(doc, range));
    const limit = Math.min(lines.length, 60);
    let para = 0;
    for (let i = 0; i <= limit; i++) {
      if (i < limit && !isBlank(doc, lines[i])) continue;
      if (i > para) {
        const view = viewOfLines(doc, lines.slice(para, Math.min(i, para + 12)));
        if (RE_MESSAGE_DELAYED.test(view.text) && view.text.indexOf('@') === -1) return [{ address: null, diagnostic: view }];
      }
      para = i + 1;
    }
  }
  return [];
}

/** Do the words before an address name it the recipient of the message delayed (also with a display name before its bracket)? */
function delayCueBefore(before: string): boolean {
  if (RE_DELAY_CUE.test(before)) return true;
  // "Your message to Bob Example <bob@example.com>": the same words, then a name.
  return RE_DELAY_CUE_THEN_NAME.test(before);
}

/** RE_DELAY_CUE with a display name and its opening bracket after it ("your message to Bob Example <"). */
const RE_DELAY_CUE_THEN_NAME = new RegExp(RE_DELAY_CUE.source.replace(/\[\\s:'"<\(\]\*\$$/, '\\s[^<>@\\r\\n:]{1,60}<\\s*$'), 'i');

/** Does this paragraph say that a message is delayed (see RE_MESSAGE_DELAYED)? */
export function saysMessageDelayed(text: string): boolean {
  return RE_MESSAGE_DELAYED.test(text);
}

/** A mail client's From or Sent label in English at a line's start. */
const RE_CLIENT_HEADER = /^[ \t>*]{0,20}(?:from|sent)[ \t]{0,4}:/i;

/**
 * Is line i in a mail client's header block: do the lines around it, up to a blank line,
 * hold a From or Sent label ("Von:", "Gesendet:", "From:", "差出人:"), and no reason's label?
 * A notice's own failure block names the recipient and the reason ("An: <…>", "Grund: …"),
 * perhaps the sender too ("Von: <…>"); a client's header block never gives a reason.
 */
function inClientHeaderBlock(doc: string, lines: readonly Line[], i: number): boolean {
  let header = false;
  const look = (k: number): boolean => {
    const t = doc.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 80));
    if (startsWithLocalizedReasonLead(t)) return true;
    if (!header) header = RE_CLIENT_HEADER.test(t) || isLocalizedClientHeaderLine(t);
    return false;
  };
  for (let k = i - 1; k >= 0 && i - k <= 8 && !isBlank(doc, lines[k]); k--) if (look(k)) return false;
  for (let k = i + 1; k < lines.length && k - i <= 8 && !isBlank(doc, lines[k]); k++) if (look(k)) return false;
  return header;
}

/** What may follow a question mark at a line's end: white space, closing quotes and brackets. */
const AFTER_QUESTION = ' \t\r"\'\u201d\u300d\u300f)\uff09';

/**
 * Is the line that names an address a person's question about a bounce: its last sentence a
 * question, and the line holding no reply code and none of a notice's sentences? "<addr> に
 * メールを送ると「宛先不明」で戻ってきます。原因は何でしょうか？", "Mails an <addr> kommen mit
 * ‚Postfach voll‘ zurück, woran liegt das?" (forum and help-desk questions as people write
 * them): the words of a cause stand in the question, but no server or notice reported it here.
 * (`endsAsQuestion` asks the same of the address's own sentence.)
 */
function asksOnItsLine(doc: string, start: number, end: number): boolean {
  const text = doc.slice(start, Math.min(end, start + 600));
  let e = text.length;
  while (e > 0 && AFTER_QUESTION.includes(text[e - 1])) e--;
  if (e === 0 || (text[e - 1] !== '?' && text[e - 1] !== '\uff1f')) return false;
  return !RE_FAILURE_CODE_IN_BLOCK.test(text) && !hasLocalizedNoticeWords(text);
}

/** Does the sentence that goes on at `from` end with a question mark (on its line)? */
function endsAsQuestion(doc: string, from: number, end: number): boolean {
  for (let i = from; i < end && i < from + 300; i++) {
    const c = doc[i];
    // A question mark ends a sentence where a space, a quote or the line's end follows ("?p=" in a link is none).
    if (c === '\uff1f' || (c === '?' && (i + 1 === end || /[\s"'\u201d)]/.test(doc[i + 1])))) return true;
    // A stop ends the sentence, unless it stands inside a word or number ("example.org").
    if (c === '!' || c === '\u3002' || c === '\uff01' || (c === '.' && !/\w/.test(doc[i + 1] ?? ''))) return false;
  }
  return false;
}

/** "… because the mailbox is full", "… due to …", "… Reason: …": the sentence goes on to give the reason. */
const RE_BECAUSE = /\b(?:because|due to|reason:)\s/i;

/** Does the rest of the line after an address give a reason that reads like an error? */
function statesReasonAfter(doc: string, from: number, end: number): boolean {
  const rest = doc.slice(from, Math.min(end, from + 400));
  const m = RE_BECAUSE.exec(rest);
  if (!m) return false;
  const at = from + m.index + m[0].length;
  return looksLikeError(new TextView().append(doc, at, Math.min(end, at + 300)));
}

/**
 * An English sentence that says a delivery failed. "was automatically rejected": Dovecot's
 * rejection mail, sent for a Sieve reject or a full mailbox (its rejection_reason, "Your
 * message to <%t> was automatically rejected:%n%r", doc/example-config/conf.d/15-lda.conf).
 */
const RE_SENTENCE_FAILED = /\b(?:could ?n[o']t be delivered|could not deliver|couldn't deliver|cannot be delivered|can't be delivered|was not delivered|wasn't delivered|undeliverable|not deliverable|delivery (?:to .{1,80} )?(?:has )?failed|failed to deliver|unable to deliver|(?:was|has been) (?:automatically )?rejected|bounced)\b/i;

/**
 * The line before line i when line i goes on with its sentence (it opens with a small letter
 * after a line that ends with no full stop): a notice wrapped at 72 columns puts "It was
 * addressed" / "to 'a@…' and failed with the following error:" on two lines (demon.co.uk's
 * notice, flufl.bounce simplematch), its failure in the first.
 */
function wrappedFrom(doc: string, lines: Line[], i: number): string {
  if (i === 0 || !/^[ \t]*[a-z]/.test(doc.slice(lines[i].start, lines[i].start + 8))) return '';
  const prev = doc.slice(lines[i - 1].start, Math.min(lines[i - 1].end, lines[i - 1].start + 400));
  return /[^.!?:\s][ \t]*$/.test(prev) ? prev : '';
}

/** The first address in document[start, end) that stands in a recipient position. */
export function recipientIn(doc: string, start: number, end: number): AddressMatch | null {
  for (let a = firstAddress(doc, start, end); a; a = firstAddress(doc, a.end, end)) if (inRecipientPosition(doc, a.start, a.end)) return a;
  return null;
}

/** Words that open the reason after a list of recipients. */
const RE_REASON_LEAD = /^\s*(?:because|reason|due to|the (?:error|reason|response)|error|diagnostic|details?)\b/i;

/**
 * The last word of a label that introduces the cause, as notices write them: "Reason:",
 * "reject reason:", "Error:", "SMTP error:", "Diagnostic:", "Remote server replied:",
 * "Remote host said:", "Server response:", "Cause:" (hMailServer, SmarterMail, providers'
 * own notices).
 */
const RE_CAUSE_LABEL_END = /(?:^|[\s(-])(?:reasons?|error|errors|cause|diagnostics?|response|reply|replied|said|says|answer|answered|status|problem|details?)$/i;

/**
 * Does the line open with a label of at most four words that ends with a cause word and a
 * colon ("reject reason: Mailbox full", "Remote server replied: 550 …")?
 */
function opensWithCauseLabel(text: string): boolean {
  const colon = labelColon(text);
  return colon !== -1 && RE_CAUSE_LABEL_END.test(text.slice(0, colon).trim());
}

/** Where the colon that ends a label of at most four words at the start of the line stands ("reject reason:"); -1 when none. */
function labelColon(text: string): number {
  // The first colon, ASCII or full-width ("理由：552 5.2.2 <a>: Mailbox full" is labelled by "理由").
  const ascii = text.indexOf(':');
  const wide = text.indexOf('\uff1a');
  const colon = ascii === -1 ? wide : wide === -1 ? ascii : Math.min(ascii, wide);
  if (colon <= 0 || colon > 48) return -1;
  const label = text.slice(0, colon).trim();
  return label && label.split(/\s+/).length <= 4 ? colon : -1;
}

/** Does the text open with words that introduce a reason (in English or another language, or a cause label)? */
function opensWithReasonLead(text: string): boolean {
  return RE_REASON_LEAD.test(text) || opensWithCauseLabel(text.trimStart()) || startsWithLocalizedReasonLead(text);
}

/**
 * A heading's text with its addresses written over (as many 'x'), when each is someone else's
 * (the words before it name the sender: namesOther) and the heading ends with a colon; else null.
 */
function othersMasked(doc: string, start: number, text: string): string | null {
  if (!/:[ \t]*$/.test(text)) return null;
  let out = text;
  for (const a of findAddresses(doc, start, start + text.length)) {
    const s = a.start - start;
    if (!namesOther(text.slice(Math.max(0, s - 60), s))) return null;
    out = out.slice(0, s) + 'x'.repeat(a.end - a.start) + out.slice(a.end - start);
  }
  return out.indexOf('@') === -1 ? out : null;
}

/** A line that heads a list of recipients under it: list-introducing words, ending with a colon. */
function isListHeading(text: string): boolean {
  return /[:\uff1a][ \t]*$/.test(text) && (RE_LIST_LEAD.test(text) || isLocalizedListLead(text));
}

/** A line that introduces a list of recipients written one a line after it. */
const RE_LIST_LEAD =
  /(?:\b(?:following|these|this|below)\s+(?:[a-z-]+\s+)?(?:recipients?|address(?:es|\(es\))?|users?|destinations?|mailbox(?:es)?|accounts?)(?:\(s\))?|\brecipients?(?:\(s\))?)\b[^@\r\n]{0,120}$/i;

const RE_LIST_LEAD_ANYWHERE = new RegExp(RE_LIST_LEAD.source.replace(/\$$/, ''), 'i');

/** A line that introduces recipients and lists them after its colon (a bullet may stand before the first), on the same line. */
const RE_INLINE_LIST_LEAD = /^[ \t>]*(?:an? |the )?(?:[a-z]+ ){0,8}?following\s+(?:recipients?|address(?:es)?|users?|destinations?)(?:\(s\)|\(es\))?\b[^@:\r\n]{0,80}:[ \t]*(?:(?:[*\u2022]|-{1,2})[ \t]+)?$/i;

/** A few words without an address that end a sentence with its colon ("up:", "the mail system:"): the tail of a list's lead broken onto its own line. */
const RE_LEAD_TAIL = /^[ \t>]*[a-z][a-z' -]{0,40}:[ \t]*$/i;

/** Words of such a line that say delivery to them failed ("returned permanent errors", "could not be reached"). */
const RE_LEAD_FAILED = /\b(?:errors?|fail(?:ed|ure|s)?|rejected|refused|undeliverable|could ?n[o']t|cannot|unable|not (?:be |been )?(?:delivered|reached)|bounced)\b/i;

/** What stands between two listed addresses, or after the last: a comma, a semicolon, "and", a stop. */
const RE_LIST_SEPARATOR = /^[>"')]?[ \t]*(?:[,;.][ \t]*)?(?:and[ \t]+)?[<"'(]?$/i;

/**
 * The addresses listed after the colon of a line that introduces them, separated by commas,
 * semicolons or white space, up to the line's end (anything else ends the list: none then).
 */
function inlineList(doc: string, line: Line): RawRecipient[] {
  const first = firstAddress(doc, line.start, line.end);
  if (!first) return [];
  let from = first.start;
  while (from > line.start && /[<"'(]/.test(doc[from - 1])) from--;
  const lead = doc.slice(line.start, from);
  // (Its words say the delivery failed, or state the cause: "The following recipients are unknown: …".)
  if (!RE_INLINE_LIST_LEAD.test(lead) || !(RE_LEAD_FAILED.test(lead) || statesCause(viewOfLines(doc, [{ start: line.start, end: from, next: line.next }])))) return [];
  const out: RawRecipient[] = [];
  for (let a: AddressMatch | null = first; a; a = firstAddress(doc, a.end, line.end)) {
    out.push({ address: { value: a.address, start: a.start, end: a.end } });
    const next = firstAddress(doc, a.end, line.end);
    const between = doc.slice(a.end, next ? next.start : line.end);
    if (!RE_LIST_SEPARATOR.test(between)) return [];
  }
  return out;
}

/** The address of a listed recipient's line: alone on it (bulleted, bracketed), or behind a recipient's label ("Failed Recipient: <addr>"). */
function listedAddress(doc: string, l: Line): AddressMatch | null {
  const a = firstAddress(doc, l.start, l.end);
  if (!a) return null;
  const before = doc.slice(l.start, a.start);
  if (/[^\s<"'*(\-]/.test(before) && !isRecipientLabel(before) && !RE_NUMBERED.test(before) && !(RE_NAME_OPENS.test(before) && !RE_OTHER_BEFORE.test(before) && RE_CLOSES_LINE.test(doc.slice(a.end, Math.min(l.end, a.end + 80)))) && !(RE_NAME_ANGLE.test(before) && !RE_OTHER_BEFORE.test(before) && RE_CLOSES_ANGLE.test(doc.slice(a.end, Math.min(l.end, a.end + 80))))) return null;
  return a;
}

/** A list's number before the address ("1. a@example.org", "2) b@example.org"). */
const RE_NUMBERED = /^[ \t>*-]*\d{1,3}[.)][ \t]+<?$/;
/** A display name and the angle bracket of the address after it ("Anna Example <", "\"Smith, Bob\" <"). */
const RE_NAME_ANGLE = /^[ \t>*-]*(?:"[^"\r\n]{1,60}"|[^\s@:<>"()\[\],;!?][^@:<>"()\[\]\r\n]{0,60}?)[ \t]*<$/;
/** The closing angle bracket of the address and nothing else on its line. */
const RE_CLOSES_ANGLE = /^>[ \t]*$/;

/** A display name (words, no sentence) and the bracket that holds the address after it ("Bob Example (", Exchange's list of recipients). */
const RE_NAME_OPENS = /^[ \t>*-]*[^\s@:<>()\[\],.;!?][^@:<>()\[\],.;!?\r\n]{0,40}\([ \t]*$/;
/** The closing bracket of the address and nothing else on its line. */
const RE_CLOSES_LINE = /^\)[ \t]*$/;

/**
 * Recipients listed one a line under a line that introduces them ("Delivery to the
 * following recipients failed.", "An error occurred while trying to deliver the mail to
 * the following recipients:"), with the introducing paragraph as the words.
 */
export function listedRecipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  // The lists read so far, each address once: a notice may head several lists, each with its
  // own cause ("The following recipients are unknown:", "… the following recipients are full:").
  const all: RawRecipient[] = [];
  const taken = new Set<string>();
  for (const range of scan.bodies) {
    const end = textEnd(doc, range);
    // A cheap test for the introducing words before the text is split into lines.
    const body = doc.slice(range.start, end);
    if (!RE_LIST_LEAD_ANYWHERE.test(body) && !isLocalizedListLead(body)) continue;
    const lines = splitLines(doc, range.start, end);
    let para = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (isBlank(doc, line)) {
        para = i + 1;
        continue;
      }
      let text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      // The list on the line that introduces it, after its colon ("The following recipients
      // returned permanent errors: a@example.org, b@example.net."): its words as a list's.
      const inline = text.indexOf('@') !== -1 ? inlineList(doc, line) : [];
      if (text.indexOf('@') !== -1 && inline.length === 0) {
        // A heading that names only someone else, the sender ("… could not be delivered
        // because they are not accepting mail from <sender>:", AOL's sender block): a heading
        // all the same, read without that address.
        const masked = othersMasked(doc, line.start, text);
        if (masked === null) continue;
        text = masked;
      }
      if (inline.length === 0 && !(RE_LIST_LEAD.test(text) || isLocalizedListLead(text))) continue;
      // (After the first list, only a heading opens another: a line of list words ending in a colon.)
      if (all.length && (inline.length || !isListHeading(text))) continue;
      const listedInline = inline.length > 0;
      const out: RawRecipient[] = inline;
      let j = i + 1;
      for (; !listedInline && j < lines.length; j++) {
        const l = lines[j];
        if (isBlank(doc, l)) {
          // A blank line between listed addresses (a copy with a blank line between all
          // lines) goes on with the list when an address stands alone on the next line.
          if (out.length && !(j + 1 < lines.length && listedAddress(doc, lines[j + 1]))) break;
          continue;
        }
        const a = listedAddress(doc, l);
        // The introducing sentence's last words, broken onto a line of their own before the
        // list ("… failed permanently and has been given" / "up:", masqmail's template): part
        // of the lead, the list comes after.
        // (Only when the lead breaks off mid-sentence, and the tail is no heading of its own.)
        if (!a && out.length === 0 && /[a-z]$/i.test(text.trimEnd()) && RE_LEAD_TAIL.test(doc.slice(l.start, Math.min(l.end, l.start + 60))) && !isListHeading(doc.slice(l.start, Math.min(l.end, l.start + 300)))) continue;
        if (!a) break;
        out.push({ address: { value: a.address, start: a.start, end: a.end } });
      }
      if (out.length === 0) continue;
      // The words: the introducing paragraph, and the paragraph after the list when it
      // gives the reason ("because: …", or words of an error).
      const words = lines.slice(para, i + 1);
      while (j < lines.length && isBlank(doc, lines[j])) j++;
      let k = j;
      while (k < lines.length && !isBlank(doc, lines[k])) k++;
      // Where reading goes on after this list (past the words taken for it).
      let resume = j;
      // (Not the next list's heading: its words are that list's.)
      if (k > j && !isListHeading(doc.slice(lines[k - 1].start, Math.min(lines[k - 1].end, lines[k - 1].start + 300)))) {
        const next = viewOfLines(doc, lines.slice(j, k));
        const lead = opensWithReasonLead(next.text);
        if (lead || (!/@/.test(next.text) && looksLikeError(next))) {
          words.push(...lines.slice(j, k));
          resume = k;
        }
        // A lead alone on its line ("because:", "weil:"): the reason is the paragraph after it.
        if (lead && k === j + 1 && /:\s*$/.test(next.text)) {
          let e = k;
          while (e < lines.length && isBlank(doc, lines[e])) e++;
          let f = e;
          while (f < lines.length && !isBlank(doc, lines[f])) f++;
          words.push(...lines.slice(e, f));
          resume = f;
        }
      }
      const view = viewOfLines(doc, words);
      for (const r of out) {
        const key = r.address!.value.toLowerCase();
        if (taken.has(key)) continue;
        taken.add(key);
        r.diagnostic = view;
        all.push(r);
      }
      // Read on after the list, for another heading and its list.
      i = resume - 1;
      para = resume;
    }
  }
  return all;
}
