/**
 * The shared corpus, read the way the CLI reads files, so bench numbers and
 * `bounce-explain --json` agree. BOUNCE_SHARED moves the shared folder (see tests/helpers/shared.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../src/lib/core/index.ts';
import { toRecord, type CliRecord } from '../src/cli/format.ts';
import { messagesOfFile } from '../src/cli/messages.ts';
import type { Label } from './score.ts';
import { CORPUS_EMAILS, CORPUS_LABELS, HAVE_CORPUS, NO_CORPUS_MESSAGE, SHARED_DIR } from '../tests/helpers/shared.ts';

export { CORPUS_EMAILS, CORPUS_LABELS, HAVE_CORPUS, NO_CORPUS_MESSAGE, SHARED_DIR };

/** The official scorer, kept with the shared material. */
export const OFFICIAL_SCORER = join(SHARED_DIR, 'tools', 'score-corpus.mjs');

export function loadLabels(): Label[] {
  return JSON.parse(readFileSync(CORPUS_LABELS, 'utf8')) as Label[];
}

/** Absolute paths of the corpus emails, in the order a shell glob (`emails/*`) lists them. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_EMAILS)
    .filter((n) => !n.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(CORPUS_EMAILS, n));
}

/** One CLI JSON record per message of each file, exactly as `bounce-explain --json FILE...` prints them. */
export function* cliRecords(files: readonly string[]): Generator<CliRecord> {
  for (const file of files) {
    for (const item of messagesOfFile(file)) {
      if (item.type !== 'message') continue;
      yield toRecord(item.isMbox ? `${file}#${item.index}` : file, explain(item.bytes));
    }
  }
}
