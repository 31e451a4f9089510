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
 * - with reasoned disagreements (`--accept FILE`, see Accepted): a reason the file accepts for
 *   that recipient also counts as agreement (for the reason figure, the misses and the
 *   per-engine counts); the raw agreement is counted too, and printed beside it.
 *
 * Also here: the scores of the other two official tools, score-lines.mjs (short texts, such
 * as the visible text of bounces) and score-addresses.mjs (addresses found against a
 * reference run), and the agreement per format we detected.
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

/**
 * Reasoned disagreements with the labels (bench/accepted-disagreements.json), as the
 * official scorer's --accept reads them: file → recipient index → reasons also accepted
 * (a list, or `{accept, why}` with the words that justify it; `hard`, a hard-bounce flag also
 * accepted, where the words say the label's flag is too sure).
 */
export type Accepted = Record<string, Record<string, string[] | { accept: string[]; hard?: boolean; why?: string }>>;

function acceptedFor(accepted: Accepted | undefined, file: string, i: number): string[] {
  const a = accepted?.[file]?.[String(i)];
  return Array.isArray(a) ? a : (a?.accept ?? []);
}

/** The hard-bounce flag an accepted disagreement also accepts, if it names one. */
function acceptedHardFor(accepted: Accepted | undefined, file: string, i: number): boolean | undefined {
  const a = accepted?.[file]?.[String(i)];
  return Array.isArray(a) ? undefined : a?.hard;
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
  /** Reasons that agree with the label, or (with accepted disagreements) that the file accepts. */
  reasonOk: number;
  /** Reasons that agree with the label itself. */
  reasonRawOk: number;
  /** True when scored with a non-empty set of accepted disagreements. */
  withAccepted: boolean;
  /** Recipients whose label holds a real status code, and how many we matched. */
  statusN: number;
  statusOk: number;
  replyN: number;
  replyOk: number;
  hardOk: number;
  /**
   * Hard bounces that agree with the label, or, where the reason is an accepted disagreement,
   * with what the accepted reason means by the label's own definition (see hardOf).
   */
  hardOkAccepted: number;
  /** Hard-bounce misses that are not explained by an accepted disagreement: `file[i] hard want X got Y (reason)`. */
  hardMisses: string[];
  /** Bounce samples whose recipient count matched. */
  countOk: number;
  notBounce: number;
  notBounceOk: number;
  /** Percentages, unrounded (0 when there is nothing to divide by, as the official scorer does). */
  reasonPct: number;
  reasonRawPct: number;
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

export function scoreCorpus(labels: readonly Label[], results: Iterable<ResultLike>, accepted?: Accepted): Score {
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
    reasonRawOk: 0,
    withAccepted: !!accepted && Object.keys(accepted).length > 0,
    statusN: 0,
    statusOk: 0,
    replyN: 0,
    replyOk: 0,
    hardOk: 0,
    hardOkAccepted: 0,
    hardMisses: [],
    countOk: 0,
    notBounce: 0,
    notBounceOk: 0,
    reasonPct: 0,
    reasonRawPct: 0,
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
      const reason = String(g.reason ?? '').toLowerCase();
      if (reason === x.reason) s.reasonRawOk++;
      if (reason === x.reason || acceptedFor(accepted, key, i).includes(reason)) {
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
      const hard = Boolean(g.hardBounce);
      if (hard === Boolean(x.hardbounce)) s.hardOk++;
      const acceptedReason = reason !== x.reason && acceptedFor(accepted, key, i).includes(reason);
      if (acceptedHardFor(accepted, key, i) === hard) s.hardOkAccepted++;
      else if (acceptedReason ? hard === hardOf(reason, String(g.status ?? ''), String(g.replyCode ?? '')) : hard === Boolean(x.hardbounce)) s.hardOkAccepted++;
      else s.hardMisses.push(`${key}[${i}] hard want ${Boolean(x.hardbounce)} got ${hard} (${reason || '-'})`);
    });
  }
  s.reasonPct = s.recipients ? (100 * s.reasonOk) / s.recipients : 0;
  s.reasonRawPct = s.recipients ? (100 * s.reasonRawOk) / s.recipients : 0;
  s.statusPct = s.statusN ? (100 * s.statusOk) / s.statusN : 0;
  // Array.prototype.sort is stable: ties keep first-seen order, as in the official scorer.
  s.perEngine = [...engines.values()].sort((a, b) => a.ok / a.n - b.ok / b.n);
  return s;
}

