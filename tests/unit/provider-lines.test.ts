/**
 * Bare provider replies (tests/fixtures/provider-lines.ts): each documented line in, the
 * provider's documented meaning out — reason, permanent, hard bounce, and the provider when
 * the line names it. A line marked `low` must say it is unsure and keep the address.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { PROVIDER_LINES } from '../fixtures/provider-lines.ts';

describe('provider reply lines', () => {
  it('covers many lines and services', () => {
    expect(PROVIDER_LINES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PROVIDER_LINES.map((r) => r.source.split('/')[2])).size).toBeGreaterThanOrEqual(15);
  });

  for (const row of PROVIDER_LINES) {
    const title = row.line.replace(/\s+/g, ' ').slice(0, 110);
    it(`${row.reason}: ${title}`, () => {
      const report = explain(row.line);
      expect(report.recipients.length, 'one recipient').toBe(1);
      const r = report.recipients[0]!;
      const got = { reason: row.reason === 'low' ? (r.confidence === 'low' ? 'low' : r.reason) : r.reason, permanent: r.permanent, hardBounce: r.hardBounce };
      expect(got, `${row.source} (rule ${r.rule}, confidence ${r.confidence})`).toEqual({ reason: row.reason, permanent: row.permanent, hardBounce: row.hardBounce });
      if (row.provider) expect(report.provider, 'provider').toBe(row.provider);
    });
  }
});
