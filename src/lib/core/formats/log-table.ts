/**
 * A mail server's or service's log as a table: a header line that names the columns, then
 * one row per recipient event. Three shapes are pasted:
 *
 *   PowerMTA accounting file (CSV)
 *     type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,…
 *     b,2026-11-27 10:00:32+0000,…,sender@example.com,a@example.org,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 …,mx.example.org (192.0.2.25),bad-mailbox,…
 *   Exchange message tracking log (a CSV whose header is the "#Fields:" line)
 *     #Fields: date-time,client-ip,…,event-id,…,recipient-address,recipient-status,…
 *     2026-11-27T10:00:35.123Z,,,,EX01,,,SMTP,FAIL,…,a@example.org,550 5.1.1 RESOLVER.ADR.RecipNotFound; not found,…
 *   Microsoft 365's Get-MessageTrace (a PowerShell table: names, a dashed line, then rows)
 *     Received            SenderAddress       RecipientAddress  Subject  Status
 *     --------            -------------       ----------------  -------  ------
 *     27/11/2026 10:00:36 sender@example.com  a@example.org     Hello    Failed
 *   Microsoft 365's historical message trace report (CSV)
 *     origin_timestamp_utc,sender_address,recipient_status,message_subject,…
 *     2026-11-27T11:10:00Z,sender@example.com,"a@example.org##Receive, Fail;b@example.org##Receive, Deliver",…
 *
 * The recipient comes from the recipient's column only (never the sender's); what happened
 * from the record type, the DSN action, the event id or the status (PowerMTA accounting
 * types b, d, t; RFC 3464 actions; Exchange event ids and trace statuses through
 * knowledge/service-vocabulary.ts), and the reply from the reply's column, read as any other
 * reply. Layouts: PowerMTA User's Guide (accounting files), Exchange "Message tracking"
 * (https://learn.microsoft.com/en-us/exchange/mail-flow/transport-logs/message-tracking),
 * Get-MessageTrace (https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetrace).
 * One recipient of one message keeps its last row; rows of other events (RECEIVE, SUBMIT)
 * name no outcome and are left out.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { headHas } from './common.ts';
import { eachLine, indexWithin } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { TextView } from '../text/view.ts';
import { serviceTerm } from '../../knowledge/service-vocabulary.ts';
import { VENDOR_CATEGORY_FIELDS } from '../../knowledge/vendor-categories.ts';

type Outcome = 'failed' | 'delayed' | 'delivered';

/** Column names (letters only, lower case) and what they hold. */
const COLUMNS: Readonly<Record<string, 'rcpt' | 'type' | 'action' | 'event' | 'reply' | 'code' | 'category' | 'mta' | 'message' | 'combined'>> = {
  rcpt: 'rcpt',
  recipientaddress: 'rcpt',
  recipient: 'rcpt',
  type: 'type',
  dsnaction: 'action',
  eventid: 'event',
  status: 'event',
  deliverystatus: 'event',
  dsndiag: 'reply',
  recipientstatus: 'reply',
  dsnstatus: 'code',
  bouncecat: 'category',
  dsnmta: 'mta',
  messageid: 'message',
  internalmessageid: 'message',
};

/** PowerMTA accounting record types: b a bounce, d a delivery, t a transient failure, rb a remote (out-of-band) bounce. */
const RECORD_TYPES: Readonly<Record<string, Outcome>> = { b: 'failed', rb: 'failed', d: 'delivered', t: 'delayed' };
/** RFC 3464 actions as PowerMTA writes them in dsnAction. */
const ACTIONS: Readonly<Record<string, Outcome>> = { failed: 'failed', delayed: 'delayed', delivered: 'delivered', relayed: 'delivered', expanded: 'delivered' };

const letters = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

type Cell = [number, number];

/** The cells of a CSV line: [start, end) of each value, quotes left out ("a,b" is one cell). */
function csvCells(doc: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let i = start;
  while (i <= end) {
    if (doc.charCodeAt(i) === 34 /* " */) {
      let j = i + 1;
      while (j < end && !(doc.charCodeAt(j) === 34 && doc.charCodeAt(j + 1) !== 34)) j += doc.charCodeAt(j) === 34 ? 2 : 1;
      cells.push([i + 1, Math.min(j, end)]);
      const comma = indexWithin(doc, ',', j, end);
      i = comma === -1 ? end + 1 : comma + 1;
    } else {
      const comma = indexWithin(doc, ',', i, end);
      const e = comma === -1 ? end : comma;
      cells.push([i, e]);
      i = e + 1;
    }
    if (cells.length > 200) break;
  }
  return cells;
}

/** The line after the one that ends at `end` ([start, end), its line break left out), or null. */
function nextLine(doc: string, end: number, limit: number): Cell | null {
  const nl = doc.indexOf('\n', end);
  if (nl === -1 || nl >= limit) return null;
  let e = doc.indexOf('\n', nl + 1);
  if (e === -1 || e > limit) e = limit;
  if (e > nl + 1 && doc[e - 1] === '\r') e--;
  return [nl + 1, e];
}

