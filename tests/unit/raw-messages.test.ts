/**
 * Raw messages as real servers send them (tests/fixtures/trust/raw-cases.ts): beyond the trust
 * expectations (trust.test.ts runs those), the MIME reader must decode what the message says
 * (statuses, Subject, From, the text of each charset and transfer encoding), and every span
 * must point at the very characters it claims: an address span holds the address, a status
 * span the status, a reply-code span the code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, type Report } from '../../src/lib/core/index.ts';
import { splitMbox } from '../../src/lib/core/parse/mbox.ts';
import { ROOT } from '../helpers/shared.ts';
import { RAW_CASES_LANG28 } from '../fixtures/trust/raw-lang28.ts';
import { RAW_CASES_29 } from '../fixtures/trust/raw-cases-29.ts';
import { RAW_CASES, RAW_CASES_2, RAW_CASES_3, RAW_CASES_4, RAW_CASES_5, RAW_CASES_6, RAW_CASES_7, RAW_CASES_8, RAW_CASES_9, RAW_CASES_10, RAW_CASES_11, RAW_CASES_28, type RawCase } from '../fixtures/trust/raw-cases.ts';

const DIR = join(ROOT, 'tests/fixtures/trust');
const ALL = [...RAW_CASES, ...RAW_CASES_2, ...RAW_CASES_3, ...RAW_CASES_4, ...RAW_CASES_5, ...RAW_CASES_6, ...RAW_CASES_7, ...RAW_CASES_8, ...RAW_CASES_9, ...RAW_CASES_10, ...RAW_CASES_11, ...RAW_CASES_28, ...RAW_CASES_29, ...RAW_CASES_LANG28];

function run(c: RawCase): Report {
  if (c.file.endsWith('.txt')) return explain(readFileSync(join(DIR, c.file), 'utf8'));
  const bytes = new Uint8Array(readFileSync(join(DIR, c.file)));
  if (c.message === undefined) return explain(bytes);
  const range = splitMbox(new TextDecoder('latin1').decode(bytes)).messages[c.message - 1];
  expect(range, `${c.file} has a message ${c.message}`).toBeDefined();
  return explain(bytes.slice(range.start, range.end));
}

/** Problems with the spans: each address / status / reply-code span must hold its value. */
export function spanProblems(report: Report): string[] {
  const out: string[] = [];
  for (const r of report.recipients) {
    const want: Record<string, string | null> = { address: r.address, status: r.status, replyCode: r.replyCode };
    for (const e of r.evidence) {
      const value = want[e.field];
      if (value === undefined || value === null) continue;
      const got = report.document.slice(e.start, e.end);
      // An address span may hold the address with its local part's case as written.
      // A status span holds one of the statuses read (the DSN's 5.0.0 beside the reply's 5.7.1).
      const same =
        e.field === 'address' ? got.toLowerCase() === value.toLowerCase() : e.field === 'status' ? r.statuses.some((x) => x.code === got) : got === value;
      // A span that holds the value as written (escapes) must say it is shown decoded.
      if (!same && !(e.note ?? '').includes('decoded')) out.push(`${e.field} span holds ${JSON.stringify(got.slice(0, 80))}, not ${JSON.stringify(value)}`);
    }
    if (r.address !== null && !r.evidence.some((e) => e.field === 'address')) out.push(`no span for ${r.address}`);
  }
  return out;
}

describe('raw messages as servers send them', () => {
  it.each(ALL.map((c) => [c.message === undefined ? c.file : `${c.file}#${c.message}`, c] as const))('%s', (_name, c) => {
    const report = run(c);
    const where = `${c.file} (${c.why})`;
    if (c.statuses) expect(report.recipients.map((r) => r.status), where).toEqual(c.statuses);
    if (c.actions) expect(report.recipients.map((r) => r.action), where).toEqual(c.actions);
    if (c.subject !== undefined) expect(report.message.subject, where).toBe(c.subject);
    if (c.fromHas !== undefined) expect(report.message.from ?? '', where).toContain(c.fromHas);
    // (The document reads typographic quotes as plain ones where the input was not all ASCII, see scan.ts.)
    const plain = (t: string): string => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
    for (const text of c.documentHas ?? []) expect(plain(report.document), `${where}: shows ${text}`).toContain(plain(text));
    for (const words of c.warningHas ?? []) {
      expect(report.warnings.map((w) => w.message.toLowerCase()).join('\n'), `${where}: a warning says ${words}`).toContain(words.toLowerCase());
    }
    expect(report.document, `${where}: no replacement characters`).not.toContain('\uFFFD');
    expect(spanProblems(report), where).toEqual([]);
  });
});

function isUtf16(file: string): boolean {
  const b = readFileSync(join(DIR, file));
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

/** The same bytes with every line end written another way (LF, CRLF, CR alone). */
function withLineEnds(bytes: Uint8Array, eol: 'lf' | 'crlf' | 'cr'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 13 || b === 10) {
      if (b === 13 && bytes[i + 1] === 10) i++;
      if (eol !== 'lf') out.push(13);
      if (eol !== 'cr') out.push(10);
    } else out.push(b);
  }
  return Uint8Array.from(out);
}

describe('raw messages read the same with any line ends', () => {
  // (Files whose bytes are not 8-bit text are left out: a UTF-16 file, an Outlook .msg.)
  const files = ALL.filter((c) => c.message === undefined && c.file.endsWith('.eml') && !isUtf16(c.file)).map((c) => c.file);
  it.each([...new Set(files)])('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    const seen = (eol: 'lf' | 'crlf' | 'cr') =>
      explain(withLineEnds(bytes, eol)).recipients.map((r) => `${r.address} ${r.reason} ${r.status} ${r.permanent} ${r.hardBounce}`);
    const lf = seen('lf');
    expect(seen('crlf'), 'CRLF').toEqual(lf);
    expect(seen('cr'), 'CR').toEqual(lf);
  });
});

describe('spans point at the bytes as sent, or their section says how it was decoded', () => {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
  it.each(ALL.filter((c) => c.message === undefined && /\.emlx?$/.test(c.file)).map((c) => c.file))('%s', (file) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, file)));
    // (A file saved as UTF-16 is sent as that text.)
    const sent = isUtf16(file) ? [norm(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes))] : [norm(new TextDecoder('utf-8').decode(bytes)), norm(new TextDecoder('latin1').decode(bytes))];
    const report = explain(bytes);
    const problems: string[] = [];
    for (const r of report.recipients) {
      for (const e of r.evidence) {
        if (e.field === 'reason' || e.field === 'diagnostic' || (e.note ?? '').includes('decoded')) continue;
        const section = report.sections.find((s) => s.start <= e.start && e.end <= s.end);
        if (!section || section.decoded) continue;
        const text = norm(report.document.slice(e.start, e.end));
        if (!sent.some((s) => s.includes(text))) problems.push(`${e.field} ${JSON.stringify(text)} in "${section.label}" is not in the bytes as sent`);
      }
    }
    expect(problems).toEqual([]);
  });
});
