/**
 * Scores results against the corpus labels exactly as the official scorer
 * (../shared/tools/score-corpus.mjs) does: same matching, same counts, same rounding,
 * same printed lines. tests/unit/accuracy.test.ts runs both on the same output and checks
 * that they print the same thing, so the two cannot drift apart.
 *
 * The rules, as the official scorer applies them:
 * - a result belongs to the label whose file name equals basename(source) with a trailing
 *   `#N` removed; only the FIRST result for a file counts (so of an mbox, only message #1);
 * - a label with `notbounce` or no expected recipient is a "not-bounce" sample: it is ok when
 *   no recipient carries a reason other than delivered / vacation / feedback; it counts for
 *   nothing else;
 * - otherwise recipients are compared by position: reason (case-insensitive on our side),
 *   status only where the label holds a real RFC 3463 code (not Sisimai's x.0.9NN
 *   placeholders), reply code where the label has one, and hard bounce (as booleans);
 * - count-match: the number of recipients equals the number expected.
 */
import { basename } from 'node:path';

export interface LabelRecipient {
  status: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
  feedbacktype?: string;
}

export interface Label {
  file: string;
  engine: string;
  engine_type?: string;
  expected: LabelRecipient[];
  notbounce?: boolean;
  notes?: string;
}

/** What a result needs to carry (the CLI's JSON lines have all of it). */
export interface ResultLike {
  source?: unknown;
  file?: unknown;
  recipients?: unknown;
}

export interface EngineScore {
  engine: string;
  n: number;
  ok: number;
}

export interface Score {
  samples: number;
  /** Samples with no result at all. */
  missing: number;
  /** Recipients compared (bounce samples only). */
  recipients: number;
  reasonOk: number;
  /** Recipients whose label holds a real status code, and how many we matched. */
  statusN: number;
  statusOk: number;
  replyN: number;
  replyOk: number;
  hardOk: number;
  /** Bounce samples whose recipient count matched. */
  countOk: number;
  notBounce: number;
  notBounceOk: number;
  /** Percentages, unrounded (0 when there is nothing to divide by, as the official scorer does). */
  reasonPct: number;
  statusPct: number;
  /** Per Sisimai engine, sorted from worst to best ratio (the official order). */
  perEngine: EngineScore[];
  /** Reason misses, worded as the official scorer words them: `file[i] want X got Y`. */
  misses: string[];
  /** Status misses (real codes only): `file[i] status want X got Y`. */
  statusMisses: string[];
  /** Reply code misses: `file[i] reply want X got Y`. */
  replyMisses: string[];
  /** Not-bounce samples that we reported as a failure. */
  notBounceMisses: string[];
}

const NON_BOUNCE = ['delivered', 'vacation', 'feedback'];
const REAL_STATUS = /^\d\.\d{1,3}\.\d{1,3}$/;
const PLACEHOLDER_STATUS = /^\d\.0\.9\d\d$/;

