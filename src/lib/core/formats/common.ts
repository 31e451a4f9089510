/**
 * Small pieces the format modules share.
 */
import type { Scan } from '../scan.ts';
import { header } from '../scan.ts';
import type { FormatInput, FormatResult, RawRecipient } from './types.ts';
import { readTextBlocks, replyParagraphs, statesCause, errorParagraph, failedRecipients, listedRecipients, recipientIn, sentenceRecipients, delayedRecipients, returnedTo, textEnd, isReturnedStart } from '../read/text-blocks.ts';
import { findCommand } from '../read/command.ts';
import { findAddresses, firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { eachLine, splitLines, isBlank, type Line } from '../text/lines.ts';
import { TextView } from '../text/view.ts';
import { LIMITS } from '../limits.ts';
import { hasReplyShape, isDelayWarning } from '../read/cues.ts';
import { holds } from '../text/grams.ts';

/**
 * A copy of a recipient, built from a literal field by field (in the order of RawRecipient's
 * fields), to be given more fields. Not a spread copy (`{ ...r, hint }`): V8 gives such a
 * copy, once it has a field its source lacks, a shape (hidden class) of its own every time,
 * outside the tree of shapes it shares. Each recipient made so was then a shape no
 * property read had seen: the reads of recipients in the classifier and the report turned
 * megamorphic and missed their caches, and optimised code started over whenever yet
 * another shape reached it. Built this way, recipients with the same fields share a shape.
 */
export function copyRecipient(r: RawRecipient): RawRecipient {
  const c: RawRecipient = { address: r.address };
  if (r.addressSource !== undefined) c.addressSource = r.addressSource;
  if (r.originalRecipient !== undefined) c.originalRecipient = r.originalRecipient;
  if (r.expandedTo !== undefined) c.expandedTo = r.expandedTo;
  if (r.action !== undefined) c.action = r.action;
  if (r.status !== undefined) c.status = r.status;
  if (r.diagnostic !== undefined) c.diagnostic = r.diagnostic;
  if (r.diagnosticType !== undefined) c.diagnosticType = r.diagnosticType;
  if (r.remoteMta !== undefined) c.remoteMta = r.remoteMta;
  if (r.command !== undefined) c.command = r.command;
  if (r.hint !== undefined) c.hint = r.hint;
  if (r.permanent !== undefined) c.permanent = r.permanent;
  if (r.feedbackType !== undefined) c.feedbackType = r.feedbackType;
  if (r.otherFailure !== undefined) c.otherFailure = r.otherFailure;
  return c;
}

/** The first few KB of the human-readable text, lower-cased (for cheap detection; read once by the scan). */
export function bodyHead(scan: Scan): string {
  return scan.headLower;
}

/**
 * `bodyHead(scan).includes(words)`: the formats ask this of dozens of phrases, nearly all
 * absent, so a trigram test of the head (text/grams.ts) answers most of them without a search.
 */
export function headHas(scan: Scan, words: string): boolean {
  return holds(scan.headLower, words);
}

/** The Subject, lower-cased (read once by the scan: every format's detect asks). */
export function subject(scan: Scan): string {
  return scan.subjectLower;
}

/** The From, lower-cased. */
export function from(scan: Scan): string {
  return scan.fromLower;
}

export function hasHeader(scan: Scan, name: string): boolean {
  return header(scan.headers, name) !== undefined;
}

/**
 * The usual way to read a human-readable bounce: address-led blocks; failing that, the
 * paragraph holding the SMTP reply, for the recipients the bounce names (see
 * `namedRecipients`); failing that, recipients listed under a line that introduces them;
 * last, in a warning that delivery is delayed, the recipient its sentence names.
 */
export function textRecipients({ scan, dsn }: FormatInput): RawRecipient[] {
  const blocks = readTextBlocks(scan);
  if (blocks.length === 1) return [withQuotedReply(scan, blocks[0])];
  if (blocks.length) return blocks;
  const para = errorParagraph(scan);
  if (para) return eachReplyItsOwn(scan, para) ?? withDiagnostic(scan, para);
  // With a DSN, a bare list adds nothing: the DSN names the recipients, and its status
  // says more than the sentence that introduces the list.
  if (dsn.recipients.length) return [];
  // A recipient named in a sentence of a notice in another language, then a list.
  const named = sentenceRecipients(scan);
  if (named.length) return named;
  const listed = listedRecipients(scan);
  if (listed.length) return listed;
  // A warning that delivery is delayed, in a sentence that names the recipient and no code.
  return isDelayWarning(scan) ? delayedRecipients(scan) : [];
}

/** A reply code or a status code, as servers write them. */
const RE_ANY_CODE = /\b[245]\.[0-7]\.\d{1,3}\b(?!-\d)/;

/**
 * The one recipient of a notice that names it in a title and states no cause there ("<addr>
 * へのメッセージを配信できませんでした。", then a heading), when the notice quotes the
 * server's reply further down (Microsoft 365's "状態コード: 550 5.7.1" and "報告されたエラー:
 * 550 5.7.1 …", Gmail's "Die Antwort des Remoteservers war: 550 …"): those replies are the
 * recipient's too, after the title's words.
 */
function withQuotedReply(scan: Scan, rcpt: RawRecipient): RawRecipient {
  const d = rcpt.diagnostic;
  if (!d || RE_ANY_CODE.test(d.text) || hasReplyShape(d.text) || statesCause(d)) return rcpt;
  const [ds, de] = d.whole();
  let view = d;
  for (const para of replyParagraphs(scan)) {
    const [s] = para.whole();
    // Only paragraphs after the recipient's words.
    if (s < de) continue;
    view = TextView.join(view, para);
  }
  if (view === d) return rcpt;
  const [, e] = view.whole();
  const out = copyRecipient(rcpt);
  out.diagnostic = view;
  out.command = rcpt.command ?? findCommand(scan.document, ds, e) ?? undefined;
  return out;
}

/** A result from text recipients, or null when there are none. */
export function fromText(input: FormatInput, extra: Partial<FormatResult> = {}): FormatResult | null {
  const recipients = textRecipients(input);
  if (recipients.length === 0 && input.dsn.recipients.length === 0) return null;
  return { recipients, ...extra };
}

/**
 * The words after a marker line such as "The response from the remote server was:":
 * the rest of that line, then the next paragraph (skipping blank lines right after it).
 */
export function paragraphAfter(scan: Scan, marker: RegExp): TextView | null {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const text = doc.slice(range.start, range.end);
    const m = marker.exec(text);
    if (!m) continue;
    const from = range.start + m.index + m[0].length;
    const lines: Line[] = [];
    let started = false;
    for (const line of eachLine(doc, from, range.end)) {
      if (isBlank(doc, line)) {
        if (started) break;
        continue;
      }
      // The returned original starts: the paragraph ended (a copy that lost its blank lines).
      if (started && isReturnedStart(doc.slice(line.start, Math.min(line.end, line.start + 200)))) break;
      started = true;
      lines.push(line);
    }
    if (lines.length) return viewOfLines(doc, lines);
  }
  return null;
}

