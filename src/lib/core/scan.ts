/**
 * Turns the input into the `document` the spans point into, plus an index of where its
 * parts are. Pasted plain text is its own document. A raw message (RFC 5322) becomes a
 * composed document of labelled sections: its header fields (encoded words decoded), the
 * human-readable text parts (HTML turned into text), the delivery-status / feedback /
 * disposition fields, and the returned message's header fields.
 */
import { hasMarkdownAddresses, plainMarkdownAddresses } from './text/markdown.ts';
import { LIMITS } from './limits.ts';
import type { Section, Warning } from './types.ts';
import type { RawRecipient } from './formats/types.ts';
import {
  decodeBody,
  getHeader,
  headersLookLikeMessage,
  parseHeaderBlock,
  parseMime,
  skipBlankLines,
  type HeaderField,
  type MimePart,
} from './parse/mime.ts';
import { decodeEncodedWords } from './parse/encoded-words.ts';
import { toLf } from './text/lines.ts';
import { tryUtf8 } from './parse/transfer-decoding.ts';
import { decodeDsnText } from './parse/dsn.ts';

export interface Range {
  start: number;
  end: number;
}

/** A header field as it stands in the document. */
export interface DocHeader {
  /** Lower-cased name. */
  name: string;
  /** Decoded, unfolded value. */
  value: string;
  /** Offsets of the value in the document. */
  start: number;
  end: number;
}

export interface Scan {
  document: string;
  sections: Section[];
  /** The input was a raw message with a header block. */
  isMessage: boolean;
  headers: DocHeader[];
  /** Subject and From, lower-cased ('' when absent), for the formats' cheap detection. */
  subjectLower: string;
  fromLower: string;
  /**
   * The first 1,500 characters or so of the human-readable text, lower-cased: what the
   * formats' detection reads (see `bodyHead`). Set once the bodies are known.
   */
  headLower: string;
  /** Ranges of human-readable text (for pasted text, the whole document). */
  bodies: Range[];
  /** Ranges of machine-readable delivery-status parts. */
  dsn: Range[];
  /** Range of an ARF feedback-report part. */
  feedback: Range | null;
  /** Range of an MDN disposition-notification part. */
  disposition: Range | null;
  /** The returned original's header fields, when it came back. */
  returnedHeaders: DocHeader[];
  /** `report-type` of a multipart/report anywhere in the tree. */
  reportType: string | null;
  /** Every content type seen (lower-cased). */
  contentTypes: string[];
  warnings: Warning[];
  truncated: boolean;
  /** The recipient blocks of the human-readable text, once read (read/text-blocks.ts reads them once per scan). */
  textBlocks: RawRecipient[] | null;
}

const MB = 1024 * 1024;

/**
 * Bytes → string: strict UTF-8 when valid, else one char per byte (a "binary string").
 * `ascii` says every byte was ASCII: valid UTF-8 decodes to one char per byte only then
 * (any other sequence takes more bytes than the chars it gives, and a BOM is dropped).
 */
function bytesToText(bytes: Uint8Array): { text: string; binary: boolean; ascii: boolean } {
  // One cached decoder (tryUtf8) rather than a new TextDecoder per message.
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, binary: false, ascii: utf8.length === bytes.length };
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // apply() takes the typed array as it is: copying it to an Array first cost 6x more.
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return { text, binary: true, ascii: false };
}

/** Decode an unstructured header value's RFC 2047 encoded words (raw 8-bit bytes were decoded by the MIME reader). */
function headerText(value: string): string {
  return value.indexOf('=?') === -1 ? value : decodeEncodedWords(value);
}

class DocumentBuilder {
  text = '';
  sections: Section[] = [];

  section(label: string, body: string): Range {
    if (this.text.length > 0) this.text += '\n\n';
    const start = this.text.length;
    this.text += body;
    const end = this.text.length;
    this.sections.push({ label, start, end });
    return { start, end };
  }

