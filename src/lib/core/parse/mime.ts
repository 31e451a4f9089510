/**
 * The engine's MIME reader: header blocks, Content-Type, and the multipart tree of a raw
 * message, as offsets into the input string. Bodies are not decoded here; `decodeBody`
 * does that on request for one part.
 *
 * Line endings: LF, CRLF and a lone CR each end a line, mixed freely in one message.
 * Nothing in this module throws; caps from LIMITS bound the work and report in warnings.
 */
import type { Warning } from '../types.ts';
import { LIMITS } from '../limits.ts';
import {
  bytesFromBinaryString,
  decodeBase64,
  decodeCharset,
  decodeIfFits,
  decodeQuotedPrintable,
  decodeQuotedPrintableAscii,
  decodeRawText,
  decodeUuencode,
  isSevenBitCharset,
  tryUtf8,
  unflow,
  UUENCODE_LABELS,
} from './transfer-decoding.ts';
import { toLf } from '../text/lines.ts';
import { percentBytes } from './encoded-words.ts';
import { htmlToText } from './html-to-text.ts';

export interface HeaderField {
  /** Field name, lower-cased. */
  name: string;
  /** Unfolded (line break + folding blanks → one space), trimmed, not RFC 2047-decoded. */
  value: string;
  /** Offsets of the whole field in the raw string: name .. end of its last folded line (line break excluded). */
  start: number;
  end: number;
  /**
   * raw[start, end) is exactly `Name: value` (one line, the colon right after the name, one
   * space after it, nothing trimmed, nothing decoded): the field can be copied as it stands.
   */
  verbatim?: boolean;
  /** The value was decoded from the raw bytes (8-bit or ISO-2022), so it may differ from raw[start, end). */
  decoded?: boolean;
}

export interface HeaderBlock {
  fields: HeaderField[];
  /** Offset just after the blank line that ends the block (= body start), or where reading stopped. */
  end: number;
  /** True when LIMITS.maxHeaderFields cut the list of fields. */
  truncated: boolean;
}

export interface ContentType {
  /** `type/subtype`, lower-cased. */
  type: string;
  /** Lower-case names; quotes removed; RFC 2231 continuations and charset'lang'%XX joined and decoded. */
  params: Record<string, string>;
}

export interface MimePart {
  headers: HeaderField[];
  contentType: ContentType;
  /** Lower-cased Content-Transfer-Encoding, default '7bit'. */
  encoding: string;
  headerStart: number;
  bodyStart: number;
  bodyEnd: number;
  /**
   * multipart/*: its parts. message/rfc822 and message/global: one child, the embedded
   * message, with its header block parsed; that child's own body becomes a tree only with
   * `parseEmbedded` (and while the depth cap allows).
   */
  children: MimePart[];
  depth: number;
}

export interface ParsedMime {
  root: MimePart;
  warnings: Warning[];
  /** True when a cap stopped part of the tree or of a header block from being read. */
  truncated: boolean;
}

const LF = 10;
const CR = 13;
const SP = 32;
const TAB = 9;
const COLON = 58;

/** Offset of the first CR or LF at or after `pos` (or `end`). */
function findEol(raw: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return end;
}

/** Offset after the line break at `eol` (CRLF counts as one), bounded by `end`. */
function afterEol(raw: string, eol: number, end: number): number {
  if (eol >= end) return end;
  if (raw.charCodeAt(eol) === CR && eol + 1 < end && raw.charCodeAt(eol + 1) === LF) return eol + 2;
  return eol + 1;
}

function trimBlanks(raw: string, a: number, b: number): string {
  while (a < b) {
    const c = raw.charCodeAt(a);
    if (c !== SP && c !== TAB) break;
    a++;
  }
  while (b > a) {
    const c = raw.charCodeAt(b - 1);
    if (c !== SP && c !== TAB) break;
    b--;
  }
  return raw.slice(a, b);
}

