/**
 * A blind round (lang27) in the eleven languages (tests/fixtures/languages-r27.ts), about layout:
 * a delay or a failure said on one line ("Remise différée pour <addr> : …", "Zustellung
 * fehlgeschlagen für <addr>: …"), the notices of regional providers and webmails in their
 * language, a localised heading around Postfix's or Exim's English recipient lines and the
 * reverse, and Japanese and Chinese notices with full-width punctuation and ideographic spaces.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R27 } from '../fixtures/languages-r27.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang27 round: one-line delays and failures, regional webmail notices, mixed-language layouts, CJK full-width punctuation', () => {
  it('covers every language, each case naming its source', () => {
    expect(R27.length).toBeGreaterThanOrEqual(80);
    for (const code of ASKED) expect(R27.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(6);
    for (const c of R27) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R27.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R27.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('a one-line delay removes nothing, whatever its cause says', () => {
    for (const c of R27.filter((x) => x.family === 'delay1')) {
      const report = explain(c.text);
      expect(report.kind, c.text).toBe('delay');
      for (const r of report.recipients) expect([r.hardBounce, r.permanent === true], c.text).toEqual([false, false]);
    }
  });
});
