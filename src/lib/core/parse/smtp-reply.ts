/**
 * SMTP reply reading (RFC 5321 §4.2, RFC 2034 / RFC 3463 enhanced status codes).
 *
 * Replies reach us in many shapes: a bare `550 5.1.1 ...`, a multi-line reply whose
 * lines repeat the prefix (`550-5.7.26 ... 550 5.7.26 ...`), flattened into a DSN's
 * Diagnostic-Code, wrapped by a mail client, or with the code inside the text
 * (`(#5.1.1)`). These readers find the codes without trusting any one layout.
 */
import { TextView } from '../text/view.ts';
import type { Line } from '../text/lines.ts';

/** An enhanced status code: class 2, 4 or 5; subject 0-7 (the only ones defined); detail of 1-3 digits. */
export const RE_STATUS = /(?:^|[^\d.])([245]\.[0-7]\.\d{1,3})(?!\d|\.\d|-\d)/g;
/** A basic reply code standing as a word. */
const RE_REPLY = /(?:^|[\s:;(\[<"'=#])([245][0-5]\d)(?=[\s\-,.;:)\]]|$)(?!\.\d)/g;
/**
 * A reply code with a second digit RFC 5321 does not define (§4.2.1 defines 0, 1, 2 and 5;
 * 3 and 4 are unused, 6 to 9 are none), as servers send it anyway ("571 Delivery not
 * authorized", Microsoft's IIS SMTP service; "580", "591", "599", "499" observed), at the very
 * start of the text: its first digit still says permanent (5) or temporary (4).
 */
const RE_NONSTANDARD_OPENING = /^([ \t]*)([45][6-9]\d)(?=[ \t-][ \t]*[a-z0-9]|[ \t]*$)/i;
/**
 * The same code where a notice hands over the server's reply: Postfix's "host … said: 591 …",
 * Exim's "SMTP error from remote mail server after RCPT TO:<…>: 591 …", Exchange's "Remote
 * Server returned '591 …'", "replied:" / "responded:" (observed wordings).
 */
const RE_NONSTANDARD_AFTER_LEAD =
  /\b(?:said|replied|responded|answered|response was|remote server returned):?[ \t]{1,3}'?([45][6-9]\d)(?=[ \t-][ \t]*[a-z0-9])|\bmail server after [^\n:]{1,80}:[^\n]{0,300}?:[ \t]{1,3}([45][6-9]\d)(?=[ \t-][ \t]*[a-z0-9])/i;
/**
 * A server's reply and an enhanced status at its start ("550 5.1.1 ", "552-5.2.2 "), as it
 * stands inside a sentence of one's own ("The server returns (translated from Spanish): \"550
 * 5.1.1 the mailbox … does not exist\""): the reply starts there (RFC 5321 §4.2). Unlike
 * RE_LINE_PREFIX it needs the status and the white space after it, and may follow a quote or a
 * bracket inside a line.
 */
const RE_REPLY_START = /(?:^|[\s"'(`])[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\s/g;

/** Where the words after the last reply start in `text` (code, status, a space) begin; -1 when none. */
export function afterLastReplyStart(text: string): number {
  let from = -1;
  RE_REPLY_START.lastIndex = 0;
  for (let m = RE_REPLY_START.exec(text); m; m = RE_REPLY_START.exec(text)) from = m.index + m[0].length;
  return from;
}

/** The prefix of one line of a (multi-line) reply: code, separator, optional status. */
const RE_LINE_PREFIX = /^[ \t]*([245]\d\d)([ \t-])(?:[ \t]*([245]\.[0-7]\.\d{1,3})(?=[ \t]|$))?[ \t]*/;

export interface CodeMatch {
  code: string;
  /** Offsets in the view the code was found in. */
  start: number;
  end: number;
}

/** Specificity of a status code: x.0.0 < x.N.0 < x.N.N. */
export function statusSpecificity(code: string): number {
  const [, subject, detail] = code.split('.');
  return (subject !== '0' ? 2 : 0) + (detail !== '0' ? 1 : 0);
}

/**
 * A link in a reply ("see https://postmaster.example.net/smtp-error-codes#5.1.1"): a number in
 * its path or anchor names a help page, not the reply's status (RFC 3463 §2: the status follows
 * the reply code, it is no part of the text's links).
 */
const RE_URL = /\bhttps?:\/\/[^\s<>"'()]+/gi;

/**
 * A code given as an example ("Status: the enhanced status code, e.g. 5.1.1 for an unknown
 * mailbox", as help pages explain a report's fields): no status of a reply, which states its
 * own code and never an example of one.
 */
const RE_EXAMPLE_BEFORE = /(?:\be\.g\.|\bfor example|\bfor instance|\bsuch as)[ \t,:]*$/i;

/** All enhanced status codes in `text`, in order (none inside a link, none given as an example). */
export function findStatusCodes(text: string): CodeMatch[] {
  const out: CodeMatch[] = [];
  const links: [number, number][] = [];
  if (text.includes('://')) {
    RE_URL.lastIndex = 0;
    for (let u = RE_URL.exec(text); u; u = RE_URL.exec(text)) links.push([u.index, u.index + u[0].length]);
  }
  RE_STATUS.lastIndex = 0;
  for (let m = RE_STATUS.exec(text); m; m = RE_STATUS.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    if (links.some(([a, b]) => start > a && start < b)) continue;
    if (RE_EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    out.push({ code: m[1], start, end: start + m[1].length });
  }
  return out;
}

/** The first basic reply code in `text` that stands as a word. */
export function findReplyCode(text: string): CodeMatch | null {
  RE_REPLY.lastIndex = 0;
  for (let m = RE_REPLY.exec(text); m; m = RE_REPLY.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // Skip numbers that are clearly something else: part of a time (12:550), the size a
    // MAIL FROM command declares (`SIZE=222`, RFC 1870) when a transcript echoes it.
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (before === 58 /* : */ && /\d/.test(text[start - 2] ?? '')) continue;
    if (before === 61 /* = */ && /size$/i.test(text.slice(Math.max(0, start - 5), start - 1))) continue;
    return { code: m[1], start, end: start + 3 };
  }
  return null;
}

export interface ReplyCodes {
  replyCode: CodeMatch | null;
  status: CodeMatch | null;
  statuses: CodeMatch[];
}

/**
 * The reply code and the most specific status code of a diagnostic view. The reply code
 * is taken where the text starts with one, else the first that stands as a word; the
 * status is the most specific of those found (the first among equals).
 */
export function readCodes(view: TextView): ReplyCodes {
  const text = view.text;
  const statuses = findStatusCodes(text);
  // A session transcript holds the replies that succeeded before the one that failed ("<<< 250
  // 2.1.5 Ok", "<<< 354 …", then "<<< 552 5.2.2 … quota exceeded" after DATA): where a
  // failure is among them, a success explains nothing of it.
  const failures = statuses.filter((s) => s.code[0] !== '2');
  const candidates = failures.length ? failures : statuses;
  let status: CodeMatch | null = null;
  for (const s of candidates) {
    if (!status || statusSpecificity(s.code) > statusSpecificity(status.code)) status = s;
  }
  let replyCode = findReplyCode(text);
  if (replyCode && replyCode.code[0] === '2' && !status) replyCode = laterFailureReply(text, replyCode) ?? replyCode;
  // A code outside RFC 5321's digits that some servers send anyway ("571 Delivery not
  // authorized, message refused", Microsoft's IIS SMTP service) counts where it opens the
  // reply: its first digit still says permanent or temporary.
  if (!replyCode) {
    const m = RE_NONSTANDARD_OPENING.exec(text);
    if (m) replyCode = { code: m[2], start: m[1].length, end: m[1].length + 3 };
    else {
      const l = RE_NONSTANDARD_AFTER_LEAD.exec(text);
      if (l) {
        const start = l.index + l[0].length - 3;
        replyCode = { code: l[1] ?? l[2], start, end: start + 3 };
      }
    }
  }
  // A reply code that is really the start of a status (e.g. "550" in "5.5.0") can't be,
  // since RE_REPLY needs a word end; but a reply code whose class disagrees with every
  // status while another code agrees is probably a number in the prose.
  if (replyCode && status && replyCode.code[0] !== status.code[0]) {
    RE_REPLY.lastIndex = 0;
    for (let m = RE_REPLY.exec(text); m; m = RE_REPLY.exec(text)) {
      if (m[1][0] === status.code[0]) {
        const start = m.index + m[0].length - m[1].length;
        replyCode = { code: m[1], start, end: start + 3 };
        // The reply code and the status are one reply's: when the agreeing reply carries its
        // own status ("...<421 4.4.2 Connection timed out>" quoted inside "554 4.4.7 Message
        // expired"), that status goes with it.
        const own = statuses.find((x) => x.start > replyCode!.end && x.start <= replyCode!.end + 2 && x.code[0] === m![1][0]);
        if (own && /^[ \t-]{1,2}$/.test(text.slice(replyCode.end, own.start))) status = own;
        break;
      }
    }
  }
  return { replyCode, status, statuses };
}

/** The first 4xx or 5xx reply code after `after` (a transcript's failure after its successes), or null. */
function laterFailureReply(text: string, after: CodeMatch): CodeMatch | null {
  RE_REPLY.lastIndex = after.end;
  for (let m = RE_REPLY.exec(text); m; m = RE_REPLY.exec(text)) {
    if (m[1][0] === '2') continue;
    const start = m.index + m[0].length - m[1].length;
    // Not a time (12:550) nor the size a MAIL FROM command declares (SIZE=450), as findReplyCode.
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    if (before === 58 /* : */ && /\d/.test(text[start - 2] ?? '')) continue;
    if (before === 61 /* = */ && /size$/i.test(text.slice(Math.max(0, start - 5), start - 1))) continue;
    return { code: m[1], start, end: start + 3 };
  }
  return null;
}

/** Does the line's first character after its blanks start a reply code (2, 4 or 5)? Most lines fail here, before RE_LINE_PREFIX. */
function mayOpenWithCode(document: string, line: Line): boolean {
  let i = line.start;
  while (i < line.end && (document.charCodeAt(i) === 32 || document.charCodeAt(i) === 9)) i++;
  const c = document.charCodeAt(i);
  return i < line.end && (c === 50 || c === 52 || c === 53);
}

/**
 * Append the lines of a reply to a view, dropping the repeated `550-5.1.1 ` prefixes of
 * continuation lines so that the server's words read as one sentence.
 */
export function appendReplyLines(view: TextView, document: string, lines: Line[]): TextView {
  let firstCode: string | null = null;
  for (const line of lines) {
    const m = mayOpenWithCode(document, line) ? RE_LINE_PREFIX.exec(document.slice(line.start, line.end)) : null;
    if (m && (firstCode === null || m[1] === firstCode)) {
      if (firstCode === null) {
        firstCode = m[1];
        view.append(document, line.start, line.end);
      } else {
        view.append(document, line.start + m[0].length, line.end);
      }
    } else {
      view.append(document, line.start, line.end);
    }
  }
  return view;
}