  headerSection(label: string, raw: string, fields: HeaderField[]): DocHeader[] {
    const out: DocHeader[] = [];
    if (fields.length === 0) return out;
    if (this.text.length > 0) this.text += '\n\n';
    const start = this.text.length;
    // Fields that stand in `raw` just as the document shows them (`verbatim`: "Name: value"
    // on one line; and no encoded word to decode), one line break apart, are copied as one stretch of `raw`
    // (pieceStart..pieceEnd, not yet appended) rather than field by field.
    let pieceStart = -1;
    let pieceEnd = -1;
    // A value is the field's stretch of raw[first field's start, last field's end) with its
    // folds joined by a space (unless decoded from bytes): when that stretch holds no "=?"
    // (searched in the block alone, not on to the end of `raw`), no such value holds an
    // encoded word.
    const mayBeEncoded = raw.slice(fields[0].start, fields[fields.length - 1].end).indexOf('=?') !== -1;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const value = mayBeEncoded || f.decoded === true ? headerText(f.value) : f.value;
      const n = f.name.length;
      const at = f.start + n;
      if (f.verbatim === true && value === f.value) {
        if (pieceStart >= 0 && f.start === pieceEnd + 1 && raw.charCodeAt(pieceEnd) === 10) {
          pieceEnd = f.end;
        } else {
          if (pieceStart >= 0) this.text += raw.slice(pieceStart, pieceEnd);
          if (i > 0) this.text += '\n';
          pieceStart = f.start;
          pieceEnd = f.end;
        }
        const end = this.text.length + (pieceEnd - pieceStart);
        out.push({ name: f.name, value, start: end - value.length, end });
        continue;
      }
      if (pieceStart >= 0) {
        this.text += raw.slice(pieceStart, pieceEnd);
        pieceStart = -1;
      }
      if (i > 0) this.text += '\n';
      const name = raw.slice(f.start, at) || f.name;
      this.text += name + ': ';
      const vs = this.text.length;
      this.text += value;
      out.push({ name: f.name, value, start: vs, end: this.text.length });
    }
    if (pieceStart >= 0) this.text += raw.slice(pieceStart, pieceEnd);
    this.sections.push({ label, start, end: this.text.length });
    return out;
  }
}

/** The start of a message: an mbox envelope line or a header field name and colon. */
const RE_MESSAGE_START = /^(?:From [^\r\n]*(?:\r?\n|\r)|[!-9;-~]+[ \t]*:)/;

const TEXT_TYPES = new Set(['text/plain', 'text/html', 'text/enriched', 'text/x-aol']);
const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_TYPES = new Set(['message/rfc822', 'message/global', 'message/partial']);
const RETURNED_HEADER_TYPES = new Set(['text/rfc822-headers', 'message/global-headers', 'text/rfc822-header']);

const RE_NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;
const RE_LINE_BREAK = /[\r\n]/;
const RE_ATTACHMENT = /^\s*attachment/i;
const RE_CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** Typographic apostrophes and quotes: ‘ ’ “ ”. */
const RE_TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/g;

/**
 * Text that went through a word processor, a web page or a mail app's rendered view carries
 * typographic apostrophes and quotes where the server wrote plain ones ("wasn’t delivered",
 * “…”): read as the plain ones, one for one, so every offset stays (as for no-break spaces).
 * Two native searches first: most texts hold neither a ’ nor a ”.
 */
function plainQuotes(text: string): string {
  if (text.indexOf('\u2019') === -1 && text.indexOf('\u201d') === -1 && text.indexOf('\u2018') === -1) return text;
  return text.replace(RE_TYPOGRAPHIC_QUOTES, (q) => (q === '\u2018' || q === '\u2019' ? "'" : '"'));
}

