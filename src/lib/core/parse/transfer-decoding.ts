/**
 * Content-Transfer-Encoding and charset decoding for the MIME reader.
 *
 * Everything here is pure string/byte work: no DOM, no Node APIs. Nothing throws:
 * malformed input decodes as far as it makes sense and the rest is skipped or kept
 * literally. Charsets go through the platform TextDecoder (instances cached per label),
 * except UTF-7, which no TextDecoder implements and which Outlook-era bounces still use,
 * and ISO-2022-KR and HZ-GB-2312, which WHATWG decodes as "replacement" (decodeShifted).
 */

// ---------------------------------------------------------------------------------------
// Binary strings

/** Turns a "binary string" (one char per byte, codes 0-255) into bytes. Codes above 255 keep their low byte. */
export function bytesFromBinaryString(s: string): Uint8Array {
  const n = s.length;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
  return out;
}

let encoder: TextEncoder | null = null;

/**
 * The bytes of a string known to hold ASCII chars alone (each char its own byte): what
 * bytesFromBinaryString gives for it, from the platform's encoder rather than a loop.
 */
export function asciiBytes(s: string): Uint8Array {
  encoder ??= new TextEncoder();
  return encoder.encode(s);
}

/** Appends the UTF-8 form of the code point starting at s[i] to out; returns the new write position and consumed length via the tuple. */
function writeUtf8(out: Uint8Array, o: number, s: string, i: number): [number, number] {
  let cp = s.charCodeAt(i);
  let used = 1;
  if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      used = 2;
    }
  }
  if (cp < 0x80) {
    out[o++] = cp;
  } else if (cp < 0x800) {
    out[o++] = 0xc0 | (cp >> 6);
    out[o++] = 0x80 | (cp & 63);
  } else if (cp < 0x10000) {
    out[o++] = 0xe0 | (cp >> 12);
    out[o++] = 0x80 | ((cp >> 6) & 63);
    out[o++] = 0x80 | (cp & 63);
  } else {
    out[o++] = 0xf0 | (cp >> 18);
    out[o++] = 0x80 | ((cp >> 12) & 63);
    out[o++] = 0x80 | ((cp >> 6) & 63);
    out[o++] = 0x80 | (cp & 63);
  }
  return [o, used];
}

// ---------------------------------------------------------------------------------------
// Quoted-printable

/** Value of one hex digit (either case), or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * Decodes quoted-printable text to bytes. `=XX` (either hex case) is a byte; `=` followed
 * by optional blanks and a line break (LF, CRLF or a lone CR) is a soft break and vanishes;
 * any other `=` stays literal. Line breaks are kept as written.
 *
 * Literal characters above 0xFF cannot be bytes, so they are written as UTF-8. With
 * `unicode` set (text pasted as Unicode rather than read as bytes), characters 0x80-0xFF
 * are Unicode too and also go out as UTF-8 instead of as single bytes.
 */
export function decodeQuotedPrintable(text: string, unicode = false): Uint8Array {
  const n = text.length;
  let out = new Uint8Array(n);
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      const h = i + 1 < n ? hexValue(text.charCodeAt(i + 1)) : -1;
      const l = i + 2 < n ? hexValue(text.charCodeAt(i + 2)) : -1;
      if (h >= 0 && l >= 0) {
        out[o++] = (h << 4) | l;
        i += 3;
        continue;
      }
      // soft line break: '=' [blanks] EOL, or '=' at the very end
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d !== 32 && d !== 9) break;
        j++;
      }
      if (j >= n) {
        i = n;
        continue;
      }
      const d = text.charCodeAt(j);
      if (d === 10) {
        i = j + 1;
        continue;
      }
      if (d === 13) {
        i = j + 1 < n && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        continue;
      }
      out[o++] = 61;
      i++;
      continue;
    }
    if (c < 0x80 || (c < 0x100 && !unicode)) {
      out[o++] = c;
      i++;
      continue;
    }
    // a multi-byte UTF-8 sequence may outgrow the buffer (at most 4 bytes for 2 chars)
    if (o + 4 > out.length) {
      const bigger = new Uint8Array(out.length * 2 + 8);
      bigger.set(out.subarray(0, o));
      out = bigger;
    }
    const r = writeUtf8(out, o, text, i);
    o = r[0];
    i += r[1];
  }
  return out.subarray(0, o);
}