/** Columns of a PowerShell table from its dashed line: each run of dashes starts a column. */
function dashColumns(doc: string, start: number, end: number): number[] | null {
  const text = doc.slice(start, end);
  if (!/^-+(?:[ \t]+-+)*[ \t]*$/.test(text)) return null;
  const cols: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '-' && (i === 0 || text[i - 1] !== '-')) cols.push(i);
  return cols.length >= 2 ? cols : null;
}

function tableCells(doc: string, start: number, end: number, cols: number[]): Cell[] {
  return cols.map((c, k) => {
    let s = Math.min(start + c, end);
    let e = k + 1 < cols.length ? Math.min(start + cols[k + 1], end) : end;
    while (s < e && /\s/.test(doc[s])) s++;
    while (e > s && /\s/.test(doc[e - 1])) e--;
    return [s, e] as Cell;
  });
}

function trimmed(doc: string, [s, e]: Cell): Cell {
  while (s < e && /\s/.test(doc[s])) s++;
  while (e > s && /\s/.test(doc[e - 1])) e--;
  return [s, e];
}

/** What a row says happened, and where. */
function outcomeOf(doc: string, cells: Cell[], at: Map<string, number>): { outcome: Outcome; cell: Cell } | null {
  const get = (kind: string): Cell | null => {
    const k = at.get(kind);
    return k === undefined || k >= cells.length ? null : trimmed(doc, cells[k]);
  };
  const action = get('action');
  if (action && ACTIONS[doc.slice(action[0], action[1]).toLowerCase()]) return { outcome: ACTIONS[doc.slice(action[0], action[1]).toLowerCase()], cell: action };
  const type = get('type');
  if (type && RECORD_TYPES[doc.slice(type[0], type[1]).toLowerCase()]) return { outcome: RECORD_TYPES[doc.slice(type[0], type[1]).toLowerCase()], cell: type };
  const event = get('event');
  if (event && event[1] - event[0] <= 30) {
    const t = serviceTerm(doc.slice(event[0], event[1]));
    const h = t?.happened;
    if (h === 'failed' || h === 'delayed' || h === 'delivered') return { outcome: h, cell: event };
  }
  return null;
}

/**
 * The recipients of a historical trace's recipient_status cell: "a@example.org##Receive, Fail;b@example.org##Receive, Deliver",
 * each address with the events of its delivery, the last one deciding.
 */
function combined(doc: string, [s, e]: Cell): RawRecipient[] {
  const out: RawRecipient[] = [];
  for (let ps = s; ps < e; ) {
    let pe = indexWithin(doc, ';', ps, e);
    if (pe === -1) pe = e;
    const hash = indexWithin(doc, '##', ps, pe);
    const a = hash === -1 ? null : firstAddress(doc, ps, hash);
    if (a) {
      const events = doc.slice(hash + 2, pe);
      const comma = events.lastIndexOf(',');
      const last = events.slice(comma + 1).trim();
      const ls = hash + 2 + events.lastIndexOf(last);
      const h = last.length <= 30 ? serviceTerm(last)?.happened : undefined;
      if (h === 'failed' || h === 'delayed' || h === 'delivered') {
        out.push({ address: { value: a.address, start: a.start, end: a.end }, action: { value: h, start: ls, end: ls + last.length } });
      }
    }
    ps = pe + 1;
  }
  return out;
}

