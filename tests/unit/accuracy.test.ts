/**
 * Accuracy floors over the shared corpus, and a guard that our scorer (bench/score.ts)
 * and the official one (score-corpus.mjs in the shared tools) agree to the character.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRecords, corpusFiles, loadLabels, OFFICIAL_SCORER } from '../../bench/corpus.ts';
import { floorPct, meetsFloors, officialOutput, scoreCorpus, type Label, type Score } from '../../bench/score.ts';
import { RECIPIENT_FIELDS, RECORD_FIELDS, type CliRecord } from '../../src/cli/format.ts';
import { CORPUS_EMAILS, CORPUS_LABELS, HAVE_CORPUS, NO_CORPUS_MESSAGE } from '../helpers/shared.ts';

/** Share of recipients whose reason must agree with Sisimai's. */
const REASON_FLOOR = 0.91;
/** Share of real RFC 3463 status codes (not Sisimai's x.0.9NN placeholders) that must agree. */
const STATUS_FLOOR = 0.98;

const HAVE_SCORER = existsSync(OFFICIAL_SCORER);
const NO_SCORER_MESSAGE = `official scorer not found at ${OFFICIAL_SCORER}: the scorer cross-checks are skipped`;
if (!HAVE_CORPUS) console.warn(NO_CORPUS_MESSAGE);
if (!HAVE_SCORER) console.warn(NO_SCORER_MESSAGE);

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bounce-accuracy-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function writeJsonl(name: string, records: readonly unknown[]): string {
  const path = join(tmp, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r) + '\n').join(''));
  return path;
}