/** An mbox envelope line ("From sender date", so with a digit), which may precede a stored message's header block. */
function isEnvelopeLine(raw: string, pos: number): boolean {
  if (!raw.startsWith('From ', pos)) return false;
  const c = raw.charCodeAt(pos + 5);
  if (c === SP || c === TAB || c === COLON || c === LF || c === CR || Number.isNaN(c)) return false;
  for (let i = pos + 5, n = Math.min(raw.length, pos + 300); i < n; i++) {
    const d = raw.charCodeAt(i);
    if (d === LF || d === CR) return false;
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/**
 * Skips lines that are empty or hold only blanks; returns the start of the first other
 * line: the end of what the pattern `^(?:[ \t]*\r?\n|[ \t]*\r)*` matches from `pos`.
 */
export function skipBlankLines(raw: string, pos: number, end: number): number {
  let p = pos;
  while (p < end) {
    let i = p;
    while (i < end) {
      const c = raw.charCodeAt(i);
      if (c !== SP && c !== TAB) break;
      i++;
    }
    if (i >= end) return p;
    const c = raw.charCodeAt(i);
    if (c !== LF && c !== CR) return p;
    p = afterEol(raw, i, end);
  }
  return p;
}

/**
 * Where the next line break is, cached per input string. `lf` is the first LF at or after
 * `lfFrom` (raw.length when there is none), and the same for CR, so each line costs two
 * native indexOf calls at most and a message without CR pays for one CR search in all.
 */
interface EolCache {
  lfFrom: number;
  lf: number;
  crFrom: number;
  cr: number;
}

function newEolCache(): EolCache {
  return { lfFrom: 1, lf: 0, crFrom: 1, cr: 0 };
}

/** Offset of the first CR or LF at or after `p`, or `end`. */
function eolAt(raw: string, cache: EolCache, p: number, end: number): number {
  if (p < cache.lfFrom || p > cache.lf) {
    const i = raw.indexOf('\n', p);
    cache.lf = i < 0 ? raw.length : i;
    cache.lfFrom = p;
  }
  if (p < cache.crFrom || p > cache.cr) {
    const i = raw.indexOf('\r', p);
    cache.cr = i < 0 ? raw.length : i;
    cache.crFrom = p;
  }
  const e = cache.lf < cache.cr ? cache.lf : cache.cr;
  return e < end ? e : end;
}

/**
 * Reads header fields from `start` up to `limit` (an offset, default the end of `raw`).
 * Stops at the first empty line (end = just after it), or at a line that is neither a
 * field nor a continuation (end = start of that line). A leading mbox envelope line
 * ("From sender date") is skipped. Field names are printable ASCII; blanks between the
 * name and the colon are tolerated. Folds that lost their indent are joined when the line
 * cannot be anything else (see isLostFold).
 *
 * `options.binary` says the chars are bytes: values holding 8-bit bytes are then decoded
 * (UTF-8 if valid, else the block's Content-Type charset, else windows-1252). Raw
 * ISO-2022-JP (ESC sequences) in a value is decoded in either mode.
 */
export function parseHeaderBlock(
  raw: string,
  start = 0,
  limit: number = raw.length,
  options?: { binary?: boolean },
): HeaderBlock {
  if (typeof raw !== 'string') return { fields: [], end: 0, truncated: false };
  return readHeaderBlock(raw, start, limit, options?.binary === true, newEolCache(), true);
}

function readHeaderBlock(raw: string, start: number, limit: number, binary: boolean, cache: EolCache, envelope: boolean, fallbackCharset?: string): HeaderBlock {
  const end = Math.max(0, Math.min(limit, raw.length));
  let pos = Math.max(0, Math.min(start, end));
  const fields: HeaderField[] = [];
  const maxFields = LIMITS.maxHeaderFields;
  let truncated = false;
  let blockEnd = end;

  if (envelope && isEnvelopeLine(raw, pos)) pos = afterEol(raw, eolAt(raw, cache, pos, end), end);

  // the field being read: its value grows by one space and the trimmed line per fold
  let fStart = -1;
  let fName = '';
  let fValue = '';
  let fEnd = 0;
  let fVerbatim = false;

  while (pos < end) {
    const c0 = raw.charCodeAt(pos);
    if (c0 === LF || c0 === CR) {
      blockEnd = afterEol(raw, pos, end);
      break;
    }
    const eol = eolAt(raw, cache, pos, end);
    if (c0 === SP || c0 === TAB) {
      if (fStart < 0) {
        blockEnd = pos; // a continuation with nothing to continue: not a header line
        break;
      }
      const piece = trimBlanks(raw, pos, eol);
      if (piece.length) fValue = fValue.length ? fValue + ' ' + piece : piece;
      fEnd = eol;
      fVerbatim = false;
      pos = afterEol(raw, eol, end);
      continue;
    }
    // a field: name chars are printable ASCII other than ':'
    let j = pos;
    let c = c0;
    while (j < eol) {
      c = raw.charCodeAt(j);
      if (c === COLON || c <= SP || c >= 127) break;
      j++;
    }
    const nameEnd = j;
    while (j < eol && (c === SP || c === TAB)) {
      j++;
      c = raw.charCodeAt(j);
    }
    if (nameEnd === pos || j >= eol || c !== COLON) {
      if (fStart >= 0 && isLostFold(raw, pos, fValue)) {
        const piece = trimBlanks(raw, pos, eol);
        fValue = fValue.length ? fValue + ' ' + piece : piece;
        fEnd = eol;
        fVerbatim = false;
        pos = afterEol(raw, eol, end);
        continue;
      }
      blockEnd = pos;
      break;
    }
    if (fStart >= 0) {
      if (fields.length < maxFields || (KEPT_PAST_CAP.has(fName) && fields.length < maxFields + KEPT_PAST_CAP.size * 2)) {
        fields.push({ name: fName, value: fValue, start: fStart, end: fEnd, verbatim: fVerbatim });
      } else truncated = true;
    }
    fStart = pos;
    fName = raw.slice(pos, nameEnd).toLowerCase();
    fValue = trimBlanks(raw, j + 1, eol);
    fEnd = eol;
    // Nothing between the name and the colon, one space after it, nothing trimmed at either end.
    fVerbatim = j === nameEnd && raw.charCodeAt(j + 1) === SP && fValue.length === eol - j - 2;
    pos = afterEol(raw, eol, end);
  }
  if (fStart >= 0) {
    if (fields.length < maxFields || (KEPT_PAST_CAP.has(fName) && fields.length < maxFields + KEPT_PAST_CAP.size * 2)) {
      fields.push({ name: fName, value: fValue, start: fStart, end: fEnd, verbatim: fVerbatim });
    } else truncated = true;
  }
  if (fields.length) {
    const block = raw.slice(fields[0].start, fields[fields.length - 1].end);
    if (binary ? NEEDS_DECODING_BINARY.test(block) : block.indexOf('\x1b') !== -1) decodeHeaderValues(fields, binary, fallbackCharset);
  }
  return { fields, end: blockEnd, truncated };
}

/**
 * Fields still kept past the cap on fields (a mail loop's hundreds of Received fields come
 * first): the ones that say how to read the message and who it is from and about.
 */
const KEPT_PAST_CAP = new Set([
  'content-type', 'content-transfer-encoding', 'content-disposition', 'mime-version', 'from', 'to', 'subject', 'date',
  'message-id', 'x-failed-recipients', 'auto-submitted', 'return-path',
]);

/**
 * Some MTAs fold without indenting the next line. A line that is not a field continues
 * the field above it when that field's value is still empty (`X-Message-Info:` then the
 * value on its own line) or ends in ';' and the line reads `name=value` (a Content-Type
 * parameter such as `boundary="x"`).
 */
function isLostFold(raw: string, pos: number, value: string): boolean {
  if (value.length === 0) return true;
  if (value.charCodeAt(value.length - 1) !== 59 /* ; */) return false;
  PARAMETER_START.lastIndex = pos;
  return PARAMETER_START.test(raw);
}

const PARAMETER_START = /[A-Za-z0-9_.*-]+[ \t]*=/y;
/** Charset labels that say nothing about 8-bit header bytes that are not UTF-8. */
const RE_NO_HINT_CHARSET = /^(?:us-)?ascii$|^utf-?8$/i;
const RE_HIGH_BYTE = /[\x80-\xff]/;
const NEEDS_DECODING_BINARY = /[\x1b\x80-\xff]/;

function decodeHeaderValues(fields: HeaderField[], binary: boolean, fallbackCharset?: string): void {
  for (const f of fields) {
    const v = f.value;
    if (binary ? NEEDS_DECODING_BINARY.test(v) : v.indexOf('\x1b') >= 0) {
      f.value = decodeHeaderBytes(v, fields, binary, fallbackCharset);
      if (f.value !== v) {
        f.verbatim = false;
        f.decoded = true;
      }
    }
  }
}

/**
 * Decodes a header value whose chars are bytes (8-bit or ISO-2022 escapes): UTF-8 when
 * valid, else the block's own charset, else `fallbackCharset` (the message's text label,
 * see headerCharsetHint), else windows-1252.
 */
function decodeHeaderBytes(v: string, fields: HeaderField[], binary: boolean, fallbackCharset?: string): string {
  if (!binary && /[^\x00-\x7f]/.test(v)) return v; // already Unicode text
  const bytes = bytesFromBinaryString(v);
  const hasHigh = /[\x80-\xff]/.test(v);
  if (hasHigh) {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) return utf8;
  }
  const ct = getHeader(fields, 'content-type');
  let charset = ct ? parseContentType(ct).params.charset : undefined;
  if (!hasHigh) {
    // only ESC sequences: some ISO-2022 flavour; Japanese is by far the usual one in mail
    if (!isSevenBitCharset(charset)) charset = 'iso-2022-jp';
  } else if (!charset || RE_NO_HINT_CHARSET.test(charset)) {
    return (fallbackCharset ? decodeIfFits(bytes, fallbackCharset) : null) ?? decodeCharset(bytes, 'windows-1252');
  }
  return decodeCharset(bytes, charset);
}

/** First field with this (lower-case) name, or null. */
export function getHeader(fields: HeaderField[], name: string): string | null {
  for (let i = 0; i < fields.length; i++) if (fields[i].name === name) return fields[i].value;
  return null;
}

/** Values of every field with this (lower-case) name, in order. */
export function getHeaders(fields: HeaderField[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < fields.length; i++) if (fields[i].name === name) out.push(fields[i].value);
  return out;
}

// ---------------------------------------------------------------------------------------
// Content-Type and parameters

/** Removes RFC 5322 comments "(...)" outside quoted strings; an unclosed comment keeps the text as it was. */
function stripComments(s: string): string {
  if (s.indexOf('(') < 0) return s;
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += s.slice(i, i + 2);
      i++;
      continue;
    }
    if (depth === 0 && ch === '"') quoted = !quoted;
    if (!quoted) {
      if (ch === '(') {
        depth++;
        continue;
      }
      if (ch === ')' && depth > 0) {
        depth--;
        continue;
      }
    }
    if (depth === 0) out += ch;
  }
  return depth > 0 ? s : out;
}