/**
 * Fast path for the usual quoted-printable body: when every =XX escape is 7-bit (and,
 * unless `unicode` says the literal chars are already text, every literal char too), the
 * decoded text is built from slices without a byte buffer. Returns null as soon as an
 * 8-bit escape (or literal) shows up; the caller then decodes bytes.
 */
export function decodeQuotedPrintableAscii(text: string, unicode = false): string | null {
  if (!unicode && NON_ASCII.test(text)) return null;
  const n = text.length;
  let eq = text.indexOf('=');
  if (eq < 0) return text;
  let out = '';
  let run = 0;
  while (eq >= 0) {
    const h = eq + 1 < n ? hexValue(text.charCodeAt(eq + 1)) : -1;
    const l = eq + 2 < n ? hexValue(text.charCodeAt(eq + 2)) : -1;
    if (h >= 0 && l >= 0) {
      const byte = (h << 4) | l;
      if (byte >= 0x80) return null;
      out += text.slice(run, eq) + String.fromCharCode(byte);
      run = eq + 3;
    } else {
      let j = eq + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      const d = j < n ? text.charCodeAt(j) : -1;
      if (d === -1 || d === 10 || d === 13) {
        // soft line break (or a trailing '=')
        out += text.slice(run, eq);
        run = d === 13 && j + 1 < n && text.charCodeAt(j + 1) === 10 ? j + 2 : d === -1 ? n : j + 1;
      }
    }
    eq = text.indexOf('=', Math.max(run, eq + 1));
  }
  return out + text.slice(run);
}

const NON_ASCII = /[^\x00-\x7f]/;

// ---------------------------------------------------------------------------------------
// Base64

/** Value of each base64 char (standard and URL-safe alphabets), -1 for others. */
export const B64 = new Int8Array(128).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let k = 0; k < 64; k++) B64[alphabet.charCodeAt(k)] = k;
  // the URL-safe alphabet shows up in the wild too; it never collides with the standard one
  B64[45 /* - */] = 62;
  B64[95 /* _ */] = 63;
}

/**
 * Decodes base64 text to bytes. Whitespace and any other character outside the alphabet
 * are skipped. `=` ends a group of four: some mailers pad every line, so decoding starts
 * a fresh group after padding instead of stopping. A dangling partial group at the end
 * (missing padding) yields the whole bytes it holds.
 */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(((text.length * 3) >> 2) + 3);
  return out.subarray(0, base64Into(text, 0, text.length, out, 0));
}

/**
 * Decodes the base64 text s[a, b) into `out` from offset `o` (which must have room for
 * (b - a) * 3 / 4 + 3 bytes); returns the offset after the last byte written. Characters
 * outside the alphabet are skipped; padding realigns on the next group.
 */
export function base64Into(s: string, a: number, b: number, out: Uint8Array, o: number): number {
  let acc = 0;
  let bits = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */) {
      // padding: drop the partial bits and realign on the next group
      acc = 0;
      bits = 0;
      continue;
    }
    const v = c < 128 ? B64[c] : -1;
    if (v < 0) continue;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return o;
}

// ---------------------------------------------------------------------------------------
// uuencode

/** Content-Transfer-Encoding labels of uuencoded bodies (not in RFC 2045; some mailers and gateways wrote them). */
export const UUENCODE_LABELS: ReadonlySet<string> = new Set(['x-uuencode', 'uuencode', 'x-uue', 'uue']);

/**
 * Decodes uuencoded text to bytes: the lines between "begin <mode> <name>" and "end" (all
 * lines when no "begin" line comes), each opening with its length character (32 + count,
 * "`" for 0) and four characters per three bytes. Lines that do not fit are skipped; the
 * line count is bounded by the text, so the work is linear.
 */
