/**
 * Never confidently wrong: the trust cases of tests/fixtures/trust (see cases.ts there).
 * Each case is read as a person pastes it (`.txt` as a string, `.eml` as bytes), and its
 * verdicts must hold per recipient: the address, the reason, permanent, hard bounce, and
 * no `high` confidence where the text is ambiguous. A hard bounce is never given with
 * confidence `low`, nor for a temporary answer.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, NON_FAILURE_REASONS, type RecipientReport } from '../../src/lib/core/index.ts';
import { splitMbox } from '../../src/lib/core/parse/mbox.ts';
import { ROOT } from '../helpers/shared.ts';
import { TRUST_CASES, type RecipientMust, type TrustCase } from '../fixtures/trust/cases.ts';

const DIR = join(ROOT, 'tests/fixtures/trust');

/** What a person brings: a `.txt` as a string, an `.eml` (or an Outlook `.msg`) as bytes, one message of an `.mbox` as bytes (as the page picks it). */
function run(c: TrustCase) {
  const path = join(DIR, c.file);
  if (c.message === undefined) return explain(/\.(?:emlx?|msg)$/.test(c.file) ? new Uint8Array(readFileSync(path)) : readFileSync(path, 'utf8'));
  const bytes = new Uint8Array(readFileSync(path));
  const range = splitMbox(new TextDecoder('latin1').decode(bytes)).messages[c.message - 1];
  expect(range, `${c.file} has a message ${c.message}`).toBeDefined();
  return explain(bytes.slice(range.start, range.end));
}

function oneOf<T>(want: T | readonly T[], got: T): boolean {
  return Array.isArray(want) ? (want as readonly T[]).includes(got) : want === got;
}

function check(must: RecipientMust, r: RecipientReport, where: string): void {
  const seen = `${where}: ${r.address} ${r.reason} ${r.status ?? '-'} permanent=${r.permanent} hard=${r.hardBounce} confidence=${r.confidence} (${r.rule})`;
  expect(oneOf(must.address, r.address), `address; ${seen}`).toBe(true);
  if (must.reason !== 'any') expect(must.reason, `reason; ${seen}`).toContain(r.reason);
  expect(r.hardBounce, `hard bounce; ${seen}`).toBe(must.hardBounce);
  if (must.permanent !== 'any') expect(oneOf(must.permanent, r.permanent), `permanent; ${seen}`).toBe(true);
  if (must.notHigh) expect(r.confidence, `confidence; ${seen}`).not.toBe('high');
}

describe('trust cases: never confidently wrong', () => {
  it.each(TRUST_CASES.map((c) => [c.message === undefined ? c.file : `${c.file}#${c.message}`, c] as const))('%s', (_name, c) => {
    const report = run(c);
    const where = `${c.file} (${c.why})`;
    expect(c.kind, `kind ${report.kind}; ${where}`).toContain(report.kind);
    if (c.quoted !== undefined) expect(report.quoted, `quoted; ${where}`).toBe(c.quoted);
    // A recipient marked optional may be left out (only the last ones of the list are).
    const needed = c.recipients.filter((m) => !m.optional).length;
    expect(report.recipients.length, `${report.recipients.map((r) => r.address)}; ${where}`).toBeGreaterThanOrEqual(needed);
    expect(report.recipients.length, `${report.recipients.map((r) => r.address)}; ${where}`).toBeLessThanOrEqual(c.recipients.length);
    report.recipients.forEach((r, i) => check(c.recipients[i], r, where));
    for (const a of c.notRecipients ?? []) expect(report.recipients.map((r) => r.address), where).not.toContain(a);
    for (const r of report.recipients) {
      // The rules every verdict keeps, whatever the case.
      if (r.hardBounce) {
        expect(r.confidence, where).not.toBe('low');
        expect(r.permanent, where).not.toBe(false);
      }
      if (NON_FAILURE_REASONS.includes(r.reason)) expect(r.hardBounce, where).toBe(false);
    }
  });

  it('has a case for every file of the folder, and a file for every case', () => {
    const files = readdirSync(DIR).filter((f) => /\.(?:txt|emlx?|mbox|msg)$/.test(f)).sort();
    expect([...new Set(TRUST_CASES.map((c) => c.file))].sort()).toEqual(files);
  });

  it('covers every family with enough cases', () => {
    const count = new Map<string, number>();
    for (const c of TRUST_CASES) count.set(c.family, (count.get(c.family) ?? 0) + 1);
    expect(TRUST_CASES.length).toBeGreaterThanOrEqual(60);
    const families = ['not-a-bounce', 'ambiguous', 'clear', 'several-or-quoted', 'as-pasted', 'sender-side', 'temporary', 'codes', 'policy', 'content', 'auto-reply', 'addresses'];
    for (const family of families) expect(count.get(family) ?? 0, family).toBeGreaterThanOrEqual(7);
    // Both forms people bring: pasted text and raw messages.
    expect(TRUST_CASES.filter((c) => c.file.endsWith('.eml')).length).toBeGreaterThanOrEqual(30);
  });
});