/**
 * The label's own definition of a hard bounce (the corpus README): userunknown, hostunknown
 * and hasmoved, and notaccept with a permanent code. Used to score the hard-bounce flag of a
 * recipient whose reason is an accepted disagreement: the flag follows the reason.
 */
export function hardOf(reason: string, status: string, replyCode: string): boolean {
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return true;
  if (reason === 'notaccept') return status.startsWith('5') || (!status && replyCode.startsWith('5'));
  return false;
}

/**
 * The not-bounce line without the labels the corpus itself disputes (printed beside the
 * official lines, which count every `notbounce` label alike). A label marked "disputed" in
 * its notes (rb-issue-368: filed as not a bounce upstream, but it is a provider's notice
 * that says the message was rejected, "reject reason: Mailbox full") is listed by name
 * with what we read, rather than silently counted as a miss or as a pass.
 */
export function notBounceDisputedLines(labels: readonly Label[], s: Score): string[] {
  const disputed = new Set(labels.filter((l) => (l.notbounce || !l.expected?.length) && /\bdisputed\b/i.test(l.notes ?? '')).map((l) => basename(l.file)));
  if (!disputed.size) return [];
  const missed = s.notBounceMisses.filter((m) => disputed.has(m.split(' ')[0]));
  const undisputedOk = s.notBounceOk - (disputed.size - missed.length);
  return [
    `not-bounce, without the ${disputed.size} disputed label${disputed.size === 1 ? '' : 's'}: ok ${undisputedOk}/${s.notBounce - disputed.size}`,
    ...missed.map((m) => `disputed not-bounce label, read as a bounce: ${m.replace(' want not-bounce got ', ' (')})`),
  ];
}

/** The hard-bounce line with the accepted disagreements (printed beside the official lines). */
export function hardAcceptedLine(s: Score): string {
  return `hardbounce, raw ${pct(s.hardOk, s.recipients)}%; with the accepted disagreements ${pct(s.hardOkAccepted, s.recipients)}% (${s.recipients - s.hardOkAccepted} misses not explained by an accepted reason)`;
}

/** The official scorer's percentage text: one decimal, or `n/a`. */
export function pct(a: number, b: number): string {
  return b ? ((100 * a) / b).toFixed(1) : 'n/a';
}

