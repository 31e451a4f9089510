/**
 * A blind round of bounce templates in eleven languages (tests/fixtures/languages-templates.ts):
 * Microsoft 365's current NDR layout whole and translated (its "How to Fix It" help text naming
 * other causes in passing, the admin section, the message hops), Gmail's localised inbox-full,
 * blocked, gave-up and DNS-error notices, regional providers' and carriers' notices, delay
 * warnings that must stay temporary, and warnings that the reader's own mailbox is almost full
 * (no bounce). Each must give its recipient, the kind, the reason in its words, whether the
 * address is bad, and an unsure answer where the words do not settle the cause.
 */
import { expectLanguageVerdict } from '../helpers/language-verdict.ts';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { TEMPLATES as ROUND_1, TEMPLATES_2, TEMPLATES_3, TEMPLATES_4, TEMPLATES_5, TEMPLATES_6, TEMPLATES_PARITY, TEMPLATES_PROSE } from '../fixtures/languages-templates.ts';

const TEMPLATES = [...ROUND_1, ...TEMPLATES_2, ...TEMPLATES_3, ...TEMPLATES_4, ...TEMPLATES_5, ...TEMPLATES_6, ...TEMPLATES_PARITY];

describe('bounce templates in eleven languages (lang17 round)', () => {
  it('cover every language, each with a delay, an almost-full warning and a Microsoft 365 notice', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      const cases = TEMPLATES.filter((c) => c.lang === code);
      expect(cases.length, code).toBeGreaterThanOrEqual(20);
      expect(cases.some((c) => c.kind.includes('auto-reply')), code).toBe(true);
      expect(cases.some((c) => c.kind.includes('delay')), code).toBe(true);
      expect(cases.some((c) => c.warning === 'quota-warning'), code).toBe(true);
      expect(cases.some((c) => c.what.startsWith('Microsoft 365')), code).toBe(true);
    }
  });

  it.each(TEMPLATES.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    if (c.warning) expect(report.warnings.map((w) => w.code)).toContain(c.warning);
    if (c.address === null) {
      expect(report.recipients.filter((r) => r.hardBounce || r.permanent === true)).toEqual([]);
      return;
    }
    expect(report.recipients.map((r) => r.address ?? null)).toEqual([c.address]);
    expectLanguageVerdict(report, c);
  });
});

describe('ordinary mail that uses the new wording in passing', () => {
  it.each(TEMPLATES_PROSE.map((p, i) => [`${p.lang} #${i + 1}`, p] as const))('%s gives no firm verdict', (_name, p) => {
    const report = explain(p.text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high' || r.permanent === true).map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});
