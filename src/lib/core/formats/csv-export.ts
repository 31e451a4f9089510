/**
 * A sending service's list of bounced or suppressed addresses exported as CSV and pasted as
 * text: a header row that names an address column and a column of the receiving server's
 * reply (or of the service's bounce type or status), then one row a recipient:
 *
 *   email,created,reason,status
 *   a@example.org,2026-12-04 10:11:02,"550 5.1.1 The email account … does not exist.",5.1.1
 *   b@example.org,2026-12-04 10:11:05,"452 4.2.2 The email account … is over quota.",4.2.2
 *
 *   Email Address,Bounce Type,Bounce Subtype,Date,Reason
 *   c@example.org,Hard,General,2026-12-05 14:02,"552 5.2.2 <c@example.org>: Mailbox full"
 *
 * (SendGrid's Bounces list, exported as CSV: columns email, created, reason, status,
 * https://www.twilio.com/docs/sendgrid/ui/sending-email/index-suppressions ; the cleaned or
 * bounced contacts of Mailchimp's and other services' audience exports, and the CSV a
 * service's report of bounces downloads as, with "Bounce Type" / "Bounce Subtype" / "Reason"
 * columns.) Each row's reply is the diagnostic and decides the cause; the service's bounce
 * type says only whether the service calls it permanent ("Hard", "Soft", "Transient",
 * knowledge/service-vocabulary.ts), never that the address is bad. Cells are split as RFC
 * 4180 writes them: commas (or semicolons, or tabs) outside double quotes, a doubled quote
 * inside a quoted cell.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { eachLine, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { TextView } from '../text/view.ts';
import { serviceTerm, termKey } from '../../knowledge/service-vocabulary.ts';

/** Column names (letters only, lower case) whose cell is the recipient's address. */
// Google Admin email log search names its columns "To (Envelope)", "From (Envelope)"
// (support.google.com/a/answer/2604578); the glossed "(Envelope)" is part of the name here.
const ADDRESS_COLUMNS = new Set(['email', 'emailaddress', 'recipient', 'recipientaddress', 'recipientemail', 'address', 'to', 'toenvelope', 'subscriber']);
/** Column names whose cell is the receiving server's reply. */
const REPLY_COLUMNS = new Set(['reason', 'bouncereason', 'diagnosticcode', 'diagnostic', 'smtpresponse', 'serverresponse', 'response', 'error', 'bouncemessage', 'details', 'smtpbouncereason']);
/** Column names whose cell is an enhanced status code. */
// ActiveCampaign's bounce report lists the enhanced code as "Code" with its RFC 3463 description
// (help.activecampaign.com, Bounce codes); Zoho Campaigns' bounce_extended_code.
const STATUS_COLUMNS = new Set(['status', 'statuscode', 'enhancedstatus', 'dsnstatus', 'code', 'bouncecode', 'extendedcode', 'bounceextendedcode']);
/** Column names whose cell is the service's bounce type. */
const TYPE_COLUMNS = new Set(['bouncetype', 'type', 'bouncecategory', 'event']);

