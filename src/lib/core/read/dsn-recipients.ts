/**
 * DSN fields (RFC 3464) → raw recipients. Reads every delivery-status part and, when a
 * message has none, DSN fields written into its text (some MTAs do that; people paste
 * them too).
 */
import type { Scan } from '../scan.ts';
import type { Found, RawRecipient } from '../formats/types.ts';
import { readDsn, typedValue, type DsnField, type DsnReport } from '../parse/dsn.ts';
import { firstAddress } from './address.ts';
import { TextView } from '../text/view.ts';
import { dropRepeatedPrefixes } from './diagnostic.ts';
import { textEnd } from './text-blocks.ts';
import { budget, ITEM_UNITS } from '../budget.ts';

export interface DsnReading {
  recipients: RawRecipient[];
  reportingMta?: Found;
  arrivalDate?: Found;
}

/**
 * The value without a trailing comment: `dns; mx.example.org (192.0.2.1)` → `dns;
 * mx.example.org`. The same as replacing /\s*\(.*?\)\s*$/ (the comment opens at the first
 * `(` on the line of the final `)`), by index: that regex retries from every `(`, in time
 * the square of a long run of them.
 */
export function withoutTrailingComment(v: string): string {
  let e = v.length;
  while (e > 0 && isSpace(v.charCodeAt(e - 1))) e--;
  if (e === 0 || v.charCodeAt(e - 1) !== 41 /* ) */) return v;
  let line = e - 1;
  while (line > 0 && !isLineBreak(v.charCodeAt(line - 1))) line--;
  const open = v.indexOf('(', line);
  if (open === -1 || open >= e - 1) return v;
  let s = open;
  while (s > 0 && isSpace(v.charCodeAt(s - 1))) s--;
  return v.slice(0, s);
}

/** What /\s/ matches, by code (white space and line terminators; no regex test per char). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** What /[\n\r\u2028\u2029]/ matches. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function found(field: DsnField | undefined, typed = true): Found | undefined {
  if (!field) return undefined;
  if (!typed) return { value: field.value, start: field.valueStart, end: field.valueEnd };
  const t = typedValue(field);
  const value = withoutTrailingComment(t.value);
  return { value, start: t.start, end: Math.min(t.start + value.length, field.valueEnd) };
}

/** RFC 6533 §3: a utf-8 address type may write characters as \\x{HEX} (utf-8-addr-xtext). */
function decodeEmbedded(value: string): string {
  return value.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (all, hex: string) => {
    const cp = parseInt(hex, 16);
    return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? all : String.fromCodePoint(cp);
  });
}

function addressOf(document: string, field: DsnField | undefined): Found | null {
  if (!field) return null;
  const t = typedValue(field);
  if (t.value.includes('\\x{')) {
    // The field is the recipient's position: its one token, decoded, is the address, whatever
    // characters the escapes stand for (RFC 6531 allows any non-ASCII one: `snow\\x{2603}man@…`).
    // The span holds the escaped form as the report wrote it, and says so.
    const written = withoutTrailingComment(t.value);
    const token = decodeEmbedded(written).replace(/^<|>$/g, '');
    const a = RE_ONE_ADDRESS.test(token) ? { address: token } : firstAddress(decodeEmbedded(written));
    if (a) return { value: a.address, start: t.start, end: t.start + written.length, note: DECODED_NOTE };
  }
  const a = firstAddress(document, field.valueStart, field.valueEnd);
  if (a) return { value: a.address, start: a.start, end: a.end };
  // No address syntax we know (a local part alone, an odd domain): keep it only when it is
  // one token, never a run of words from a broken field, nor a mailbox file or program
  // (Exim writes "Final-Recipient: rfc822;/var/mail/…" for a local delivery).
  const value = t.value.replace(/^<|>$/g, '');
  if (!value || /^[/|]/.test(value) || !/^[^\s@<>]+(?:@[^\s@<>]+)?$/.test(value)) return null;
  return { value, start: t.start, end: t.start + t.value.length };
}

/** One address token: a local part and a domain, no blank, no second `@`. */
const RE_ONE_ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/** The note of a span that holds an address written with escapes, not as the address reads. */
const DECODED_NOTE = 'written with RFC 6533 \\x{…} escapes; the address is shown decoded';