/** "RCPT TO:" right before an address (its ":", "<" and spaces taken off first). */
const RE_RCPT_TO = /\brcpt\s+to$/i;

/** A recipient as the bounce names it: the address, and where it was read when not from the layout's own line. */
type Named = Pick<RawRecipient, 'address' | 'addressSource'>;

/** What joins the addresses of one sentence's list: ", ", " or ", " and ", ", and ". */
const RE_LIST_JOINER = /^(?:[ \t]*,[ \t\r\n]*(?:(?:and|or)[ \t\r\n]+)?|[ \t\r\n]+(?:and|or)[ \t\r\n]+)<?/i;

/**
 * The other addresses of the sentence whose first one ends at `from`, joined to it by a list's
 * words (Gmail's "Your message wasn't delivered to a@… or b@… because …" for recipients that
 * share one reply): each address right after a joiner, as long as the list goes on.
 */
function listedAfter(doc: string, from: number, end: number): Named[] {
  const out: Named[] = [];
  for (let at = from; out.length < LIMITS.maxRecipients; ) {
    const join = RE_LIST_JOINER.exec(doc.slice(at, Math.min(end, at + 40)));
    if (!join) break;
    const next = firstAddress(doc, at + join[0].length, Math.min(end, at + join[0].length + 320));
    if (!next || next.start !== at + join[0].length) break;
    out.push({ address: { value: next.address, start: next.start, end: next.end } });
    at = next.end + (doc[next.end] === '>' ? 1 : 0);
  }
  return out;
}