const TYPE_RE = /^[a-z0-9!#$&^_.+*-]+\/[a-z0-9!#$&^_.+*-]+$/;

function isBlank(c: number): boolean {
  return c === SP || c === TAB || c === LF || c === CR;
}

/**
 * Parses a Content-Type value. The type is lower-cased and falls back to `fallback`
 * (default text/plain) when missing or malformed. Parameters: names lower-cased, quotes
 * and backslash escapes removed, the first of duplicates kept, a missing ';' between
 * parameters tolerated, RFC 2231 continuations joined and decoded.
 */
export function parseContentType(value: string | null, fallback = 'text/plain'): ContentType {
  if (!value) return { type: fallback, params: {} };
  const s = stripComments(value);
  const n = s.length;
  let i = 0;
  while (i < n && isBlank(s.charCodeAt(i))) i++;
  const t0 = i;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 59 /* ; */ || isBlank(c)) break;
    i++;
  }
  let type = s.slice(t0, i).toLowerCase();
  // "text / plain"
  if (!type.includes('/') && /^\s*\//.test(s.slice(i))) {
    const m = /^\s*\/\s*([^\s;]+)/.exec(s.slice(i));
    if (m) {
      type = `${type}/${m[1].toLowerCase()}`;
      i += m[0].length;
    }
  }
  if (!TYPE_RE.test(type)) type = fallback;
  return { type, params: parseParams(s, i) };
}

