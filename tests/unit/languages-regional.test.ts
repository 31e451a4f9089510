/**
 * Bounce wording of regional servers and localised clients in eleven languages
 * (tests/fixtures/languages-regional.ts): providers' own replies (Orange, Aruba, NetEase, QQ,
 * UOL, Sapo, …), localised Exchange, Gmail and sendmail notices around an English reply,
 * localised delay warnings, full-width punctuation, Cyrillic. Each must give its recipient
 * (none for a bare reply), the kind, the reason in its words, whether the address is bad, and
 * an unsure answer where the words do not settle the cause.
 */
import { expectLanguageVerdict } from '../helpers/language-verdict.ts';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { REGIONAL, REGIONAL_2, REGIONAL_3, REGIONAL_4, REGIONAL_5, REGIONAL_5_TWO, REGIONAL_6, REGIONAL_7, REGIONAL_8, REGIONAL_9, REGIONAL_10, REGIONAL_11, REGIONAL_12, REGIONAL_13, REGIONAL_14, REGIONAL_15, REGIONAL_15_NOT_FAILED, REGIONAL_16, REGIONAL_16_NOT_FAILED, REGIONAL_17, REGIONAL_18, REGIONAL_PROSE, REGIONAL_PROSE_2, REGIONAL_PROSE_3 } from '../fixtures/languages-regional.ts';

const ALL = [...REGIONAL, ...REGIONAL_2, ...REGIONAL_3, ...REGIONAL_4, ...REGIONAL_5, ...REGIONAL_6, ...REGIONAL_7, ...REGIONAL_8, ...REGIONAL_9, ...REGIONAL_10, ...REGIONAL_11, ...REGIONAL_12, ...REGIONAL_13, ...REGIONAL_14, ...REGIONAL_15, ...REGIONAL_16, ...REGIONAL_17, ...REGIONAL_18];

describe('regional servers and localised clients', () => {
  it('cover every language asked for, with a delay and an unsure or refused case among them', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      const cases = ALL.filter((c) => c.lang === code);
      expect(cases.length, code).toBeGreaterThanOrEqual(8);
      expect(cases.some((c) => c.kind === 'delay'), code).toBe(true);
      expect(cases.some((c) => c.hard === false && c.kind !== 'delay'), code).toBe(true);
    }
  });

  it.each(ALL.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(typeof c.kind === 'string' ? [c.kind] : c.kind).toContain(report.kind);
    expect(report.recipients.map((r) => r.address ?? null)).toEqual([c.address]);
    expectLanguageVerdict(report, c);
  });
});

describe('localised notices that name two recipients', () => {
  it.each(REGIONAL_5_TWO.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual(c.want);
    for (const r of report.recipients) expect(r.hardBounce).toBe(r.reason === 'userunknown');
  });
});

describe('ordinary mail in these languages that uses a notice\'s words in passing', () => {
  it.each([...REGIONAL_PROSE, ...REGIONAL_PROSE_2, ...REGIONAL_PROSE_3].map((p, i) => [`${p.lang} #${i + 1}`, p] as const))('%s gives no firm verdict', (_name, p) => {
    const report = explain(p.text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high').map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});

describe('automatic replies and an automatic success message in these languages', () => {
  it.each([...REGIONAL_15_NOT_FAILED, ...REGIONAL_16_NOT_FAILED].map((c, i) => [`${c.lang} #${i + 1}`, c] as const))('%s is no failure', (_name, c) => {
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    expect(report.recipients.filter((r) => r.hardBounce || r.permanent === true).map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});