export function decodeUuencode(text: string): Uint8Array {
  const out = new Uint8Array(((text.length * 3) >> 2) + 3);
  let o = 0;
  const n = text.length;
  // Where the line from p ends (its CR or LF, or n), and where the next one starts (LF, CRLF or CR alone).
  let lf = -2;
  let cr = -2;
  const lineEnd = (p: number): number => {
    if (lf !== -1 && lf < p) lf = text.indexOf('\n', p);
    if (cr !== -1 && cr < p) cr = text.indexOf('\r', p);
    const a = lf < 0 ? n : lf;
    const b = cr < 0 ? n : cr;
    return a < b ? a : b;
  };
  const next = (e: number): number => (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1);
  const begin = /^begin[ \t]+[0-7]{3,4}\b/m.exec(text);
  let pos = begin ? next(lineEnd(begin.index)) : 0;
  while (pos < n) {
    const e = lineEnd(pos);
    if (e - pos === 3 && text.startsWith('end', pos)) break;
    if (e > pos) {
      const count = (text.charCodeAt(pos) - 32) & 63;
      // A data line holds its count's bytes in ceil(count / 3) groups of four characters.
      if (count > 0 && e - pos - 1 >= Math.ceil(count / 3) * 4) {
        let written = 0;
        for (let i = pos + 1; written < count; i += 4) {
          const c0 = (text.charCodeAt(i) - 32) & 63;
          const c1 = (text.charCodeAt(i + 1) - 32) & 63;
          const c2 = (text.charCodeAt(i + 2) - 32) & 63;
          const c3 = (text.charCodeAt(i + 3) - 32) & 63;
          out[o++] = ((c0 << 2) | (c1 >> 4)) & 0xff;
          if (++written < count) {
            out[o++] = ((c1 << 4) | (c2 >> 2)) & 0xff;
            if (++written < count) {
              out[o++] = ((c2 << 6) | c3) & 0xff;
              written++;
            }
          }
        }
      }
    }
    pos = next(e);
  }
  return out.subarray(0, o);
}

// ---------------------------------------------------------------------------------------
// Charsets

/** How a charset label is decoded. */
type CharsetKind =
  /** UTF-8 when the bytes are valid UTF-8, else windows-1252 (us-ascii, utf-8, missing and unknown labels). */
  | { kind: 'utf8' }
  | { kind: 'utf7' }
  /** The 7-bit shift encodings no TextDecoder reads (WHATWG maps them to "replacement"): RFC 1557 ISO-2022-KR, RFC 1843 HZ. */
  | { kind: 'shifted'; scheme: 'iso-2022-kr' | 'hz' }
  | { kind: 'win1252' }
  | { kind: 'decoder'; decoder: TextDecoder; ascii: boolean };

const UTF8_OR_LATIN1: CharsetKind = { kind: 'utf8' };
const UTF7: CharsetKind = { kind: 'utf7' };
/**
 * Labels of the 7-bit Korean and Chinese mail encodings: ISO-2022-KR (RFC 1557, how Korean mail
 * was sent before EUC-KR went 8-bit) and HZ-GB-2312 (RFC 1843, older Chinese mail and news).
 * Both shift into two-byte runs whose bytes, each plus 0x80, are EUC-KR and GB2312.
 */
const SHIFTED_LABELS: Record<string, CharsetKind> = {
  'iso-2022-kr': { kind: 'shifted', scheme: 'iso-2022-kr' },
  csiso2022kr: { kind: 'shifted', scheme: 'iso-2022-kr' },
  'hz-gb-2312': { kind: 'shifted', scheme: 'hz' },
  'hz-gb2312': { kind: 'shifted', scheme: 'hz' },
  hz: { kind: 'shifted', scheme: 'hz' },
};
const WIN1252: CharsetKind = { kind: 'win1252' };
const kinds = new Map<string, CharsetKind>();

let fatalUtf8: TextDecoder | null = null;
let lenientUtf8: TextDecoder | null = null;

/** Labels the WHATWG tables file under windows-1252 but mail means as plain ASCII. */
const ASCII_LABELS = new Set(['', 'us-ascii', 'ascii', 'ansi_x3.4-1968', 'iso-646-us', 'iso646-us', 'us', 'default', '7bit', '8bit']);
const UTF7_LABELS = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'x-unicode-1-1-utf-7', 'x-utf-7', 'csunicode11utf7']);
/** Labels WHATWG lacks, mapped to the encoding that decodes them (cp932 is Windows-31J, WHATWG's shift_jis). */
const ALIASES: Record<string, string> = {
  cp932: 'shift_jis',
  'windows-932': 'shift_jis',
  'ms-kanji': 'shift_jis',
  'shift-jis': 'shift_jis',
  'iso-2022-jp-1': 'iso-2022-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'iso-2022-jp-3': 'iso-2022-jp',
  'cp936': 'gbk',
  'cp949': 'euc-kr',
  'cp950': 'big5',
  'big5hkscs': 'big5',
  'tis620': 'windows-874',
  'ks_c_5601': 'euc-kr',
  // EUC-CN, GB2312's 8-bit form under its Unix name (glibc's, Python's), as some Linux mail systems label Chinese text.
  'euc-cn': 'gbk',
  euccn: 'gbk',
};