/** Parses `; name=value` parameters from `s` starting at `i`. */
function parseParams(s: string, i: number): Record<string, string> {
  const params: Record<string, string> = {};
  const n = s.length;
  let extended: Map<string, { index: number; encoded: boolean; value: string }[]> | null = null;
  /** Offset of the next backslash once searched (-1: none left; -2: not searched yet). */
  let backslash = -2;

  while (i < n) {
    let c = s.charCodeAt(i);
    if (c === 59 || isBlank(c)) {
      i++;
      continue;
    }
    // name
    const n0 = i;
    while (i < n) {
      c = s.charCodeAt(i);
      if (c === 61 /* = */ || c === 59 || isBlank(c)) break;
      i++;
    }
    const pname = s.slice(n0, i).toLowerCase();
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    if (i >= n || s.charCodeAt(i) !== 61) continue; // a name without a value: skipped
    i++;
    while (i < n && isBlank(s.charCodeAt(i))) i++;
    let pvalue: string;
    if (i < n && s.charCodeAt(i) === 34 /* " */) {
      // quoted string; a backslash escapes the next char; junk after the closing quote is skipped as a valueless name
      i++;
      // Usually no backslash before the closing quote: one slice.
      // (The next backslash is searched again only once passed, so a long run of quoted
      // values costs one search for it, not one per value.)
      const q = s.indexOf('"', i);
      if (backslash !== -1 && backslash < i) backslash = s.indexOf('\\', i);
      if (q !== -1 && (backslash === -1 || backslash > q)) {
        pvalue = s.slice(i, q);
        i = q + 1;
      } else {
        let v = '';
        let run = i;
        while (i < n) {
          c = s.charCodeAt(i);
          if (c === 92 /* \ */ && i + 1 < n) {
            v += s.slice(run, i);
            run = i + 1;
            i += 2;
            continue;
          }
          if (c === 34) break;
          i++;
        }
        v += s.slice(run, i);
        if (i < n) i++;
        pvalue = v;
      }
    } else {
      // a token runs to ';', except that "charset=us-ascii name=x" (a missing ';') holds two parameters
      const v0 = i;
      let blankAt = -1;
      while (i < n) {
        c = s.charCodeAt(i);
        if (c === 59) break;
        if (blankAt < 0 && isBlank(c)) blankAt = i;
        i++;
      }
      let v1 = i;
      if (blankAt >= 0) {
        const m = MISSING_SEMICOLON.exec(s.slice(blankAt, i));
        if (m) {
          v1 = blankAt + m.index;
          i = v1;
        }
        while (v1 > v0 && isBlank(s.charCodeAt(v1 - 1))) v1--;
      }
      pvalue = s.slice(v0, v1);
    }
    if (!pname || pname === '__proto__') continue;
    if (pname.indexOf('*') > 0) {
      const m = /^([^*]+)\*(\d+)?(\*)?$/.exec(pname);
      if (m) {
        extended ??= new Map();
        let list = extended.get(m[1]);
        if (!list) extended.set(m[1], (list = []));
        const index = m[2] === undefined ? 0 : parseInt(m[2], 10);
        const encoded = m[2] === undefined || m[3] !== undefined;
        if (!list.some((x) => x.index === index)) list.push({ index, encoded, value: pvalue });
        continue;
      }
    }
    if (!Object.hasOwn(params, pname)) params[pname] = pvalue;
  }

  if (extended) {
    for (const [base, list] of extended) {
      list.sort((a, b) => a.index - b.index);
      params[base] = joinExtended(list);
    }
  }
  return params;
}

