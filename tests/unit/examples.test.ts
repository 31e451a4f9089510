/** Every example in the page's menu gives the verdict it was written to show. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/ui/examples/index.ts';
import { explain } from '../../src/lib/core/index.ts';

describe('the Examples menu', () => {
  it('has at least ten examples with distinct ids and labels', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    expect(new Set(EXAMPLES.map((e) => e.label)).size).toBe(EXAMPLES.length);
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    const report = explain(example.text);
    expect(report.kind).toBe(example.expect.kind);
    expect(report.recipients.map((r) => r.reason)).toEqual(example.expect.reasons);
    expect(report.headline?.tone).toBe(example.expect.tone);
    for (const r of report.recipients) expect(r.headline.tone).toBe(example.expect.tone);
    if (example.expect.provider) expect(report.provider).toBe(example.expect.provider);
    expect(report.warnings.filter((w) => w.code === 'not-a-report' || w.code === 'internal-error')).toEqual([]);
  });

  it('uses reserved names and documentation addresses only', () => {
    for (const { id, text } of EXAMPLES) {
      for (const domain of text.match(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|de|jp|io|invalid)\b/gi) ?? []) {
        const allowed = /(?:^|\.)example\.(?:com|net|org)$/i.test(domain) ||
          // Hosts and help pages the real servers name, kept as they say them.
          /(?:^|\.)(?:google\.com|outlook\.com|live\.com|spamhaus\.org|yahooinc\.com)$/i.test(domain);
        expect(allowed, `${id}: ${domain}`).toBe(true);
      }
      // (Yahoo's replies end with a four-number version such as "- 4.16.55.1", not an address.)
      for (const ip of text.replace(/ - \d+(?:\.\d+){3};/g, ';').match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? []) {
        expect(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./.test(ip), `${id}: ${ip}`).toBe(true);
      }
    }
  });
});