/**
 * The pasted cases as they also arrive: saved with CRLF line ends (a Windows file, the CLI),
 * quoted whole with "> " (copied out of a reply that quotes them), or with a blank line between
 * all their lines (copied out of a view that makes each line a paragraph). None of those may
 * make a verdict firmly wrong: a hard bounce the case forbids or of another address, or a sure
 * reason or permanence the case does not accept.
 */
const PASTE_FORMS: [string, (t: string) => string][] = [
  ['CRLF line ends', (t) => t.replace(/\r?\n/g, '\r\n')],
  ['quoted whole with "> "', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['a blank line between all lines', (t) => t.split(/\r?\n/).join('\n\n')],
];

/**
 * Left, with a blank line between all lines, each two traps at once: an address broken at its
 * hyphen ("maximiliane.schoenberger-" / "lindqvist@…"), or a forward's own header block above a
 * notice that names no recipient. Read as they stand the blank line hides what ties the lines.
 */
const DOUBLE_SPACED_LEFT = new Set(['addr-wrapped-hyphen.txt', 'fwd-ja-header-to.txt', 'addr-pasted-own-headers.txt']);

function firmlyWrong(c: TrustCase, text: string): string[] {
  const report = explain(text);
  const out: string[] = [];
  const forbidden = new Set(c.notRecipients ?? []);
  report.recipients.forEach((r, i) => {
    const must = c.recipients.find((m) => r.address !== null && oneOf(m.address, r.address)) ?? c.recipients[i];
    const seen = `${r.address} ${r.reason} ${r.status ?? '-'} permanent=${r.permanent} hard=${r.hardBounce} ${r.confidence}`;
    if (r.hardBounce && (!must || !must.hardBounce || (r.address !== null && (forbidden.has(r.address) || !oneOf(must.address, r.address))))) out.push(`hard bounce: ${seen}`);
    if (!must || r.confidence !== 'high') return;
    if (must.reason !== 'any' && !must.reason.includes(r.reason)) out.push(`sure of the reason: ${seen}`);
    if (must.permanent !== 'any' && !oneOf(must.permanent, r.permanent)) out.push(`sure of permanence: ${seen}`);
  });
  return out;
}

describe('trust cases pasted in other forms: never confidently wrong', () => {
  const pasted = TRUST_CASES.filter((c) => c.file.endsWith('.txt'));
  it.each(PASTE_FORMS)('%s', (form, copy) => {
    const wrong: string[] = [];
    for (const c of pasted) {
      if (form.startsWith('a blank line') && DOUBLE_SPACED_LEFT.has(c.file)) continue;
      const found = firmlyWrong(c, copy(readFileSync(join(DIR, c.file), 'utf8')));
      if (found.length) wrong.push(`${c.file}: ${found.join('; ')}`);
    }
    expect(pasted.length).toBeGreaterThan(700);
    expect(wrong).toEqual([]);
  });
});
