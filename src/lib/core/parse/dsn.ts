/**
 * The `message/delivery-status` field reader (RFC 3464 §2, RFC 6533 for the UTF-8
 * variant). The body is one per-message block, then one block per recipient, each a
 * run of `Name: value` fields with folding. We read any range of the document this way,
 * so the same reader serves a proper DSN part and DSN fields pasted as plain text.
 */
import { eachLine, isBlank } from '../text/lines.ts';
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
  // "https://…" at a line's start is a link a narrow view broke onto its own line (a
  // Diagnostic-Code's "550 5.1.1 RCP-P2 https://…/response_codes#rcp Refused …"), no field.
  if (document.charCodeAt(i) === 47 && document.charCodeAt(i + 1) === 47) return -1;
  while (i < end && (document.charCodeAt(i) === 32 || document.charCodeAt(i) === 9)) i++;
  return i;
}

/** A DSN field's name as RFC 3464 capitalises it, after a space, inside a line (a joined view). */
const RE_JOINED_FIELD = /(\s)(Final-Recipient|Original-Recipient|X-Actual-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|Reporting-MTA|Arrival-Date):[ \t]/g;
/**
 * Does document[start, end) hold a colon with a blank after it, as every match of
 * RE_JOINED_FIELD does? Most field lines hold none: they are passed over without a copy.
 */
function colonBlankIn(document: string, start: number, end: number): boolean {
  for (let i = start; i < end - 1; i++) {
    if (document.charCodeAt(i) === 58) {
      const n = document.charCodeAt(i + 1);
      if (n === 32 || n === 9) return true;
    }
  }
  return false;
}
/** Fields of the per-message block (RFC 3464 §2.2). */
const PER_MESSAGE_FIELDS = new Set(['reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-envelope-id', 'x-postfix-queue-id', 'x-postfix-sender']);
/** Fields that open a per-recipient block (RFC 3464 §2.3). */
const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient']);
/** Fields that appear once per recipient: seeing one again means the next recipient (each with its bit). */
const REPEATS_START_BLOCK = new Map([
  ['final-recipient', 1],
  ['action', 2],
  ['status', 4],
  // (Sendmail opens each group with Original-Recipient: a second one is the next recipient's.)
  ['original-recipient', 8],
]);

/**
 * The line document[start, end) goes on with `field`'s value. A field whose value was empty
 * on its own line (folded right after its colon, "Action:" / "    failed": RFC 5322 §2.2.3
 * allows a fold wherever blanks may stand) takes its value, and the value's offset, from here.
 */
function continueField(document: string, field: DsnField, start: number, end: number): void {
  const text = document.slice(start, end);
  const extra = text.trim();
  if (!extra) return;
  if (field.value === '') {
    field.value = extra;
    field.valueStart = start + text.search(/\S/);
  } else field.value += ' ' + extra;
  field.valueEnd = end;
}

/** Read the blocks of header-like fields in document[start, end). */
export function readFieldBlocks(document: string, start: number, end: number): DsnBlock[] {
  const blocks: DsnBlock[] = [];
  let current = null as DsnBlock | null;
  let last = null as DsnField | null;
  // What the current block holds so far: which of the fields that start a new block when
  // repeated (bits of REPEATS_START_BLOCK), and whether every field is a per-message one.
  let repeats = 0;
  let perMessageOnly = true;
  const addField = (name: string, fieldStart: number, valueStart: number, valueEnd: number): void => {
    // Some MTAs leave out the blank line between blocks: a second Final-Recipient, or a
    // recipient field after per-message ones, starts a new block.
    const bit = REPEATS_START_BLOCK.get(name) ?? 0;
    const repeated = (repeats & bit) !== 0;
    const firstRecipientField = current !== null && perMessageOnly && RECIPIENT_FIELDS.has(name);
    if (current && (repeated || firstRecipientField)) {
      blocks.push(current);
      current = null;
    }
    if (current === null) {
      current = { fields: [], start: fieldStart, end: valueEnd };
      repeats = 0;
      perMessageOnly = true;
    }
    repeats |= bit;
    if (perMessageOnly && !PER_MESSAGE_FIELDS.has(name)) perMessageOnly = false;
    last = {
      name,
      value: document.slice(valueStart, valueEnd).trim(),
      start: fieldStart,
      valueStart,
      valueEnd,
    };
    current.fields.push(last);
    current.end = valueEnd;
  };
  for (const line of eachLine(document, start, end)) {
    if (isBlank(document, line)) {
      if (current) blocks.push(current);
      current = null;
      last = null;
      continue;
    }
    const c = document.charCodeAt(line.start);
    if ((c === 32 || c === 9) && last && current) {
      // Folded continuation of the previous field.
      continueField(document, last, line.start, line.end);
      current.end = line.end;
      continue;
    }
    // The field's name read where the line stands (no copy of the line).
    const valueStart = fieldValueAt(document, line.start, line.end);
    if (valueStart === -1) {
      // A stray line inside a block (seen with broken MTAs, and where a relay hard-wrapped
      // the part and lost the fold's indent): keep it with the last field.
      if (last && current) {
        continueField(document, last, line.start, line.end);
        current.end = line.end;
      }
      continue;
    }
    const name = document.slice(line.start, fieldNameEnd).toLowerCase();
    // A recipient's fields joined into one line by a mail view that drops line breaks
    // ("Final-Recipient: rfc822; a@example.org Action: failed Status: 5.1.1 Diagnostic-Code:
    // smtp; 550 …"): each field read where it stands. Only the standard names as RFC 3464
    // capitalises them, at least two on the line, and none split off a Diagnostic-Code's
    // words (which may say "Status: …" themselves).
    let fieldStart = line.start;
    let fieldName = name;
    let from = valueStart;
    if (name !== 'diagnostic-code' && colonBlankIn(document, valueStart, line.end)) {
      const rest = document.slice(valueStart, line.end);
      const joined: RegExpExecArray[] = [];
      RE_JOINED_FIELD.lastIndex = 0;
      for (let m = RE_JOINED_FIELD.exec(rest); m; m = RE_JOINED_FIELD.exec(rest)) joined.push(m);
      if (joined.length >= 2) {
        for (const m of joined) {
          const at = valueStart + m.index + m[1].length;
          addField(fieldName, fieldStart, from, at);
          fieldName = m[2].toLowerCase();
          fieldStart = at;
          from = at + m[0].length - m[1].length;
          if (fieldName === 'diagnostic-code') break;
        }
      }
    }
    addField(fieldName, fieldStart, from, line.end);
  }
  if (current) blocks.push(current);
  return blocks;
}

