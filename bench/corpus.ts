/**
 * The shared corpus, read the way the CLI reads files, so bench numbers and
 * `bounce-explain --json` agree. BOUNCE_SHARED moves the shared folder (see tests/helpers/shared.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../src/lib/core/index.ts';
import { toRecord, type CliRecord } from '../src/cli/format.ts';
import { messagesOfFile } from '../src/cli/messages.ts';
import type { Accepted, Label, LineCase, VisibleAccepted } from './score.ts';
import { CORPUS_DIR, CORPUS_EMAILS, CORPUS_LABELS, HAVE_CORPUS, NO_CORPUS_MESSAGE, ROOT, SHARED_DIR } from '../tests/helpers/shared.ts';

export { CORPUS_EMAILS, CORPUS_LABELS, HAVE_CORPUS, NO_CORPUS_MESSAGE, SHARED_DIR };

/** Reasoned disagreements with the labels, in the form the official scorer's --accept reads. */
export const ACCEPTED_PATH = join(ROOT, 'bench/accepted-disagreements.json');
/** Visible texts whose right answer differs from the whole message's label (they state no cause, or another). */
export const VISIBLE_ACCEPTED_PATH = join(ROOT, 'bench/visible-accepted.json');
/** Sisimai 5.1's own run over the corpus (its addresses are the address reference). */
export const SISIMAI_RUN = join(CORPUS_DIR, 'sisimai-5.1.jsonl');
/** The shared tool that writes the text a mail client shows of each labelled bounce. */
export const VISIBLE_TEXT_TOOL = join(SHARED_DIR, 'tools', 'visible-text.py');

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

export function loadAccepted(): Accepted {
  return existsSync(ACCEPTED_PATH) ? (JSON.parse(readFileSync(ACCEPTED_PATH, 'utf8')) as Accepted) : {};
}

/** bench/visible-accepted.json without its "_about" note. */
export function loadVisibleAccepted(): VisibleAccepted {
  if (!existsSync(VISIBLE_ACCEPTED_PATH)) return {};
  const { _about, ...entries } = JSON.parse(readFileSync(VISIBLE_ACCEPTED_PATH, 'utf8')) as Record<string, unknown>;
  void _about;
  return entries as VisibleAccepted;
}

/** Sisimai's records (JSON Lines), or null when the file is absent. */
export function loadSisimaiRun(): { source?: unknown; recipients?: unknown }[] | null {
  if (!existsSync(SISIMAI_RUN)) return null;
  return readFileSync(SISIMAI_RUN, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as { source?: unknown; recipients?: unknown }];
      } catch {
        return [];
      }
    });
}

/**
 * Runs visible-text.py (python3) into `outDir`: the visible text of each labelled bounce as
 * a `.txt` file, and the cases to score it by. A reason string instead when it cannot run.
 */
export function visibleText(outDir: string): { cases: LineCase[]; files: string[] } | string {
  if (!existsSync(VISIBLE_TEXT_TOOL)) return `${VISIBLE_TEXT_TOOL} not found`;
  const py = spawnSync('python3', [VISIBLE_TEXT_TOOL, CORPUS_LABELS, CORPUS_EMAILS, outDir], { encoding: 'utf8' });
  if (py.error) return `python3 could not be run (${(py.error as NodeJS.ErrnoException).code ?? py.error.message})`;
  if (py.status !== 0) return `visible-text.py failed: ${(py.stderr || py.stdout).trim().split('\n').pop()}`;
  const cases = readFileSync(join(outDir, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LineCase);
  const files = readdirSync(outDir)
    .filter((n) => n.endsWith('.txt'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(outDir, n));
  return { cases, files };
}
