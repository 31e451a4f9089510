import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The shared material that lives beside the repository (never copied into it): the
 * labelled corpus and the IANA reference tables. BOUNCE_SHARED overrides the location.
 */
export const SHARED_DIR = process.env.BOUNCE_SHARED ?? resolve(ROOT, '../shared');
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');
export const CORPUS_EMAILS = resolve(CORPUS_DIR, 'emails');
export const CORPUS_LABELS = resolve(CORPUS_DIR, 'labels.json');
export const REFERENCE_DIR = resolve(SHARED_DIR, 'reference');

export const HAVE_CORPUS = existsSync(CORPUS_LABELS) && existsSync(CORPUS_EMAILS);
export const HAVE_REFERENCE = existsSync(resolve(REFERENCE_DIR, 'enhanced-status-codes.csv'));

/** Message printed when a suite cannot run because the corpus is missing. */
export const NO_CORPUS_MESSAGE = `corpus not found at ${CORPUS_DIR}: corpus-based tests are skipped (set BOUNCE_SHARED to its parent folder)`;