/**
 * The recipients a bounce names, from recipient positions only: X-Failed-Recipients;
 * the first address after `addressMarker` (a format's own recipient line, with the others
 * its sentence lists after it); recipients
 * listed under a line that introduces them; an address the text names as the recipient
 * ("RCPT TO:<…>", "Your message to …", "<…>: Recipient address rejected"); last, the
 * returned message's To. Never just the first address in the text: that is as often a
 * signature, a help desk or the sender.
 */
export function namedRecipients(scan: Scan, addressMarker?: RegExp): Named[] {
  const failed = failedRecipients(scan);
  if (failed.length) return failed;
  const doc = scan.document;
  if (addressMarker) {
    for (const range of scan.bodies) {
      const m = addressMarker.exec(doc.slice(range.start, range.end));
      if (!m) continue;
      const a = firstAddress(doc, range.start + m.index, range.end);
      if (a) return [{ address: { value: a.address, start: a.start, end: a.end } }, ...listedAfter(doc, a.end, range.end)];
      break;
    }
  }
  const listed = listedRecipients(scan);
  if (listed.length) return listed.map((r) => ({ address: r.address }));
  for (const range of scan.bodies) {
    const a = recipientIn(doc, range.start, textEnd(doc, range));
    if (!a) continue;
    // "RCPT TO:<…>": the SMTP dialogue itself (a transcript, or the MTA quoting it).
    let e = a.start;
    while (e > range.start && a.start - e < 8 && /[\s:<]/.test(doc[e - 1])) e--;
    const before = doc.slice(Math.max(range.start, e - 40), e);
    return [{ address: { value: a.address, start: a.start, end: a.end }, ...(RE_RCPT_TO.test(before) ? { addressSource: 'transcript' as const } : {}) }];
  }
  return returnedTo(scan);
}

/** The recipients the bounce names (see `namedRecipients`), each with this diagnostic. */
export function withDiagnostic(scan: Scan, diagnostic: TextView, addressMarker?: RegExp): RawRecipient[] {
  const [s, e] = diagnostic.whole();
  const command = findCommand(scan.document, s, e) ?? undefined;
  const named = namedRecipients(scan, addressMarker);
  if (named.length === 0) return [{ address: null, diagnostic, command }];
  // Each named recipient (its address and where it was read) with the words and stage,
  // in this key order: built field by field, which costs less than a spread copy.
  const out: RawRecipient[] = [];
  for (const r of named) {
    const rcpt: RawRecipient = { address: r.address };
    if ('addressSource' in r) rcpt.addressSource = r.addressSource;
    rcpt.diagnostic = diagnostic;
    rcpt.command = command;
    out.push(rcpt);
  }
  return out;
}

/**
 * A refusal that names its own recipient right after its code, as a RCPT TO refusal does:
 * "550 5.1.1 <a@example.org>: Recipient address rejected: …", "550 <a@example.org>... User
 * unknown", and the reply as a program's mail library quotes it without the reply code
 * (.NET's "The server response was: 5.1.1 <a@…>: …", Python smtplib's "(550, b'5.1.1 <a@…>:
 * …')", MailKit's exception text).
 */