const RE_STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;
/** A reply: a code first (after "smtp;"), or an enhanced status code. */
const RE_REPLY_SHAPE = /^(?:smtp\s*;\s*)?[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b/i;

interface Cell {
  start: number;
  end: number;
}

/**
 * Each cell of one line in turn (the offsets of its content, quotes left out), split on `sep`
 * outside quotes, until `visit` says to stop: no object per cell (a header line of millions of
 * empty cells, tab after tab, made millions of them only to pass each over).
 */
function eachCell(doc: string, start: number, end: number, sep: string, visit: (k: number, cs: number, ce: number) => boolean): void {
  let at = start;
  for (let k = 0; at <= end; k++) {
    let cs: number;
    let ce: number;
    if (doc[at] === '"') {
      // A quoted cell: up to the closing quote that is not doubled.
      let close = at + 1;
      while (close < end && !(doc[close] === '"' && doc[close + 1] !== '"')) close += doc[close] === '"' ? 2 : 1;
      cs = at + 1;
      ce = Math.min(close, end);
      const next = doc.indexOf(sep, close);
      at = next === -1 || next >= end ? end + 1 : next + 1;
    } else {
      const next = doc.indexOf(sep, at);
      const stop = next === -1 || next >= end ? end : next;
      cs = at;
      ce = stop;
      at = stop + 1;
    }
    if (visit(k, cs, ce)) return;
  }
}

/** The cells of one line (offsets of their content, quotes left out), split on `sep` outside quotes. */
function cells(doc: string, start: number, end: number, sep: string): Cell[] {
  const out: Cell[] = [];
  eachCell(doc, start, end, sep, (_k, cs, ce) => {
    out.push({ start: cs, end: ce });
    return false;
  });
  return out;
}

/**
 * Can the cell name a column: does it hold an ASCII letter or digit, or a character outside
 * ASCII (which may lower-case to a letter)? Else its term key is empty, no column's name:
 * a line of millions of empty cells is passed over without making a key for each.
 */
function mayName(doc: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = doc.charCodeAt(i);
    if (c > 127 || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
  }
  return false;
}

/** The columns the header row names: which cell holds what; null when it is no export's header. */
function headerOf(doc: string, start: number, end: number): { sep: string; address: number; reply: number; status: number; type: number } | null {
  const line = doc.slice(start, end);
  const sep = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  if (!line.includes(sep) || line.includes('@')) return null;
  // The first column of each kind (a cell with an empty key names none).
  let address = -1;
  let reply = -1;
  let status = -1;
  let type = -1;
  // (Once a column of each kind is named, later cells change nothing.)
  eachCell(doc, start, end, sep, (k, cs, ce) => {
    if (!mayName(doc, cs, ce)) return false;
    const name = termKey(doc.slice(cs, ce));
    if (address === -1 && ADDRESS_COLUMNS.has(name)) address = k;
    if (reply === -1 && REPLY_COLUMNS.has(name)) reply = k;
    if (status === -1 && STATUS_COLUMNS.has(name)) status = k;
    if (type === -1 && TYPE_COLUMNS.has(name)) type = k;
    return address !== -1 && reply !== -1 && status !== -1 && type !== -1;
  });
  if (address === -1 || (reply === -1 && status === -1 && type === -1)) return null;
  return { sep, address, reply, status, type };
}

/** The first line of the paste that holds anything. */
function firstLine(scan: Scan): Line | null {
  const body = scan.bodies[0];
  if (!body) return null;
  for (const line of eachLine(scan.document, body.start, body.end)) {
    if (scan.document.slice(line.start, line.end).trim()) return line;
  }
  return null;
}

export const csvExport: Format = {
  id: 'csv-export',
  label: 'A sending service\'s bounce list as CSV',
  reference: 'SendGrid Bounces export (email, created, reason, status); audience and report exports with Bounce Type / Reason columns; RFC 4180 (CSV)',

  detect(scan: Scan): boolean {
    if (scan.isMessage) return false;
    const line = firstLine(scan);
    return line !== null && headerOf(scan.document, line.start, line.end) !== null;
  },

  parse({ scan }) {
    const doc = scan.document;
    const head = firstLine(scan);
    if (!head) return null;
    const header = headerOf(doc, head.start, head.end);
    if (!header) return null;
    const body = scan.bodies[0];
    const recipients: RawRecipient[] = [];
    for (const line of eachLine(doc, head.next, body.end)) {
      if (!doc.slice(line.start, line.end).trim()) continue;
      const row = cells(doc, line.start, line.end, header.sep);
      const a = row[header.address];
      const address = a ? firstAddress(doc, a.start, a.end) : null;
      if (!address) continue;
      const rcpt: RawRecipient = { address: { value: address.address, start: address.start, end: address.end } };
      const reply = header.reply >= 0 ? row[header.reply] : undefined;
      if (reply && reply.end > reply.start && RE_REPLY_SHAPE.test(doc.slice(reply.start, reply.end).trim())) {
        rcpt.diagnostic = new TextView().append(doc, reply.start, reply.end);
      }
      const status = header.status >= 0 ? row[header.status] : undefined;
      if (status && RE_STATUS.test(doc.slice(status.start, status.end).trim())) {
        const value = doc.slice(status.start, status.end).trim();
        const s = doc.indexOf(value, status.start);
        rcpt.status = { value, start: s, end: s + value.length } satisfies Found;
      }
      const type = header.type >= 0 ? row[header.type] : undefined;
      const term = type ? serviceTerm(doc.slice(type.start, type.end)) ?? serviceTerm(`${doc.slice(type.start, type.end)} bounce`) : null;
      if (type && term?.permanent !== undefined) rcpt.permanent = { value: term.permanent, start: type.start, end: type.end };
      recipients.push(rcpt);
    }
    return recipients.length ? { recipients } : null;
  },
};
