/**
 * Accuracy over the shared corpus: runs explain() on every sample (split into messages
 * exactly as the CLI does) and scores the result as the official tools in ../shared/tools do:
 *
 * 1. reasons, status and reply codes against the labels (score-corpus.mjs), raw and with
 *    the reasoned disagreements of bench/accepted-disagreements.json (`--accept`);
 * 2. the reason agreement per format we detected, and per Sisimai engine;
 * 3. the addresses found, against Sisimai 5.1's run (score-addresses.mjs);
 * 4. the visible text: what a mail client shows of each bounce, written by visible-text.py
 *    (python3), explained as the CLI explains a .txt file, scored as score-lines.mjs does.
 *
 *   tsx bench/accuracy.ts [--misses] [--jsonl FILE] [--min-reason PCT] [--min-raw PCT] [--min-status PCT] [--no-visible]
 *
 * --misses      every reason miss (`file[i] want X got Y`), then status, reply-code and
 *               not-bounce misses, the addresses not found and the visible-text misses
 * --jsonl FILE  also write the results as the CLI's JSON Lines (feed them to the official scorer)
 * --min-reason / --min-raw / --min-status  exit 1 when below these percentages (reason
 *               counts the accepted disagreements, raw does not)
 * --no-visible  skip the visible-text score (it needs python3)
 * --per-engine  accepted for compatibility: the per-engine lines are always printed
 *
 * Exits 0 with a message when the corpus is absent; a part whose input is missing (the
 * Sisimai run, the visible-text tool, python3) is skipped with a message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  ACCEPTED_PATH,
  cliRecords,
  corpusFiles,
  HAVE_CORPUS,
  loadAccepted,
  loadVisibleAccepted,
  loadLabels,
  loadSisimaiRun,
  NO_CORPUS_MESSAGE,
  SISIMAI_RUN,
  visibleText,
} from './corpus.ts';
import { addressSummary, hardAcceptedLine, notBounceDisputedLines, linesAcceptedLine, linesShownLine, linesSummary, perEngineLines, perFormat, perFormatLines, scoreAddresses, scoreCorpus, scoreLines, summaryLines } from './score.ts';

const USAGE = 'usage: tsx bench/accuracy.ts [--misses] [--jsonl FILE] [--min-reason PCT] [--min-raw PCT] [--min-status PCT] [--no-visible]';

function parse(argv: string[]) {
  const o = { misses: false, visible: true, jsonl: null as string | null, minReason: 0, minRaw: 0, minStatus: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--misses') o.misses = true;
    else if (a === '--per-engine') continue;
    else if (a === '--no-visible') o.visible = false;
    else if (a === '--jsonl') o.jsonl = value();
    else if (a === '--min-reason') o.minReason = Number(value());
    else if (a === '--min-raw') o.minRaw = Number(value());
    else if (a === '--min-status') o.minStatus = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option: ${a}`);
  }
  if ([o.minReason, o.minRaw, o.minStatus].some(Number.isNaN)) throw new Error('--min-reason, --min-raw and --min-status take numbers');
  return o;
}

let opts: ReturnType<typeof parse>;
try {
  opts = parse(process.argv.slice(2));
} catch (err) {
  console.error(`bench/accuracy: ${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (!HAVE_CORPUS) {
  console.log(`bench/accuracy: ${NO_CORPUS_MESSAGE}`);
  process.exit(0);
}

const block = (title: string, list: string[]) => {
  if (!list.length) return;
  console.log(`# ${title} (${list.length})`);
  for (const line of list) console.log(line);
};

// ---- 1. labels: reasons, status, reply codes ----------------------------------------------
const labels = loadLabels();
const accepted = loadAccepted();
const files = corpusFiles();
const t0 = performance.now();
const records = [...cliRecords(files)];
const ms = performance.now() - t0;
if (opts.jsonl) writeFileSync(opts.jsonl, records.map((r) => JSON.stringify(r) + '\n').join(''));

const score = scoreCorpus(labels, records, accepted);
const nAccepted = Object.values(accepted).reduce((n, v) => n + Object.keys(v).length, 0);

// ---- 2. per format, per engine ------------------------------------------------------------
console.log('# Reason agreement per format we detected (with the accepted disagreements; raw when it differs), worst first');
for (const line of perFormatLines(perFormat(labels, records, accepted))) console.log(line);
console.log('# Reason agreement per Sisimai engine (with the accepted disagreements), worst first');
for (const line of perEngineLines(score)) console.log(line);

// ---- 3. addresses ---------------------------------------------------------------------------
const sisimai = loadSisimaiRun();
const addresses = sisimai ? scoreAddresses(sisimai, records) : null;

// ---- 4. visible text ------------------------------------------------------------------------
let visible: { line: string; accepted: string; misses: string[] } | string = 'skipped (--no-visible)';
if (opts.visible) {
  const dir = mkdtempSync(join(tmpdir(), 'bounce-visible-'));
  try {
    const vt = visibleText(dir);
    if (typeof vt === 'string') visible = `skipped: ${vt}`;
    else {
      const s = scoreLines(vt.cases, cliRecords(vt.files), accepted, loadVisibleAccepted());
      visible = { line: linesSummary(s), accepted: `${linesAcceptedLine(s)}\n${linesShownLine(s)}`, misses: s.misses };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (opts.misses) {
  block('reason misses (accepted disagreements not counted as misses)', score.misses);
  block('status misses (real codes only)', score.statusMisses);
  block('reply code misses', score.replyMisses);
  block('hard-bounce misses not explained by an accepted disagreement', score.hardMisses);
  block('not-bounce samples reported as failures', score.notBounceMisses);
  if (addresses) block('addresses not found', addresses.misses);
  if (typeof visible !== 'string') block('visible-text reason misses', visible.misses);
}

console.log('# Labels (as score-corpus.mjs' + (nAccepted ? ` --accept ${ACCEPTED_PATH.replace(/.*\/bench\//, 'bench/')}, ${nAccepted} accepted` : '') + ')');
for (const line of summaryLines(score)) console.log(line);
console.log(hardAcceptedLine(score));
// The official line counts every "not a bounce" label alike; a label whose own notes dispute
// it (a notice that says the message was rejected, filed upstream as not a bounce) is named
// here with what we read, so a bounce read from it shows as the disagreement it is.
for (const line of notBounceDisputedLines(labels, score)) console.log(line);
console.log('# Addresses (as score-addresses.mjs, against Sisimai 5.1)');
console.log(addresses ? addressSummary(addresses) : `skipped: ${SISIMAI_RUN} not found`);
console.log('# Visible text (visible-text.py, then the CLI, scored as score-lines.mjs)');
console.log(typeof visible === 'string' ? visible : `${visible.line}\n${visible.accepted}`);
console.log(`(${files.length} files, ${records.length} messages explained in ${ms.toFixed(0)} ms${opts.jsonl ? `; JSON Lines in ${opts.jsonl}` : ''})`);

const ok = score.reasonPct >= opts.minReason && score.reasonRawPct >= opts.minRaw && score.statusPct >= opts.minStatus;
if (!ok) console.log(`below the floor: reason >= ${opts.minReason}%, raw >= ${opts.minRaw}% and status >= ${opts.minStatus}% required`);
process.exitCode = ok ? 0 : 1;
