/**
 * The matrix of bounce wording (tests/fixtures/languages-matrix.ts): every language asked
 * for, every common cause, as a bare reply and as a pasted notice. Each must give its
 * recipient (none for a bare reply), the kind, the reason in its words, whether the address
 * is bad, and never a permanent failure for a delay.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { CAUSES, FALSE_FRIENDS, MATRIX, MATRIX_DELAYS, MATRIX_LAYOUTS, MATRIX_PROSE, MATRIX_PROVIDERS, MATRIX_REPLIES, MATRIX_REPLIES_PLAIN, MATRIX_SENDER, MATRIX_SENTENCES, MATRIX_UNACCENTED, MATRIX_VARIANTS } from '../fixtures/languages-matrix.ts';

describe('the matrix of languages and causes', () => {
  it('covers every language asked for, every cause in both forms', () => {
    for (const lang of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      for (const cause of CAUSES) {
        for (const form of ['reply', 'notice'] as const) {
          expect(MATRIX.some((c) => c.lang === lang && c.cause === cause && c.form === form), `${lang} ${cause} ${form}`).toBe(true);
        }
        // And worded another way.
        expect(MATRIX_VARIANTS.some((c) => c.lang === lang && c.cause === cause), `${lang} ${cause} variant`).toBe(true);
      }
    }
  });

  it.each([...MATRIX, ...MATRIX_VARIANTS, ...MATRIX_REPLIES, ...MATRIX_LAYOUTS, ...MATRIX_UNACCENTED, ...MATRIX_SENTENCES, ...MATRIX_PROVIDERS, ...MATRIX_REPLIES_PLAIN, ...MATRIX_DELAYS, ...MATRIX_SENDER].map((c) => [`${c.lang} ${c.cause} ${c.form}: ${c.text.split('\n')[0].slice(0, 60)}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address ?? null)).toEqual([c.address]);
    const r = report.recipients[0];
    if (c.reason) {
      const want = typeof c.reason === 'string' ? [c.reason] : c.reason;
      expect(want).toContain(r.reason);
      // The reason rests on words of the text.
      const ev = r.evidence.find((e) => e.field === 'reason');
      expect(ev).toBeDefined();
      expect(ev!.end).toBeGreaterThan(ev!.start);
    }
    expect(r.hardBounce).toBe(c.hard);
    if (c.permanent !== undefined) expect(r.permanent).toBe(c.permanent);
    if (c.cause === 'delay') expect(r.permanent).not.toBe(true);
    // A hard bounce is never given with low confidence.
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
  });

  it.each(FALSE_FRIENDS.map((c) => [`${c.lang}: ${c.text.trim()}`, c] as const))('false friend %s', (_name, c) => {
    const report = explain(c.text);
    expect(report.recipients.map((r) => r.reason)).toEqual([c.reason]);
  });

  it.each(MATRIX_PROSE.map((p) => [p.lang, p] as const))('ordinary mail in %s that uses a cause\'s words in passing gives no firm verdict', (_name, p) => {
    const report = explain(p.text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high').map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});
