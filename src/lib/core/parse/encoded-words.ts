/**
 * Header value decoding: RFC 2047 encoded words and RFC 2231 extended parameter values.
 * Malformed input is left as it is; nothing throws.
 */
import { base64Into, decodeCharset, decodeWordBytes } from './transfer-decoding.ts';

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function hexValue(c: number): number {
  return c <= 57 ? c - 48 : c <= 70 ? c - 55 : c - 87;
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

/** What /\s/ matches, by code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Does s[a, b) hold only blanks and line breaks (/^[ \t\r\n]*$/)? */
function blankOnly(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

/** The bytes of one run of adjacent encoded words, written in place (see decodeEncodedWords). */
let bytes = new Uint8Array(0);
let byteCount = 0;

/** Room for `more` bytes after the ones written. */
function reserve(more: number): void {
  if (byteCount + more <= bytes.length) return;
  const bigger = new Uint8Array(Math.max(2 * bytes.length, byteCount + more));
  bigger.set(bytes.subarray(0, byteCount));
  bytes = bigger;
}

/** Writes the bytes of a B-encoded text s[a, b) (as decodeBase64 reads it, a group at a time). */
function writeB(s: string, a: number, b: number): void {
  reserve(b - a);
  byteCount = base64Into(s, a, b, bytes, byteCount);
}

/** Writes the bytes of a Q-encoded text s[a, b): '_' is a space, =XX a byte, anything else itself (UTF-8 for non-ASCII). */
function writeQ(s: string, a: number, b: number): void {
  // At most 3 bytes per code unit (a BMP char in UTF-8; a surrogate pair makes 4 of 2).
  reserve(3 * (b - a));
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 95 /* _ */) {
      bytes[byteCount++] = 32;
    } else if (c === 61 /* = */ && i + 2 < b && isHex(s.charCodeAt(i + 1)) && isHex(s.charCodeAt(i + 2))) {
      bytes[byteCount++] = (hexValue(s.charCodeAt(i + 1)) << 4) | hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else if (c < 0x80) {
      bytes[byteCount++] = c;
    } else {
      const one: number[] = [];
      i = pushChar(one, s, i);
      for (let k = 0; k < one.length; k++) bytes[byteCount++] = one[k];
    }
  }
}

function charsetOf(label: string): string {
  const star = label.indexOf('*');
  return (star >= 0 ? label.slice(0, star) : label).toLowerCase();
}

/**
 * End of the encoded word `=?charset?B|Q?text?=` that starts at `at` (`charset` without '?'
 * or white space, at least one char; `text` without either), or -1 when none starts there:
 * what /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/ matches at `at`. Its parts' offsets are left
 * in wordCharsetEnd and wordTextStart (the text ends 2 before the end).
 */
let wordCharsetEnd = 0;
let wordTextStart = 0;

function encodedWordAt(s: string, at: number): number {
  const n = s.length;
  let i = at + 2;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 63 || isSpace(c)) break;
    i++;
  }
  if (i === at + 2 || i >= n || s.charCodeAt(i) !== 63) return -1;
  const e = s.charCodeAt(i + 1);
  if (!(e === 66 || e === 98 || e === 81 || e === 113) || s.charCodeAt(i + 2) !== 63) return -1;
  let j = i + 3;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 63 || isSpace(c)) break;
    j++;
  }
  if (j + 1 >= n || s.charCodeAt(j) !== 63 || s.charCodeAt(j + 1) !== 61) return -1;
  wordCharsetEnd = i;
  wordTextStart = i + 3;
  return j + 2;
}

/**
 * Decodes RFC 2047 encoded words (B and Q, any charset a TextDecoder knows; unknown ones
 * read as UTF-8, else latin1). Whitespace between two adjacent encoded words is dropped,
 * and adjacent words in the same charset are decoded as one run of bytes, so a multi-byte
 * character split across two words survives. Text that only looks like an encoded word
 * is kept as it is.
 *
 * The words are found by hand where each "=?" stands (as the pattern above would find
 * them) and their bytes written into one reused buffer: a header of dozens of words (as
 * Exchange writes its diagnostics) made a match, an array of numbers and a copy per word.
 */
export function decodeEncodedWords(value: string): string {
  let at = value.indexOf('=?');
  if (at < 0) return value;
  let out = '';
  let last = 0; // end of the text already consumed
  let seenWord = false;
  let runCharset = '';
  byteCount = 0;
  while (at >= 0) {
    const end = encodedWordAt(value, at);
    if (end < 0) {
      at = value.indexOf('=?', at + 1);
      continue;
    }
    const adjacent = seenWord && blankOnly(value, last, at);
    const charset = charsetOf(value.slice(at + 2, wordCharsetEnd));
    if (!adjacent || charset !== runCharset) {
      if (byteCount) out += decodeWordBytes(bytes.subarray(0, byteCount), runCharset);
      byteCount = 0;
      runCharset = charset;
      if (!adjacent) out += value.slice(last, at);
    }
    const e = value.charCodeAt(wordCharsetEnd + 1);
    if (e === 66 || e === 98) writeB(value, wordTextStart, end - 2);
    else writeQ(value, wordTextStart, end - 2);
    seenWord = true;
    last = end;
    at = value.indexOf('=?', last);
  }
  if (byteCount) out += decodeWordBytes(bytes.subarray(0, byteCount), runCharset);
  byteCount = 0;
  // A buffer grown for an outsized value is not kept.
  if (bytes.length > 1 << 16) bytes = new Uint8Array(0);
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