/** The official scorer's two summary lines. */
export function summaryLines(s: Score): string[] {
  return [
    `samples ${s.samples} (no output for ${s.missing}); recipients ${s.recipients}; count-match ${pct(s.countOk, s.samples - s.notBounce)}%; not-bounce ok ${s.notBounceOk}/${s.notBounce}`,
    ...(s.withAccepted ? [`reason, raw agreement with the labels ${pct(s.reasonRawOk, s.recipients)}%; with the accepted disagreements ${pct(s.reasonOk, s.recipients)}%`] : []),
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
 * The official pass test: `reason% >= minReason && raw% >= minRaw && status% >= minStatus`,
 * the minimums in percent as given to the official scorer's `--min-reason` / `--min-raw` /
 * `--min-status` (the reason figure counts the accepted disagreements, the raw one does not).
 */
export function meetsFloors(s: Score, mins: { minReason?: number; minRaw?: number; minStatus?: number }): boolean {
  return s.reasonPct >= (mins.minReason ?? 0) && s.reasonRawPct >= (mins.minRaw ?? 0) && s.statusPct >= (mins.minStatus ?? 0);
}

/** A floor given as a fraction (0.9) in percent (90), without float noise (0.9 * 100 is 90.00000000000001). */
export function floorPct(fraction: number): number {
  return Math.round(fraction * 1e6) / 1e4;
}

// ---- agreement per format we detected ----------------------------------------------------

export interface FormatScore {
  format: string;
  n: number;
  ok: number;
  rawOk: number;
}

/**
 * Reason agreement grouped by the format we detected for the message (our `format`, `-` for
 * none), raw and with the accepted disagreements, worst first. Same matching as
 * scoreCorpus (first result per file, recipients by position, not-bounce samples left out).
 */
export function perFormat(labels: readonly Label[], results: Iterable<ResultLike & { format?: unknown }>, accepted?: Accepted): FormatScore[] {
  const byFile = new Map<string, ResultLike & { format?: unknown }>();
  for (const r of results) {
    if (r === null || typeof r !== 'object') continue;
    const key = resultKey(r);
    if (!byFile.has(key)) byFile.set(key, r);
  }
  const out = new Map<string, FormatScore>();
  for (const label of labels) {
    if (label.notbounce || !label.expected?.length) continue;
    const key = basename(label.file);
    const r = byFile.get(key);
    const format = r && typeof r.format === 'string' ? r.format : '-';
    let f = out.get(format);
    if (!f) out.set(format, (f = { format, n: 0, ok: 0, rawOk: 0 }));
    const got: Record<string, unknown>[] = r && Array.isArray(r.recipients) ? r.recipients : [];
    label.expected.forEach((x, i) => {
      const reason = String((got[i] ?? {}).reason ?? '').toLowerCase();
      f.n++;
      if (reason === x.reason) f.rawOk++;
      if (reason === x.reason || acceptedFor(accepted, key, i).includes(reason)) f.ok++;
    });
  }
  return [...out.values()].sort((a, b) => a.ok / a.n - b.ok / b.n || b.n - a.n || (a.format < b.format ? -1 : 1));
}

export function perFormatLines(list: readonly FormatScore[]): string[] {
  return list.map((f) => `format ${f.format}: ${f.ok}/${f.n}${f.rawOk !== f.ok ? ` (raw ${f.rawOk}/${f.n})` : ''}`);
}

// ---- score-lines.mjs: short texts ----------------------------------------------------------

/** A case of score-lines.mjs (visible-text.py writes them): the text's id and what is right. */
export interface LineCase {
  id: string;
  reason: string[];
  permanent: boolean;
  hard: boolean;
}

export interface LinesScore {
  cases: number;
  reasonOk: number;
  permanentOk: number;
  /** Cases whose first recipient answered permanent (true or false). */
  permanentN: number;
  hardOk: number;
  /** With the accepted disagreements of the corpus file the text comes from (first recipient). */
  reasonOkAccepted: number;
  hardOkAccepted: number;
  /** Also counting bench/visible-accepted.json: the answers right for what the text itself shows. */
  reasonOkShown: number;
  /** How many entries of that file the cases met. */
  shownEntries: number;
  misses: string[];
}

/**
 * Visible texts that state no cause, or another cause than the label of the whole message
 * (bench/visible-accepted.json): id → the answers right for what the text shows, and why.
 * An answer of no recipient at all is written "".
 */
export type VisibleAccepted = Record<string, { accept: string[]; why: string }>;

/**
 * Scores results against short-text cases exactly as ../shared/tools/score-lines.mjs does:
 * the result whose source file name (without `.txt`) is the case id, its first recipient
 * only (the last result for an id wins, as the official tool keeps the last).
 */
export function scoreLines(cases: readonly LineCase[], results: Iterable<ResultLike>, accepted?: Accepted, shown?: VisibleAccepted): LinesScore {
  const got = new Map<string, ResultLike>();
  for (const o of results) {
    if (o === null || typeof o !== 'object') continue;
    got.set(basename(String(o.source ?? '')).replace(/\.txt$/, ''), o);
  }
  const s: LinesScore = { cases: cases.length, reasonOk: 0, permanentOk: 0, permanentN: 0, hardOk: 0, reasonOkAccepted: 0, hardOkAccepted: 0, reasonOkShown: 0, shownEntries: 0, misses: [] };
  for (const c of cases) {
    const rs = got.get(c.id)?.recipients;
    const r: Record<string, unknown> = (Array.isArray(rs) ? rs[0] : undefined) ?? {};
    const reason = String(r.reason ?? '').toLowerCase();
    // The visible text of a corpus file: the file's accepted disagreements for its first recipient.
    const isAccepted = !c.reason.includes(reason) && acceptedFor(accepted, c.id, 0).includes(reason);
    const entry = shown?.[c.id];
    if (entry) s.shownEntries++;
    const isShown = !c.reason.includes(reason) && !isAccepted && !!entry?.accept.includes(reason);
    if (c.reason.includes(reason)) s.reasonOk++;
    else s.misses.push(`${c.id}: want ${c.reason.join('|')} got ${reason || '-'}${isAccepted ? ' (accepted)' : isShown ? ' (right for what the text shows)' : ''}`);
    if (c.reason.includes(reason) || isAccepted) s.reasonOkAccepted++;
    if (c.reason.includes(reason) || isAccepted || isShown) s.reasonOkShown++;
    if (typeof r.permanent === 'boolean') {
      s.permanentN++;
      if (r.permanent === c.permanent) s.permanentOk++;
    }
    if (Boolean(r.hardBounce) === c.hard) s.hardOk++;
    if (acceptedHardFor(accepted, c.id, 0) === Boolean(r.hardBounce)) s.hardOkAccepted++;
    else if (isAccepted ? Boolean(r.hardBounce) === hardOf(reason, String(r.status ?? ''), String(r.replyCode ?? '')) : Boolean(r.hardBounce) === c.hard) s.hardOkAccepted++;
  }
  return s;
}

/** The visible-text line with the accepted disagreements (printed beside the official line). */
export function linesAcceptedLine(s: LinesScore): string {
  const p = (x: number) => ((100 * x) / s.cases).toFixed(1);
  return `lines ${s.cases}, with the accepted disagreements: reason ${p(s.reasonOkAccepted)}% hardbounce ${p(s.hardOkAccepted)}%`;
}

/** The visible-text line that also counts the answers right for what each text shows (bench/visible-accepted.json). */
export function linesShownLine(s: LinesScore): string {
  const p = (x: number) => ((100 * x) / s.cases).toFixed(1);
  return `lines ${s.cases}, also counting ${s.shownEntries} texts that state no cause or another one (bench/visible-accepted.json): reason ${p(s.reasonOkShown)}%`;
}

/** score-lines.mjs's summary line. */
export function linesSummary(s: LinesScore): string {
  const p = (x: number) => ((100 * x) / s.cases).toFixed(1);
  return `lines ${s.cases}: reason ${p(s.reasonOk)}% permanent ${p(s.permanentOk)}% (answered ${s.permanentN}) hardbounce ${p(s.hardOk)}%`;
}

// ---- score-addresses.mjs: addresses found ----------------------------------------------------

export interface AddressScore {
  found: number;
  /** Reference addresses counted (Sisimai's *.invalid placeholders left out). */
  total: number;
  pct: number;
  misses: string[];
}

/**
 * Addresses found against a reference run, exactly as ../shared/tools/score-addresses.mjs
 * counts them: per file (first result, `#N` removed), every reference address that is not a
 * placeholder (`*.invalid`) must be among ours, compared case-insensitively.
 */
export function scoreAddresses(reference: Iterable<ResultLike>, results: Iterable<ResultLike>): AddressScore {
  const read = (list: Iterable<ResultLike>) => {
    const m = new Map<string, string[]>();
    for (const o of list) {
      if (o === null || typeof o !== 'object') continue;
      const k = basename(String(o.source ?? '')).replace(/#\d+$/, '');
      if (!m.has(k)) m.set(k, (Array.isArray(o.recipients) ? o.recipients : []).map((r: { address?: unknown } | null) => String(r?.address ?? '').toLowerCase()));
    }
    return m;
  };
  const ref = read(reference);
  const res = read(results);
  const s: AddressScore = { found: 0, total: 0, pct: 0, misses: [] };
  for (const [k, addrs] of ref) {
    for (const a of addrs) {
      if (!a || a.endsWith('.invalid')) continue;
      s.total++;
      if ((res.get(k) ?? []).includes(a)) s.found++;
      else s.misses.push(`${k}: want ${a} got ${(res.get(k) ?? []).join(' ') || '-'}`);
    }
  }
  s.pct = s.total ? (100 * s.found) / s.total : 0;
  return s;
}

/** score-addresses.mjs's summary line. */
export function addressSummary(s: AddressScore): string {
  return `addresses found ${s.found}/${s.total} (${s.pct.toFixed(1)}%) of the reference's recipients`;
}