function tryDecoder(label: string): TextDecoder | null {
  try {
    const d = new TextDecoder(label);
    // the "replacement" encoding (iso-2022-kr and friends) decodes everything to U+FFFD
    return d.encoding === 'replacement' ? null : d;
  } catch {
    return null;
  }
}

/** Encodings in which pure ASCII bytes (without ESC or '+') decode to the same ASCII text. */
function isAsciiCompatible(encoding: string): boolean {
  return !encoding.startsWith('utf-16');
}

function resolveCharset(charset: string | undefined): CharsetKind {
  const raw = charset ?? '';
  const cached = kinds.get(raw);
  if (cached) return cached;
  let kind: CharsetKind = UTF8_OR_LATIN1;
  let label = raw.trim().toLowerCase();
  if (label.length > 1 && (label[0] === '"' || label[0] === "'")) label = label.replace(/^["']+|(?<!["'])["']+$/g, '');
  // RFC 2231 language suffix: utf-8*en
  const star = label.indexOf('*');
  if (star >= 0) label = label.slice(0, star);
  if (ASCII_LABELS.has(label) || label === 'utf-8' || label === 'utf8') {
    kind = UTF8_OR_LATIN1;
  } else if (UTF7_LABELS.has(label)) {
    kind = UTF7;
  } else if (Object.hasOwn(SHIFTED_LABELS, label)) {
    kind = SHIFTED_LABELS[label];
  } else {
    let d = tryDecoder(ALIASES[label] ?? label);
    if (!d) {
      // second chance: x- prefix, cp/win code pages, iso8859_N spellings
      let alt = label.replace(/^x-/, '');
      const cp = /^(?:cp|win|windows|ms)[-_]?(\d{3,4})$/.exec(alt);
      if (cp) alt = cp[1] === '932' ? 'shift_jis' : `windows-${cp[1]}`;
      const iso = /^iso[-_]?8859[-_]?(\d{1,2})$/.exec(alt);
      if (iso) alt = `iso-8859-${iso[1]}`;
      d = tryDecoder(ALIASES[alt] ?? alt);
    }
    if (d) {
      if (d.encoding === 'utf-8') kind = UTF8_OR_LATIN1;
      else if (d.encoding === 'windows-1252') kind = WIN1252;
      else kind = { kind: 'decoder', decoder: d, ascii: isAsciiCompatible(d.encoding) };
    }
  }
  if (kinds.size < 256) kinds.set(raw, kind);
  return kind;
}

/** True when `charset` names an encoding whose text is pure 7-bit ASCII bytes but still needs decoding (ISO-2022-*, UTF-7). */
export function isSevenBitCharset(charset: string | undefined): boolean {
  if (!charset) return false;
  const k = resolveCharset(charset);
  if (k.kind === 'utf7' || k.kind === 'shifted') return true;
  return k.kind === 'decoder' && k.decoder.encoding.startsWith('iso-2022');
}

/**
 * True when decoding these bytes would give the same string as reading them one char per
 * byte: pure ASCII in an ASCII-compatible charset, without the escape characters that
 * ISO-2022 (ESC) and UTF-7 ('+') give meaning to.
 */
export function isPlainAsciiIn(s: string, charset: string | undefined): boolean {
  return !NON_ASCII.test(s) && asciiReadsAsItself(s, charset);
}

/** For ASCII text `s`: true when decoding it in `charset` gives `s` back (see isPlainAsciiIn). */
function asciiReadsAsItself(s: string, charset: string | undefined): boolean {
  const k = resolveCharset(charset);
  if (k.kind === 'utf8' || k.kind === 'win1252') return true;
  if (k.kind === 'utf7') return s.indexOf('+') < 0;
  if (k.kind === 'shifted') return k.scheme === 'hz' ? s.indexOf('~') < 0 : s.indexOf('\x0e') < 0 && s.indexOf('\x1b') < 0;
  return k.ascii && s.indexOf('\x1b') < 0;
}

/**
 * The bytes as UTF-8 text, or null when they are not valid UTF-8. Decoded leniently first
 * (no exception to throw and catch for bytes that are not UTF-8, which costs more than the
 * decoding): a result without U+FFFD means the bytes were valid. With one, they were not,
 * unless the bytes spell U+FFFD themselves (EF BF BD); then the strict decoder decides.
 */