const RECIPIENT_KEYS = new Map<string, keyof Omit<DsnRecipientFields, 'extra' | 'block'>>([
  ['final-recipient', 'finalRecipient'],
  ['original-recipient', 'originalRecipient'],
  ['action', 'action'],
  ['status', 'status'],
  ['remote-mta', 'remoteMta'],
  ['diagnostic-code', 'diagnosticCode'],
  ['last-attempt-date', 'lastAttemptDate'],
  ['will-retry-until', 'willRetryUntil'],
]);

/** Read a delivery-status body. Blocks without a recipient field are per-message. */
export function readDsn(document: string, start: number, end: number): DsnReport {
  const report: DsnReport = { perMessage: null, recipients: [] };
  let previous: DsnRecipientFields | null = null;
  const ahead: DsnBlock[] = [];
  for (const block of readFieldBlocks(document, start, end)) {
    // A blank line inside a recipient's block (a copy that doubled every line break puts one
    // after each field): a block with no Final-Recipient whose fields the recipient before it
    // does not hold yet belongs to that recipient, not to a recipient or a message of its own.
    if (previous && continuesRecipient(previous, block)) {
      for (const f of block.fields) {
        const key = RECIPIENT_KEYS.get(f.name);
        if (key) previous[key] ??= f;
        else previous.extra.push(f);
      }
      previous.block = { fields: [...previous.block.fields, ...block.fields], start: previous.block.start, end: block.end };
      continue;
    }
    const isRecipient = block.fields.some(
      (f) => f.name === 'final-recipient' || f.name === 'original-recipient' || f.name === 'x-actual-recipient',
    );
    if (!isRecipient) {
      // A recipient's own field alone before its Final-Recipient (Exim opens each group with
      // Action, and a copy that doubled every line break puts a blank line after it): kept for
      // the recipient that follows, as no per-message field it is (RFC 3464 §2.3).
      if (block.fields.every((f) => RECIPIENT_KEYS.has(f.name))) {
        ahead.push(block);
        continue;
      }
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
      const key = RECIPIENT_KEYS.get(f.name);
      if (key) rcpt[key] ??= f;
      else rcpt.extra.push(f);
    }
    for (const b of ahead) {
      for (const f of b.fields) rcpt[RECIPIENT_KEYS.get(f.name)!] ??= f;
      rcpt.block = { fields: [...b.fields, ...rcpt.block.fields], start: b.start, end: rcpt.block.end };
    }
    ahead.length = 0;
    finalAttempt(rcpt);
    report.recipients.push(rcpt);
    previous = rcpt;
  }
  return report;
}

/**
 * A group that holds several attempts (a gateway kept each MX's Remote-MTA and Diagnostic-Code:
 * "451 4.4.1 Connection timed out" from the first, "550 5.1.1 … User unknown" from the second):
 * the Status gives the outcome, so the diagnostic read is the last one whose reply is of the
 * Status's class, else the last one, with the Remote-MTA written before it.
 */
function finalAttempt(rcpt: DsnRecipientFields): void {
  const fields = rcpt.block.fields;
  let count = 0;
  for (const f of fields) if (f.name === 'diagnostic-code') count++;
  if (count < 2) return;
  const cls = /^\s*([245])\./.exec(rcpt.status?.value ?? '')?.[1];
  let chosen = -1;
  for (let i = fields.length - 1; i >= 0 && chosen === -1; i--) {
    if (fields[i].name !== 'diagnostic-code') continue;
    if (cls === undefined || /^(?:[^;]{0,20};)?\s*([245])\d\d\b/.exec(fields[i].value)?.[1] === cls) chosen = i;
  }
  if (chosen === -1) for (let i = fields.length - 1; i >= 0 && chosen === -1; i--) if (fields[i].name === 'diagnostic-code') chosen = i;
  rcpt.diagnosticCode = fields[chosen];
  for (let i = chosen - 1; i >= 0; i--) {
    if (fields[i].name === 'remote-mta') {
      rcpt.remoteMta = fields[i];
      break;
    }
    if (fields[i].name === 'diagnostic-code') break;
  }
}

const MAX_JOINED_FIELDS = 24;

/** Does `block` hold more fields of the recipient before it (none it has already, no Final-Recipient, no per-message field)? */
function continuesRecipient(previous: DsnRecipientFields, block: DsnBlock): boolean {
  // (A recipient's block holds a dozen fields at most: a longer run of blocks is no such copy,
  // and the bound keeps the joining linear.)
  if (previous.block.fields.length + block.fields.length > MAX_JOINED_FIELDS) return false;
  for (const f of block.fields) {
    if (f.name === 'final-recipient' || PER_MESSAGE_FIELDS.has(f.name)) return false;
    const key = RECIPIENT_KEYS.get(f.name);
    if (key ? previous[key] !== undefined : previous.extra.some((x) => x.name === f.name)) return false;
  }
  return block.fields.length > 0;
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