/** The label key a result belongs to. */
export function resultKey(r: ResultLike): string {
  return basename(String(r.source ?? r.file ?? '')).replace(/#\d+$/, '');
}

export function scoreCorpus(labels: readonly Label[], results: Iterable<ResultLike>): Score {
  const byFile = new Map<string, ResultLike>();
  for (const r of results) {
    if (r === null || typeof r !== 'object') continue;
    const key = resultKey(r);
    if (!byFile.has(key)) byFile.set(key, r);
  }
  const s: Score = {
    samples: 0,
    missing: 0,
    recipients: 0,
    reasonOk: 0,
    statusN: 0,
    statusOk: 0,
    replyN: 0,
    replyOk: 0,
    hardOk: 0,
    countOk: 0,
    notBounce: 0,
    notBounceOk: 0,
    reasonPct: 0,
    statusPct: 0,
    perEngine: [],
    misses: [],
    statusMisses: [],
    replyMisses: [],
    notBounceMisses: [],
  };
  const engines = new Map<string, EngineScore>();
  for (const label of labels) {
    const key = basename(label.file);
    s.samples++;
    const r = byFile.get(key);
    const got: Record<string, unknown>[] = r && Array.isArray(r.recipients) ? r.recipients : [];
    if (!r) s.missing++;
    if (label.notbounce || !label.expected?.length) {
      s.notBounce++;
      const failure = got.find((g) => g && g.reason && !NON_BOUNCE.includes(String(g.reason).toLowerCase()));
      if (failure) s.notBounceMisses.push(`${key} want not-bounce got ${String(failure.reason)}`);
      else s.notBounceOk++;
      continue;
    }
    let e = engines.get(label.engine);
    if (!e) engines.set(label.engine, (e = { engine: label.engine, n: 0, ok: 0 }));
    if (got.length === label.expected.length) s.countOk++;
    label.expected.forEach((x, i) => {
      const g: Record<string, unknown> = got[i] ?? {};
      s.recipients++;
      e.n++;
      if (String(g.reason ?? '').toLowerCase() === x.reason) {
        s.reasonOk++;
        e.ok++;
      } else {
        s.misses.push(`${key}[${i}] want ${x.reason} got ${String(g.reason ?? '-')}`);
      }
      if (REAL_STATUS.test(x.status) && !PLACEHOLDER_STATUS.test(x.status)) {
        s.statusN++;
        if ((g.status ?? '') === x.status) s.statusOk++;
        else s.statusMisses.push(`${key}[${i}] status want ${x.status} got ${String(g.status ?? '-')}`);
      }
      if (x.replycode) {
        s.replyN++;
        if (String(g.replyCode ?? '') === x.replycode) s.replyOk++;
        else s.replyMisses.push(`${key}[${i}] reply want ${x.replycode} got ${String(g.replyCode ?? '-')}`);
      }
      if (Boolean(g.hardBounce) === Boolean(x.hardbounce)) s.hardOk++;
    });
  }
  s.reasonPct = s.recipients ? (100 * s.reasonOk) / s.recipients : 0;
  s.statusPct = s.statusN ? (100 * s.statusOk) / s.statusN : 0;
  // Array.prototype.sort is stable: ties keep first-seen order, as in the official scorer.
  s.perEngine = [...engines.values()].sort((a, b) => a.ok / a.n - b.ok / b.n);
  return s;
}

/** The official scorer's percentage text: one decimal, or `n/a`. */
export function pct(a: number, b: number): string {
  return b ? ((100 * a) / b).toFixed(1) : 'n/a';
}

/** The official scorer's two summary lines. */
export function summaryLines(s: Score): string[] {
  return [
    `samples ${s.samples} (no output for ${s.missing}); recipients ${s.recipients}; count-match ${pct(s.countOk, s.samples - s.notBounce)}%; not-bounce ok ${s.notBounceOk}/${s.notBounce}`,
    `reason ${pct(s.reasonOk, s.recipients)}% status ${pct(s.statusOk, s.statusN)}% (of ${s.statusN} real codes) replycode ${pct(s.replyOk, s.replyN)}% hardbounce ${pct(s.hardOk, s.recipients)}%`,
  ];
}

/** The official scorer's per-engine lines (`--per-engine`). */
export function perEngineLines(s: Score): string[] {
  return s.perEngine.map((e) => `engine ${e.engine}: ${e.ok}/${e.n}`);
}

/**
 * Everything the official scorer prints for these flags, in its order: per-engine lines,
 * then the misses (one joined block, an empty line when there are none), then the summary.
 */
export function officialOutput(s: Score, opts: { perEngine?: boolean; misses?: boolean } = {}): string {
  const lines: string[] = [];
  if (opts.perEngine) lines.push(...perEngineLines(s));
  if (opts.misses) lines.push(s.misses.join('\n'));
  lines.push(...summaryLines(s));
  return lines.join('\n') + '\n';
}

/**
 * The official pass test: `reason% >= minReason && status% >= minStatus`, the minimums in
 * percent as given to the official scorer's `--min-reason` / `--min-status`.
 */
export function meetsFloors(s: Score, mins: { minReason?: number; minStatus?: number }): boolean {
  return s.reasonPct >= (mins.minReason ?? 0) && s.statusPct >= (mins.minStatus ?? 0);
}

/** A floor given as a fraction (0.9) in percent (90), without float noise (0.9 * 100 is 90.00000000000001). */
export function floorPct(fraction: number): number {
  return Math.round(fraction * 1e6) / 1e4;
}