export function tryUtf8(bytes: Uint8Array): string | null {
  lenientUtf8 ??= new TextDecoder('utf-8');
  const text = lenientUtf8.decode(bytes);
  if (text.indexOf('\ufffd') === -1) return text;
  if (!spellsReplacementChar(bytes)) return null;
  fatalUtf8 ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Do the bytes hold EF BF BD, U+FFFD in UTF-8? */
function spellsReplacementChar(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}

/**
 * What bytes 0x80-0x9F mean in windows-1252 (undefined ones map to the C1 control of the
 * same number, as in the WHATWG table). Decoded here rather than by TextDecoder because
 * some runtimes (Node among them) decode windows-1252 as plain ISO-8859-1.
 */
export const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252 (which WHATWG also uses for latin1, iso-8859-1 and ascii labels). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const n = bytes.length;
  for (let k = 0; k < n; k += 8192) {
    const end = Math.min(n, k + 8192);
    const units = new Array<number>(end - k);
    for (let i = k; i < end; i++) {
      const b = bytes[i];
      units[i - k] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

function decodeUtf8OrLatin1(bytes: Uint8Array): string {
  const s = tryUtf8(bytes);
  return s !== null ? s : decodeWindows1252(bytes);
}

/** UTF-7 (RFC 2152): ASCII, with '+' opening a modified-base64 run of UTF-16 units and '-' (optional) closing it. */
function decodeUtf7(bytes: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  let i = 0;
  const n = bytes.length;
  let literalStart = 0;
  while (i < n) {
    if (bytes[i] !== 43 /* + */) {
      i++;
      continue;
    }
    if (i > literalStart) parts.push(latinRun(bytes, literalStart, i));
    i++;
    if (i < n && bytes[i] === 45 /* - */) {
      parts.push('+');
      i++;
      literalStart = i;
      continue;
    }
    let acc = 0;
    let bits = 0;
    units = [];
    while (i < n) {
      const c = bytes[i];
      const v = c < 128 && c !== 45 && c !== 95 ? B64[c] : -1;
      if (v < 0) break;
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        units.push((acc >> bits) & 0xffff);
      }
      i++;
    }
    if (units.length) parts.push(String.fromCharCode(...units.slice(0, 4096)));
    if (i < n && bytes[i] === 45) i++;
    literalStart = i;
  }
  if (n > literalStart) parts.push(latinRun(bytes, literalStart, n));
  return parts.join('');
}

function latinRun(bytes: Uint8Array, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k += 4096) {
    s += String.fromCharCode(...bytes.subarray(k, Math.min(b, k + 4096)));
  }
  return s;
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

const strictDecoders = new Map<string, TextDecoder | null>();

/** The bytes decoded strictly in `label`, or null when they are not valid in it. */
function tryStrict(bytes: Uint8Array, label: string): string | null {
  let d = strictDecoders.get(label);
  if (d === undefined) {
    try {
      d = new TextDecoder(label, { fatal: true });
    } catch {
      d = null;
    }
    strictDecoders.set(label, d);
  }
  if (!d) return null;
  try {
    const text = d.decode(bytes);
    // (Some decoders pass bytes they cannot read through as C1 controls rather than fail,
    // even when fatal, as Node's EUC-JP does with 0x80-0x9F: such bytes were not read.)
    return RE_C1.test(text) ? null : text;
  } catch {
    return null;
  }
}

const RE_C1 = /[\u0080-\u009f]/;
/** A CJK character between two ASCII letters: one word that only a wrong decoding makes ("Syst鑪e"). */
const RE_CJK_INSIDE_WORD = /[A-Za-z][\u3000-\u9fff\uac00-\ud7af][A-Za-z]/;

/** Encodings of one byte a character (besides windows-1252, read on its own). */
const RE_SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d{1,2}|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;
/** A letter of a non-Latin alphabet (Greek, Cyrillic, Hebrew, Arabic, Thai) next to an ASCII letter: one word in two scripts. */
const RE_MIXED_WORD = /[A-Za-z][\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f]|[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f][A-Za-z]/;

/**
 * 8-bit bytes that are not UTF-8 read in a charset the message names elsewhere (a header
 * value in its text part's charset), or null when they do not read as that charset: a
 * multi-byte one must decode them without error; a one-byte one (any bytes decode) must not
 * give a word of two scripts ("Systиme": latin-1 bytes read as windows-1251).
 */
export function decodeIfFits(bytes: Uint8Array, charset: string): string | null {
  const k = resolveCharset(charset);
  // (8-bit bytes under a 7-bit ISO-2022-KR or HZ label: the EUC-KR or GB2312 they shift into.)
  if (k.kind === 'shifted') return tryStrict(bytes, k.scheme === 'hz' ? 'gbk' : 'euc-kr');
  if (k.kind !== 'decoder') return k.kind === 'win1252' ? decodeWindows1252(bytes) : null;
  const encoding = k.decoder.encoding;
  let text: string | null;
  if (RE_SINGLE_BYTE.test(encoding)) {
    text = k.decoder.decode(bytes);
    return RE_MIXED_WORD.test(text) ? null : text;
  }
  // (8-bit bytes under a 7-bit ISO-2022-JP label: EUC-JP or Shift_JIS, as decodeMislabelledJapanese reads them.)
  if (encoding === 'iso-2022-jp') text = tryStrict(bytes, 'euc-jp') ?? tryStrict(bytes, 'shift_jis');
  else text = tryStrict(bytes, encoding);
  return text === null || RE_CJK_INSIDE_WORD.test(text) ? null : text;
}

/**
 * ISO-2022-JP is 7-bit, so 8-bit bytes under that label mean the label is wrong: Japanese
 * mobile carriers and converted archives send EUC-JP, Shift_JIS or UTF-8 under it. The
 * first of those that decodes the bytes without error wins; else the declared decoder.
 */
function decodeMislabelledJapanese(bytes: Uint8Array, declared: TextDecoder): string {
  return tryUtf8(bytes) ?? tryStrict(bytes, 'euc-jp') ?? tryStrict(bytes, 'shift_jis') ?? declared.decode(bytes);
}

/**
 * One-byte charsets that servers mix up with a sibling for the same letters: Russian KOI8-R and
 * windows-1251 (a KOI8-R template behind a server that declares its Windows charset, and the
 * reverse), Central European ISO-8859-2 and windows-1250 (they differ at ą ś ź Ą Ś Ź and 0x80-0x9F).
 */
const SIBLING: Record<string, string> = { 'windows-1251': 'koi8-r', 'koi8-r': 'windows-1251', 'windows-1250': 'iso-8859-2', 'iso-8859-2': 'windows-1250' };

/** A Cyrillic word read in the wrong one of KOI8-R and windows-1251: their cases are swapped, so a lower-case letter runs on in capitals ("уППВЭЕОЙЕ"). */
const RE_CASE_SWAPPED = /[\u0430-\u044f\u0451][\u0410-\u042f\u0401]{2}/g;
/** ISO-8859-2 read as windows-1250 (ą ś Ą Ś Ź as ± ¶ ˇ ¦ ¬ next to a letter) or windows-1250 as ISO-8859-2 (its 0x80-0x9F letters as C1 controls). */
const RE_LATIN2_MISREAD = /[\u0080-\u009f]|\p{L}[\u00b1\u00b6\u00a6\u02c7\u00ac]|[\u00b1\u00b6\u00a6\u02c7\u00ac]\p{L}/u;

function misread(text: string, encoding: string): boolean {
  if (encoding === 'windows-1251' || encoding === 'koi8-r') return (text.match(RE_CASE_SWAPPED)?.length ?? 0) >= 2;
  return RE_LATIN2_MISREAD.test(text);
}

/**
 * Bytes under a label with a sibling (SIBLING): in the label's charset, unless that reading
 * shows the signs of the sibling's bytes (words whose case runs backwards, accents as symbols
 * or control characters) and the sibling's reading does not.
 */
function decodeOrSibling(bytes: Uint8Array, declared: TextDecoder): string {
  const own = declared.decode(bytes);
  if (!misread(own, declared.encoding)) return own;
  const sibling = resolveCharset(SIBLING[declared.encoding]);
  if (sibling.kind !== 'decoder') return own;
  const other = sibling.decoder.decode(bytes);
  return misread(other, sibling.decoder.encoding) ? own : other;
}

/** The multi-byte East Asian encodings whose labels servers get wrong (the body is in another one). */
const LEGACY_CJK = new Set(['shift_jis', 'euc-jp', 'gbk', 'big5', 'euc-kr']);

/**
 * Bytes under a Shift_JIS, EUC-JP, GB2312/GBK, Big5 or EUC-KR label whose label may be wrong,
 * as a gateway that relabels Japanese mail or a template saved in another encoding than its
 * header says makes it: UTF-8 when they are valid UTF-8 with multi-byte characters (see
 * isUtf8Evidence), else the label's charset when they are valid in it, else (for a Japanese
 * label) the other Japanese encoding, else the label's reading with errors replaced.
 */
function decodeCjkOrBetterFit(bytes: Uint8Array, declared: TextDecoder): string {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null && isUtf8Evidence(utf8, false)) return utf8;
  const own = tryStrict(bytes, declared.encoding);
  if (own !== null) return own;
  const other = declared.encoding === 'shift_jis' ? 'euc-jp' : declared.encoding === 'euc-jp' ? 'shift_jis' : null;
  return (other ? tryStrict(bytes, other) : null) ?? declared.decode(bytes);
}

/**
 * Is text that 8-bit bytes under a legacy label decoded to as valid UTF-8 evidence that they
 * are UTF-8? Valid UTF-8 with multi-byte characters is no accident of legacy text: one such
 * character is enough where the label is a one-byte charset (latin-1 text never holds "Ã‰"),
 * two where it is a multi-byte one (a lone pair of GBK or Big5 bytes may happen to be valid:
 * 全 is C8 AB in GB2312, U+022B in UTF-8).
 */
function isUtf8Evidence(text: string, singleByteLabel: boolean): boolean {
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f && ++wide >= (singleByteLabel ? 1 : 2)) return true;
  return false;
}