const RE_OWN_REFUSAL = /(?<![\w.])(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t]{1,4})?|[245]\.\d{1,3}\.\d{1,3}[ \t]{1,4})<([^\s<>@]{1,64}@[^\s<>@]{1,255})>(?::|\.\.\.)/g;
/** Where a reply's words end before `end`: white space, quotes, separators and a repr's closing "')" taken off. */
function replyEnd(doc: string, start: number, end: number): number {
  while (end > start) {
    const c = doc[end - 1];
    if (c === ')' && end - 1 > start && (doc[end - 2] === "'" || doc[end - 2] === '"')) end -= 2;
    else if (/[\s,;'"{}]/.test(c)) end--;
    else break;
  }
  return end;
}

/** A refusal's words that name the sender right after its address. */
const RE_SENDER_WORDS = /^\s*(?:sender|mail from)\b/i;
/** "MAIL FROM" just before a reply: the answer to the sender's command. */
const RE_MAIL_FROM_BEFORE = /\bmail from\b[^\n<]{0,30}$/i;

/**
 * One paragraph holding several such refusals, each naming a recipient of its own (a program's
 * log of the recipients its server refused: .NET's inner exceptions one a line, smtplib's
 * SMTPRecipientsRefused dict of address to reply, a pasted list of replies): each recipient
 * with its own reply, from the reply's code to where the next recipient is named (the next
 * line, when the next one is named on another line), so that one recipient's words are never
 * another's cause, and a library's own words before the reply ("Mailbox unavailable.",
 * "Insufficient system storage.") are no cause at all. Only when each recipient the bounce
 * names otherwise is among them; else null.
 */
export function eachReplyItsOwn(scan: Scan, para: TextView): RawRecipient[] | null {
  const doc = scan.document;
  const [ps, pe] = para.whole();
  const text = doc.slice(ps, pe);
  const found: { at: number; address: string; start: number; end: number; sender: boolean }[] = [];
  const seen = new Set<string>();
  RE_OWN_REFUSAL.lastIndex = 0;
  for (let m = RE_OWN_REFUSAL.exec(text); m; m = RE_OWN_REFUSAL.exec(text)) {
    const key = m[1].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    // A refusal of the sender ("553 5.7.1 <s@…>: Sender address rejected: not owned by user …",
    // an answer to MAIL FROM) names no recipient: its address is the sender's.
    // (It still ends the words of the refusal before it.)
    const after = m.index + m[0].length;
    const sender = RE_SENDER_WORDS.test(text.slice(after, after + 60)) || RE_MAIL_FROM_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index));
    const start = ps + m.index + m[0].indexOf('<') + 1;
    found.push({ at: ps + m.index, address: m[1], start, end: start + m[1].length, sender });
  }
  if (found.length < 2 || found.every((f) => f.sender)) return null;
  const named = namedRecipients(scan);
  if (!named.every((r) => r.address && found.some((f) => !f.sender && f.address.toLowerCase() === r.address!.value.toLowerCase()))) return null;
  const out: RawRecipient[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f.sender) continue;
    let end = k + 1 < found.length ? found[k + 1].at : pe;
    // Up to the next recipient named (another address), and on another line, to that line's start.
    const other = findAddresses(doc, f.end, end).find((a) => a.address.toLowerCase() !== f.address.toLowerCase());
    if (other) end = other.start;
    const nl = doc.lastIndexOf('\n', end - 1);
    if (nl > f.end && k + 1 < found.length) end = nl;
    end = replyEnd(doc, f.at, end);
    const diagnostic = new TextView().append(doc, f.at, end);
    const rcpt: RawRecipient = { address: { value: f.address, start: f.start, end: f.end } };
    rcpt.diagnostic = diagnostic;
    rcpt.command = findCommand(doc, f.at, end) ?? undefined;
    out.push(rcpt);
  }
  return out;
}

/**
 * For each human-readable part where `marker` occurs, the lines from the end of the match
 * to the end of that part: the shared opening of "find the heading, read what follows".
 */
export function* linesAfter(scan: Scan, marker: RegExp): Generator<Line[]> {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const m = marker.exec(doc.slice(range.start, range.end));
    if (m) yield splitLines(doc, range.start + m.index + m[0].length, range.end);
  }
}
