/**
 * A raw message pasted under a few lines of other text: Gmail's "Show original" page copied
 * whole (its table "Original Message / Message ID / Created at / From / To / Subject / SPF /
 * DKIM / DMARC" and its buttons "Download Original / Copy to clipboard" above the source), a
 * person's line in a ticket ("Raw source below:"), a Markdown code fence opened above it. The
 * source is a message: read as one, its parts decoded (base64, quoted-printable, charsets), where
 * read as text its encoded parts say nothing.
 *
 * Found only where a stored message can begin: at the start of one of the first lines, a field
 * that only stored messages open with (Received, Return-Path, Delivered-To, X-Original-To,
 * Envelope-To, DKIM-Signature, ARC-Seal, MIME-Version, X-Apparently-To: RFC 5321 §4.4 trace
 * fields and what delivery agents put first), or the same glued to Gmail's button label by a
 * copy of the page's selection ("Copy to clipboardReturn-Path: <>"); and the header block from
 * there must look like a message's (mime.ts headersLookLikeMessage).
 */
import { looksLikeMessage } from '../parse/mime.ts';

/** Lines above the source looked at: Gmail's table and buttons take about 12, a person's words a few. */
const PREFACE_LINES = 30;
/** Characters above the source looked at. */
const PREFACE_CHARS = 4096;
/** A field only stored messages open with, at a line start (or glued to Gmail's button label). */
const RE_OPENING_FIELD = /^(?:copy to clipboard[ \t]*)?(?:received|return-path|delivered-to|x-original-to|envelope-to|dkim-signature|arc-seal|mime-version|x-apparently-to)[ \t]*:/i;
const BUTTON = /^copy to clipboard[ \t]*/i;
/** A line that opens with an address, in angle brackets or not (a notice's recipient line). */
const RE_ADDRESS_LINE = /^[ \t>]*<?[^\s<>@]{1,64}@/m;
/**
 * The words with which a notice introduces the copy of the message it returns: qmail's and
 * Yahoo's "--- Below this line is a copy of the message.", "--- Original message follows.",
 * DragonFly's "Message headers follow.", Google Groups' "----- Original message -----",
 * Sendmail's transcript, Exim's "a copy of the message", Postfix's "undelivered message".
 */
const RE_COPY_FOLLOWS = /below this line|(?:message|headers) (?:text )?follows?\b|(?<!-)-{3,} ?original message|transcript of session follows|copy of the (?:original )?message|(?:returned|undelivered) message|message returned/i;
/** An SMTP reply code or an enhanced status code (RFC 5321 §4.2, RFC 3463). */
const RE_REPLY_CODE = /\b[245]\d\d[ -]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** Where the raw message under other text starts in `text`, or -1. */
export function rawMessageBelow(text: string): number {
  let p = 0;
  const limit = Math.min(text.length, PREFACE_CHARS);
  for (let n = 0; n < PREFACE_LINES && p < limit; n++) {
    let e = p;
    while (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    // (The first line is the whole text's: a message from there is read as one already.)
    if (n > 0) {
      // (A line of buttons copied as one: "Download Original Copy to clipboardReturn-path: <>".)
      const glued = text.slice(p, Math.min(e, p + 200)).search(/copy to clipboard[ \t]*[A-Za-z-]+[ \t]*:/i);
      const at = glued > 0 ? p + glued : p;
      const line = text.slice(at, Math.min(e, at + 200));
      if (RE_OPENING_FIELD.test(line)) {
        const start = at + (BUTTON.exec(line)?.[0].length ?? 0);
        // (Text above that states a reply code is a notice of its own, with its returned
        // message's header under it, as qmail's "--- Below this line is a copy of the message.")
        // Nor is text above that opens a line with an address (a notice's recipient line) or
        // says a copy of the message follows ("--- Below this line is a copy of the message.",
        // "--- Original message follows."): a notice, with its returned message under it. A
        // person's sentence may name an address inside it ("I wrote to …"); Gmail's table
        // names the message's From and To.
        const preface = text.slice(0, at);
        if (RE_REPLY_CODE.test(preface) || RE_COPY_FOLLOWS.test(preface)) return -1;
        if (preface.includes('@') && RE_ADDRESS_LINE.test(preface) && !isShowOriginalPage(text.slice(0, start))) return -1;
        if (looksLikeMessage(text.slice(start, start + 8192))) return start;
      }
    }
    p = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  return -1;
}

/** Gmail's "Show original" page above the source: its heading and its button label. */
const RE_GMAIL_HEADING = /^[ \t]*original message[ \t]*$/im;
const RE_GMAIL_BUTTON = /copy to clipboard/i;

/**
 * The text above the source is Gmail's "Show original" page (whose table may say "Undeliverable"
 * or "Mail Delivery Subsystem" of the message below it): no notice of its own.
 */
export function isShowOriginalPage(preface: string): boolean {
  return RE_GMAIL_HEADING.test(preface) && RE_GMAIL_BUTTON.test(preface);
}

/** Real line breaks allowed in a text whose lines are written as escapes (a line of the person's words around it). */
const MAX_REAL_BREAKS = 4;
/** Escaped line breaks a text must hold to be read so. */
const MIN_ESCAPED_BREAKS = 5;
/** A backslash escape of a string literal that stands for a line end, a tab, a quote or a backslash. */
const RE_ESCAPE = /\\(?:r\\n|[nrt"'\\])/g;
const RE_ESCAPED_BREAK = /\\n/g;

/**
 * A message or notice copied out of an application's log or a program's string, its line ends
 * written as escapes (`"Return-Path: <>\r\nReceived: …"`, as JSON, Python and most loggers print
 * a string): the same text with each escape as the character it stands for, padded with blanks
 * before it to the escape's length (`\r\n` is two blanks, CR, LF), so every offset into it holds;
 * null when the text is not one (it has real line breaks, or few escaped ones).
 */
export function escapedLineEnds(text: string): string | null {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1 && breaks <= MAX_REAL_BREAKS; i = text.indexOf('\n', i + 1)) breaks++;
  if (breaks > MAX_REAL_BREAKS || text.indexOf('\\n') === -1) return null;
  let escaped = 0;
  RE_ESCAPED_BREAK.lastIndex = 0;
  while (escaped < MIN_ESCAPED_BREAKS && RE_ESCAPED_BREAK.exec(text)) escaped++;
  if (escaped < MIN_ESCAPED_BREAKS) return null;
  return text.replace(RE_ESCAPE, (m) => (m === '\\r\\n' ? '  \r\n' : ` ${m[1] === 'n' ? '\n' : m[1] === 'r' ? '\r' : m[1] === 't' ? '\t' : m[1]}`));
}
