/**
 * Permalink lengths over the shared corpus, as the share dialog makes them.
 *
 *   tsx bench/links.ts        (npm run bench:links)
 *
 * For every corpus message, read as a file the way the page reads a dropped .eml:
 * - whole: the box as it is (what the address bar holds);
 * - shared: the share dialog's default (parts the explanation does not read left out,
 *   personal data hidden);
 * and the same for a typical 10 KB bounce (tests/fixtures/share/postfix-10k.eml, a Postfix
 * bounce that returns the original message). Lengths are of the fragment (`v1.…`), which
 * is what a link adds to the page's address. Prints; judges nothing.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { explain } from '../src/lib/core/index.ts';
import { encodePermalink, fileInput } from '../src/lib/share/permalink.ts';
import { DEFAULT_SETTINGS, LONG_LINK, prepareShare } from '../src/lib/share/prepare.ts';
import type { SharedInput } from '../src/lib/share/types.ts';
import { corpusFiles, HAVE_CORPUS, NO_CORPUS_MESSAGE } from './corpus.ts';
import { ROOT } from '../tests/helpers/shared.ts';

interface Row {
  name: string;
  bytes: number;
  whole: number;
  shared: number;
}

async function measure(name: string, bytes: Uint8Array): Promise<Row> {
  const source: SharedInput = fileInput(name, bytes);
  const whole = (await encodePermalink(source)).length;
  const prepared = prepareShare(source, explain(bytes), DEFAULT_SETTINGS);
  const shared = (await encodePermalink(prepared.shared)).length;
  return { name, bytes: bytes.byteLength, whole, shared };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

function summary(label: string, rows: Row[]): void {
  const pick = (key: 'whole' | 'shared') => rows.map((r) => r[key]);
  console.log(`${label} (${rows.length} messages)`);
  for (const key of ['whole', 'shared'] as const) {
    const values = pick(key);
    const largest = rows.reduce((a, b) => (b[key] > a[key] ? b : a));
    console.log(
      `  ${key.padEnd(6)} median ${percentile(values, 0.5)}  p90 ${percentile(values, 0.9)}  largest ${largest[key]} (${largest.name}, ${largest.bytes} bytes)  over ${LONG_LINK}: ${values.filter((v) => v > LONG_LINK).length}`,
    );
  }
}

const typical = resolve(ROOT, 'tests/fixtures/share/postfix-10k.eml');
const row = await measure(basename(typical), new Uint8Array(readFileSync(typical)));
console.log(`typical 10 KB bounce: ${row.name}, ${row.bytes} bytes → whole ${row.whole}, shared ${row.shared} characters`);

if (!HAVE_CORPUS) {
  console.warn(NO_CORPUS_MESSAGE);
} else {
  const rows: Row[] = [];
  for (const file of corpusFiles()) rows.push(await measure(basename(file), new Uint8Array(readFileSync(file))));
  summary('corpus', rows);
  summary('corpus, 8–12 KB', rows.filter((r) => r.bytes >= 8 * 1024 && r.bytes <= 12 * 1024));
}