function runOfficial(labelsPath: string, resultsPath: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [OFFICIAL_SCORER, labelsPath, CORPUS_EMAILS, resultsPath, ...flags], {
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pctText = (x: number) => `${x.toFixed(1)}%`;

describe.skipIf(!HAVE_SCORER)('bench/score.ts matches the official scorer', () => {
  // Hand-made labels and results covering every rule: placeholders, missing output,
  // mbox suffixes, duplicate results, case, not-bounce samples, null recipients.
  const labels: Label[] = [
    { file: 'a.eml', engine: 'Postfix', expected: [{ status: '5.1.1', replycode: '550', reason: 'userunknown', hardbounce: true }] },
    {
      file: 'b.eml',
      engine: 'Postfix',
      expected: [
        { status: '5.0.910', replycode: '', reason: 'filtered', hardbounce: false },
        { status: '4.2.2', replycode: '452', reason: 'mailboxfull', hardbounce: false },
      ],
    },
    { file: 'c.eml', engine: 'Exim', expected: [{ status: '5.7.1', replycode: '554', reason: 'blocked', hardbounce: false }] },
    { file: 'd.eml', engine: 'Exim', expected: [{ status: '', replycode: '', reason: 'feedback', hardbounce: false }] },
    { file: 'e.eml', engine: 'Google', expected: [], notbounce: true },
    { file: 'f.eml', engine: 'Google', expected: [], notbounce: true },
    { file: 'g.eml', engine: 'Google', expected: [{ status: '5.2.1', replycode: '550', reason: 'suspend', hardbounce: false }] },
  ];
  const results = [
    { source: '/x/a.eml', recipients: [{ reason: 'UserUnknown', status: '5.1.1', replyCode: '550', hardBounce: true }] },
    { source: '/x/a.eml', recipients: [] }, // a second result for a.eml is ignored
    { source: 'dir/b.eml#1', recipients: [{ reason: 'filtered', status: '5.0.0', replyCode: null, hardBounce: false }] },
    { source: 'dir/b.eml#2', recipients: [{ reason: 'mailboxfull' }] },
    { file: 'c.eml', recipients: [{ reason: 'blocked', status: '5.7.1', replyCode: 554, hardBounce: 0 }, null] },
    { source: 'd.eml', recipients: [{ reason: 'feedback', status: null }] },
    { source: 'e.eml', recipients: [{ reason: 'delivered' }, { reason: 'vacation' }] },
    { source: 'f.eml', recipients: [{ reason: 'userunknown' }] },
    // g.eml has no output at all
  ];

  it.each([[[]], [['--per-engine']], [['--misses']], [['--per-engine', '--misses']]])('prints the same with flags %j', (flags) => {
    const path = writeJsonl('synthetic.jsonl', results);
    const labelsPath = join(tmp, 'labels.json');
    writeFileSync(labelsPath, JSON.stringify(labels));
    const official = runOfficial(labelsPath, path, ...flags);
    const ours = scoreCorpus(labels, results);
    expect(official.stderr).toBe('');
    expect(officialOutput(ours, { perEngine: flags.includes('--per-engine'), misses: flags.includes('--misses') })).toBe(official.stdout);
  });

  it('applies the floors as the official scorer does', () => {
    const path = writeJsonl('synthetic.jsonl', results);
    const labelsPath = join(tmp, 'labels.json');
    writeFileSync(labelsPath, JSON.stringify(labels));
    const ours = scoreCorpus(labels, results);
    for (const [minReason, minStatus] of [
      [0, 0],
      [50, 0],
      [60, 50],
      [floorPct(REASON_FLOOR), floorPct(STATUS_FLOOR)],
      [ours.reasonPct, ours.statusPct],
      [ours.reasonPct + 1e-9, ours.statusPct],
      [ours.reasonPct, ours.statusPct + 1e-9],
    ]) {
      const official = runOfficial(labelsPath, path, '--min-reason', String(minReason), '--min-status', String(minStatus));
      expect(meetsFloors(ours, { minReason, minStatus }), `--min-reason ${minReason} --min-status ${minStatus}`).toBe(official.code === 0);
    }
  });
});

describe.skipIf(!HAVE_CORPUS)('accuracy on the shared corpus', () => {
  let labels: Label[];
  let records: CliRecord[];
  let score: Score;
  beforeAll(() => {
    labels = loadLabels();
    records = [...cliRecords(corpusFiles())];
    score = scoreCorpus(labels, records);
  });

  const missList = (list: string[], n = 40) =>
    `\n${list.slice(0, n).join('\n')}${list.length > n ? `\n... and ${list.length - n} more (tsx bench/accuracy.ts --misses)` : ''}`;

  it('gives a result for every sample, shaped like the CLI output', () => {
    expect(score.missing).toBe(0);
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...RECORD_FIELDS]);
      for (const x of r.recipients) expect(Object.keys(x)).toEqual([...RECIPIENT_FIELDS]);
    }
  });

  it(`agrees with Sisimai on the reason for at least ${floorPct(REASON_FLOOR)}% of recipients`, () => {
    expect(
      meetsFloors(score, { minReason: floorPct(REASON_FLOOR) }),
      `reason ${pctText(score.reasonPct)} (${score.reasonOk}/${score.recipients}) is below ${floorPct(REASON_FLOOR)}%; misses:${missList(score.misses)}`,
    ).toBe(true);
  });

  it(`agrees on the status code for at least ${floorPct(STATUS_FLOOR)}% of real codes`, () => {
    expect(
      meetsFloors(score, { minStatus: floorPct(STATUS_FLOOR) }),
      `status ${pctText(score.statusPct)} (${score.statusOk}/${score.statusN}) is below ${floorPct(STATUS_FLOOR)}%; misses:${missList(score.statusMisses)}`,
    ).toBe(true);
  });

  it.skipIf(!HAVE_SCORER)('prints exactly what the official scorer prints for the same output', () => {
    const path = writeJsonl('corpus.jsonl', records);
    const official = runOfficial(CORPUS_LABELS, path, '--per-engine', '--misses');
    expect(official.stderr).toBe('');
    expect(officialOutput(score, { perEngine: true, misses: true })).toBe(official.stdout);
  });

  it.skipIf(!HAVE_SCORER)(`passes the official scorer with --min-reason ${floorPct(REASON_FLOOR)} --min-status ${floorPct(STATUS_FLOOR)}`, () => {
    const path = writeJsonl('corpus.jsonl', records);
    const official = runOfficial(CORPUS_LABELS, path, '--min-reason', String(floorPct(REASON_FLOOR)), '--min-status', String(floorPct(STATUS_FLOOR)));
    expect(official.code, `official scorer:\n${official.stdout}${official.stderr}`).toBe(0);
  });
});