const MISSING_SEMICOLON = /(?<![ \t\r\n])[ \t\r\n]+[A-Za-z0-9!#$%&'*+.^_`|~-]+[ \t\r\n]*=/;

/** Joins RFC 2231 sections: the first encoded one may carry charset'lang'; encoded sections are %XX bytes. */
function joinExtended(list: { index: number; encoded: boolean; value: string }[]): string {
  if (!list.some((x) => x.encoded)) return list.map((x) => x.value).join('');
  let charset: string | undefined;
  const bytes: number[] = [];
  list.forEach((x, k) => {
    let v = x.value;
    if (x.encoded && k === 0) {
      const q1 = v.indexOf("'");
      const q2 = q1 >= 0 ? v.indexOf("'", q1 + 1) : -1;
      if (q1 >= 0 && q2 > q1) {
        charset = v.slice(0, q1) || undefined;
        v = v.slice(q2 + 1);
      }
    }
    const b = x.encoded ? percentBytes(v) : percentBytes(v.replace(/%/g, '%25'));
    for (let i = 0; i < b.length; i++) bytes.push(b[i]);
  });
  return decodeCharset(Uint8Array.from(bytes), charset);
}

const RE_TOKEN_ONLY = /^[A-Za-z0-9-]+$/;

/** Lower-cased first token of a Content-Transfer-Encoding value, default '7bit'. */
function parseEncoding(value: string | null): string {
  if (!value) return '7bit';
  // The usual value is the token alone ("base64", "7bit", "quoted-printable").
  if (RE_TOKEN_ONLY.test(value)) return value.toLowerCase();
  const m = /[A-Za-z0-9-]+/.exec(stripComments(value));
  return m ? m[0].toLowerCase() : '7bit';
}

// ---------------------------------------------------------------------------------------
// The tree

interface Context {
  raw: string;
  binary: boolean;
  parseEmbedded: boolean;
  warnings: Warning[];
  parts: number;
  truncated: boolean;
  eol: EolCache;
}

/** Records a warning once per code; `cut` says a cap stopped something from being read. */
function warn(ctx: Context, code: string, message: string, cut = true): void {
  if (cut) ctx.truncated = true;
  for (const w of ctx.warnings) if (w.code === code) return;
  ctx.warnings.push({ code, message });
}

/**
 * The Content-Type values that delivery reports and the parts around them write most (RFC 3464
 * §2 and RFC 6522's parts, RFC 6533's, ARF's; text parts in the common charsets, as servers
 * spell them), parsed once at load: a part with one of them shares the parsed value, which
 * nothing changes. Any other value is parsed where it is met; nothing is kept across messages.
 */
const COMMON_TYPES: readonly string[] = (() => {
  const out = ['message/delivery-status', 'message/global-delivery-status', 'message/rfc822', 'message/global', 'text/rfc822-headers', 'message/feedback-report', 'message/disposition-notification', 'text/plain', 'text/plain;', 'text/html'];
  for (const charset of ['us-ascii', 'US-ASCII', 'utf-8', 'UTF-8', 'iso-8859-1', 'ISO-8859-1', 'iso-2022-jp', 'ISO-2022-JP']) {
    for (const type of ['text/plain', 'text/html']) out.push(`${type}; charset=${charset}`, `${type}; charset="${charset}"`);
  }
  return out;
})();
/** By default type (a part's own, or a digest's `message/rfc822`), then by value. */
const contentTypes = new Map<string, ReadonlyMap<string, ContentType>>(
  ['text/plain', 'message/rfc822'].map((fallback) => [fallback, new Map(COMMON_TYPES.map((value) => [value, parseContentType(value, fallback)]))]),
);
const RE_MULTIPART = /^multipart\//i;

function contentTypeOf(value: string | null, defaultType: string): ContentType {
  // (A multipart's value holds its boundary, unique to its message: never one of the table's.)
  if (!value || value.length > 64 || RE_MULTIPART.test(value)) return parseContentType(value, defaultType);
  return contentTypes.get(defaultType)?.get(value) ?? parseContentType(value, defaultType);
}

/** A part whose header block starts at `headerStart`; `message` says it is a whole message (the root or an embedded one), where an mbox envelope line may come first. */
function makePart(ctx: Context, headerStart: number, end: number, depth: number, defaultType: string, message: boolean): MimePart {
  ctx.parts++;
  const block = readHeaderBlock(ctx.raw, headerStart, end, ctx.binary, ctx.eol, message);
  if (block.truncated) {
    warn(ctx, 'header-fields-cap', `A header block has more than ${LIMITS.maxHeaderFields} fields; the rest were not read.`);
  }
  const headers = block.fields;
  return {
    headers,
    contentType: contentTypeOf(getHeader(headers, 'content-type'), defaultType),
    encoding: parseEncoding(getHeader(headers, 'content-transfer-encoding')),
    headerStart,
    bodyStart: block.end,
    bodyEnd: end,
    children: [],
    depth,
  };
}

function canAddChild(ctx: Context, parent: MimePart): boolean {
  if (parent.depth + 1 > LIMITS.maxMimeDepth) {
    warn(ctx, 'mime-depth-cap', `MIME parts nest deeper than ${LIMITS.maxMimeDepth} levels; the deeper parts were not read.`);
    return false;
  }
  if (ctx.parts >= LIMITS.maxMimeParts) {
    warn(ctx, 'mime-parts-cap', `The message has more than ${LIMITS.maxMimeParts} MIME parts; the rest were not read.`);
    return false;
  }
  return true;
}

function isEmbeddedMessageType(type: string): boolean {
  return type === 'message/rfc822' || type === 'message/global';
}

function expand(ctx: Context, part: MimePart): void {
  const type = part.contentType.type;
  if (type.startsWith('multipart/')) {
    splitMultipart(ctx, part);
  } else if (isEmbeddedMessageType(type)) {
    // an encoded embedded message is not in the raw text as such; decodeBody reads it
    if (part.encoding === 'base64' || part.encoding === 'quoted-printable') return;
    if (part.bodyStart >= part.bodyEnd || !canAddChild(ctx, part)) return;
    const start = skipBlankLines(ctx.raw, part.bodyStart, part.bodyEnd);
    const child = makePart(ctx, start, part.bodyEnd, part.depth + 1, 'text/plain', true);
    part.children.push(child);
    if (ctx.parseEmbedded) expand(ctx, child);
  }
}

/** Splits a multipart body on its delimiter lines and builds (and expands) each part. */
function splitMultipart(ctx: Context, part: MimePart): void {
  const boundary = part.contentType.params.boundary;
  if (!boundary) {
    warn(ctx, 'mime-boundary-missing', `A ${part.contentType.type} part has no boundary parameter; its body was not split into parts.`, false);
    return;
  }
  const raw = ctx.raw;
  const delim = '--' + boundary;
  const start = part.bodyStart;
  const end = part.bodyEnd;
  const childType = part.contentType.type === 'multipart/digest' ? 'message/rfc822' : 'text/plain';
  let search = start;
  let partStart = -1;
  let found = false;

  while (search < end) {
    const h = raw.indexOf(delim, search);
    if (h < 0 || h + delim.length > end) break;
    search = h + delim.length;
    if (h > start) {
      const p = raw.charCodeAt(h - 1);
      if (p !== LF && p !== CR) continue;
    }
    let i = h + delim.length;
    let close = false;
    if (i + 1 < end && raw.charCodeAt(i) === 45 && raw.charCodeAt(i + 1) === 45) {
      close = true;
      i += 2;
    }
    while (i < end) {
      const c = raw.charCodeAt(i);
      if (c !== SP && c !== TAB) break;
      i++;
    }
    if (i < end) {
      const c = raw.charCodeAt(i);
      if (c !== LF && c !== CR) continue; // a longer boundary that starts with this one, or text
    }
    found = true;
    if (partStart >= 0 && !addChild(ctx, part, partStart, contentEndBefore(raw, partStart, h), childType)) return;
    if (close) {
      partStart = -1;
      break;
    }
    partStart = afterEol(raw, i, end);
    search = partStart;
  }
  if (partStart >= 0 && addChild(ctx, part, partStart, end, childType)) {
    // No close delimiter: the last part runs to the end. When that is the end of the input
    // and the part is part of the notice (its text, its delivery status), the message stops
    // before it was closed. (A returned message left open loses nothing of the notice, and
    // servers cut those on purpose; a multipart left open says so for its own last part.)
    const last = part.children[part.children.length - 1];
    // (Nor does a message whose last line closes a boundary, only another one than declared.)
    if (end >= raw.length && !last.contentType.type.startsWith('multipart/') && !RETURNED_PARTS.has(last.contentType.type) && !RE_CLOSE_LINE_AT_END.test(raw.slice(-400))) warnCut(ctx);
  }
  if (!found) {
    if (skipBlankLines(raw, start, end) >= end && end >= raw.length) {
      warn(ctx, 'message-cut', `The message ends after its header: the body of its ${part.contentType.type} part is missing (the message was cut, or only its header was copied), so there is nothing in it to read.`, false);
    } else {
      warn(ctx, 'mime-boundary-missing', `No delimiter line for the boundary of a ${part.contentType.type} part was found; its body was not split into parts.`, false);
    }
  }
}

/** A close delimiter line ("--boundary--") as the last line of the text. */
const RE_CLOSE_LINE_AT_END = /(?:^|[\r\n])--\S[^\r\n]{0,200}--[ \t]*[\r\n]*$/;

/** Parts that carry the returned message or its header, not the notice. */
const RETURNED_PARTS = new Set(['message/rfc822', 'message/global', 'message/partial', 'text/rfc822-headers', 'message/global-headers', 'text/rfc822-header']);

/**
 * A multipart whose last part runs to the end of the input without its closing delimiter:
 * the message was most likely cut (in transit, or when it was copied), though some writers
 * only leave the closing line out. What came is read; the report says it may be incomplete.
 */
function warnCut(ctx: Context): void {
  warn(ctx, 'message-cut', 'The message ends before its last MIME part was closed: it looks cut off, so what came after the cut could not be read; this report is based on what came before.', false);
}

/** The body of a part excludes the line break just before the delimiter line at `h`. */
function contentEndBefore(raw: string, partStart: number, h: number): number {
  if (h - 2 >= partStart && raw.charCodeAt(h - 2) === CR && raw.charCodeAt(h - 1) === LF) return h - 2;
  if (h - 1 >= partStart) {
    const c = raw.charCodeAt(h - 1);
    if (c === LF || c === CR) return h - 1;
  }
  return h;
}

function addChild(ctx: Context, parent: MimePart, start: number, end: number, defaultType: string): boolean {
  if (!canAddChild(ctx, parent)) return false;
  const child = makePart(ctx, start, Math.max(start, end), parent.depth + 1, defaultType, false);
  parent.children.push(child);
  expand(ctx, child);
  return true;
}

/**
 * Parses a message into a tree of parts. `binary` says the chars of `raw` are bytes (the
 * input was not valid UTF-8); `parseEmbedded` also builds the trees of embedded messages
 * (message/rfc822, message/global), whose header blocks are read in any case.
 */
export function parseMime(raw: string, options?: { binary?: boolean; parseEmbedded?: boolean }): ParsedMime {
  const ctx: Context = {
    raw: typeof raw === 'string' ? raw : '',
    binary: options?.binary === true,
    parseEmbedded: options?.parseEmbedded === true,
    warnings: [],
    parts: 0,
    truncated: false,
    eol: newEolCache(),
  };
  const text = ctx.raw;
  const start = skipBlankLines(text, 0, text.length);
  const root = makePart(ctx, start, text.length, 0, 'text/plain', true);
  expand(ctx, root);
  // 8-bit header bytes that are not UTF-8, in a block that names no charset (a multipart's
  // header): servers write them in the charset of the text they send, so that label (the
  // first text part's, when it names one) decodes them, rather than windows-1252.
  if (ctx.binary && root.headers.length && RE_HIGH_BYTE.test(text.slice(root.headers[0].start, root.headers[root.headers.length - 1].end))) {
    const own = root.contentType.params.charset;
    const hint = own && !RE_NO_HINT_CHARSET.test(own) ? undefined : headerCharsetHint(root);
    if (hint) root.headers = readHeaderBlock(text, start, text.length, true, newEolCache(), true, hint).fields;
  }
  return { root, warnings: ctx.warnings, truncated: ctx.truncated };
}

/** Parts looked at for a charset hint: the text comes first in a notice. */
const HINT_PARTS = 16;

/** The charset label of the message's first text part that names one other than ASCII or UTF-8, or undefined. */
function headerCharsetHint(root: MimePart): string | undefined {
  const parts = walkParts(root);
  for (let i = 0; i < parts.length && i < HINT_PARTS; i++) {
    const p = parts[i];
    if (p.depth > 0 && (p.contentType.type === 'message/rfc822' || p.contentType.type === 'message/global')) continue;
    const charset = p.contentType.params.charset;
    if (p.contentType.type.startsWith('text/') && charset && !RE_NO_HINT_CHARSET.test(charset)) return charset;
  }
  return undefined;
}

/** The charset of an RFC 2047 encoded word ("=?charset?B?" or "=?charset*lang?Q?"). */
const RE_WORD_CHARSET = /=\?([A-Za-z0-9_.:+-]{1,40})(?:\*[A-Za-z-]{1,20})?\?[BbQq]\?/;
/** Header fields whose encoded words name the charset the sender wrote in. */
const HINT_FIELDS = ['subject', 'from', 'to'];

/**
 * The charset a message names for its text elsewhere than in a part's own label, for a text
 * part with 8-bit bytes and no charset (RFC 2045 §5.2 would read it as US-ASCII, which it cannot
 * be): the label of its first text part that names one other than ASCII or UTF-8, else the
 * charset of an encoded word in its Subject, From or To (RFC 2047 §2: a Japanese server that
 * writes "=?ISO-2022-JP?B?…?=" or "=?Shift_JIS?B?…?=" there writes its text in Japanese too).
 */
export function messageCharsetHint(root: MimePart): string | undefined {
  const own = headerCharsetHint(root);
  if (own) return own;
  for (const name of HINT_FIELDS) {
    const value = getHeader(root.headers, name);
    const m = value && value.includes('=?') ? RE_WORD_CHARSET.exec(value) : null;
    if (m && !RE_NO_HINT_CHARSET.test(m[1])) return m[1];
  }
  return undefined;
}

/** Bytes in their charset; with no charset but a hint, 8-bit bytes that are not UTF-8 in the hint's charset when they fit it. */
function bytesText(bytes: Uint8Array, charset: string | undefined, hint: string | undefined): string {
  if (hint === undefined || !hasHighByte(bytes) || tryUtf8(bytes) !== null) return decodeCharset(bytes, charset);
  return decodeIfFits(bytes, hint) ?? decodeCharset(bytes, charset);
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** Depth-first, pre-order list of every part (root first). */
export function walkParts(root: MimePart): MimePart[] {
  const out: MimePart[] = [];
  const stack: MimePart[] = [root];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    for (let i = p.children.length - 1; i >= 0; i--) stack.push(p.children[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Decoding one part

/** Raw body chars read at most for one part: enough for maxPartText chars from base64 of 4-byte characters. */
const MAX_RAW_BODY = LIMITS.maxPartText * 6;

/**
 * Decoded text of a part: transfer decoding (base64, quoted-printable, uuencode, else as is), then
 * the charset (bytes from base64/QP, and the raw chars of a binary input); text/html
 * becomes plain text. At most LIMITS.maxPartText chars; `truncated` says when cut.
 */
export function decodeBody(raw: string, part: MimePart, options?: { binary?: boolean; charsetHint?: string }): { text: string; truncated: boolean } {
  if (typeof raw !== 'string' || !part) return { text: '', truncated: false };
  const binary = options?.binary === true;
  let truncated = false;
  const start = Math.max(0, Math.min(part.bodyStart, raw.length));
  let end = Math.max(start, Math.min(part.bodyEnd, raw.length));
  if (end - start > MAX_RAW_BODY) {
    end = start + MAX_RAW_BODY;
    truncated = true;
  }
  const body = raw.slice(start, end);
  const charset = part.contentType.params.charset;
  // 8-bit bytes that are not UTF-8 in a part with no charset: read in the charset the message
  // names elsewhere when they fit it (messageCharsetHint), else as any unlabelled text.
  const hint = charset ? undefined : options?.charsetHint;
  let text: string;
  try {
    if (part.encoding === 'base64') {
      text = bytesText(decodeBase64(body), charset, hint);
    } else if (part.encoding === 'quoted-printable') {
      const ascii = decodeQuotedPrintableAscii(body, !binary);
      text = ascii !== null ? decodeRawText(ascii, charset, binary) : bytesText(decodeQuotedPrintable(body, !binary), charset, hint);
    } else if (UUENCODE_LABELS.has(part.encoding)) {
      text = bytesText(decodeUuencode(body), charset, hint);
    } else if (hint !== undefined && binary && RE_HIGH_BYTE.test(body)) {
      text = bytesText(bytesFromBinaryString(body), charset, hint);
    } else {
      text = decodeRawText(body, charset, binary);
    }
    if (part.contentType.type === 'text/html') text = htmlToText(text);
    else if (part.contentType.params.format?.toLowerCase() === 'flowed' && part.contentType.type === 'text/plain') {
      text = unflow(toLf(text), part.contentType.params.delsp?.toLowerCase() === 'yes');
    }
  } catch {
    text = body; // decoders do not throw; this only guards against the unforeseen
  }
  if (text.length > LIMITS.maxPartText) {
    text = text.slice(0, LIMITS.maxPartText);
    truncated = true;
  }
  return { text, truncated };
}

// ---------------------------------------------------------------------------------------
// Sniffing

/** Header names that mark the start of a real message rather than a pasted fragment. */
const MESSAGE_FIELDS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'received', 'content-type', 'return-path', 'mime-version', 'message-id',
  'delivered-to', 'reply-to', 'sender', 'x-original-to', 'dkim-signature', 'authentication-results',
  'arc-seal', 'x-failed-recipients', 'auto-submitted', 'in-reply-to', 'references', 'x-mailer', 'envelope-to',
  'content-transfer-encoding', 'thread-topic', 'x-ms-exchange-organization-scl',
]);
/** Fields that on their own, first in the text, say "this is a stored message". */
const STRONG_FIRST = new Set(['received', 'return-path', 'mime-version', 'delivered-to', 'x-original-to', 'envelope-to', 'dkim-signature', 'arc-seal']);

/**
 * Cheap guess: does `raw` start with an RFC 5322 header block? True when the first line
 * (after blank lines and an mbox envelope line) is a `Name: value` field and either it
 * is a field only stored messages begin with (Received, Return-Path, ...) or the block
 * has at least two fields, one of them a usual message field (From, To, Subject, ...).
 */
export function looksLikeMessage(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0) return false;
  // A guess needs only the first fields: 4 KB holds several even behind long Received lines.
  const limit = Math.min(raw.length, 4096);
  const start = skipBlankLines(raw, 0, limit);
  let first = start;
  if (isEnvelopeLine(raw, first)) first = afterEol(raw, findEol(raw, first, limit), limit);
  const block = parseHeaderBlock(raw, start, limit);
  const fields = block.fields;
  if (fields.length === 0 || fields[0].start !== first) return false;
  return headersLookLikeMessage(fields);
}

/**
 * Do these parsed header fields open a message? The first is a field only stored
 * messages begin with (Received, Return-Path, ...), or there are at least two and one is
 * a usual message field (From, To, Subject, ...).
 */
export function headersLookLikeMessage(fields: HeaderField[]): boolean {
  if (fields.length === 0) return false;
  if (STRONG_FIRST.has(fields[0].name)) return true;
  if (fields.length < 2) return false;
  for (const f of fields) if (MESSAGE_FIELDS.has(f.name)) return true;
  return false;
}
