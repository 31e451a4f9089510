/**
 * Sharing must not change the explanation. For every corpus message, as the page would
 * share it (the file's bytes, and the same text pasted):
 * - redaction keeps the kind and, for every recipient, the reason, status, reply code,
 *   permanence and hard bounce (100%);
 * - leaving out what the engine does not read gives exactly the same Report;
 * - the diagnostic excerpt (offered for very long links) keeps the verdicts, addresses
 *   included, at the first or a later step of its ladder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { redact } from '../../src/lib/share/redact.ts';
import { compactForLink } from '../../src/lib/share/compact.ts';
import { diagnosticExcerpt, EXCERPT_LADDER } from '../../src/lib/share/excerpt.ts';
import { verdictDifferences } from '../../src/lib/share/verdicts.ts';
import { encodePermalink, fileInput, sharedFileBytes } from '../../src/lib/share/permalink.ts';
import { DEFAULT_SETTINGS, prepareShare } from '../../src/lib/share/prepare.ts';
import { CORPUS_EMAILS, HAVE_CORPUS, NO_CORPUS_MESSAGE } from '../helpers/shared.ts';

if (!HAVE_CORPUS) console.warn(NO_CORPUS_MESSAGE);

const messages = () =>
  HAVE_CORPUS
    ? readdirSync(CORPUS_EMAILS)
        .filter((name) => !name.startsWith('.'))
        .sort()
        .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS_EMAILS, name))) }))
    : [];

describe.skipIf(!HAVE_CORPUS)('sharing over the whole corpus', () => {
  const corpus = messages();

  it('redaction keeps every verdict, for the file and for the pasted text', () => {
    expect(corpus.length).toBeGreaterThan(400);
    const differ: string[] = [];
    let hidden = 0;
    for (const { name, bytes } of corpus) {
      const shared = fileInput(name, bytes);
      const redacted = redact(shared.input, { binary: shared.file?.binary });
      hidden += redacted.replacements.length;
      const before = explain(bytes);
      const after = explain(sharedFileBytes({ ...shared, input: redacted.text }));
      for (const d of verdictDifferences(before, after)) differ.push(`${name} (file): ${d}`);
      if (!shared.file?.binary) {
        for (const d of verdictDifferences(explain(shared.input), explain(redacted.text))) differ.push(`${name} (pasted): ${d}`);
      }
    }
    expect(differ).toEqual([]);
    // It did hide things: several values per message on average.
    expect(hidden / corpus.length).toBeGreaterThan(5);
  });

  it('leaving out unread parts gives exactly the same Report', () => {
    const differ: string[] = [];
    let shortened = 0;
    for (const { name, bytes } of corpus) {
      const shared = fileInput(name, bytes);
      const compact = compactForLink(shared.input, { binary: shared.file?.binary });
      if (!compact) continue;
      shortened++;
      const after = explain(sharedFileBytes({ ...shared, input: compact.text }));
      if (JSON.stringify(after) !== JSON.stringify(explain(bytes))) differ.push(name);
    }
    expect(differ).toEqual([]);
    expect(shortened).toBeGreaterThan(100);
  });

  it('the diagnostic excerpt keeps every verdict', () => {
    const differ: string[] = [];
    const steps = new Map<number, number>();
    for (const { name, bytes } of corpus) {
      const report = explain(bytes);
      const step = EXCERPT_LADDER.findIndex((options) => verdictDifferences(report, explain(diagnosticExcerpt(report, options)), { addresses: true }).length === 0);
      if (step < 0) differ.push(name);
      steps.set(step, (steps.get(step) ?? 0) + 1);
    }
    expect(differ).toEqual([]);
    // Most need only the first, smallest step.
    expect(steps.get(0) ?? 0).toBeGreaterThan(corpus.length * 0.8);
  });

  it('links for the corpus bounces of 8 to 12 KB are typically under 4,000 characters', async () => {
    const lengths: number[] = [];
    for (const { name, bytes } of corpus) {
      if (bytes.byteLength < 8 * 1024 || bytes.byteLength > 12 * 1024) continue;
      const prepared = prepareShare(fileInput(name, bytes), explain(bytes), DEFAULT_SETTINGS);
      lengths.push((await encodePermalink(prepared.shared)).length);
    }
    expect(lengths.length).toBeGreaterThan(5);
    lengths.sort((a, b) => a - b);
    expect(lengths[lengths.length >> 1]).toBeLessThan(4000);
  });
});