const RE_WORD_END = /[\s(;]/;

/** The text before the first blank, '(' or ';': what split(/[\s(;]/)[0] gives, without making the array. */
function firstWord(s: string): string {
  const i = s.search(RE_WORD_END);
  return i === -1 ? s : s.slice(0, i);
}

function fromReport(document: string, report: DsnReport, out: DsnReading): void {
  if (report.reportingMta && !out.reportingMta) out.reportingMta = found(report.reportingMta);
  if (report.arrivalDate && !out.arrivalDate) out.arrivalDate = found(report.arrivalDate, false);
  const work = budget();
  for (const r of report.recipients) {
    work.spend(ITEM_UNITS, r.block.start);
    // Final-Recipient first; when it names no address (a mailbox file), X-Actual-Recipient
    // or Original-Recipient.
    const final = addressOf(document, r.finalRecipient);
    const actual = addressOf(document, r.extra.find((f) => f.name === 'x-actual-recipient'));
    const address = final ?? actual ?? addressOf(document, r.originalRecipient);
    const rcpt: RawRecipient = { address, addressSource: 'dsn' };
    // Sendmail names the alias it was given in Final-Recipient and the mailbox the alias
    // expanded to in X-Actual-Recipient: the remote server's refusal is that mailbox's.
    if (final && actual && actual.value.includes('@') && actual.value.toLowerCase() !== final.value.toLowerCase()) rcpt.expandedTo = actual;
    if (r.originalRecipient) rcpt.originalRecipient = addressOf(document, r.originalRecipient) ?? undefined;
    if (r.action) {
      const v = firstWord(r.action.value.toLowerCase());
      rcpt.action = { value: v, start: r.action.valueStart, end: r.action.valueStart + firstWord(r.action.value).length };
    }
    if (r.status) {
      const m = /[245]\.[0-7]\.\d{1,3}/.exec(r.status.value);
      if (m) {
        const s = r.status.valueStart + r.status.value.indexOf(m[0]);
        rcpt.status = { value: m[0], start: s, end: s + m[0].length };
      }
    }
    if (r.remoteMta) rcpt.remoteMta = found(r.remoteMta);
    if (r.diagnosticCode) {
      const t = typedValue(r.diagnosticCode);
      if (t.type) rcpt.diagnosticType = { value: t.type, start: r.diagnosticCode.valueStart, end: r.diagnosticCode.valueStart + t.type.length };
      const view = new TextView().append(document, t.start, r.diagnosticCode.valueEnd);
      if (view.length) rcpt.diagnostic = dropRepeatedPrefixes(view);
    }
    out.recipients.push(rcpt);
  }
}

/**
 * "ecipient" or "ECIPIENT" in a text: one regular-expression search (which skips ahead
 * through the text) costs a quarter of two indexOf calls, whose search stops at every "e".
 */
const RE_RECIPIENT_WORD = /ecipient|ECIPIENT/;

/** A Final-Recipient's value (RFC 3464 §2.3.2): an address type and ";", then the address (the type left out by some MTAs). */
export const RE_FINAL_RECIPIENT_VALUE = /^[ \t]*(?:[a-z0-9-]+[ \t]*;[ \t]*)?<?[^\s<>@;,"]+@/i;

/** Recipients from DSN parts, or from DSN fields in the text when there is no DSN part. */
export function readDsnRecipients(scan: Scan): DsnReading {
  const out: DsnReading = { recipients: [] };
  for (const range of scan.dsn) fromReport(scan.document, readDsn(scan.document, range.start, range.end), out);
  if (out.recipients.length === 0) {
    for (const range of scan.bodies) {
      const doc = scan.document;
      // Cheap pre-check before reading the text as fields, first of the whole range (a text
      // without the word needs no search for where the returned original starts in it).
      const whole = doc.slice(range.start, range.end);
      if (!RE_RECIPIENT_WORD.test(whole)) continue;
      // Only the report itself, not the returned original after it, can hold its fields.
      const end = textEnd(doc, range);
      const text = doc.slice(range.start, end);
      if (end < range.end && !RE_RECIPIENT_WORD.test(text)) continue;
      const i = text.search(/^(?:final|original)-recipient\s*:/im);
      if (i === -1) continue;
      // Start reading at the line before a per-message block when there is one.
      let from = range.start + i;
      const rm = text.search(/^reporting-mta\s*:/im);
      if (rm !== -1 && rm < i) from = range.start + rm;
      const report = readDsn(doc, from, end);
      // (Fields in text are a report's only where a Final-Recipient's value is an address, as
      // RFC 3464 §2.3.2 writes it, "rfc822; a@…": a page that explains the fields, "Final-
      // Recipient: the address the server tried, e.g. rfc822; a@…", names none.)
      report.recipients = report.recipients.filter((r) => !r.finalRecipient || RE_FINAL_RECIPIENT_VALUE.test(r.finalRecipient.value));
      fromReport(doc, report, out);
    }
  }
  out.recipients = outcomeOfEach(out.recipients);
  return out;
}

/** Which outcome of one address's groups stands: a failure ends the tries, a delay is a try. */
const OUTCOME_RANK: Readonly<Record<string, number>> = { failed: 3, delivered: 2, relayed: 2, expanded: 2, delayed: 1 };

/**
 * One address (with the same Original-Recipient) in several groups of a report, as a gateway
 * writes each attempt ("Action: delayed" at the first MX, "Action: failed … 5.1.1" at the
 * second): one recipient, read by the group with its outcome (failed over delivered over
 * delayed, the later of two alike), in the place of its first group. Two aliases that reached
 * one mailbox stay two recipients.
 */
const isFailed = (r: RawRecipient): boolean => r.action?.value.toLowerCase() === 'failed';

function outcomeOfEach(recipients: RawRecipient[]): RawRecipient[] {
  if (recipients.length < 2) return recipients;
  const key = (r: RawRecipient): string | null =>
    r.address ? `${r.address.value.toLowerCase()}|${(r.originalRecipient?.value ?? r.address.value).toLowerCase()}` : null;
  const best = new Map<string, RawRecipient>();
  let twice = false;
  for (const r of recipients) {
    const k = key(r);
    if (k === null) continue;
    const kept = best.get(k);
    if (!kept) best.set(k, r);
    else {
      twice = true;
      if ((OUTCOME_RANK[r.action?.value ?? ''] ?? 0) >= (OUTCOME_RANK[kept.action?.value ?? ''] ?? 0)) {
        // Two failures that name two causes (their Status differs): the later stands, the
        // other goes with it, so that the verdict can say the report disagrees with itself.
        if (isFailed(r) && isFailed(kept) && r.status && kept.status && r.status.value !== kept.status.value) r.otherFailure = kept;
        best.set(k, r);
      }
    }
  }
  if (!twice) return recipients;
  const out: RawRecipient[] = [];
  const placed = new Set<string>();
  for (const r of recipients) {
    const k = key(r);
    if (k === null) out.push(r);
    else if (!placed.has(k)) {
      placed.add(k);
      out.push(best.get(k)!);
    }
  }
  return out;
}
