/**
 * What sort of message the words say it is, before any recipient is read:
 *
 * - `hasReplyShape`: an SMTP reply as servers write it (RFC 5321 §4.2: a code at the start
 *   of a line, or after "said:"; or a code with an RFC 3463 enhanced status), not a number
 *   in prose ("Flight 550 to Paris", "version 5.1.1").
 * - `looksLikeBounce`: the message says it is a report on delivery: a mailer-daemon
 *   sender, a bounce subject, X-Failed-Recipients, a DSN part, or the words of a
 *   delivery failure in the text.
 * - `isDelayWarning`: a warning that delivery is delayed and still being tried (Postfix
 *   "THIS IS A WARNING ONLY", Sendmail "WARNING MESSAGE ONLY", Exim "has not yet been
 *   delivered", Exchange "Delivery Status Notification (Delay)", Gmail "Delivery
 *   incomplete"), unless the text says the server gave up.
 * - `saysGaveUp`: the sending server stopped trying ("retry time exceeded", "giving up",
 *   "expired", "too long in the queue", ...) or returned the message as failed.
 *
 * Wordings learnt from the MTAs' bounce templates (Postfix bounce(5), Sendmail
 * savemail.c and deliver.c, Exim's warning_message and bounce_message, Microsoft's
 * NDR pages, Gmail's notices as users receive them).
 */
import type { Scan } from '../scan.ts';
import { header } from '../scan.ts';
import { textEnd } from './text-blocks.ts';
import { bodyHead } from '../formats/common.ts';
import { hedgeSpans } from '../classify/words.ts';
import { findLocalizedDeliveredWords, hasLocalizedDelayWords, hasLocalizedGaveUpWords, hasLocalizedLabelledReply, hasLocalizedNoticeWords, hasLocalizedReportWords, hasLocalizedTemporaryWords, headHasLocalizedDelayWords } from '../../knowledge/languages/index.ts';
import { words } from '../text/pattern.ts';

/**
 * The reply code with an enhanced status right after it: "550 5.1.1", "550-5.7.26", "550 #5.1.0",
 * or with a semicolon between them as Microsoft's announcements and the pages quoting them write
 * a reply ("550; 5.7.515 Access denied, sending domain … does not meet the required
 * authentication level", the Outlook.com sender requirements of 2025).
 */