/**
 * ISO-2022-KR (RFC 1557) and HZ-GB-2312 (RFC 1843) decoded: the two-byte runs (after SO in
 * ISO-2022-KR, until SI; between "~{" and "~}" in HZ) are EUC-KR / GB2312 with each byte's high
 * bit cleared, so they are set again and the result read as EUC-KR / GBK. ISO-2022-KR's
 * designation "ESC $ ) C" is dropped; HZ's "~~" is a tilde and "~" at a line end joins the
 * lines. A line end closes a run (both RFCs end runs before it). 8-bit bytes (a mislabel) pass
 * through to the EUC reading.
 */
function decodeShifted(bytes: Uint8Array, scheme: 'iso-2022-kr' | 'hz'): string {
  const out = new Uint8Array(bytes.length);
  let o = 0;
  let wide = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || b === 0x0d) {
      wide = false;
      out[o++] = b;
    } else if (scheme === 'iso-2022-kr') {
      if (b === 0x1b && bytes[i + 1] === 0x24 && bytes[i + 2] === 0x29 && bytes[i + 3] === 0x43) i += 3;
      else if (b === 0x0e) wide = true;
      else if (b === 0x0f) wide = false;
      else out[o++] = wide && b > 0x20 && b < 0x7f ? b | 0x80 : b;
    } else if (wide) {
      // GB2312 in pairs ('~' may be a pair's second byte); "~}" at a pair's start leaves.
      const c = bytes[i + 1];
      if (b === 0x7e && c === 0x7d) {
        wide = false;
        i++;
      } else if (b > 0x20 && b < 0x7f && c > 0x20 && c < 0x7f) {
        out[o++] = b | 0x80;
        out[o++] = c | 0x80;
        i++;
      } else out[o++] = b;
    } else if (b === 0x7e /* ~ */ && i + 1 < bytes.length) {
      const c = bytes[i + 1];
      if (c === 0x7b /* { */) {
        wide = true;
        i++;
      } else if (c === 0x7e) {
        out[o++] = 0x7e;
        i++;
      } else if (c === 0x0a) i++;
      else if (c === 0x0d && bytes[i + 2] === 0x0a) i += 2;
      else out[o++] = b;
    } else out[o++] = b;
  }
  const target = resolveCharset(scheme === 'hz' ? 'gbk' : 'euc-kr');
  return target.kind === 'decoder' ? target.decoder.decode(out.subarray(0, o)) : decodeUtf8OrLatin1(out.subarray(0, o));
}

