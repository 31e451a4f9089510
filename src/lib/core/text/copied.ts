/**
 * Two ways a pasted bounce comes back changed by the way it was copied, both undone in place at
 * the same length (every offset of the text stays, so every span still points at the same
 * words), as text/markdown.ts does for Markdown:
 *
 * - Text read off a screenshot by OCR (a phone's text scanner, Google Lens, a "copy text from
 *   image" tool) confuses the digits of a reply code with letters that look like them: "55O"
 *   for 550, "5.l.1" for 5.1.1, "4.7.O" for 4.7.0, "SSO S.1.1" for 550 5.1.1 (observed in
 *   questions that say the text was copied from a screenshot). Only a token shaped as a code
 *   is read back: an enhanced status (RFC 3463, class.subject.detail) whose class is 2, 4 or 5,
 *   and a three-character reply code (RFC 5321) just before one; the letters O, o (0), l, I
 *   (1) and S (5) in them become digits, and a token with no real digit in it stays as it is.
 * - Text copied out of a page's source, an API or a feed keeps the page's HTML escapes:
 *   "&lt;a@example.org&gt;: host … said: 550 5.1.1 &lt;a@example.org&gt;: …", a quote written
 *   "&gt; " (Reddit's API and RSS views, a forum's "view source"). Read back only when the
 *   text holds no '<' of its own (a raw message or an HTML part always does, and its escapes
 *   are the HTML reader's to decode): an address between "&lt;" and "&gt;" becomes
 *   "<address>" (padded before), and "&gt;" quote marks at the start of a line become ">".
 */

import { decodeQuotedPrintable, decodeQuotedPrintableAscii, tryUtf8 } from '../parse/transfer-decoding.ts';

/** A confusable letter of a code: O and o for 0, l and I for 1, S for 5. */
const DIGIT_OF: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1', S: '5' };

/**
 * A reply code (perhaps) and an enhanced status, digits or confusable letters. Bounded
 * classes, no nesting: linear. Group 1: the reply code and its separator; group 2: the status.
 */
const RE_OCR_CODE = /(?<![\w.])((?:[245S][0-9OolIS]{2}[ -])?)([245S]\.[0-9OolIS]{1,3}\.[0-9OolIS]{1,3})(?![\w.])/g;
/** Is there a token to look at: an enhanced status with a confusable letter in it? */
const RE_HAS_OCR_CODE = /(?<![\w.])[245S]\.[0-9OolIS]{1,3}\.[0-9OolIS]{1,3}(?![\w.])/;
const RE_CONFUSABLE = /[OolIS]/;

function digits(s: string): string {
  let out = '';
  for (const c of s) out += DIGIT_OF[c] ?? c;
  return out;
}

/**
 * A reply code of a failure or a delay alone (no enhanced status beside it), with a look-alike
 * letter in it: "5S0", "55O", "45l" where a reply stands, at the start of a line or after
 * "said:", and before the reply's words or the line's end. Its first character a real 4 or 5
 * and at least one real digit more, so a word ("SSO", "ISO", "SOS") is never one; bounded, linear.
 */
const RE_OCR_LONE_CODE = /(^[ \t>]*|\bsaid:[ \t]*)([45](?=[0-9OolIS]{2}(?:[ \t-][A-Za-z<]|[ \t]*$))(?=[0-9OolIS]?\d|\d)[0-9OolIS]{2})(?=[ \t-]|$)/gm;
/**
 * Is there a match of RE_OCR_LONE_CODE whose code holds a look-alike letter (one of its last two
 * characters, its first being a real 4 or 5)? The same pattern with the code so narrowed: a
 * match starts at a line's start or at "said:", where no other match reaches, so it is one of
 * the matches the replacement visits.
 */
const RE_HAS_OCR_LONE_CODE = /(^[ \t>]*|\bsaid:[ \t]*)([45](?=[0-9OolIS]{2}(?:[ \t-][A-Za-z<]|[ \t]*$))(?=[0-9OolIS]?\d|\d)(?:[OolIS][0-9OolIS]|\d[OolIS]))(?=[ \t-]|$)/m;

