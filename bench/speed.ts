/**
 * Speed over the shared corpus.
 *
 *   tsx bench/speed.ts [--seconds N] [--built] [--no-cli] [--build]
 *
 * 1. In one process: every corpus file is loaded into memory as bytes, explain() is warmed
 *    up (10 passes), then whole passes run for about N seconds (default 5): messages/s and
 *    MB/s. A shorter run then times each message on its own: p50/p99 and the five slowest.
 *    With --built, the same again for the built engine (dist/lib/index.mjs, what the CLI
 *    runs; built first when dist/ lacks it, or always with --build).
 * 2. The built CLI as a whole process over the whole corpus
 *    (`node dist/cli/bounce-explain.mjs --json <all files> > /dev/null`), best of 3, with
 *    node's own start-up time for comparison. Builds the CLI first when dist/ lacks it
 *    (or always, with --build).
 *
 * Nothing here fails on a number: this prints, it does not judge.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { explain, type Report } from '../src/lib/core/index.ts';
import { corpusFiles, HAVE_CORPUS, NO_CORPUS_MESSAGE } from './corpus.ts';
import { splitMessages } from '../src/cli/messages.ts';
import { ROOT } from '../tests/helpers/shared.ts';

const TARGET_PER_SECOND = 15_000;
const WARMUP_PASSES = 10;
const CLI = resolve(ROOT, 'dist/cli/bounce-explain.mjs');
const LIB = resolve(ROOT, 'dist/lib/index.mjs');

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const secondsArg = argv.indexOf('--seconds');
const SECONDS = secondsArg >= 0 ? Number(argv[secondsArg + 1]) : 5;
if (!(SECONDS > 0)) {
  console.error('usage: tsx bench/speed.ts [--seconds N] [--built] [--no-cli] [--build]');
  process.exit(2);
}

if (!HAVE_CORPUS) {
  console.log(`bench/speed: ${NO_CORPUS_MESSAGE}`);
  process.exit(0);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const quantile = (sorted: Float64Array, q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

// ---- 1. explain() in one process -------------------------------------------------------
const files = corpusFiles();
const inputs = files.map((f) => new Uint8Array(readFileSync(f)));
const totalBytes = inputs.reduce((n, b) => n + b.length, 0);
console.log(`corpus: ${files.length} files, ${fmt(totalBytes / 1024 / 1024, 2)} MB`);

let sink = 0; // keeps the results alive so the work is not optimised away

/** Throughput and per-message times of one build of explain(). */
function measure(label: string, explainFn: (input: Uint8Array) => Report): void {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const b of inputs) sink += explainFn(b).recipients.length;

  // Throughput: whole passes over the corpus with nothing but explain() inside the loop, so
  // the timing itself (a clock read and a stored number per message) does not slow what it
  // measures. Per-message times come from a separate, shorter run below.
  let passes = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  do {
    for (let i = 0; i < inputs.length; i++) sink += explainFn(inputs[i]).recipients.length;
    passes++;
  } while (performance.now() < deadline);
  const elapsed = (performance.now() - start) / 1000;
  const messages = passes * inputs.length;
  const perSecond = messages / elapsed;

  // Latency: every message timed on its own, over a fifth of the throughput passes.
  const perFile: number[][] = inputs.map(() => []);
  const times: number[] = [];
  for (let pass = 0; pass < Math.max(3, Math.ceil(passes / 5)); pass++) {
    for (let i = 0; i < inputs.length; i++) {
      const t0 = performance.now();
      sink += explainFn(inputs[i]).recipients.length;
      const dt = performance.now() - t0;
      times.push(dt);
      perFile[i].push(dt);
    }
  }
  const sorted = Float64Array.from(times).sort();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const slowest = perFile
    .map((ts, i) => ({ file: basename(files[i]), ms: median(ts), kb: inputs[i].length / 1024 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);

  console.log(`\nexplain() in one process, ${label}: ${passes} passes in ${fmt(elapsed, 2)} s (after ${WARMUP_PASSES} warm-up passes)`);
  console.log(`  ${fmt(perSecond)} messages/s   ${fmt((passes * totalBytes) / 1024 / 1024 / elapsed, 1)} MB/s   (target >= ${fmt(TARGET_PER_SECOND)} messages/s: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`);
  console.log(`  per message: p50 ${fmt(quantile(sorted, 0.5) * 1000, 1)} µs   p99 ${fmt(quantile(sorted, 0.99) * 1000, 1)} µs   max ${fmt(sorted[sorted.length - 1] * 1000, 1)} µs`);
  console.log('  slowest files (median time):');
  for (const s of slowest) console.log(`    ${fmt(s.ms * 1000, 1).padStart(9)} µs  ${s.file} (${fmt(s.kb, 1)} KB)`);
}

/** Build the engine and the CLI (vite build --config vite.cli.config.ts); false when the build fails. */
function build(): boolean {
  console.log('\nbuilding the engine and the CLI (vite build --config vite.cli.config.ts) ...');
  const b = spawnSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (b.status !== 0) console.error('bench/speed: the build failed');
  return b.status === 0;
}

measure('the source (run by tsx)', explain);
// The built engine is what the CLI runs (and, bundled the same way, what the page runs).
if (flag('--built')) {
  if ((flag('--build') || !existsSync(LIB)) && !build()) process.exit(1);
  const built = (await import(pathToFileURL(LIB).href)) as { explain: (input: Uint8Array) => Report };
  measure('the built engine (dist/lib/index.mjs)', built.explain);
}
if (sink < 0) console.log(sink);

// ---- 2. the CLI as a whole process -----------------------------------------------------
if (flag('--no-cli')) process.exit(0);

if (!existsSync(CLI) || (flag('--build') && !flag('--built'))) {
  if (!build()) {
    console.error('bench/speed: skipping the CLI timing');
    process.exit(1);
  }
}

function wall(args: string[]): { seconds: number; status: number | null } {
  const devNull = openSync('/dev/null', 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'inherit'], maxBuffer: 0 });
    return { seconds: (performance.now() - t0) / 1000, status: r.status };
  } finally {
    closeSync(devNull);
  }
}

const RUNS = 3;
const nodeAlone = Math.min(...Array.from({ length: RUNS }, () => wall(['-e', '']).seconds));
const runs = Array.from({ length: RUNS }, () => wall([CLI, '--json', ...files]));
if (runs.some((r) => r.status !== 0)) console.log(`  (the CLI exited with status ${runs.map((r) => r.status).join(', ')})`);
const best = Math.min(...runs.map((r) => r.seconds));
const cliMessages = inputs.reduce((n, b) => n + splitMessages(b).length, 0); // mbox files count per message
console.log(`\nCLI, whole process: node dist/cli/bounce-explain.mjs --json <${files.length} files> > /dev/null`);
console.log(`  best of ${RUNS}: ${fmt(best, 3)} s for ${cliMessages} messages   ${fmt(cliMessages / best)} messages/s   (node start-up alone: ${fmt(nodeAlone, 3)} s)`);
