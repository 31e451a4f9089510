/**
 * Turns the input into the `document` the spans point into, plus an index of where its
 * parts are. Pasted plain text is its own document. A raw message (RFC 5322) becomes a
 * composed document of labelled sections: its header fields (encoded words decoded), the
 * human-readable text parts (HTML turned into text), the delivery-status / feedback /
 * disposition fields, and the returned message's header fields.
 */
import { hasMarkdownAddresses, plainMarkdownAddresses } from './text/markdown.ts';
import { hasEscapedAddresses, plainEscapedAddresses, plainOcrCodes } from './text/copied.ts';
import { LIMITS } from './limits.ts';
import type { Section, Warning } from './types.ts';
import type { RawRecipient } from './formats/types.ts';
import {
  decodeBody,
  getHeader,
  headersLookLikeMessage,
  parseHeaderBlock,
  parseContentType,
  parseMime,
  skipBlankLines,
  type HeaderField,
  type MimePart,
  messageCharsetHint,
} from './parse/mime.ts';
import { decodeEncodedWords } from './parse/encoded-words.ts';
import { toLf } from './text/lines.ts';
import { decodeBase64, decodeQuotedPrintable, tryUtf8, UUENCODE_LABELS } from './parse/transfer-decoding.ts';
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
  /** Addresses a forward or alias expanded from, by the address they became (explain.ts reads them once per scan). */
  expansions: Map<string, { value: string; start: number; end: number }> | null;
  /** The delivery report was read from a message attached to this one (a forward, a gateway's wrapper). */
  attachedReport: boolean;
}

const MB = 1024 * 1024;

/** The pasted text's codes held look-alike letters ("55O 5.l.1"), read as digits (text/copied.ts). */
export const OCR_CODES_READ: Warning = {
  code: 'ocr-codes-read',
  message: 'Some codes in this text were written with look-alike letters ("55O" for 550, "5.l.1" for 5.1.1), as text read off a screenshot gives them, and were read as digits. Other words or addresses may be misread too: check the address against the picture before you remove it.',
};

/**
 * Bytes → string: strict UTF-8 when valid, else one char per byte (a "binary string").
 * `ascii` says every byte was ASCII: valid UTF-8 decodes to one char per byte only then
 * (any other sequence takes more bytes than the chars it gives, and a BOM is dropped).
 */
