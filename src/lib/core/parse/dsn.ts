/**
 * The `message/delivery-status` field reader (RFC 3464 §2, RFC 6533 for the UTF-8
 * variant). The body is one per-message block, then one block per recipient, each a
 * run of `Name: value` fields with folding. We read any range of the document this way,
 * so the same reader serves a proper DSN part and DSN fields pasted as plain text.
 */
import { budget, LINE_UNITS } from '../budget.ts';
import { decodeEncodedWords } from './encoded-words.ts';
import { asciiBytes, decodeCharset } from './transfer-decoding.ts';

export interface DsnField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value with comments kept. */
  value: string;
  /** Offsets of the name's first character and of the value in the document. */
  start: number;
  valueStart: number;
  valueEnd: number;
}

export interface DsnBlock {
  fields: DsnField[];
  start: number;
  end: number;
}

export interface DsnRecipientFields {
  finalRecipient?: DsnField;
  originalRecipient?: DsnField;
  action?: DsnField;
  status?: DsnField;
  remoteMta?: DsnField;
  diagnosticCode?: DsnField;
  lastAttemptDate?: DsnField;
  willRetryUntil?: DsnField;
  /** Fields some MTAs add: X-Actual-Recipient, X-Display-Name, ... */
  extra: DsnField[];
  block: DsnBlock;
}

export interface DsnReport {
  perMessage: DsnBlock | null;
  reportingMta?: DsnField;
  arrivalDate?: DsnField;
  receivedFromMta?: DsnField;
  recipients: DsnRecipientFields[];
}

/**
 * Where the value starts when document[start, end) opens with a field's name and colon
 * (`^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:[ \t]*`, read by hand where a line starts: one
 * regular-expression call per line cost more than the rest of the line's reading), or -1.
 * The name ends at `fieldNameEnd`.
 */
let fieldNameEnd = 0;