/** Reply codes and enhanced statuses read off a screenshot, their confusable letters read as digits. */
export function plainOcrCodes(text: string): string {
  let out = text;
  if (RE_HAS_OCR_CODE.test(out)) {
    out = out.replace(RE_OCR_CODE, (whole: string, code: string, status: string) => {
      if (!RE_CONFUSABLE.test(whole) || !/\d/.test(whole)) return whole;
      // A status alone whose only letters are in its class ("S.1.1" with no code) is a code too;
      // a code whose three characters hold no digit and no confusable of one was not matched.
      return digits(code) + digits(status);
    });
  }
  // (Only where one such code holds a look-alike letter: every "550 " at a line's start is a
  // match, and replacing each by itself built the whole text anew, a transcript's thousands of
  // them one by one.)
  if (!RE_HAS_OCR_LONE_CODE.test(out)) return out;
  return out.replace(RE_OCR_LONE_CODE, (whole: string, before: string, code: string) => (RE_CONFUSABLE.test(code) ? before + digits(code) : whole));
}

/** "&lt;address&gt;": the address (group 1), bounded, no '&', '<', '>' or space in it. */
const RE_ESCAPED_ADDRESS = /&lt;([^\s&<>]{1,64}@[^\s&<>]{1,253})&gt;/g;
/** "&gt;" quote marks at the start of a line (perhaps several, "&gt; &gt; "). */
const RE_ESCAPED_QUOTE = /^(?:[ \t]*&gt;)+/gm;

/** Is there anything to read back: an escaped address, and no '<' of the text's own? */
export function hasEscapedAddresses(text: string): boolean {
  return text.indexOf('&lt;') !== -1 && text.indexOf('&gt;') !== -1 && text.indexOf('<') === -1 && text.indexOf('@') !== -1;
}

/** HTML escapes of a copied page read back around addresses and as quote marks, at the same length. */
export function plainEscapedAddresses(text: string): string {
  if (!hasEscapedAddresses(text)) return text;
  return text
    .replace(RE_ESCAPED_ADDRESS, (whole: string, address: string) => ' '.repeat(whole.length - address.length - 2) + `<${address}>`)
    .replace(RE_ESCAPED_QUOTE, (whole: string) => whole.replace(/&gt;/g, '>   '));
}

/**
 * A line that ends in a quoted-printable soft break: "=" right after a character that is no
 * "=" and no blank (base64's padding "==" and an equation's "a = " are not), the line no
 * longer than quoted-printable allows (76, RFC 2045 §6.7 rule 5, and a CR).
 */
const RE_SOFT_BREAK = /^[^\n]{0,75}[^=\s]=\r?$/gm;
/** An escape of an octet quoted-printable must escape (RFC 2045 §6.7): "=3D" for "=", "=20" or "=09" before a line's end. */
const RE_QP_ESCAPE = /=3D|=20\r?$|=09\r?$/m;

/**
 * A body copied out of a view that showed its quoted-printable encoding undecoded (a raw
 * source view cut to its body, a ticket system that stores the part as it came): lines broken
 * at 76 columns with a "=" at their end, even inside a word or an address ("carol@exa=" /
 * "mple.org"), "=3D" for "=" and "=20" for a space before a break. Decoded as RFC 2045 says,
 * when two lines at least end in a soft break, or one does and an escape only the encoding
 * writes stands in the text; else null.
 */
export function qpDecodedPaste(text: string): string | null {
  if (text.length > 65536 || text.indexOf('=') === -1) return null;
  const soft = text.match(RE_SOFT_BREAK)?.length ?? 0;
  if (soft < 2 && !(soft === 1 && RE_QP_ESCAPE.test(text))) return null;
  const decoded = decodeQuotedPrintableAscii(text, true) ?? tryUtf8(decodeQuotedPrintable(text, true));
  return decoded === null || decoded === text ? null : decoded;
}