function bytesToText(bytes: Uint8Array): { text: string; binary: boolean; ascii: boolean } {
  // A file saved as UTF-16 (Windows Notepad's "Unicode", some Outlook exports): its text.
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return { text: utf16, binary: false, ascii: false };
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

/** Bytes looked at to tell UTF-16 without a byte order mark. */
const UTF16_SNIFF = 512;

/**
 * The text of UTF-16 bytes: with a byte order mark (FF FE, FE FF), or without one when
 * nearly every other byte of the start is zero and the rest are not (ASCII text written
 * as UTF-16, which mail is). Null for anything else.
 */
function utf16Of(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  let label: 'utf-16le' | 'utf-16be' | null = null;
  let skip = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [label, skip] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [label, skip] = ['utf-16be', 2];
  else {
    const n = Math.min(bytes.length, UTF16_SNIFF) & ~1;
    const pairs = n / 2;
    // Either reading needs nine pairs in ten to hold a NUL on one side: once both sides have
    // more than a tenth without one, neither can (a text is known within its first tenth).
    const most = pairs * 0.1;
    let evenOther = 0;
    let oddOther = 0;
    for (let i = 0; i < n; i += 2) {
      if (bytes[i] !== 0) evenOther++;
      if (bytes[i + 1] !== 0) oddOther++;
      if (evenOther > most && oddOther > most) return null;
    }
    const evenZero = pairs - evenOther;
    const oddZero = pairs - oddOther;
    if (pairs >= 8 && oddZero >= pairs * 0.9 && evenZero <= pairs * 0.1) label = 'utf-16le';
    else if (pairs >= 8 && evenZero >= pairs * 0.9 && oddZero <= pairs * 0.1) label = 'utf-16be';
  }
  if (label === null) return null;
  try {
    return new TextDecoder(label).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

/** The start of an OLE compound file: an Outlook .msg (also Word's .doc and Excel's .xls). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The same eight bytes read one char per byte, and as UTF-8 that does not decode (a .msg opened as text and pasted). */
const OLE_AS_LATIN1 = String.fromCharCode(...OLE_SIGNATURE);
const OLE_AS_UTF8 = new TextDecoder().decode(Uint8Array.from(OLE_SIGNATURE));

/** Is this input an OLE compound file (an Outlook .msg dropped or pasted as it is)? */
function isOleFile(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return input.startsWith(OLE_AS_LATIN1) || input.startsWith(OLE_AS_UTF8);
  if (input.length < OLE_SIGNATURE.length) return false;
  for (let i = 0; i < OLE_SIGNATURE.length; i++) if (input[i] !== OLE_SIGNATURE[i]) return false;
  return true;
}

/** NUL chars in the start of a text that make it binary data: mail text holds none (UTF-16 was decoded already). */
const MAX_NULS = 8;

function nulCount(head: string): number {
  let n = 0;
  for (let i = head.indexOf('\0'); i !== -1 && n <= MAX_NULS; i = head.indexOf('\0', i + 1)) n++;
  return n;
}

/** Decode an unstructured header value's RFC 2047 encoded words (raw 8-bit bytes were decoded by the MIME reader). */
function headerText(value: string): string {
  return value.indexOf('=?') === -1 ? value : decodeEncodedWords(value);
}

class DocumentBuilder {
  text = '';
  sections: Section[] = [];

  section(label: string, body: string, decoded?: string): Range {
    if (this.text.length > 0) this.text += '\n\n';
    const start = this.text.length;
    this.text += body;
    const end = this.text.length;
    this.sections.push(decoded ? { label, start, end, decoded } : { label, start, end });
    return { start, end };
  }

  headerSection(label: string, raw: string, fields: HeaderField[], from = ''): DocHeader[] {
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
    let decodedWords = false;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const value = mayBeEncoded || f.decoded === true ? headerText(f.value) : f.value;
      if (value !== f.value || f.decoded === true) decodedWords = true;
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
    const decoded = [from, decodedWords ? 'encoded words' : ''].filter(Boolean).join(', ');
    this.sections.push(decoded ? { label, start, end: this.text.length, decoded } : { label, start, end: this.text.length });
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
const RE_CR_CR_LF = /\r\r\n/g;
const RE_ATTACHMENT = /^\s*attachment/i;
const RE_CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** Zero-width spaces, word joiners and soft hyphens between two characters of an address. */
const RE_INVISIBLE_BREAKS = /(?<=[A-Za-z0-9._@+-])[\u200b\u2060\u00ad]{1,8}(?=[A-Za-z0-9._@+-])/g;
/** Typographic apostrophes and quotes: ‘ ’ “ ”. */
const RE_TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201c\u201d]/g;
/** The same, to test for: none of them is a Latin-1 char, so a one-byte string fails at once. */
const RE_HAS_TYPOGRAPHIC_QUOTE = /[\u2018\u2019\u201c\u201d]/;

/**
 * Text that went through a word processor, a web page or a mail app's rendered view carries
 * typographic apostrophes and quotes where the server wrote plain ones ("wasn’t delivered",
 * “…”): read as the plain ones, one for one, so every offset stays (as for no-break spaces).
 * One test first: most texts hold none (a one-byte string cannot, and the regex knows it at
 * once; three searches with indexOf cost 7 times more on a two-byte one, as Japanese is).
 */
function plainQuotes(text: string): string {
  if (!RE_HAS_TYPOGRAPHIC_QUOTE.test(text)) return text;
  return text.replace(RE_TYPOGRAPHIC_QUOTES, (q) => (q === '\u2018' || q === '\u2019' ? "'" : '"'));
}

/** Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A), and a full-width full stop between two digits ("５．１．１"). */
const RE_FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|(?<=[0-9\uff10-\uff19])\uff0e(?=[\uff10-\uff19])/g;
/** The same, to test for: a full-width digit or letter (none is a Latin-1 char, so a one-byte string fails at once). */
const RE_HAS_FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * A reply retyped or copied through a Japanese or Chinese input method carries its code, and
 * its English words, in full-width characters ("５５０ ５．１．１ 宛先不明", "５５０ Ｕｓｅｒ
 * ｕｎｋｎｏｗｎ"): read as ASCII digits and letters, one for one, so every offset stays (as
 * for no-break spaces and typographic quotes). The full-width colon, brackets and commas stay
 * as they are (the languages' wordings name them), and so does "＠" (written so that a page
 * shows no address to harvest).
 */
function plainDigits(text: string): string {
  if (!RE_HAS_FULLWIDTH_ALNUM.test(text)) return text;
  return text.replace(RE_FULLWIDTH_ALNUM, (c) => (c === '\uff0e' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
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
  // Lines that end CR CR LF (a CRLF text converted to CRLF once more, as some Windows tools
  // and gateways do): one line end each, not a line and a blank one (which would end the
  // header block after its first field). Known by the first line's end, so a text that only
  // holds such a line somewhere is read as it is.
  const firstBreak = raw.search(RE_LINE_BREAK);
  if (firstBreak !== -1 && raw.charCodeAt(firstBreak) === 13 && raw.charCodeAt(firstBreak + 1) === 13 && raw.charCodeAt(firstBreak + 2) === 10) {
    raw = raw.replace(RE_CR_CR_LF, '\r\n');
  }
  // Text copied from a mail app's rendered view carries no-break spaces where the bounce had
  // spaces (indentation, runs of spaces): read as spaces, one for one, so every offset stays.
  // Three native searches for one char each cost far less than one character-class regex
  // over the whole input (and a text without a char above U+00FF skips the last two at once);
  // none is needed when the input's bytes were all ASCII.
  if (!ascii && (raw.indexOf('\u00a0') !== -1 || raw.indexOf('\u2007') !== -1 || raw.indexOf('\u202f') !== -1)) {
    raw = raw.replace(RE_NO_BREAK_SPACES, ' ');
  }
  if (!ascii) raw = plainQuotes(raw);
  if (!ascii) raw = plainDigits(raw);
  // Invisible break opportunities a page or a chat app puts inside long words (a zero-width
  // space U+200B, a word joiner U+2060, a soft hyphen U+00AD: "rosa.\u200bmartinez-\u00adlopez@…")
  // split an address copied out of it: taken out where they stand between the characters of
  // an address. (Pasted text only: in a message's raw bytes read one char a byte, 0xAD is part
  // of a UTF-8 letter.) The text shown is the text read, one char shorter for each.
  if (typeof input === 'string' && !ascii && (raw.indexOf('\u200b') !== -1 || raw.indexOf('\u2060') !== -1 || raw.indexOf('\u00ad') !== -1)) {
    raw = raw.replace(RE_INVISIBLE_BREAKS, '');
  }
  // A bounce pasted into a web page and copied back carries its addresses as Markdown mail
  // links or in bold: read as the bounce wrote them, at the same length (text/markdown.ts).
  if (hasMarkdownAddresses(raw)) raw = plainMarkdownAddresses(raw);
  // A bounce copied out of a page's source or feed keeps its HTML escapes ("&lt;a@example.org&gt;"),
  // and one read off a screenshot by OCR its codes' digits as look-alike letters ("55O 5.l.1"):
  // read back at the same length (text/copied.ts). (Pasted text only: a file's bytes are a
  // message as a server wrote it, read by OCR never.)
  if (typeof input === 'string') {
    if (hasEscapedAddresses(raw)) raw = plainEscapedAddresses(raw);
    const read = plainOcrCodes(raw);
    // Codes read back from look-alike letters say the text went through OCR: its other words
    // and its addresses may be garbled too, so no verdict on it is sure (explain.ts).
    if (read !== raw) warnings.push(OCR_CODES_READ);
    raw = read;
  }

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
    expansions: null,
    attachedReport: false,
  };
  const head = raw.slice(0, 2048);
  if (isOleFile(input)) {
    warnings.push({
      code: 'binary-input',
      message:
        "This is an Outlook .msg file (Outlook's own binary format), not the text of a message: it cannot be read here. Open it in Outlook and save it as an .eml file (or drag the message out of a newer Outlook), or copy the notice's text and paste it.",
    });
    return withHead({ ...base, document: '', sections: [], bodies: [] });
  }
  if ((!RE_LINE_BREAK.test(head) && RE_CONTROL.test(head)) || nulCount(head) > MAX_NULS) {
    warnings.push({ code: 'binary-input', message: 'The input looks like binary data (a program file, an image or an archive), not text: nothing to read. Paste the text of the bounce, or drop the message as an .eml file.' });
    return withHead({ ...base, document: '', sections: [], bodies: [] });
  }

  // Pasted text may start with blank lines before the headers (an mbox "From " line is
  // skipped by the MIME reader). Only text whose first line is a header field, or such an
  // envelope line, is read as a message; the parsed header block must then look like one.
  let offset = skipBlankLines(raw, 0, raw.length);
  // An Apple Mail .emlx file: the message's length in bytes on a line of its own, the
  // message, then Apple Mail's property list (flags, dates, the mailbox's URL): only the
  // message is read.
  const emlx = emlxMessage(raw, offset);
  if (emlx) {
    offset = emlx.start;
    warnings.push(EMLX_READ);
  }
  let body = emlx ? raw.slice(emlx.start, emlx.end) : offset ? raw.slice(offset) : raw;
  let parsed = RE_MESSAGE_START.test(raw.slice(offset, offset + 256)) ? parseMime(body, { binary }) : null;
  // The body of a raw message pasted without its header block (copied from "show original"
  // below the header): its first delimiter line names the boundary, and its parts come with
  // their own headers. Read as the multipart it was, with no header of its own.
  let headerless = false;
  if (!parsed || !headersLookLikeMessage(parsed.root.headers)) {
    const boundary = pastedBodyBoundary(raw, offset);
    if (boundary === null) return withHead(pastedDsn(base, offset) ?? base);
    body = `Content-Type: multipart/mixed; boundary="${boundary}"\n\n${raw.slice(offset)}`;
    parsed = parseMime(body, { binary });
    headerless = true;
  }
  warnings.push(...parsed.warnings);
  truncated ||= parsed.truncated;

  const doc = new DocumentBuilder();
  const result: Scan = { ...base, isMessage: true, bodies: [], sections: doc.sections };
  result.headers = headerless ? [] : doc.headerSection('Message headers', body, parsed.root.headers);
  result.subjectLower = (header(result.headers, 'subject')?.value ?? '').toLowerCase();
  result.fromLower = (header(result.headers, 'from')?.value ?? '').toLowerCase();

  // A notice that wraps the real delivery report as an attachment (a gateway forwarding the
  // MTA's DSN, a person forwarding a bounce): the first embedded message that is itself a
  // multipart/report, read after the outer parts when they hold no delivery status.
  let embeddedReport: MimePart | null = null;
  // Or one sent transfer-encoded (a message/rfc822 part in base64, a bounce forwarded as an
  // application/octet-stream ".eml" file): its decoded text, read as a message of its own.
  let encodedReport: { text: string; binary: boolean } | null = null;
  let src = body;
  // How the message being read came out of another one's part ('' for the input itself).
  let attached = '';
  // A winmail.dat (TNEF) part was seen: Outlook's own format, which is not read.
  let tnef = false;
  // The parts of a multipart/report: one typed as a file may hold the delivery-status fields.
  const reportKids = new Set<MimePart>();
  // The messages of a multipart/digest (RFC 2046 §5.1.5): messages in their own right, sent
  // together, not returned copies; the text of each (a notice not sent as a report) is read.
  const digestKids = new Set<MimePart>();
  // The charset the message names for its text, for an 8-bit text part with no label of its
  // own (mime.ts messageCharsetHint): only bytes that are not UTF-8 are read with it.
  const charsetHint = binary ? messageCharsetHint(parsed.root) : undefined;
  const hintFor = (part: MimePart): string | undefined => (charsetHint && binary && !part.contentType.params.charset && src === body ? charsetHint : undefined);
  const visit = (part: MimePart, inAlternative: boolean): void => {
    const type = part.contentType.type;
    result.contentTypes.push(type);
    if (type === 'multipart/report') result.reportType ??= (part.contentType.params['report-type'] ?? '').toLowerCase() || null;
    if (type.startsWith('multipart/') && part.children.length === 0) {
      // A multipart whose boundary lines are missing: read its body as text rather than
      // lose it (the MIME reader has warned about the boundary).
      const decoded = decodeBody(src, part, { binary, charsetHint: hintFor(part) });
      truncated ||= decoded.truncated;
      if (decoded.text.trim()) result.bodies.push(doc.section(result.bodies.length ? 'Message text (more)' : 'Message text', toLf(decoded.text), howDecoded(part, attached, hintFor(part))));
      return;
    }
    if (type.startsWith('multipart/')) {
      const kids = part.children;
      if (type === 'multipart/alternative') {
        let plain = kids.find((k) => k.contentType.type === 'text/plain');
        // A plain part that only stands in for the HTML ("This message is in HTML format"):
        // the HTML is what a mail client shows, and what is read.
        const html = plain && kids.find((k) => k.contentType.type === 'text/html');
        const stub = plain && html && isStubText(src, plain, binary);
        if (stub) plain = undefined;
        for (const k of kids) {
          if (plain && k.contentType.type === 'text/html') continue;
          if (k === stub) continue;
          visit(k, true);
        }
      } else {
        if (type === 'multipart/report') for (const k of kids) reportKids.add(k);
        if (type === 'multipart/digest') for (const k of kids) digestKids.add(k);
        for (const k of kids) visit(k, inAlternative);
      }
      return;
    }
    if (!encodedReport && ((ENCODED.has(part.encoding) && RETURNED_TYPES.has(type)) || isEmlFile(part))) {
      const message = decodeMessagePart(src, part, binary);
      if (message) {
        // Its header block alone says what it is (the whole is parsed once, below, if a report).
        const fields = parseHeaderBlock(message.text, 0, message.text.length, { binary: message.binary }).fields;
        if (holdsReport(parseContentType(getHeader(fields, 'content-type')).type, message.text, 0) && headersLookLikeMessage(fields)) encodedReport = message;
        else if (RETURNED_TYPES.has(type) && fields.length) {
          result.returnedHeaders = doc.headerSection('Returned message headers', message.text, fields, part.encoding);
        }
        return;
      }
    }
    // A message sent in fragments (message/partial, RFC 2046 §5.2.2; the message itself, not a
    // report's returned copy typed so, which stays a returned part): the first fragment's
    // body opens with the enclosed message's own header and is read as that message (below);
    // a later one's body goes on with the enclosed message's text, read as text. Either way
    // the report says that only this fragment was read.
    if (type === 'message/partial' && part.depth === 0) {
      const number = (part.contentType.params.number ?? '').trim();
      const total = (part.contentType.params.total ?? '').trim();
      warnings.push(partialWarning(number, total));
      if (number === '1' && !partialFirst) {
        partialFirst = part;
        return;
      }
      const decoded = decodeBody(src, part, { binary });
      truncated ||= decoded.truncated;
      if (decoded.text.trim()) result.bodies.push(doc.section(result.bodies.length ? 'Message text (more)' : 'Message text', toLf(decoded.text), howDecoded(part, attached)));
      return;
    }
    if (RETURNED_TYPES.has(type) && digestKids.has(part)) {
      const embedded = part.children[0];
      if (embedded && embedded.headers.length && embedded.contentType.type.startsWith('text/') && !ENCODED.has(part.encoding)) {
        doc.headerSection('Digest message headers', src, embedded.headers);
        const decoded = decodeBody(src, embedded, { binary });
        truncated ||= decoded.truncated;
        if (decoded.text.trim()) result.bodies.push(doc.section('Digest message text', toLf(decoded.text), howDecoded(embedded, attached)));
        return;
      }
    }
    if (RETURNED_TYPES.has(type)) {
      const embedded = part.children[0];
      // A report's part that a gateway wrapped as a message whose own header only says it is
      // the delivery status ("Content-Type: message/delivery-status", no From, no Subject):
      // the report's fields, not a returned message.
      if (embedded && reportKids.has(part) && DSN_TYPES.has(embedded.contentType.type) && !headersLookLikeMessage(embedded.headers)) {
        visit(embedded, inAlternative);
        return;
      }
      if (embedded && embedded.headers.length) {
        result.returnedHeaders = doc.headerSection('Returned message headers', src, embedded.headers);
        if (!embeddedReport && !encodedReport && holdsReport(embedded.contentType.type, src, embedded.bodyStart, embedded.bodyEnd)) embeddedReport = embedded;
      }
      return;
    }
    if (RETURNED_HEADER_TYPES.has(type)) {
      const decoded = decodeBody(src, part, { binary });
      const block = parseHeaderBlock(decoded.text, 0);
      result.returnedHeaders = doc.headerSection('Returned message headers', decoded.text, block.fields, howDecoded(part, attached));
      return;
    }
    if (isTnef(part)) tnef = true;
    const isAttachment = RE_ATTACHMENT.test(getHeader(part.headers, 'content-disposition') ?? '');
    // A report part typed as a file (application/octet-stream, "details.txt") that holds the
    // delivery-status fields, as some gateways send it: read as the delivery status it is.
    if (type === 'application/octet-stream' && reportKids.has(part)) {
      const decoded = decodeBody(src, part, { binary });
      if (RE_DSN_FIELDS_START.test(decoded.text.slice(0, 2048))) {
        truncated ||= decoded.truncated;
        const fields = decodeDsnText(dedentCommon(toLf(decoded.text)));
        result.dsn.push(doc.section('Delivery status', fields, [howDecoded(part, attached), 'read from a part typed application/octet-stream'].filter(Boolean).join(', ')));
        return;
      }
    }
    if (DSN_TYPES.has(type) || type === 'message/feedback-report' || type.includes('disposition-notification')) {
      const decoded = decodeBody(src, part, { binary });
      truncated ||= decoded.truncated;
      const text = toLf(decoded.text);
      const how = howDecoded(part, attached);
      if (DSN_TYPES.has(type)) {
        // Diagnostic-Code may carry ISO-2022-JP or encoded words: the document holds them decoded.
        // (Fields indented as a whole by a gateway are read without that indentation.)
        const plain = dedentCommon(text);
        const fields = decodeDsnText(plain);
        const steps = [how, plain === text ? '' : 'indentation taken out', fields === plain ? '' : 'encoded words'].filter(Boolean).join(', ');
        result.dsn.push(doc.section('Delivery status', fields, steps || undefined));
      }
      else if (type === 'message/feedback-report') result.feedback ??= doc.section('Feedback report', text, how);
      else result.disposition ??= doc.section('Disposition notification', text, how);
      return;
    }
    if (TEXT_TYPES.has(type) || (type.startsWith('text/') && !isAttachment)) {
      if (isAttachment && result.bodies.length > 0) return;
      const decoded = decodeBody(src, part, { binary, charsetHint: hintFor(part) });
      truncated ||= decoded.truncated;
      result.bodies.push(doc.section(result.bodies.length ? 'Message text (more)' : 'Message text', toLf(decoded.text), howDecoded(part, attached, hintFor(part))));
    }
  };
  // The first fragment of a message sent in parts (message/partial).
  let partialFirst: MimePart | null = null;
  visit(parsed.root, false);
  const first = partialFirst as MimePart | null;
  if (first && result.dsn.length === 0 && result.bodies.length === 0 && first.bodyEnd > first.bodyStart) {
    src = src.slice(skipBlankLines(src, first.bodyStart, first.bodyEnd), first.bodyEnd);
    const nested = parseMime(src, { binary });
    warnings.push(...nested.warnings);
    truncated ||= nested.truncated;
    doc.headerSection('Enclosed message headers (fragment 1)', src, nested.root.headers);
    visit(nested.root, false);
  }
  // The attached report, read when the outer parts hold no delivery status; and when that
  // attached message is itself a forward (a forward of a forward: a person passes on a
  // colleague's forward as an attachment), the report attached to it, a few levels deep.
  for (let level = 0; level < NESTED_REPORT_LEVELS && result.dsn.length === 0; level++) {
    const inner = embeddedReport as MimePart | null;
    const encoded = encodedReport as { text: string; binary: boolean } | null;
    if (!((inner && inner.bodyEnd > inner.headerStart) || encoded)) break;
    embeddedReport = null;
    encodedReport = null;
    const slice = inner !== null && inner.bodyEnd > inner.headerStart;
    if (slice) src = src.slice(inner.headerStart, inner.bodyEnd);
    else if (encoded) {
      ({ text: src, binary } = encoded);
      attached = 'from an encoded attachment';
    }
    const nested = parseMime(src, { binary });
    // (An attached report that stops without its closing line is a sloppy writer's, not a
    // cut: the end of its slice is no end of the input, and a cut input was said already.)
    warnings.push(...(slice ? nested.warnings.filter((w) => w.code !== 'message-cut') : nested.warnings));
    truncated ||= nested.truncated;
    doc.headerSection('Attached report headers', src, nested.root.headers, attached);
    visit(nested.root, false);
    result.attachedReport = result.dsn.length > 0;
  }
  result.reportType = reportTypeOfParts(result);
  if (tnef && result.dsn.length === 0) {
    warnings.push({
      code: 'tnef-attachment',
      message:
        "Part of this message is a winmail.dat attachment (TNEF, Outlook's own format), which cannot be read here: if the bounce's details are in it, open the message in Outlook and copy the notice's text, or ask for it as plain text.",
    });
  }
  // (A decoded part may hold typographic quotes too: "=E2=80=99" in quoted-printable.)
  result.document = plainQuotes(doc.text);
  result.truncated = truncated;
  withHead(result);
  if (truncated && !warnings.some((w) => w.code === 'input-truncated' || w.code.endsWith('-cap'))) {
    warnings.push({ code: 'part-truncated', message: 'Part of the message was cut to keep reading fast; the report is based on what was read.' });
  }
  return result;
}

/** The report types whose machine-readable part the scan keeps, each with that part's presence. */
const REPORT_PARTS: Readonly<Record<string, (scan: Scan) => boolean>> = {
  'delivery-status': (scan) => scan.dsn.length > 0,
  'global-delivery-status': (scan) => scan.dsn.length > 0,
  'disposition-notification': (scan) => scan.disposition !== null,
  'feedback-report': (scan) => scan.feedback !== null,
};

/**
 * The report type as the report's parts show it. A report-type that names one kind of report
 * over the part of another (a script's slip: report-type=disposition-notification around a
 * message/delivery-status with Action: failed) is read by the part the report holds: RFC 6522
 * §3 puts the report's meaning in its second part, whose own type says what it is. A type
 * whose part is there, or one the scan keeps no part of (tlsrpt, a misspelling), stays.
 */
function reportTypeOfParts(scan: Scan): string | null {
  const named = scan.reportType;
  if (named === null || !(named in REPORT_PARTS) || REPORT_PARTS[named](scan)) return named;
  const held = Object.keys(REPORT_PARTS).filter((k) => k !== 'global-delivery-status' && REPORT_PARTS[k](scan));
  return held.length === 1 ? held[0] : named;
}

/** What the report says of a message sent in fragments (message/partial). */
function partialWarning(number: string, total: string): Warning {
  const which = /^\d{1,4}$/.test(number) ? (/^\d{1,4}$/.test(total) ? `part ${number} of ${total}` : `part ${number}`) : 'one part';
  return {
    code: 'message-partial',
    message: `This message is ${which} of a message sent in fragments (message/partial, RFC 2046 §5.2.2): only this fragment was read, and what the other fragments hold (the rest of the notice, its delivery status) is not in it.`,
  };
}

/** The length line of an .emlx file: the message's size in bytes, padded with blanks. */
const RE_EMLX_LENGTH = /^(\d{1,10})[ \t]*(?:\r\n?|\n)/;
/** Apple Mail's property list after an .emlx message, from its XML declaration on. */
const RE_EMLX_PLIST = /(?:\r\n?|\n)<\?xml version="1\.0" encoding="UTF-8"\?>(?:\r\n?|\n)<!DOCTYPE plist /;
/** How much of the end of an .emlx file is looked at for the property list (a few hundred bytes, more with many flags). */
const EMLX_PLIST_TAIL = 16 * 1024;
const EMLX_READ: Warning = {
  code: 'emlx-file',
  message: "This is an Apple Mail .emlx file: the line with the message's length before it and Apple Mail's property list after it (flags, dates, the mailbox's address) are the app's own, not part of the message, and were not read.",
};

/**
 * The message inside an Apple Mail .emlx file (its length line first, a message header
 * after it, Apple's property list at the end), as [start, end) of the text; null when the
 * text is not one. The property list is found after the message: where the length says it
 * starts when that fits (the text holds one char per byte, or is ASCII up to there), else
 * by its XML declaration and DOCTYPE near the end of the file.
 */
function emlxMessage(raw: string, from: number): { start: number; end: number } | null {
  const m = RE_EMLX_LENGTH.exec(raw.slice(from, from + 16));
  if (!m) return null;
  const start = from + m[0].length;
  if (!RE_MESSAGE_START.test(raw.slice(start, start + 256))) return null;
  const tailFrom = Math.max(start, raw.length - EMLX_PLIST_TAIL);
  const tail = raw.slice(tailFrom);
  const plist = RE_EMLX_PLIST.exec(tail);
  if (!plist || tail.indexOf('</plist>', plist.index) === -1) return null;
  const byLength = start + Number(m[1]);
  const end = raw.startsWith('<?xml', byLength) || raw.startsWith('<?xml', byLength + 1) ? byLength : tailFrom + plist.index;
  return { start, end };
}

/** Charsets whose text stands as the bytes did (ASCII, and UTF-8 read as the input is). */
const AS_SENT_CHARSETS = new Set(['', 'us-ascii', 'ascii', 'utf-8', 'utf8']);

/** How a part's text was decoded from the bytes as sent (Section.decoded), or undefined. */
function howDecoded(part: MimePart, attached: string, hint?: string): string | undefined {
  const how: string[] = [];
  if (attached) how.push(attached);
  if (ENCODED.has(part.encoding) || UUENCODE_LABELS.has(part.encoding)) how.push(part.encoding);
  const charset = (part.contentType.params.charset ?? '').toLowerCase();
  if (!AS_SENT_CHARSETS.has(charset)) how.push(charset);
  // (Bytes that are not UTF-8 read in the charset the message names elsewhere, if they fit it.)
  else if (hint && !charset) how.push(`no charset named: 8-bit text read as ${hint.toLowerCase()}, the charset the message names elsewhere, where it fits`);
  if (part.contentType.type === 'text/html') how.push('HTML turned into text');
  else if ((part.contentType.params.format ?? '').toLowerCase() === 'flowed') how.push('format=flowed lines joined');
  return how.length ? how.join(', ') : undefined;
}

/** Transfer encodings that hide a message part's header block. */
const ENCODED = new Set(['base64', 'quoted-printable']);
const RE_EML_NAME = /\.eml"?\s*$/i;

/** Lines looked at for the first delimiter line of a pasted MIME body (a preamble may come first). */
const PREAMBLE_LINES = 6;
/** A part's own header field. */
const RE_PART_FIELD = /^content-(?:type|transfer-encoding|description|disposition|id)[ \t]*:/i;

/**
 * The boundary of a MIME body pasted without the message's header: within its first few
 * lines, a delimiter line ("--boundary") followed at once by a part's header field
 * (Content-Type, Content-Transfer-Encoding, ...), the boundary found again later on a line
 * of its own. Null otherwise.
 */
function pastedBodyBoundary(text: string, from: number): string | null {
  let p = from;
  for (let n = 0; n < PREAMBLE_LINES && p < text.length; n++) {
    // (LF, CRLF or CR alone: the line ends at the first of them, and no line is read past 200 characters.)
    let e = p;
    const stop = Math.min(text.length, p + 200);
    while (e < stop && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
    if (e === stop && stop < text.length) return null;
    const line = text.slice(p, e).trimEnd();
    const next = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
    if (line.startsWith('--') && line.length > 2 && line.length <= 72) {
      const boundary = line.slice(2);
      if (!/["\\]/.test(boundary) && !boundary.endsWith('--') && RE_PART_FIELD.test(text.slice(next, next + 64))) {
        return text.indexOf(`--${boundary}`, next) !== -1 ? boundary : null;
      }
    }
    p = next;
  }
  return null;
}

/** A DSN field that opens a delivery-status part (RFC 3464 §2.2, §2.3): the first line of a pasted one. */
const RE_PASTED_DSN_START = /^(?:reporting-mta|final-recipient|original-recipient|arrival-date|original-envelope-id|dsn-gateway|received-from-mta)[ \t]*:/i;
const RE_PASTED_DSN_RECIPIENT = /^[ \t]*final-recipient[ \t]*:/im;
const RE_PASTED_DSN_OUTCOME = /^[ \t]*(?:action|status)[ \t]*:/im;

/**
 * A delivery-status part pasted on its own (copied out of a mail program that shows the
 * report's fields as text, as Thunderbird does, or out of "show original"): text whose first
 * line is a DSN field and that holds a Final-Recipient and an Action or Status. Read as the
 * delivery status it is (RFC 3464), not as the server's reply quoted in its Diagnostic-Code.
 * null for anything else.
 */
function pastedDsn(base: Scan, offset: number): Scan | null {
  const text = base.document;
  if (!RE_PASTED_DSN_START.test(text.slice(offset, offset + 64))) return null;
  const head = text.slice(offset, offset + 8192);
  if (!RE_PASTED_DSN_RECIPIENT.test(head) || !RE_PASTED_DSN_OUTCOME.test(head)) return null;
  return { ...base, sections: [{ label: 'Delivery status (pasted)', start: 0, end: text.length }], dsn: [{ start: offset, end: text.length }], bodies: [] };
}

/** A field of a delivery-status part (RFC 3464 §2.2, §2.3, and the X- fields MTAs add), at a line start. */
const RE_DSN_FIELD_LINE = /^(?:reporting-mta|dsn-gateway|received-from-mta|arrival-date|original-envelope-id|original-recipient|final-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|final-log-id|will-retry-until|x-[a-z0-9-]+)[ \t]*:/i;
const RE_DSN_FINAL_LINE = /^final-recipient[ \t]*:/i;
/** A field that opens a delivery-status part's block (its per-message fields or a recipient's group), at a line start. */
const RE_DSN_OPENING_AT = /^(?:reporting-mta|dsn-gateway|received-from-mta|arrival-date|original-envelope-id|original-recipient|final-recipient)[ \t]*:/gim;
const RE_DSN_FINAL_AT = /^final-recipient[ \t]*:/gim;
/** An Action with its word (RFC 3464 §2.3.3) or a Status with its code (§2.3.4). */
const RE_DSN_OUTCOME_VALUE = /^(?:action[ \t]*:[ \t]*(?:failed|delayed|delivered|relayed|expanded)\b|status[ \t]*:[ \t]*[245]\.\d{1,3}\.\d{1,3}\b)/i;
/** A Final-Recipient's value: an address type and ";", then the address (RFC 3464 §2.3.2; the type left out by some MTAs). */
const RE_DSN_FINAL_VALUE = /^[ \t]*(?:[a-z0-9-]+[ \t]*;[ \t]*)?<?[^\s<>@;,"]+@/i;
/**
 * The same fields joined into the line of another (a view that dropped the line breaks:
 * "Reporting-MTA: dns; … Final-Recipient: rfc822; a@… Action: failed Status: 5.1.1 …"), as
 * RFC 3464 capitalises their names (parse/dsn.ts reads each where it stands).
 */
const RE_JOINED_FINAL = /\sFinal-Recipient:[ \t]*(?:[a-z0-9-]+[ \t]*;[ \t]*)?<?[^\s<>@;,"]+@/;
const RE_JOINED_OUTCOME = /\s(?:Action:[ \t]*(?:failed|delayed|delivered|relayed|expanded)\b|Status:[ \t]*[245]\.\d{1,3}\.\d{1,3}\b)/;
const RE_FINAL_RECIPIENT_WORD = /final-recipient/gi;
/** A mail app's line above a forwarded message (Gmail, Thunderbird, Apple Mail, Outlook). */
const RE_FORWARD_LINE = /^[ \t>]*(?:-{2,}[ \t]*Forwarded message[ \t]*-{2,}|Begin forwarded message:|-{2,}[ \t]*Original Message[ \t]*-{2,}|_{10,}[ \t]*$)/im;
const RE_LINE_END_AT = /[\r\n]/g;
/** Text that ends with a blank line (or a line break at its start). */
const RE_BLANK_LINE_BEFORE = /(?:^|\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)$/;
/** The last line above a block (and the blank lines after it) is a MIME part's header field or a boundary line. */
const RE_PART_HEAD_ABOVE = /(?:^|\n)(?:content-[a-z-]+[ \t]*:[^\n]*|--[^\s-][^\s]*)[ \t]*\r?\n(?:[ \t]*\r?\n)*$/i;
/** Characters of a paste looked through for a delivery-status block in its text. */
const FIELDS_BLOCK_SCAN = 64 * 1024;

/**
 * The delivery-status fields a mail program shows as text under a bounce's human part (as
 * Thunderbird shows a message/delivery-status part inline, or a copy of the report put under
 * the notice): a run of lines, opened after a blank line by a per-message field or a
 * Final-Recipient at the margin, made of DSN fields, their folded lines and the blank lines
 * between groups, with a Final-Recipient and an Action or Status in it. It ends at the first
 * line that is none of these (the returned message's headers, a signature). Null when there is
 * no such run, or when a Final-Recipient stands outside it (several reports in one paste: each
 * is read by the readers of its own text).
 */
function fieldsBlock(text: string, from: number): Range | null {
  const limit = Math.min(text.length, from + FIELDS_BLOCK_SCAN);
  // (Lines end LF, CRLF or CR: offsets are the paste's own.)
  const lineEnd = (i: number): number => {
    RE_LINE_END_AT.lastIndex = i;
    return RE_LINE_END_AT.exec(text)?.index ?? text.length;
  };
  const nextLine = (e: number): number => (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 2 : e + 1);
  const lineAt = (i: number): string => text.slice(i, lineEnd(i));
  // Each line that opens with a block's opening field (found by one search, not line by line).
  RE_DSN_OPENING_AT.lastIndex = from;
  for (let m = RE_DSN_OPENING_AT.exec(text); m && m.index < limit; m = RE_DSN_OPENING_AT.exec(text)) {
    const i = m.index;
    // After a blank line, or first.
    if (i > from && !RE_BLANK_LINE_BEFORE.test(text.slice(Math.max(from, i - 256), i))) continue;
    // Walk the block's lines.
    let j = i;
    let end = i;
    let final = false;
    let outcome = false;
    while (j < text.length) {
      const l = lineAt(j);
      const after = Math.min(nextLine(lineEnd(j)), text.length);
      if (RE_DSN_FIELD_LINE.test(l)) {
        // (Their values as a report writes them: an address, an action word, a status code;
        // a page that explains the fields, "Action: what happened: failed, …", is no report.)
        final ||= (RE_DSN_FINAL_LINE.test(l) && RE_DSN_FINAL_VALUE.test(l.slice(l.indexOf(':') + 1))) || RE_JOINED_FINAL.test(l);
        outcome ||= RE_DSN_OUTCOME_VALUE.test(l) || RE_JOINED_OUTCOME.test(l);
        end = after;
      } else if (/^[ \t]+\S/.test(l) && end === j) {
        end = after;
      } else if (!/^[ \t]*$/.test(l)) break;
      if (after === j) break;
      j = after;
    }
    if (!final || !outcome) {
      RE_DSN_OPENING_AT.lastIndex = Math.max(RE_DSN_OPENING_AT.lastIndex, end);
      continue;
    }
    // A Final-Recipient after it, at a line start: another report in the same paste.
    RE_DSN_FINAL_AT.lastIndex = end;
    return RE_DSN_FINAL_AT.test(text) ? null : { start: i, end };
  }
  return null;
}

/**
 * A paste whose human text holds the report's fields block (see `fieldsBlock`): read with
 * that block as its delivery-status part, at its offsets in the paste (so the evidence marks
 * the pasted fields), and the text around it as the human part the text readers read. Null
 * for a message (also a forward's text read as one), a scan with a delivery status or report
 * part already, or a paste with no such block. explain.ts asks for it only where the paste is no forward, quote or letter.
 */
export function withFieldsBlock(sc: Scan): Scan | null {
  // (Pasted text only: a message's text part that holds the fields, as Amazon WorkMail and some
  // Sendmail and Messaging Server notices write them, or a forward's text read as a message,
  // stays read by the readers of its text, as the corpus and the share excerpt expect.)
  if (sc.isMessage || sc.dsn.length > 0 || sc.bodies.length !== 1 || sc.reportType || sc.feedback || sc.disposition) return null;
  const body = sc.bodies[0];
  const doc = sc.document;
  // (One search first: most texts name no Final-Recipient, and need no walk over their lines.)
  RE_FINAL_RECIPIENT_WORD.lastIndex = body.start;
  const named = RE_FINAL_RECIPIENT_WORD.exec(doc);
  if (!named || named.index >= body.end) return null;
  const block = fieldsBlock(doc.slice(0, body.end), skipBlankLines(doc, body.start, body.end));
  // (Under a MIME part's header or a boundary line, the fields are a part of a multipart whose
  // own header was lost, "This is a MIME-encapsulated message" with no Content-Type: read by
  // the readers of its text as before, not as a mail program's view of a report.)
  if (!block || RE_PART_HEAD_ABOVE.test(doc.slice(Math.max(body.start, block.start - 300), block.start))) return null;
  // (Nor under a mail app's forward line: a forward read as the message it holds keeps its
  // reading, however its lines came, spaced or not.)
  if (RE_FORWARD_LINE.test(doc.slice(body.start, block.start))) return null;
  const sections: Section[] = [];
  for (const s of sc.sections) {
    if (s.start > block.start || s.end < block.end) sections.push(s);
    else {
      if (s.start < block.start) sections.push({ ...s, end: block.start });
      sections.push({ label: 'Delivery status (pasted)', start: block.start, end: block.end });
      if (/\S/.test(doc.slice(block.end, s.end))) sections.push({ ...s, start: block.end });
    }
  }
  const bodies: Range[] = [{ start: body.start, end: block.start }];
  if (/\S/.test(doc.slice(block.end, body.end))) bodies.push({ start: block.end, end: body.end });
  return withHead({ ...sc, sections, bodies, dsn: [block], textBlocks: null, expansions: null });
}

/** A delivery-status field at a line start (blanks before it allowed). */
const RE_DSN_FIELDS_START = /^[ \t]*(?:reporting-mta|final-recipient|original-recipient)[ \t]*:/im;

/**
 * `text` without the indentation all its non-blank lines share (a gateway that indents a
 * part as a whole); the lines keep what they have beyond it (folded fields stay folded).
 * The text itself when they share none.
 */
function dedentCommon(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 32 && c !== 9 && !/^[ \t]*\n/.test(text)) return text;
  let common = Infinity;
  let start = 0;
  while (start <= text.length && common > 0) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < end) common = Math.min(common, i - start);
    start = end + 1;
  }
  if (!(common > 0 && common < Infinity)) return text;
  const strip = common;
  return text
    .split('\n')
    .map((line) => (line.length >= strip && /^[ \t]*$/.test(line.slice(0, strip)) ? line.slice(strip) : line.trimStart()))
    .join('\n');
}

/** Attached messages read one inside another for a report (a forward of a forward of a bounce). */
const NESTED_REPORT_LEVELS = 3;
/** Characters of an attached message looked at for a report nested in it. */
const NESTED_REPORT_SCAN = 256 * 1024;
/** A part's header naming a delivery report, at a line start. */
const RE_REPORT_PART = /^content-type:[ \t]*(?:multipart\/report|message\/(?:global-)?delivery-status)/im;

/**
 * Is the attached message of this type (its body text[from, to)) a delivery report: a
 * multipart/report itself, or a multipart (a gateway's or a client's multipart/mixed with a
 * banner or a note beside it) that holds a part typed as one.
 */
function holdsReport(type: string, text: string, from: number, to = text.length): boolean {
  if (type === 'multipart/report') return true;
  if (!type.startsWith('multipart/')) return false;
  return RE_REPORT_PART.test(text.slice(from, Math.min(to, from + NESTED_REPORT_SCAN)));
}

/** A winmail.dat part: Microsoft's TNEF, by its type or its file name. */
function isTnef(part: MimePart): boolean {
  const type = part.contentType.type;
  if (type === 'application/ms-tnef' || type === 'application/vnd.ms-tnef') return true;
  if (type.startsWith('text/') || type.startsWith('multipart/') || type.startsWith('message/')) return false;
  const name = part.contentType.params.name ?? getHeader(part.headers, 'content-disposition') ?? '';
  return /winmail\.dat/i.test(name);
}

/** An attachment that is a saved message by its name ("….eml"), whatever type it was given. */
function isEmlFile(part: MimePart): boolean {
  const type = part.contentType.type;
  if (type !== 'application/octet-stream' && type !== 'application/x-email' && type !== 'application/eml') return false;
  const name = part.contentType.params.name ?? '';
  if (RE_EML_NAME.test(name)) return true;
  const disposition = getHeader(part.headers, 'content-disposition') ?? '';
  if (RE_EML_NAME.test(disposition)) return true;
  // A name written as an RFC 2047 encoded word ("=?UTF-8?B?…?="): not allowed in a parameter
  // (RFC 2047 §5: RFC 2231 is the way), but Outlook, Gmail and Thunderbird write it so.
  return name.includes('=?') && RE_EML_NAME.test(decodeEncodedWords(name));
}

/**
 * The text of a message sent inside a transfer-encoded part: its bytes as the input's are
 * read (strict UTF-8, else one char per byte), or null when they do not start as a message.
 */
function decodeMessagePart(src: string, part: MimePart, binary: boolean): { text: string; binary: boolean } | null {
  let bytes: Uint8Array;
  const body = src.slice(part.bodyStart, Math.min(part.bodyEnd, part.bodyStart + LIMITS.maxInputLength));
  if (part.encoding === 'base64') bytes = decodeBase64(body);
  else if (part.encoding === 'quoted-printable') bytes = decodeQuotedPrintable(body, !binary);
  else if (!binary && /^[\x00-\x7f]*$/.test(body.slice(0, 256))) return RE_MESSAGE_START.test(body) ? { text: body, binary } : null;
  else return null;
  const decoded = bytesToText(bytes);
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  return RE_MESSAGE_START.test(text.slice(0, 256)) ? { text, binary: decoded.binary } : null;
}

/** The most bytes a stand-in plain part takes (its longest wordings are about 100 characters). */
const STUB_BYTES = 400;

/**
 * A text/plain alternative that stands in for the HTML: short, and naming no address (a
 * bounce's own text always names one). Returns the part when it is one, else null.
 */
function isStubText(src: string, part: MimePart, binary: boolean): MimePart | null {
  if (part.bodyEnd - part.bodyStart > STUB_BYTES) return null;
  const text = decodeBody(src, part, { binary }).text;
  return text.indexOf('@') === -1 && text.trim().length < 200 ? part : null;
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