function fieldValueAt(document: string, start: number, end: number): number {
  const c0 = document.charCodeAt(start);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122))) return -1;
  let i = start + 1;
  while (i < end) {
    const c = document.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) break;
    i++;
  }
  if (i - start < 2 || i - start > 41) return -1;
  fieldNameEnd = i;
  while (i < end && (document.charCodeAt(i) === 32 || document.charCodeAt(i) === 9)) i++;
  if (i >= end || document.charCodeAt(i) !== 58 /* : */) return -1;
  i++;
  while (i < end && (document.charCodeAt(i) === 32 || document.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * The names below are told apart by comparison rather than by a Set or Map: a name read
 * from the text is a new string, whose hash a lookup would have to compute first, where a
 * comparison with a name of another length ends at once.
 */

/** A field of the per-message block (RFC 3464 §2.2)? */
function isPerMessageField(name: string): boolean {
  return (
    name === 'reporting-mta' ||
    name === 'dsn-gateway' ||
    name === 'received-from-mta' ||
    name === 'arrival-date' ||
    name === 'original-envelope-id' ||
    name === 'x-postfix-queue-id' ||
    name === 'x-postfix-sender'
  );
}

/** A field that opens a per-recipient block (RFC 3464 §2.3)? */
function isRecipientField(name: string): boolean {
  return name === 'final-recipient' || name === 'original-recipient';
}

/** Fields that appear once per recipient: seeing one again means the next recipient (each with its bit). */
function repeatBit(name: string): number {
  return name === 'final-recipient' ? 1 : name === 'action' ? 2 : name === 'status' ? 4 : 0;
}

/** True when document[start, end) holds only spaces and tabs. */
function isBlankLine(document: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = document.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Read the blocks of header-like fields in document[start, end). */
export function readFieldBlocks(document: string, start: number, end: number): DsnBlock[] {
  const blocks: DsnBlock[] = [];
  let current: DsnBlock | null = null;
  let last: DsnField | null = null;
  // What the current block holds so far: which of the fields that start a new block when
  // repeated (bits of repeatBit), and whether every field is a per-message one.
  let repeats = 0;
  let perMessageOnly = true;
  // The lines walked here as eachLine (text/lines.ts) walks them, each charged to the work
  // budget the same way, without an object made per line.
  const work = budget();
  let lf = document.indexOf('\n', start);
  let cr = document.indexOf('\r', start);
  let pos = start;
  while (pos < end) {
    if (lf !== -1 && lf < pos) lf = document.indexOf('\n', pos);
    if (cr !== -1 && cr < pos) cr = document.indexOf('\r', pos);
    const crHit = cr !== -1 && cr < end;
    const lfHit = lf !== -1 && lf < end;
    let lineEnd: number;
    let next: number;
    if (crHit && (!lfHit || cr < lf)) {
      lineEnd = cr;
      next = document.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else if (lfHit) {
      lineEnd = lf;
      next = lf + 1;
    } else {
      lineEnd = end;
      next = end;
    }
    if (next > end) next = end;
    work.spend(next - pos + LINE_UNITS, pos);
    const lineStart = pos;
    pos = next;
    if (isBlankLine(document, lineStart, lineEnd)) {
      if (current) blocks.push(current);
      current = null;
      last = null;
      continue;
    }
    const c = document.charCodeAt(lineStart);
    if ((c === 32 || c === 9) && last && current) {
      // Folded continuation of the previous field.
      const extra = document.slice(lineStart, lineEnd).trim();
      if (extra) {
        last.value += ' ' + extra;
        last.valueEnd = lineEnd;
      }
      current.end = lineEnd;
      continue;
    }
    // The field's name read where the line stands (no copy of the line).
    const valueStart = fieldValueAt(document, lineStart, lineEnd);
    if (valueStart === -1) {
      // A stray line inside a block (seen with broken MTAs): keep it with the last field.
      if (last && current) {
        last.value += ' ' + document.slice(lineStart, lineEnd).trim();
        last.valueEnd = lineEnd;
        current.end = lineEnd;
      }
      continue;
    }
    const name = document.slice(lineStart, fieldNameEnd).toLowerCase();
    // Some MTAs leave out the blank line between blocks: a second Final-Recipient, or a
    // recipient field after per-message ones, starts a new block.
    const bit = repeatBit(name);
    const repeated = (repeats & bit) !== 0;
    const firstRecipientField = current !== null && perMessageOnly && isRecipientField(name);
    if (current && (repeated || firstRecipientField)) {
      blocks.push(current);
      current = null;
    }
    if (current === null) {
      current = { fields: [], start: lineStart, end: lineEnd };
      repeats = 0;
      perMessageOnly = true;
    }
    repeats |= bit;
    if (perMessageOnly && !isPerMessageField(name)) perMessageOnly = false;
    last = {
      name,
      value: document.slice(valueStart, lineEnd).trim(),
      start: lineStart,
      valueStart,
      valueEnd: lineEnd,
    };
    current.fields.push(last);
    current.end = lineEnd;
  }
  if (current) blocks.push(current);
  return blocks;
}

/** The DsnRecipientFields key of a per-recipient field, or null for an extra one. */
function recipientKey(name: string): keyof Omit<DsnRecipientFields, 'extra' | 'block'> | null {
  switch (name) {
    case 'final-recipient':
      return 'finalRecipient';
    case 'original-recipient':
      return 'originalRecipient';
    case 'action':
      return 'action';
    case 'status':
      return 'status';
    case 'remote-mta':
      return 'remoteMta';
    case 'diagnostic-code':
      return 'diagnosticCode';
    case 'last-attempt-date':
      return 'lastAttemptDate';
    case 'will-retry-until':
      return 'willRetryUntil';
    default:
      return null;
  }
}

/** Read a delivery-status body. Blocks without a recipient field are per-message. */
export function readDsn(document: string, start: number, end: number): DsnReport {
  const report: DsnReport = { perMessage: null, recipients: [] };
  for (const block of readFieldBlocks(document, start, end)) {
    const isRecipient = block.fields.some(
      (f) => f.name === 'final-recipient' || f.name === 'original-recipient' || f.name === 'x-actual-recipient',
    );
    if (!isRecipient) {
      if (!report.perMessage) report.perMessage = block;
      for (const f of block.fields) {
        if (f.name === 'reporting-mta') report.reportingMta ??= f;
        else if (f.name === 'arrival-date') report.arrivalDate ??= f;
        else if (f.name === 'received-from-mta') report.receivedFromMta ??= f;
        // Some MTAs put Status/Action in the per-message block of a single-recipient DSN.
      }
      continue;
    }
    // Every field named up front: one object shape, where adding them as they come would
    // give each order of fields its own shape and slow every store.
    const rcpt: DsnRecipientFields = {
      finalRecipient: undefined,
      originalRecipient: undefined,
      action: undefined,
      status: undefined,
      remoteMta: undefined,
      diagnosticCode: undefined,
      lastAttemptDate: undefined,
      willRetryUntil: undefined,
      extra: [],
      block,
    };
    for (const f of block.fields) {
      const key = recipientKey(f.name);
      if (key) rcpt[key] ??= f;
      else rcpt.extra.push(f);
    }
    report.recipients.push(rcpt);
  }
  return report;
}

/** `rfc822; user@example.com` → the part after the type, with its document offset. */
export function typedValue(field: DsnField): { type: string | null; value: string; start: number } {
  const semi = field.value.indexOf(';');
  if (semi === -1 || semi > 20) return { type: null, value: field.value, start: field.valueStart };
  const rest = field.value.slice(semi + 1);
  const lead = rest.length - rest.trimStart().length;
  // Offsets: the value in the document starts at valueStart; the `;` lies on the first line.
  return { type: field.value.slice(0, semi).trim().toLowerCase(), value: rest.trim(), start: field.valueStart + semi + 1 + lead };
}

/** An ISO-2022-JP escape: ESC $ @, ESC $ B (JIS X 0208), ESC $ ( D, ESC ( B / J (back to ASCII). */
const RE_JIS_ESCAPE = /\x1b(?:\$[@B]|\$\(D|\([BJ])/;
const RE_JIS_LINE = /\x1b(?:\$[@B]|\$\(D|\([BJ])[^\n]*/g;

/**
 * The text of a delivery-status part, readable: DSN fields are meant to be ASCII, but some
 * MTAs copy a server's Japanese reply into Diagnostic-Code as raw ISO-2022-JP (escape
 * sequences and all), and some write RFC 2047 encoded words (`=?UTF-8?B?...?=`). Both are
 * decoded here, before the text goes into the document, so the spans point into the words
 * as a person reads them and the phrase table can match them. Other text is unchanged.
 */
export function decodeDsnText(text: string): string {
  let out = text;
  if (out.indexOf('\x1b') !== -1 && RE_JIS_ESCAPE.test(out)) {
    out = out.replace(RE_JIS_LINE, (run) => {
      // Only a string of bytes can be ISO-2022-JP; text that is already Unicode stays.
      for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) > 0x7f) return run;
      return decodeCharset(asciiBytes(run), 'iso-2022-jp');
    });
  }
  if (out.indexOf('=?') !== -1) out = decodeEncodedWords(out);
  return out;
}