function read(scan: Scan): RawRecipient[] | null {
  const doc = scan.document;
  let at: Map<string, number> | null = null;
  let cols: number[] | null = null;
  let csv = true;
  let headerSeen = false;
  let lines = 0;
  let rows = 0;
  const out: RawRecipient[] = [];
  const seen = new Map<string, number>();
  const category = VENDOR_CATEGORY_FIELDS.find((f) => f.vendor === 'powermta')!;
  for (const range of scan.bodies) {
    for (const line of eachLine(doc, range.start, range.end)) {
      let { start } = line;
      const { end } = line;
      if (end - start > 8000) return null;
      const text = doc.slice(start, end);
      if (!text.trim()) continue;
      if (++lines > 2000) return out;
      if (!at) {
        // The header: the first line that names a recipient column and an outcome column.
        if (text.startsWith('#')) {
          if (!/^#Fields:\s/.test(text)) continue;
          start += text.indexOf(':') + 1;
        }
        if (lines > 20) return null;
        const isCsv = indexWithin(doc, ',', start, end) !== -1;
        let names: Cell[] = isCsv ? csvCells(doc, start, end) : [...text.slice(start - line.start).matchAll(/\S+/g)].map((m) => [start + m.index!, start + m.index! + m[0].length] as Cell);
        // A table whose dashed line follows: its runs of dashes mark the columns, so a name
        // written in words ("Recipient Address", as the admin center's trace columns read) is
        // one column, not two.
        if (!isCsv) {
          const dashes = nextLine(doc, end, range.end);
          const dc = dashes ? dashColumns(doc, dashes[0], dashes[1]) : null;
          if (dc) names = tableCells(doc, start, end, dc);
        }
        const map = new Map<string, number>();
        names.forEach((c, k) => {
          const kind = COLUMNS[letters(doc.slice(c[0], c[1]))];
          if (kind && !map.has(kind)) map.set(kind, k);
        });
        // Microsoft 365's historical trace: recipient_status is "<address>##<events>" (no column of its own for either).
        if (!map.has('rcpt') && map.has('reply') && names.some((c) => letters(doc.slice(c[0], c[1])) === 'recipientstatus')) {
          map.set('combined', map.get('reply')!);
          map.delete('reply');
        }
        if (!map.has('combined') && (!map.has('rcpt') || !(map.has('type') || map.has('action') || map.has('event')))) {
          if (headerSeen || lines > 3) return null;
          continue;
        }
        at = map;
        csv = isCsv;
        headerSeen = true;
        continue;
      }
      if (!csv && !cols) {
        cols = dashColumns(doc, start, end);
        if (!cols) return null;
        continue;
      }
      if (text.startsWith('#')) continue;
      const cells = csv ? csvCells(doc, start, end) : tableCells(doc, start, end, cols!);
      if (at.has('combined')) {
        const k = at.get('combined')!;
        if (k < cells.length) {
          rows++;
          for (const r of combined(doc, trimmed(doc, cells[k]))) {
            out.push(r);
            if (out.length >= 200) return out;
          }
        }
        continue;
      }
      const rk = at.get('rcpt')!;
      if (rk >= cells.length) continue;
      rows++;
      const happened = outcomeOf(doc, cells, at);
      if (!happened) continue;
      const [rs, re] = trimmed(doc, cells[rk]);
      const replyCell = at.has('reply') && at.get('reply')! < cells.length ? trimmed(doc, cells[at.get('reply')!]) : null;
      for (let a = firstAddress(doc, rs, re); a; a = firstAddress(doc, a.end, re)) {
        const r: RawRecipient = { address: { value: a.address, start: a.start, end: a.end }, action: { value: happened.outcome, start: happened.cell[0], end: happened.cell[1] } };
        if (replyCell && replyCell[1] > replyCell[0] && happened.outcome !== 'delivered') {
          const typed = /^smtp\s*;\s*/i.exec(doc.slice(replyCell[0], Math.min(replyCell[1], replyCell[0] + 10)));
          const v = new TextView().append(doc, replyCell[0] + (typed ? typed[0].length : 0), replyCell[1]);
          if (v.length) r.diagnostic = v;
        }
        const code = at.has('code') && at.get('code')! < cells.length ? trimmed(doc, cells[at.get('code')!]) : null;
        const status = code ? /^[245]\.\d{1,3}\.\d{1,3}\b/.exec(doc.slice(code[0], code[1])) : null;
        if (status && code && happened.outcome !== 'delivered' && !/^[245]\.0\.0\b/.test(status[0])) r.status = { value: status[0], start: code[0], end: code[0] + status[0].length };
        const mta = at.has('mta') && at.get('mta')! < cells.length ? trimmed(doc, cells[at.get('mta')!]) : null;
        const host = mta ? /^[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,}/.exec(doc.slice(mta[0], mta[1])) : null;
        if (host && mta) r.remoteMta = { value: host[0], start: mta[0], end: mta[0] + host[0].length };
        // PowerMTA's bounce category decides only where no reply is there to read.
        const cat = at.has('category') && at.get('category')! < cells.length ? trimmed(doc, cells[at.get('category')!]) : null;
        const verdict = cat ? category.categories[doc.slice(cat[0], cat[1]).toLowerCase()] : undefined;
        if (verdict && cat && !r.diagnostic && happened.outcome === 'failed') r.hint = { reason: verdict.reason, start: cat[0], end: cat[1], note: `PowerMTA's bounce category "${doc.slice(cat[0], cat[1])}"` };
        // One recipient of one message: its last row decides.
        const mk = at.get('message');
        const key = `${mk !== undefined && mk < cells.length ? doc.slice(...trimmed(doc, cells[mk])) : ''}\u0000${a.address.toLowerCase()}`;
        const before = seen.get(key);
        if (before !== undefined) out[before] = r;
        else {
          seen.set(key, out.length);
          out.push(r);
        }
        if (out.length >= 200) return out;
      }
    }
  }
  return rows ? out : null;
}

/** Column names as they stand lower-cased in a header. */
const CUES = ['dsndiag', 'dsnaction', 'recipient-address', 'recipientaddress', 'recipient address', '#fields:', ',rcpt,', 'recipient_status'];

export const logTable: Format = {
  id: 'log-table',
  label: 'Mail log as a table (PowerMTA accounting, Exchange message tracking, Microsoft 365 message trace)',
  reference: 'https://learn.microsoft.com/en-us/exchange/mail-flow/transport-logs/message-tracking',
  needs: CUES,
  detect: (scan) => !scan.isMessage && CUES.some((c) => headHas(scan, c)),
  parse({ scan }) {
    const recipients = read(scan);
    if (!recipients || recipients.length === 0) return null;
    const outcomes = new Set(recipients.map((r) => r.action?.value));
    return { recipients, delayed: outcomes.size === 1 && outcomes.has('delayed') };
  },
};
