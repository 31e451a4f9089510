/**
 * Header value decoding: RFC 2047 encoded words and RFC 2231 extended parameter values.
 * Malformed input is left as it is; nothing throws.
 */
import { decodeBase64, decodeCharset } from './transfer-decoding.ts';

/** charset (optionally *language), encoding letter, encoded text. The text may not hold '?' or whitespace. */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** Bytes of the Q encoding: '_' is a space, =XX a byte, anything else itself (UTF-8 for non-ASCII). */
function decodeQ(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 /* _ */) {
      out.push(32);
    } else if (c === 61 /* = */ && i + 2 < n && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out.push(parseInt(text.substr(i + 1, 2), 16));
      i += 2;
    } else {
      i = pushChar(out, text, i);
    }
  }
  return out;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Pushes the character at s[i] as ASCII or UTF-8; returns the index of its last code unit. */
function pushChar(out: number[], s: string, i: number): number {
  let cp = s.charCodeAt(i);
  if (cp < 0x80) {
    out.push(cp);
    return i;
  }
  if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      return i + 1;
    }
  }
  if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
  if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return i;
}

function charsetOf(label: string): string {
  const star = label.indexOf('*');
  return (star >= 0 ? label.slice(0, star) : label).toLowerCase();
}

const BLANK_ONLY = /^[ \t\r\n]*$/;

/**
 * Decodes RFC 2047 encoded words (B and Q, any charset a TextDecoder knows; unknown ones
 * read as UTF-8, else latin1). Whitespace between two adjacent encoded words is dropped,
 * and adjacent words in the same charset are decoded as one run of bytes, so a multi-byte
 * character split across two words survives. Text that only looks like an encoded word
 * is kept as it is.
 */
export function decodeEncodedWords(value: string): string {
  if (value.indexOf('=?') < 0) return value;
  let out = '';
  let last = 0; // end of the text already consumed
  let seenWord = false;
  let runCharset = '';
  let runBytes: number[] = [];

  ENCODED_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ENCODED_WORD.exec(value)) !== null) {
    const between = value.slice(last, m.index);
    const adjacent = seenWord && BLANK_ONLY.test(between);
    const charset = charsetOf(m[1]);
    if (!adjacent || charset !== runCharset) {
      if (runBytes.length) out += decodeCharset(Uint8Array.from(runBytes), runCharset);
      runBytes = [];
      runCharset = charset;
      if (!adjacent) out += between;
    }
    if (m[2] === 'B' || m[2] === 'b') {
      const bytes = decodeBase64(m[3]);
      for (let k = 0; k < bytes.length; k++) runBytes.push(bytes[k]);
    } else {
      for (const b of decodeQ(m[3])) runBytes.push(b);
    }
    seenWord = true;
    last = m.index + m[0].length;
  }
  if (runBytes.length) out += decodeCharset(Uint8Array.from(runBytes), runCharset);
  return out + value.slice(last);
}

/**
 * Decodes one RFC 2231 extended value: `charset'language'percent-encoded`. Without the
 * two quotes the value is only percent-decoded (as UTF-8). Bad escapes stay literal.
 */
export function decodeRfc2231(value: string): string {
  const q1 = value.indexOf("'");
  const q2 = q1 >= 0 ? value.indexOf("'", q1 + 1) : -1;
  if (q1 >= 0 && q2 > q1) {
    return decodeCharset(percentBytes(value.slice(q2 + 1)), value.slice(0, q1) || undefined);
  }
  return decodeCharset(percentBytes(value), undefined);
}

/** Percent-decodes to bytes; non-ASCII characters are written as UTF-8. */
export function percentBytes(s: string): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < n && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      out.push(parseInt(s.substr(i + 1, 2), 16));
      i += 2;
    } else {
      i = pushChar(out, s, i);
    }
  }
  return Uint8Array.from(out);
}