const RE_CODE_AND_STATUS = /\b[245]\d\d(?:-|;?\s+)#?[245]\.\d{1,3}\.\d{1,3}\b/;
/** An enhanced status where servers put one: at a line start, after "#", "(", "status:", "code:". */
const RE_STATUS_PLACED = /(?:^[ \t>]*|[#(]|\bstatus:?[ \t]*|\bcode:?[ \t]*)[245]\.[0-7]\.\d{1,3}\b(?!-\d)/im;
/** A reply code right after words that introduce a server's answer. */
const RE_CODE_AFTER_CUE =
  /\b(?:said|replied|responded|answered|returned|reply|response|reason|smtp error|error code|diagnostic-code|remote server|remote host)(?:\s+(?:was|is|code|with))?[\s:='"(]*[245]\d\d\b|[\])][:,][ \t]*[245]\d\d[ -]|\berror\s*:\s*[245]\d\d[ -]/i;
/** A reply code at the start of a line, with the words of an SMTP reply on the same line. */
const RE_CODE_AT_LINE_START =
  /^[ \t>"'(\[]*(?:<<<[ \t]*)?[245]\d\d(?:-|[ \t]+)[^\r\n]*?\b(?:mailbox|recipient|user|address|relay|sender|message|mail|rejected|denied|refused|blocked|spam|policy|service|unavailable|requested|try again|temporar|quota|unknown|smtp|dns|host|domain|connection|timeout|timed out|authentication|tls|helo|rcpt|spf|dkim|dmarc|invalid|exist|account|disabled|full|storage|too many|rate|limit|closing|transaction|syntax|command)/im;

/** Does this text hold an SMTP reply as servers write one? */
export function hasReplyShape(text: string): boolean {
  return RE_CODE_AND_STATUS.test(text) || RE_STATUS_PLACED.test(text) || RE_CODE_AFTER_CUE.test(text) || RE_CODE_AT_LINE_START.test(text) || hasLocalizedLabelledReply(text);
}

/** A reply code as servers place one, anywhere in a text (white space collapsed). */
const RE_REPLY_CODE_ALL = /(?:^|[\s:;"'(\[])[245]\d\d[ -](?:[245]\.[0-7]\.\d{1,3})?|(?:^|[\s(#])[45]\.[0-7]\.\d{1,3}\b(?!-\d)/g;

/**
 * Does the text hold reply codes, each of them inside a condition (classify/words.ts
 * hedgeSpans)? "If it continues, we will reject mail from this address with "550 5.7.1 …""
 * (an abuse desk's warning), "if you get 550 5.1.1, check the spelling": a reply that may
 * come, not one that came.
 */
export function onlyInConditions(text: string): boolean {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const hedges = hedgeSpans(lower);
  const examples = exampleSpans(lower);
  if (hedges.ranges.length === 0 && examples.length === 0) return false;
  RE_REPLY_CODE_ALL.lastIndex = 0;
  let any = false;
  for (let m = RE_REPLY_CODE_ALL.exec(lower); m; m = RE_REPLY_CODE_ALL.exec(lower)) {
    const at = m.index + 1;
    if (!hedges.covers(at) && !examples.some(([s, e]) => at >= s && at < e)) return false;
    any = true;
  }
  return any;
}

/**
 * Words that bring in a reply as an example of what may be answered, each to the end of its
 * sentence: "refused with a reply such as "550 …"", "for example 550 5.1.1", "e.g. 421 …"
 * (newsletters and help pages on sending rules).
 */
const RE_EXAMPLE = /\b(?:(?:reply|replies|response|responses|answer|error|errors|message|code|codes|bounce|bounces) such as|for (?:example|instance)|e\.g\.)/g;
const RE_SENTENCE_END = /[.!?]["'\u201d)]?(?= [^a-z0-9]|$)|[.!?]["'\u201d)]? (?=[a-z])/g;

function exampleSpans(lower: string): [number, number][] {
  const out: [number, number][] = [];
  RE_EXAMPLE.lastIndex = 0;
  for (let m = RE_EXAMPLE.exec(lower); m && out.length < 50; m = RE_EXAMPLE.exec(lower)) {
    RE_SENTENCE_END.lastIndex = m.index + m[0].length;
    // The sentence ends at a stop followed by a space and a new sentence (a code's "5.7.26" is no stop).
    const end = RE_SENTENCE_END.exec(lower);
    const e = end ? end.index + 1 : lower.length;
    out.push([m.index, e]);
    RE_EXAMPLE.lastIndex = e;
  }
  return out;
}

/** Senders that write reports on delivery. */
const RE_REPORT_SENDER = /mailer-daemon|postmaster|mail ?delivery|delivery ?subsystem|mail ?system|mail ?administrator|mailer|daemon|bounce|microsoftexchange|microsoft outlook|notification/;
/** Subjects of delivery reports (in English; other languages' are in knowledge/languages). */
const RE_REPORT_SUBJECT =
  /undeliver|undelivered|not (?:be )?delivered|delivery (?:status|failure|failed|has failed|problem|incomplete|notification|delayed|report|error)|returned mail|mail delivery|failure notice|non.?delivery|delivery ?notification|could not (?:be )?deliver|delayed mail|warning: (?:could not|message)|bounce/;
/** Words of a delivery failure or delay in the text (in English; other languages' are in knowledge/languages). */
// Also a mail client's box for a refused send ("An error occurred sending mail: …", Thunderbird;
// "An (smtp) error occured while sending mail. The server responded: …"; Telstra CrowdSupport).
const RE_REPORT_WORDS = words(
  /undeliver|(?:not|n't) (?:be |been )?delivered|could ?(?:not|n't) (?:be )?deliver|unable to deliver|failed to deliver|delivery (?:to (?:the following|these|some|one or more|(?:the )?recipients?)|has failed|failed|failure|problem|incomplete|status|is delayed|has been delayed|was delayed|attempt)|delivery to [^\s]{1,100} (?:has been |is |was )?delayed|returned (?:mail|to sender)|mail delivery|failure notice|permanent (?:fatal )?(?:error|failure)|temporary (?:error|failure)|address(?:es|\(es\))? failed|following (?:recipients?|address)|(?:recipient|user|mailbox|account) (?:unknown|not found|does not exist|is unavailable|unavailable|is full|disabled)|unknown (?:user|recipient|mailbox|address)|no such (?:user|mailbox|address|recipient)|no valid recipients|failed (?:addresses|recipients)|(?:could(?: not|n't)|can(?:not| not)|can't) be sent|(?:message|e-?mail)\b[^\n]{0,80}? (?:was|has) ?(?:not|n't) (?:been )?sent\b(?! yet)|failed to send|non-?deliverable|(?:original|returned|unsent) message follows|non.?delivery|mail system at host|while talking to|rcpt to|remote (?:server|host|mta)|transcript of session|smtp error|delivery status notification|has not yet been delivered|warning message only|this is a warning only|qmail-send|error (?:has )?occurred while (?:attempting|trying) to deliver|error occurr?ed (?:while )?sending (?:e-?)?mail|(?:below|attached) is a copy of the original message/i,
);

/** Does this text use the words of a delivery failure or delay? */
export function hasReportWords(text: string): boolean {
  return RE_REPORT_WORDS.test(text) || hasLocalizedReportWords(text);
}

/**
 * Is this a message whose own headers say it is no report: a message with headers, no
 * delivery-status part, no report type, no X-Failed-Recipients, sent by someone other than
 * a mail system (a person, a newsletter, a help desk)? Its words about delivery ("mailbox
 * full", "delivery failed") are then prose unless they name an address or hold a reply.
 */
export function sentByPerson(scan: Scan): boolean {
  if (!scan.isMessage || !scan.fromLower || declaresReport(scan)) return false;
  if (RE_REPORT_SENDER.test(scan.fromLower)) return false;
  // "Auto-Submitted: auto-generated" or "auto-replied" (RFC 3834 §5): a program's message,
  // written by no person (an out-of-office reply is read as such before the text is).
  if (/^auto-(?:generated|replied)\b/.test((header(scan.headers, 'auto-submitted')?.value ?? '').trim().toLowerCase())) return false;
  // A no-reply address is a machine's: with a subject that names a failed delivery (not a
  // reply to one, nor a forward), it is a service's own delivery notice.
  return !(RE_NO_REPLY_SENDER.test(scan.fromLower) && RE_REPORT_SUBJECT.test(scan.subjectLower) && !RE_REPLY_SUBJECT.test(scan.subjectLower));
}

/** Senders that take no replies: "no-reply@", "noreply@", "do-not-reply@", "donotreply@". */
const RE_NO_REPLY_SENDER = /\b(?:no-?reply|do-?not-?reply)\b/;
/** A subject of a reply or a forward ("Re:", "Fwd:", "AW:", "WG:", "TR:"). */
const RE_REPLY_SUBJECT = /^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|rv)\s*:/;

/** Does the message's structure say it is a report: a delivery-status part, a report type, X-Failed-Recipients? */
function declaresReport(scan: Scan): boolean {
  return scan.dsn.length > 0 || !!scan.reportType || header(scan.headers, 'x-failed-recipients') !== undefined;
}

/**
 * Words of a success notice pasted as text: Exchange and Outlook's delivery receipt
 * ("Your message has been delivered to the following recipients"), its relay notice
 * ("Delivery to these recipients or groups is complete, but no delivery notification was
 * sent by the destination server"), Postfix's success notice ("Your message was
 * successfully delivered to the destination(s)"), and Exchange's delivery report of the
 * older layout ("Delivery to the following recipients succeeded.", the success DSN's text of
 * Exchange 2000-2007, as the text of Sisimai's Exchange2003/2007 samples shows beside failures).
 */
const RE_DELIVERED_WORDS = words(
  /your message has been delivered to the following recipients|delivery to these recipients or groups is complete|your message was successfully delivered to the destination|delivery to the following recipients? (?:has )?succeeded/i,
);
/** A 4xx or 5xx reply code as servers write one. */
const RE_FAILURE_CODE = /(?:^|[\s'"(:])[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/m;

/**
 * Words of a complaint notice: a person who got the message marked it as spam (an email
 * service's notice, Postmark's SpamComplaint "The subscriber explicitly marked this email as
 * spam", Mailchimp's and SendGrid's "a recipient marked your message as spam" / "reported your
 * email as spam"). The message was delivered; the complainer is no bad address. A person must
 * be the one who marked it: "your message was marked as spam" alone is a filter's refusal.
 */
const RE_COMPLAINT_WORDS = words(
  /\b(?:recipient|subscriber|user|contact|reader|customer|person|someone)s? (?:has |have )?(?:explicitly )?(?:marked|reported|flagged) (?:your|this|the) (?:message|email|e-mail|mail|newsletter|campaign) as (?:spam|junk)\b/i,
);

/** Where the text says a recipient complained of the message (null when it does not, or holds a refusal's code). */
export function complaintWords(scan: Scan): { start: number; end: number } | null {
  for (const r of scan.bodies) {
    const body = scan.document.slice(r.start, Math.min(r.end, r.start + 65536));
    const at = RE_COMPLAINT_WORDS.exec(body);
    if (!at) continue;
    if (RE_FAILURE_CODE.test(body) || hasReplyShape(body)) return null;
    return { start: r.start + at.index, end: r.start + at.index + at[0].length };
  }
  return null;
}

/**
 * Where a success notice says the message was delivered, when it says nothing of a failure
 * (no words of a returned message, no 4xx/5xx code); null otherwise.
 */
export function deliveredWords(scan: Scan): { start: number; end: number } | null {
  const head = bodyHead(scan);
  if (!RE_DELIVERED_WORDS.test(head) && !findLocalizedDeliveredWords(head)) return null;
  const text = reportText(scan);
  if (RE_RETURNED.test(text) || RE_FAILURE_CODE.test(text) || reportGaveUp(scan)) return null;
  for (const r of scan.bodies) {
    const body = scan.document.slice(r.start, Math.min(r.end, r.start + 65536));
    // In English, or in the words of a translated notice (knowledge/languages: `delivered`).
    const at = RE_DELIVERED_WORDS.exec(body);
    if (at) return { start: r.start + at.index, end: r.start + at.index + at[0].length };
    const local = findLocalizedDeliveredWords(body);
    if (local) return { start: r.start + local.index, end: r.start + local.index + local.length };
  }
  return null;
}

/** Does the message say it is a report on delivery (a bounce, a DSN, a delay warning)? */
export function looksLikeBounce(scan: Scan): boolean {
  if (declaresReport(scan)) return true;
  if (scan.isMessage && (RE_REPORT_SENDER.test(scan.fromLower) || RE_REPORT_SUBJECT.test(scan.subjectLower) || hasLocalizedNoticeWords(scan.subjectLower))) return true;
  // Read further than the opening: a style sheet or a banner can come first.
  for (const r of scan.bodies) {
    const text = scan.document.slice(r.start, Math.min(textEnd(scan.document, r), r.start + 65536));
    // In English, or in the words of a localised notice (knowledge/languages).
    if (RE_REPORT_WORDS.test(text) || hasLocalizedNoticeWords(text)) return true;
  }
  return false;
}

// The text of the message being explained (explain() is synchronous: one message at a
// time; `forgetReportText` drops it when the message is done). Not a WeakMap: entries
// keyed by short-lived objects cost every garbage collection.
let lastScan: Scan | null = null;
let lastText = '';
/** Whether that text says the sending server gave up (null: not read yet): asked per recipient, read once. */
let lastGaveUp: boolean | null = null;

/** Drop the text kept for the message just explained. */
export function forgetReportText(): void {
  lastScan = null;
  lastText = '';
  lastGaveUp = null;
}

/** How much of the report's text its kind is read from: notices say what they are at the top. */
const REPORT_TEXT_LIMIT = 8192;

/** The human-readable text up to the returned original, at most 8 KB in all (not copied). */
function reportText(scan: Scan): string {
  if (lastScan === scan) return lastText;
  let text = '';
  for (const r of scan.bodies) {
    text += scan.document.slice(r.start, Math.min(textEnd(scan.document, r), r.start + REPORT_TEXT_LIMIT - text.length)) + ' ';
    if (text.length >= REPORT_TEXT_LIMIT) break;
  }
  lastScan = scan;
  lastText = text;
  lastGaveUp = null;
  return text;
}

/** `gaveUpWords(reportText(scan))`, read once per message. */
function reportGaveUp(scan: Scan): boolean {
  const text = reportText(scan);
  return (lastGaveUp ??= gaveUpWords(text));
}

/**
 * Words that say delivery is delayed and still being tried, looked for in the opening of
 * the text (its first 1,500 characters, lower-cased), where every notice says what it is
 * (words may wrap: any white space between).
 */
const RE_DELAY_WORDS = new RegExp(
  [
    'this is a warning (?:message )?only',
    'warning message only',
    '(?:you )?do not need to resend',
    'no need to resend',
    'delivery (?:to the following recipients? )?(?:has been |is |was )?delayed',
    // CommuniGate Pro: "Message delivery to '<addr>' delayed".
    'delivery to [^\\s]{1,100} (?:has been |is |was )?delayed',
    'delayed mail',
    // "Your message to <…> has been delayed." (a one-sentence warning, no code).
    '(?:has|have) been delayed',
    // Exim's subject as pasted: "Warning: message 1wAbCd-000123-4X delayed 24 hours".
    'delayed (?:for )?(?:more than )?\\d+ (?:hours?|minutes?|days?)',
    "has not yet been delivered|hasn['\u2019]t been delivered yet|have not yet (?:been delivered|received)|not yet been delivered",
    'still (?:being )?(?:retried|trying|undelivered|queued|in the queue)',
    'message still undelivered',
    'will (?:continue to|keep) (?:try|trying|retry|attempt)',
    'delivery will continue to be attempted',
    // "Delivery attempts will continue until 30 Nov 2026", "retries will continue for 4 days".
    '(?:delivery )?(?:attempts|retries) will (?:continue|be made|be repeated)',
    // "Your message … has not been delivered for 24 hours" (what it says when it gave up decides then, see saysGaveUp).
    '(?:has|have) not been delivered for (?:the (?:last|past) )?\\d+ (?:hours?|days?)',
    // OpenSMTPD: "I will attempt until it succeeds for the next four days"; "could be deliverable at a later time".
    'will (?:re)?attempt (?:until|again|to deliver|delivery)',
    'deliverable at a later time',
    'will (?:be retried|retry|try again)',
    'could not send message for past',
    // Sendmail 8's warning in its transcript: "Message could not be delivered for 4 hours /
    // Message will be deleted from queue after 5 days".
    'will be deleted from (?:the )?queue after',
    'delivery incomplete',
    'temporary problem delivering',
    // Stalwart: "There has been a delay delivering your message to the following recipients:".
    'there (?:has|have) been a delay (?:in )?delivering',
    'mail delivery warning',
  ]
    .join('|')
    .replace(/ /g, '\\s+'),
);
/** RE_DELAY_WORDS, every match in turn. */
const RE_DELAY_WORDS_ALL = new RegExp(RE_DELAY_WORDS.source, 'gi');

/**
 * Does the text say delivery is delayed, other than in a condition ("If the recipient's
 * mailbox is full, the message will be retried" in a 550's words says nothing of this
 * message)? The conditions are those of the phrase reader (classify/words.ts hedgeSpans).
 */
function hasDelayWords(text: string): boolean {
  if (!RE_DELAY_WORDS.test(text)) return false;
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  const hedges = hedgeSpans(lower);
  if (hedges.ranges.length === 0) return true;
  RE_DELAY_WORDS_ALL.lastIndex = 0;
  for (let m = RE_DELAY_WORDS_ALL.exec(lower); m; m = RE_DELAY_WORDS_ALL.exec(lower)) if (!hedges.covers(m.index)) return true;
  return false;
}

/** Subjects of delay warnings. */
const RE_DELAY_SUBJECT = /^(?:delayed mail|warning: could not send message|warning: message .{1,40} delayed|delivery status notification \(delay\)|delivery delayed|delayed:|mail delivery warning)/;

/** Subjects of final failure notices. */
const RE_FINAL_SUBJECT = /^(?:undelivered mail returned|returned mail|mail delivery failed|failure notice|undeliverable|delivery status notification \(failure\)|delivery failure|non.?delivery|nondeliverable)/;

/** Words that say the sending server stopped trying, or returned the message as failed. */
const RE_GAVE_UP = words(
  /giving up|gave up|(?:has|have) given up|retry time(?:out)? (?:exceeded|not reached for any host after a long failure period)|retry timeout exceeded|all hosts have been failing for a long time|(?:has|have|had) expired|message expired|expired after|delivery time expired|too long (?:in|on) (?:the )?queue|been (?:in|on) (?:the )?queue too long|(?:could not|couldn't|was not|wasn't) (?:be )?delivered (?:with)?in \d|cannot send message for \d|could not deliver\b[^\n]{0,40}\bfor \d+ days|max(?:imum)? (?:delivery )?(?:time|attempts|retries)|(?:attempts|retries) (?:exceeded|exhausted)|delivery failed \d+ attempts|permanent(?:ly)? (?:fatal )?(?:error|fail)|failed permanently|(?:will not|won't) (?:be retried|retry|try again|continue trying|keep trying)|no (?:further|more) (?:attempts|retries)|stopped trying/i,
);

/** Is this a warning that delivery is delayed (and not a final failure)? */
export function isDelayWarning(scan: Scan): boolean {
  const subjectSays = RE_DELAY_SUBJECT.test(scan.subjectLower) || hasLocalizedDelayWords(scan.subjectLower);
  // A subject that says the message came back (and nothing of a delay or warning) is a
  // final notice's: no need to read its words.
  if (!subjectSays && RE_FINAL_SUBJECT.test(scan.subjectLower) && !/warn|delay/.test(scan.subjectLower)) return false;
  if (!subjectSays && !hasDelayWords(bodyHead(scan)) && !headHasLocalizedDelayWords(bodyHead(scan))) return false;
  return !reportGaveUp(scan) && !gaveUpWords(scan.subjectLower);
}

/**
 * The openings of final failure notices, as the MTAs' templates word them: Postfix bounce(5)
 * "I'm sorry to have to inform you that your message could not be delivered", Sendmail
 * "The following addresses had permanent fatal errors", Exim "could not be delivered to one or
 * more of its recipients. This is a permanent error", qmail "This is a permanent error; I've
 * given up", Exchange "Delivery has failed to these recipients or groups".
 */
const RE_FINAL_NOTICE_OPENING = new RegExp(
  [
    "i['\u2019]m sorry to have to inform you that your message could not",
    'the following addresses had permanent fatal errors',
    'this is a permanent error',
    'delivery has failed to these recipients',
  ]
    .join('|')
    .replace(/ /g, '\\s+'),
  'i',
);

/**
 * Where a final failure notice opens after a delay warning's words, when a person pastes a
 * delay warning and then a bounce one after the other (-1 when no such notice follows): the
 * recipients after it are the bounce's, not delayed.
 */
export function finalNoticeAfterDelay(scan: Scan): number {
  const text = scan.document;
  RE_DELAY_WORDS_ALL.lastIndex = 0;
  const delay = RE_DELAY_WORDS_ALL.exec(text);
  if (!delay) return -1;
  const from = delay.index + delay[0].length;
  const m = RE_FINAL_NOTICE_OPENING.exec(text.slice(from));
  return m ? from + m.index : -1;
}

/**
 * The first line of a delivery notice, one per notice, as the MTAs' templates word it: Postfix
 * bounce(5) "This is the mail system at host …", Exim "This message was created automatically
 * by mail delivery software", qmail "Hi. This is the qmail-send program at …", Sendmail "The
 * original message was received at …", Exchange and Microsoft 365 "Delivery has failed to these
 * recipients or groups", Gmail "Your message wasn't delivered to … because", "Your message
 * couldn't be delivered to …", "There was a (temporary) problem delivering your message to …".
 */
const RE_NOTICE_OPENING_ALL = new RegExp(
  [
    'this is the mail system at host',
    'this message was created automatically by mail delivery software',
    'this is the qmail-send program at',
    'the original message was received at',
    'delivery has failed to these recipients or groups',
    "your message (?:wasn['\u2019]t|was not) delivered to [^\\s]+ because",
    // Gmail's other notices: "Recipient inbox full", "Message not delivered", "Delivery incomplete".
    "your message couldn['\u2019]t be delivered to [^\\s]+@",
    'there was a (?:temporary )?problem delivering your message to [^\\s]+@',
  ]
    .join('|')
    .replace(/ /g, '\\s+'),
  'gi',
);

/** How many notices open in this text (two or more: notices pasted one after the other). */
export function noticeOpenings(text: string): number {
  RE_NOTICE_OPENING_ALL.lastIndex = 0;
  let n = 0;
  while (RE_NOTICE_OPENING_ALL.exec(text) && n < 9) n++;
  return n;
}

/**
 * The notice a place of the text belongs to, when notices were pasted one after the other:
 * from the last notice opening at or before `at` (or `start`) to the next one after it (or
 * `end`).
 */
export function ownNotice(text: string, start: number, end: number, at: number): [number, number] {
  RE_NOTICE_OPENING_ALL.lastIndex = start;
  let s = start;
  let e = end;
  for (let m = RE_NOTICE_OPENING_ALL.exec(text); m && m.index < end; m = RE_NOTICE_OPENING_ALL.exec(text)) {
    if (m.index <= at) s = m.index;
    else {
      e = m.index;
      break;
    }
  }
  return [s, e];
}

/** Does this text say the sending server gave up? */
export function gaveUpWords(text: string): boolean {
  return RE_GAVE_UP.test(text) || hasLocalizedGaveUpWords(text);
}

/**
 * Words of a recipient's own answer that call its failure temporary: a final notice sent
 * after retries ran out on it ("mailbox is full: retry timeout exceeded" (Exim), "Deferred:
 * ... Message could not be delivered for 8 hours" and, in its transcript, "Message could not
 * be delivered for too long / Message will be deleted from queue" (Sendmail), "temporary failure"
 * (Postfix), the resolver's "Host not found, try again"); and in other languages the words of
 * knowledge/languages ("vorübergehender Fehler", "erreur temporaire", "一時的なエラー").
 */
const RE_TEMPORARY_CAUSE = words(
  /\btemporary (?:failure|error|problem)|\btemporarily\b|^deferred\b|\bdeferred:|retry time(?:out)? (?:exceeded|not reached)|(?:could not|couldn't) be delivered for (?:\d+ (?:hours?|days?)|too long)|host not found, try again/i,
);

/**
 * A host or domain that states it accepts no mail at all: RFC 7504's "521 Host does not accept
 * mail", RFC 7505's null MX as Postfix words it ("Domain example.net does not accept mail
 * (nullMX)") and Oracle Messaging Server's reason line ("Reason: host/domain does not accept
 * mail", its text for 5.1.10). A standing refusal, not a condition that clears: permanent, as
 * the code it stands for (5.1.10, 521/556) says where the report keeps it. (Not "does not
 * accept mail from …", a refusal of one sender.)
 */
const RE_ACCEPTS_NO_MAIL = /\b(?:host|domain)\b[^\n]{0,60}?\b(?:does not|doesn't) accept (?:e-?)?mail\b(?![ \t]+(?:from|for)\b)/i;

/**
 * Postfix's words for a name server answer it cannot use ("Name service error for
 * name=example.net type=MX: Malformed or unexpected name server reply", dns_lookup.c): its
 * smtp client files that lookup result (DNS_INVAL) as 5.4.4 and returns the message at once
 * (smtp_addr.c; 4.4.4 only where an admin made such errors soft, and then it sends a delay
 * warning, not a failure notice). In a failure notice the recipient's domain answers in a way
 * no retry fixes until its DNS is repaired: permanent, as the report's 5.4.4 says.
 */
const RE_INVALID_DNS_ANSWER = /\bmalformed or unexpected name server reply\b/i;

/**
 * The answer's own advice to send again later ("This message could not be delivered due to a
 * recipient error. Please try again later.", "450 busy - please try later"): the server calls
 * the failure one that can pass on a later attempt, as a 4xx code would. Read after the words
 * of giving up or of a permanent refusal, which win.
 */
const RE_TRY_LATER = /\bplease try (?:again )?later\b/i;

/**
 * What the words say of permanence where no code says it (null when they say nothing):
 * false when the recipient's own answer calls its failure temporary (the server gave up
 * after temporary failures: a later attempt can succeed), true when the answer or the
 * notice says plainly that delivery failed for good or that the server gave up ("This is a
 * permanent error", "failed permanently", "permanent fatal errors", "delivery failed; will
 * not continue trying"). A bare reply is read alone: it has no notice around it.
 */
export function permanenceInWords(scan: Scan, diagnostic: string, bare: boolean): boolean | null {
  if (RE_TEMPORARY_CAUSE.test(diagnostic) || hasLocalizedTemporaryWords(diagnostic)) return false;
  if (gaveUpWords(diagnostic) || RE_ACCEPTS_NO_MAIL.test(diagnostic) || (!bare && reportGaveUp(scan))) return true;
  if (!bare && RE_INVALID_DNS_ANSWER.test(diagnostic)) return true;
  if (RE_TRY_LATER.test(diagnostic)) return false;
  return null;
}

/** Final-failure framing: the message came back as not delivered. */
const RE_RETURNED = words(
  /undelivered mail returned|returned mail|returned to (?:the )?sender|(?:could not|couldn't|cannot|can't|was not|wasn't) be(?:en)? delivered|(?:could not|couldn't|unable to) deliver|delivery (?:has )?failed|failure notice|undeliverable|mail delivery failed|non.?delivery report|following address(?:es|\(es\))? (?:failed|had permanent)|message (?:was|has been) (?:rejected|returned|bounced)|notification \(failure\)/i,
);

/**
 * Does the text say the sending server gave up on the message (so a temporary reply in
 * it ended the delivery)? Words of giving up, or the framing of a returned message.
 */
export function saysGaveUp(scan: Scan, diagnostic = ''): boolean {
  if (gaveUpWords(diagnostic)) return true;
  return reportGaveUp(scan) || RE_RETURNED.test(reportText(scan)) || RE_RETURNED.test(scan.subjectLower);
}
