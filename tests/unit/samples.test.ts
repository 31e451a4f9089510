/**
 * The golden harness: every folder in tests/fixtures/samples holds an input (`input.txt`,
 * pasted text, or `input.eml`, a raw message read as bytes) and `expected.json`, the
 * verdict and the exact words each piece of evidence highlights.
 *
 *   FILTER=postfix npx vitest run tests/unit/samples.test.ts   run some samples
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/samples.test.ts  rewrite expected.json
 *
 * On a mismatch the actual result is written beside the expected one as `_actual.json`
 * (git-ignored). Each sample also runs with CRLF and CR line endings: the verdicts must not
 * change and every span must still point inside the document; each pasted text also runs
 * with the no-break spaces a copy from a rendered view has.
 */
import { describe, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, type Report } from '../../src/lib/core/index.ts';
import { ROOT } from '../helpers/shared.ts';

const SAMPLES = join(ROOT, 'tests/fixtures/samples');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FILTER = process.env.FILTER;

interface Golden {
  kind: string;
  format: string | null;
  provider: string | null;
  recipients: {
    address: string | null;
    action: string | null;
    status: string | null;
    replyCode: string | null;
    command: string | null;
    reason: string;
    permanent: boolean | null;
    hardBounce: boolean;
    owner: string;
    /** The rule that decided the reason, how sure it is, and the trail as `outcome rule → reason`. */
    rule: string | null;
    confidence: string;
    trail: string[];
    evidence: { field: string; excerpt: string }[];
    /** Only when a provider rule decided: its id and the provider's meaning. */
    providerRule?: { rule: string | null; meaning: string; docs: string | null };
    /** Only when a blocklist is named as the cause. */
    blocklist?: { id: string; listed: { type: string; value: string | null }; owner: string; lookup: string | null; excerpt: string };
    /** Only when the bounce states authentication results. */
    authentication?: { method: string; result: string; subject: string | null; from: string; excerpt: string }[];
  }[];
}

function toGolden(report: Report): Golden {
  return {
    kind: report.kind,
    format: report.format,
    provider: report.provider,
    recipients: report.recipients.map((r) => ({
      address: r.address,
      action: r.action,
      status: r.status,
      replyCode: r.replyCode,
      command: r.command,
      reason: r.reason,
      permanent: r.permanent,
      hardBounce: r.hardBounce,
      owner: r.owner,
      rule: r.rule,
      confidence: r.confidence,
      trail: r.trail.map((t) => `${t.outcome} ${t.rule} → ${t.reason}`),
      evidence: r.evidence.map((e) => ({ field: e.field, excerpt: report.document.slice(e.start, e.end) })),
      ...(r.providerMeaning ? { providerRule: { rule: r.rule, meaning: r.providerMeaning.text, docs: r.providerMeaning.docs } } : {}),
      ...(r.blocklist
        ? {
            blocklist: {
              id: r.blocklist.id,
              listed: r.blocklist.listed,
              owner: r.blocklist.owner,
              lookup: r.blocklist.lookup,
              excerpt: report.document.slice(r.blocklist.start, r.blocklist.end),
            },
          }
        : {}),
      ...(r.authentication.length
        ? {
            authentication: r.authentication.map((a) => ({
              method: a.method,
              result: a.result,
              subject: a.subject,
              from: a.from,
              excerpt: report.document.slice(a.start, a.end),
            })),
          }
        : {}),
    })),
  };
}

function load(dir: string): { input: string | Uint8Array; raw: string; isText: boolean } {
  const txt = join(dir, 'input.txt');
  if (existsSync(txt)) {
    const raw = readFileSync(txt, 'utf8');
    return { input: raw, raw, isText: true };
  }
  const bytes = new Uint8Array(readFileSync(join(dir, 'input.eml')));
  return { input: bytes, raw: Buffer.from(bytes).toString('latin1'), isText: false };
}

function withLineEnds(raw: string, isText: boolean, ending: string): string | Uint8Array {
  const text = raw.replace(/\r\n?|\n/g, ending);
  return isText ? text : new Uint8Array(Buffer.from(text, 'latin1'));
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const names = readdirSync(SAMPLES).filter((n) => !FILTER || n.includes(FILTER)).sort();

describe('golden samples', () => {
  it('has samples to run', ({ expect }) => {
    expect(names.length).toBeGreaterThan(FILTER ? 0 : 10);
  });

  for (const name of names) {
    const dir = join(SAMPLES, name);
    it(name, ({ expect }) => {
      const { input } = load(dir);
      const report = explain(input);
      const actual = toGolden(report);
      const expectedPath = join(dir, 'expected.json');
      const actualPath = join(dir, '_actual.json');
      if (UPDATE || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      }
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Golden;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) writeFileSync(actualPath, JSON.stringify(actual, null, 2) + '\n');
      else if (existsSync(actualPath)) rmSync(actualPath);
      expect(actual).toEqual(expected);
      for (const r of report.recipients) {
        for (const e of r.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(report.document.length);
          expect(e.end).toBeGreaterThan(e.start);
        }
      }
    });

    for (const [label, ending] of [
      ['CRLF', '\r\n'],
      ['CR', '\r'],
    ] as const) {
      it(`${name} (${label} line endings)`, ({ expect }) => {
        const { raw, isText } = load(dir);
        const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Golden;
        const report = explain(withLineEnds(raw, isText, ending));
        expect(report.kind).toBe(expected.kind);
        expect(
          report.recipients.map((r) => [r.address, r.reason, r.rule, r.confidence, r.status, r.replyCode, r.permanent, r.hardBounce]),
        ).toEqual(expected.recipients.map((r) => [r.address, r.reason, r.rule, r.confidence, r.status, r.replyCode, r.permanent, r.hardBounce]));
        for (const [i, r] of report.recipients.entries()) {
          const excerpts = r.evidence.map((e) => {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(report.document.length);
            return collapse(report.document.slice(e.start, e.end));
          });
          expect(excerpts).toEqual(expected.recipients[i].evidence.map((e) => collapse(e.excerpt)));
        }
      });
    }

    // Text copied from a mail app's rendered view has no-break spaces for its indentation
    // and in runs of spaces: the verdicts must not change.
    if (existsSync(join(dir, 'input.txt'))) {
      it(`${name} (no-break spaces, as copied from a rendered view)`, ({ expect }) => {
        const { raw } = load(dir);
        const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Golden;
        const copied = raw.replace(/^ +/gm, (m) => '\u00a0'.repeat(m.length)).replace(/ {2}/g, '\u00a0 ');
        const report = explain(copied);
        expect(report.kind).toBe(expected.kind);
        expect(
          report.recipients.map((r) => [r.address, r.reason, r.rule, r.confidence, r.status, r.replyCode, r.permanent, r.hardBounce]),
        ).toEqual(expected.recipients.map((r) => [r.address, r.reason, r.rule, r.confidence, r.status, r.replyCode, r.permanent, r.hardBounce]));
      });
    }
  }
});
