/**
 * For links that would be too long: only the parts the explanation rests on. The Report's
 * evidence (the words behind each claim, the decision trail, the message fields) points
 * into `Report.document`, whose sections are the parts the engine read. The excerpt keeps:
 *
 * - pasted text: the lines that hold evidence, with a few lines of context, "[…]" for gaps;
 * - a raw message: a new, small message of the same shape — the bounce's own header fields
 *   (without transport noise such as Received and DKIM signatures), its text cut like pasted
 *   text, and the machine-readable parts (delivery status, feedback or disposition report,
 *   the returned message's headers) whole, each in its own MIME part.
 *
 * An excerpt is a different, shorter bounce: the page explains it again before offering it,
 * and says whether the explanation stays the same. Pure TypeScript.
 */
import type { Report, Section } from '../core/types.ts';

export const GAP_LINE = '[…]';

/** Lines kept at the start of a claim's stretch when it is longer than this. */
const LONG_RANGE_LINES = 20;

export interface ExcerptOptions {
  /** Lines kept either side of an evidence line; Infinity keeps text sections whole. */
  context: number;
}

/** The ladder of excerpts tried, smallest first. */
export const EXCERPT_LADDER: readonly ExcerptOptions[] = [{ context: 2 }, { context: 8 }, { context: Infinity }];

/** Every [start, end) range of the document that some claim rests on. */
export function evidenceRanges(report: Report): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const add = (start: number, end: number) => {
    if (Number.isInteger(start) && Number.isInteger(end) && end > start && start >= 0) out.push({ start, end });
  };
  for (const e of report.messageEvidence) add(e.start, e.end);
  for (const r of report.recipients) {
    for (const e of r.evidence) add(e.start, e.end);
    for (const t of r.trail) add(t.start, t.end);
    for (const a of r.authentication) add(a.start, a.end);
    if (r.blocklist) add(r.blocklist.start, r.blocklist.end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lines of doc[from, to) that hold evidence, with context, gaps marked. */
function cutLines(doc: string, from: number, to: number, ranges: { start: number; end: number }[], context: number): string {
  const text = doc.slice(from, to);
  if (context === Infinity) return text;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const keep = new Uint8Array(starts.length);
  const mark = (a: number, b: number) => {
    for (let i = Math.max(0, a); i <= Math.min(starts.length - 1, b); i++) keep[i] = 1;
  };
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const first = lineOf(Math.max(0, r.start - from));
    const last = lineOf(Math.min(text.length, r.end - from) - 1);
    // A claim that rests on a long stretch (a whole pasted text read as one reply) keeps its
    // start and its end: the words that matter come first, the end closes it.
    if (last - first > LONG_RANGE_LINES) {
      mark(first - context, first + LONG_RANGE_LINES);
      mark(last - 1, last + context);
    } else mark(first - context, last + context);
  }
  const out: string[] = [];
  let gap = false;
  for (let i = 0; i < starts.length; i++) {
    if (!keep[i]) {
      gap = true;
      continue;
    }
    if (gap && out.length) out.push(GAP_LINE);
    gap = false;
    out.push(text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : text.length));
  }
  if (gap && out.length) out.push(GAP_LINE);
  return out.join('\n');
}

/** Transport and signature fields: long, and about how the bounce travelled, not why it bounced. */
const NOISE_FIELDS =
  /^(?:received|x-received|dkim-signature|x-google-dkim-signature|arc-seal|arc-message-signature|arc-authentication-results|x-gm-message-state|x-google-smtp-source|content-type|content-transfer-encoding|mime-version|content-length)$/i;

const BOUNDARY = '=_diagnostic_excerpt_=';

/** The excerpt of a Report's document (see the top of this file). */
export function diagnosticExcerpt(report: Report, options: ExcerptOptions = EXCERPT_LADDER[0]): string {
  const doc = report.document;
  const ranges = evidenceRanges(report);
  const sections = report.sections;
  const headers = sections.find((s) => s.label === 'Message headers');
  if (!headers) {
    return sections.map((s) => cutLines(doc, s.start, s.end, ranges, options.context)).join(`\n${GAP_LINE}\n`);
  }
  const holds = (s: Section) => ranges.some((r) => r.start < s.end && r.end > s.start);
  const fieldLines = doc
    .slice(headers.start, headers.end)
    .split('\n')
    .filter((line, index, lines) => {
      const name = /^([^:\s]+):/.exec(line)?.[1];
      if (!name) return false;
      if (!NOISE_FIELDS.test(name)) return true;
      // A noisy field stays when a claim rests on it.
      const start = headers.start + lines.slice(0, index).reduce((n, l) => n + l.length + 1, 0);
      return ranges.some((r) => r.start < start + line.length && r.end > start);
    });
  const find = (label: string) => sections.filter((s) => s.label === label);
  const dsn = find('Delivery status');
  const feedback = find('Feedback report');
  const disposition = find('Disposition notification');
  const returned = find('Returned message headers');
  const texts = sections.filter((s) => s.label.startsWith('Message text'));
  const reportType = dsn.length ? 'delivery-status' : feedback.length ? 'feedback-report' : disposition.length ? 'disposition-notification' : null;

  const parts: string[] = [];
  for (const s of texts) {
    if (options.context !== Infinity && !holds(s) && parts.length) continue;
    parts.push(`Content-Type: text/plain; charset=utf-8\n\n${cutLines(doc, s.start, s.end, ranges, options.context)}`);
  }
  for (const s of dsn) parts.push(`Content-Type: message/delivery-status\n\n${doc.slice(s.start, s.end)}`);
  for (const s of feedback) parts.push(`Content-Type: message/feedback-report\n\n${doc.slice(s.start, s.end)}`);
  for (const s of disposition) parts.push(`Content-Type: message/disposition-notification\n\n${doc.slice(s.start, s.end)}`);
  for (const s of returned) parts.push(`Content-Type: text/rfc822-headers\n\n${doc.slice(s.start, s.end)}`);

  const type = reportType ? `multipart/report; report-type=${reportType}` : 'multipart/mixed';
  return [
    ...fieldLines,
    'MIME-Version: 1.0',
    `Content-Type: ${type}; boundary="${BOUNDARY}"`,
    '',
    ...parts.map((p) => `--${BOUNDARY}\n${p.replace(/\s+$/, '')}\n`),
    `--${BOUNDARY}--`,
    '',
  ].join('\n');
}
