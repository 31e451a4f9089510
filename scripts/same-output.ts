/**
 * Same output, before and after a change to the engine.
 *
 *   tsx scripts/same-output.ts write OUT.jsonl [VISIBLE_DIR]
 *   tsx scripts/same-output.ts compare A.jsonl B.jsonl
 *
 * `write` runs explain() over every corpus file (as bytes, the way the bench reads them) and
 * over the visible text of each labelled bounce (as a string; the .txt files visible-text.py
 * writes into VISIBLE_DIR, made there when the folder lacks them), and writes one line per
 * input: its name, a tab, and the whole Report as JSON with its keys in sorted order.
 * `compare` prints each input whose Report differs between two such files (and the first
 * differing path in it), and exits 1 when any does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { explain } from '../src/lib/core/index.ts';
import { corpusFiles, CORPUS_EMAILS, CORPUS_LABELS, VISIBLE_TEXT_TOOL } from '../bench/corpus.ts';

/** JSON with object keys sorted at every depth. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

function write(out: string, visibleDir: string): void {
  const lines: string[] = [];
  for (const file of corpusFiles()) lines.push(`eml:${basename(file)}\t${canonical(explain(new Uint8Array(readFileSync(file))))}`);
  if (!existsSync(visibleDir) || !readdirSync(visibleDir).some((n) => n.endsWith('.txt'))) {
    const py = spawnSync('python3', [VISIBLE_TEXT_TOOL, CORPUS_LABELS, CORPUS_EMAILS, visibleDir], { encoding: 'utf8' });
    if (py.status !== 0) throw new Error(`visible-text.py failed: ${py.stderr || py.stdout}`);
  }
  const texts = readdirSync(visibleDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  for (const name of texts) lines.push(`txt:${name}\t${canonical(explain(readFileSync(join(visibleDir, name), 'utf8')))}`);
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} reports (${lines.length - texts.length} files, ${texts.length} visible texts) written to ${out}`);
}

function read(file: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return m;
}

/** The first path at which two JSON values differ. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} -> ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function compare(fileA: string, fileB: string): number {
  const a = read(fileA);
  const b = read(fileB);
  let differ = 0;
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name);
    const y = b.get(name);
    if (x === y) continue;
    differ++;
    if (x === undefined || y === undefined) console.log(`${name}: only in ${x === undefined ? fileB : fileA}`);
    else console.log(`${name}: ${firstDifference(JSON.parse(x), JSON.parse(y))}`);
  }
  console.log(differ === 0 ? `same output: ${a.size} reports` : `${differ} of ${Math.max(a.size, b.size)} reports differ`);
  return differ === 0 ? 0 : 1;
}

const [mode, x, y] = process.argv.slice(2);
if (mode === 'write' && x) write(x, y ?? '/tmp/bounce-visible-text');
else if (mode === 'compare' && x && y) process.exitCode = compare(x, y);
else {
  console.error('usage: tsx scripts/same-output.ts write OUT.jsonl [VISIBLE_DIR] | compare A.jsonl B.jsonl');
  process.exitCode = 2;
}