/** Build the document for the input. Never throws. */
export function scan(input: string | Uint8Array): Scan {
  const warnings: Warning[] = [];
  let truncated = false;
  let raw: string;
  let binary = false;
  let ascii = false;
  const length = typeof input === 'string' ? input.length : input.byteLength;
  if (length > LIMITS.maxInputLength) {
    truncated = true;
    warnings.push({
      code: 'input-truncated',
      message: `Input cut at ${LIMITS.maxInputLength / MB} MB (it was ${(length / MB).toFixed(1)} MB): the rest was not read. Bounce details sit at the start; what was cut is usually the returned attachment.`,
    });
    input = input.slice(0, LIMITS.maxInputLength);
  }
  if (typeof input === 'string') raw = input;
  else ({ text: raw, binary, ascii } = bytesToText(input));
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  // Text copied from a mail app's rendered view carries no-break spaces where the bounce had
  // spaces (indentation, runs of spaces): read as spaces, one for one, so every offset stays.
  // Three native searches for one char each cost far less than one character-class regex
  // over the whole input (and a text without a char above U+00FF skips the last two at once);
  // none is needed when the input's bytes were all ASCII.
  if (!ascii && (raw.indexOf('\u00a0') !== -1 || raw.indexOf('\u2007') !== -1 || raw.indexOf('\u202f') !== -1)) {
    raw = raw.replace(RE_NO_BREAK_SPACES, ' ');
  }
  if (!ascii) raw = plainQuotes(raw);
  // A bounce pasted into a web page and copied back carries its addresses as Markdown mail
  // links or in bold: read as the bounce wrote them, at the same length (text/markdown.ts).
  if (hasMarkdownAddresses(raw)) raw = plainMarkdownAddresses(raw);

  const base: Scan = {
    document: raw,
    sections: [{ label: 'Pasted text', start: 0, end: raw.length }],
    isMessage: false,
    headers: [],
    subjectLower: '',
    fromLower: '',
    headLower: '',
    bodies: [{ start: 0, end: raw.length }],
    dsn: [],
    feedback: null,
    disposition: null,
    returnedHeaders: [],
    reportType: null,
    contentTypes: [],
    warnings,
    truncated,
    textBlocks: null,
  };
  const head = raw.slice(0, 2048);
  if (!RE_LINE_BREAK.test(head) && RE_CONTROL.test(head)) {
    warnings.push({ code: 'binary-input', message: 'The input looks like binary data, not text: nothing to read.' });
    return withHead(base);
  }

  // Pasted text may start with blank lines before the headers (an mbox "From " line is
  // skipped by the MIME reader). Only text whose first line is a header field, or such an
  // envelope line, is read as a message; the parsed header block must then look like one.
  const offset = skipBlankLines(raw, 0, raw.length);
  if (!RE_MESSAGE_START.test(raw.slice(offset, offset + 256))) return withHead(base);
  const body = offset ? raw.slice(offset) : raw;
  const parsed = parseMime(body, { binary });
  if (!headersLookLikeMessage(parsed.root.headers)) return withHead(base);
  warnings.push(...parsed.warnings);
  truncated ||= parsed.truncated;

  const doc = new DocumentBuilder();
  const result: Scan = { ...base, isMessage: true, bodies: [], sections: doc.sections };
  result.headers = doc.headerSection('Message headers', body, parsed.root.headers);
  result.subjectLower = (header(result.headers, 'subject')?.value ?? '').toLowerCase();
  result.fromLower = (header(result.headers, 'from')?.value ?? '').toLowerCase();

  // A notice that wraps the real delivery report as an attachment (a gateway forwarding the
  // MTA's DSN, a person forwarding a bounce): the first embedded message that is itself a
  // multipart/report, read after the outer parts when they hold no delivery status.
  let embeddedReport: MimePart | null = null;
  let src = body;
  const visit = (part: MimePart, inAlternative: boolean): void => {
    const type = part.contentType.type;
    result.contentTypes.push(type);
    if (type === 'multipart/report') result.reportType ??= (part.contentType.params['report-type'] ?? '').toLowerCase() || null;
    if (type.startsWith('multipart/') && part.children.length === 0) {
      // A multipart whose boundary lines are missing: read its body as text rather than
      // lose it (the MIME reader has warned about the boundary).
      const decoded = decodeBody(src, part, { binary });
      truncated ||= decoded.truncated;
      if (decoded.text.trim()) result.bodies.push(doc.section(result.bodies.length ? 'Message text (more)' : 'Message text', toLf(decoded.text)));
      return;
    }
    if (type.startsWith('multipart/')) {
      const kids = part.children;
      if (type === 'multipart/alternative') {
        const plain = kids.find((k) => k.contentType.type === 'text/plain');
        for (const k of kids) {
          if (plain && k.contentType.type === 'text/html') continue;
          visit(k, true);
        }
      } else for (const k of kids) visit(k, inAlternative);
      return;
    }
    if (RETURNED_TYPES.has(type)) {
      const embedded = part.children[0];
      if (embedded && embedded.headers.length) {
        result.returnedHeaders = doc.headerSection('Returned message headers', src, embedded.headers);
        if (!embeddedReport && src === body && embedded.contentType.type === 'multipart/report') embeddedReport = embedded;
      }
      return;
    }
    if (RETURNED_HEADER_TYPES.has(type)) {
      const decoded = decodeBody(src, part, { binary });
      const block = parseHeaderBlock(decoded.text, 0);
      result.returnedHeaders = doc.headerSection('Returned message headers', decoded.text, block.fields);
      return;
    }
    const isAttachment = RE_ATTACHMENT.test(getHeader(part.headers, 'content-disposition') ?? '');
    if (DSN_TYPES.has(type) || type === 'message/feedback-report' || type.includes('disposition-notification')) {
      const decoded = decodeBody(src, part, { binary });
      truncated ||= decoded.truncated;
      const text = toLf(decoded.text);
      // Diagnostic-Code may carry ISO-2022-JP or encoded words: the document holds them decoded.
      if (DSN_TYPES.has(type)) result.dsn.push(doc.section('Delivery status', decodeDsnText(text)));
      else if (type === 'message/feedback-report') result.feedback ??= doc.section('Feedback report', text);
      else result.disposition ??= doc.section('Disposition notification', text);
      return;
    }
    if (TEXT_TYPES.has(type) || (type.startsWith('text/') && !isAttachment)) {
      if (isAttachment && result.bodies.length > 0) return;
      const decoded = decodeBody(src, part, { binary });
      truncated ||= decoded.truncated;
      result.bodies.push(doc.section(result.bodies.length ? 'Message text (more)' : 'Message text', toLf(decoded.text)));
    }
  };
  visit(parsed.root, false);
  const inner = embeddedReport as MimePart | null;
  if (inner && result.dsn.length === 0 && inner.bodyEnd > inner.headerStart) {
    src = body.slice(inner.headerStart, inner.bodyEnd);
    const nested = parseMime(src, { binary });
    warnings.push(...nested.warnings);
    truncated ||= nested.truncated;
    doc.headerSection('Attached report headers', src, nested.root.headers);
    visit(nested.root, false);
  }
  // (A decoded part may hold typographic quotes too: "=E2=80=99" in quoted-printable.)
  result.document = ascii ? doc.text : plainQuotes(doc.text);
  result.truncated = truncated;
  withHead(result);
  if (truncated && !warnings.some((w) => w.code === 'input-truncated' || w.code.endsWith('-cap'))) {
    warnings.push({ code: 'part-truncated', message: 'Part of the message was cut to keep reading fast; the report is based on what was read.' });
  }
  return result;
}

/** HEAD_LENGTH characters of each body in turn, lower-cased, each followed by a line break, until more than HEAD_LENGTH are taken. */
const HEAD_LENGTH = 1500;

function withHead(sc: Scan): Scan {
  let head = '';
  for (const r of sc.bodies) {
    // Lower-cased together with its line break ("\n" lower-cases to itself, and a final Σ
    // stays final before it): V8 lower-cases that joined, flat string several times faster
    // than a slice of the document.
    head += (sc.document.slice(r.start, Math.min(r.end, r.start + HEAD_LENGTH)) + '\n').toLowerCase();
    if (head.length > HEAD_LENGTH) break;
  }
  sc.headLower = head;
  return sc;
}

/** First header with this (lower-case) name. */
export function header(headers: DocHeader[], name: string): DocHeader | undefined {
  for (const h of headers) if (h.name === name) return h;
  return undefined;
}
