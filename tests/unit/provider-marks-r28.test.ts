/**
 * Blind round provmark28 (tests/fixtures/provider-marks-r28.ts): a provider is named, and its
 * own meaning applied, only on its own signs; the wording other servers write names none.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { judgeProviderMark, PROVIDER_MARK_CASES } from '../fixtures/provider-marks-r28.ts';

describe('provider signs, round provmark28', () => {
  it('holds the round', () => {
    expect(PROVIDER_MARK_CASES.length).toBeGreaterThanOrEqual(18);
    expect(PROVIDER_MARK_CASES.some((c) => c.provider === null)).toBe(true);
    expect(PROVIDER_MARK_CASES.some((c) => c.provider !== null)).toBe(true);
  });

  for (const c of PROVIDER_MARK_CASES) {
    it(`${c.family}: ${c.id}`, () => {
      const report = explain(c.text);
      expect(report.recipients.length, 'one recipient').toBe(1);
      const { verdict, why } = judgeProviderMark(c, report);
      expect({ verdict, why }, c.source).toEqual({ verdict: 'right', why: [] });
      // Another server's words never carry the provider's own meaning.
      if (c.provider === null) expect(report.recipients[0]!.providerMeaning, 'provider meaning').toBeNull();
    });
  }
});