/** ESC $ B, ESC $ @, ESC $ ( D: the designations of JIS X 0208 / 0212 that ISO-2022-JP text opens with. */
const RE_JIS_DESIGNATION = /\x1b\$(?:B|@|\(D)/;

function hasJisDesignation(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x1b); i !== -1 && i < bytes.length - 2; i = bytes.indexOf(0x1b, i + 1)) {
    if (bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40 || bytes[i + 2] === 0x28)) return true;
  }
  return false;
}

/**
 * Japanese mail from older programs often carries ISO-2022-JP text with no charset, or under
 * us-ascii: its escapes say what it is (RFC 1468 text is 7-bit, so no other reading is lost).
 */
function jisWithoutLabel(charset: string | undefined, hasJis: boolean): string | undefined {
  if (!hasJis) return charset;
  const label = (charset ?? '').trim().toLowerCase().replace(/^["']|["']$/g, '');
  return label === '' || ASCII_LABELS.has(label) ? 'iso-2022-jp' : charset;
}

/**
 * Decodes bytes in the given charset. A missing label, us-ascii, utf-8 and labels that no
 * decoder knows all read as UTF-8 when the bytes are valid UTF-8 and as windows-1252
 * (latin1) otherwise. Never throws.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  if (bytes.length === 0) return '';
  const k = resolveCharset(jisWithoutLabel(charset, bytes.indexOf(0x1b) !== -1 && hasJisDesignation(bytes)));
  try {
    if (k.kind === 'utf8') return decodeUtf8OrLatin1(bytes);
    if (k.kind === 'utf7') return decodeUtf7(bytes);
    if (k.kind === 'win1252') return decodeWindows1252(bytes);
    if (k.kind === 'shifted') return decodeShifted(bytes, k.scheme);
    if (k.decoder.encoding === 'iso-2022-jp' && hasHighByte(bytes)) return decodeMislabelledJapanese(bytes, k.decoder);
    if (LEGACY_CJK.has(k.decoder.encoding) && hasHighByte(bytes)) return decodeCjkOrBetterFit(bytes, k.decoder);
    if (Object.hasOwn(SIBLING, k.decoder.encoding) && hasHighByte(bytes)) return decodeOrSibling(bytes, k.decoder);
    return k.decoder.decode(bytes);
  } catch {
    return decodeUtf8OrLatin1(bytes);
  }
}

/**
 * The bytes of an RFC 2047 encoded word in its label's charset, except UTF-8 under a legacy
 * label (isUtf8Evidence): a server that writes its Subject in UTF-8 while it labels the word
 * with its locale's charset ("=?gb2312?B?…?=", "=?ISO-8859-1?Q?=C3=89chec?="), as 8-bit header
 * bytes are read UTF-8 first.
 */
export function decodeWordBytes(bytes: Uint8Array, charset: string): string {
  const k = resolveCharset(charset);
  const legacy = k.kind === 'win1252' || (k.kind === 'decoder' && k.ascii && !k.decoder.encoding.startsWith('iso-2022'));
  if (legacy && hasHighByte(bytes)) {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null && isUtf8Evidence(utf8, k.kind === 'win1252' || RE_SINGLE_BYTE.test(k.decoder.encoding))) return utf8;
  }
  return decodeCharset(bytes, charset);
}

/**
 * Text taken from a body or header without transfer encoding. In a binary string the
 * chars are bytes and get decoded with the charset; in a Unicode string they are already
 * text, except for 7-bit charsets (ISO-2022-JP, UTF-7) whose escapes still need decoding.
 */
export function decodeRawText(s: string, charset: string | undefined, binary: boolean): string {
  if (s.length === 0) return s;
  charset = jisWithoutLabel(charset, s.indexOf('\x1b$') !== -1 && RE_JIS_DESIGNATION.test(s));
  if (binary) return isPlainAsciiIn(s, charset) ? s : decodeCharset(bytesFromBinaryString(s), charset);
  if (!isSevenBitCharset(charset) || NON_ASCII.test(s) || asciiReadsAsItself(s, charset)) return s;
  return decodeCharset(asciiBytes(s), charset);
}

/**
 * RFC 3676 format=flowed, undone: a line that ends in a space (a soft break; never the
 * signature separator "-- ") runs on into the next, as the sender wrote it; with
 * delsp=yes that space was added by the sender's mail program and goes too, so a word
 * broken there ("exc " / "eeded") is whole again. A line's leading space (space-stuffing)
 * is taken off. Quoted lines ("> …") are kept as they stand. Text with LF line ends.
 */
export function unflow(text: string, delsp: boolean): string {
  if (text.indexOf(' \n') === -1) return text;
  const lines = text.split('\n');
  let out = '';
  let open = false; // the previous line was soft-broken: this one runs on
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const quoted = line.charCodeAt(0) === 62; /* > */
    if (quoted) {
      if (open) out += '\n';
      out += line + (i < lines.length - 1 ? '\n' : '');
      open = false;
      continue;
    }
    if (line.charCodeAt(0) === 32) line = line.slice(1);
    const soft = line.length > 0 && line.charCodeAt(line.length - 1) === 32 && line !== '-- ' && i < lines.length - 1;
    if (soft) {
      out += delsp ? line.slice(0, -1) : line;
      open = true;
    } else {
      out += line + (i < lines.length - 1 ? '\n' : '');
      open = false;
    }
  }
  return out;
}
