/**
 * Accuracy over the shared corpus: runs explain() on every sample (split into messages
 * exactly as the CLI does) and scores the result as ../shared/tools/score-corpus.mjs does.
 *
 *   tsx bench/accuracy.ts [--misses] [--per-engine] [--jsonl FILE] [--min-reason PCT] [--min-status PCT]
 *
 * --misses      every reason miss (`file[i] want X got Y`), then status, reply-code and
 *               not-bounce misses
 * --per-engine  agreement per Sisimai engine, worst first
 * --jsonl FILE  also write the results as the CLI's JSON Lines (feed them to the official scorer)
 * --min-reason / --min-status  exit 1 when below these percentages
 *
 * Exits 0 with a message when the corpus is absent.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cliRecords, corpusFiles, HAVE_CORPUS, loadLabels, NO_CORPUS_MESSAGE } from './corpus.ts';
import { perEngineLines, scoreCorpus, summaryLines } from './score.ts';

const USAGE = 'usage: tsx bench/accuracy.ts [--misses] [--per-engine] [--jsonl FILE] [--min-reason PCT] [--min-status PCT]';

function parse(argv: string[]) {
  const o = { misses: false, perEngine: false, jsonl: null as string | null, minReason: 0, minStatus: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--misses') o.misses = true;
    else if (a === '--per-engine') o.perEngine = true;
    else if (a === '--jsonl') o.jsonl = value();
    else if (a === '--min-reason') o.minReason = Number(value());
    else if (a === '--min-status') o.minStatus = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option: ${a}`);
  }
  if (Number.isNaN(o.minReason) || Number.isNaN(o.minStatus)) throw new Error('--min-reason and --min-status take numbers');
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

const labels = loadLabels();
const files = corpusFiles();
const t0 = performance.now();
const records = [...cliRecords(files)];
const ms = performance.now() - t0;
if (opts.jsonl) writeFileSync(opts.jsonl, records.map((r) => JSON.stringify(r) + '\n').join(''));

const score = scoreCorpus(labels, records);
if (opts.perEngine) for (const line of perEngineLines(score)) console.log(line);
if (opts.misses) {
  const block = (title: string, list: string[]) => {
    if (!list.length) return;
    console.log(`# ${title} (${list.length})`);
    for (const line of list) console.log(line);
  };
  block('reason misses', score.misses);
  block('status misses (real codes only)', score.statusMisses);
  block('reply code misses', score.replyMisses);
  block('not-bounce samples reported as failures', score.notBounceMisses);
}
for (const line of summaryLines(score)) console.log(line);
console.log(`(${files.length} files, ${records.length} messages explained in ${ms.toFixed(0)} ms${opts.jsonl ? `; JSON Lines in ${opts.jsonl}` : ''})`);

const ok = score.reasonPct >= opts.minReason && score.statusPct >= opts.minStatus;
if (!ok) console.log(`below the floor: reason >= ${opts.minReason}% and status >= ${opts.minStatus}% required`);
process.exitCode = ok ? 0 : 1;
