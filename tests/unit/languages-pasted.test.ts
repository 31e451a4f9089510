/**
 * Bounce notices in other languages as people paste them (tests/fixtures/languages-pasted.ts):
 * a provider's localised notice, a sentence that names the recipient and the cause,
 * "<addr>: reason", a label line under the address, a line-wrapped sentence. Each must give
 * its recipient, the reason in its words, how sure, and the kind (bounce or delay).
 *
 * And ordinary mail in those languages that asks about a delivery ("ist meine Nachricht an
 * <addr> nicht zugestellt worden?") gives no firm verdict.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { PASTED, PROSE } from '../fixtures/languages-pasted.ts';

describe('pasted notices in other languages', () => {
  it('cover every language asked for, several forms each', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      const cases = PASTED.filter((c) => c.lang === code);
      expect(cases.length, code).toBeGreaterThanOrEqual(10);
      expect(cases.some((c) => c.kind === 'delay'), code).toBe(true);
    }
  });

  it.each(PASTED.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address)).toEqual([c.address]);
    const r = report.recipients[0];
    if (c.reason) {
      expect(r.reason).toBe(c.reason);
      // The reason rests on words of the notice, not on a code (there is none).
      const reason = r.evidence.find((e) => e.field === 'reason');
      expect(reason).toBeDefined();
      expect(report.document.slice(reason!.start, reason!.end).length).toBeGreaterThan(1);
    }
    expect(r.confidence).toBe(c.confidence);
    if (c.hard !== undefined) expect(r.hardBounce).toBe(c.hard);
    if (c.kind === 'delay') {
      expect(r.hardBounce).toBe(false);
      expect(r.permanent).not.toBe(true);
    }
    // A hard bounce is never given with low confidence.
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
  });
});

describe('ordinary mail in other languages that asks about a delivery', () => {
  it.each(PROSE.map((p) => [p.lang, p] as const))('%s gives no firm verdict', (_name, p) => {
    const report = explain(p.text);
    const firm = report.recipients.filter((r) => r.hardBounce || r.confidence === 'high').map((r) => `${r.address} ${r.reason} ${r.confidence}`);
    expect(firm).toEqual([]);
  });

  it('nor does the same question without its question mark lose the notice it would be', () => {
    // The statement form of the German question is a notice's sentence: it reads.
    const report = explain('Ihre Nachricht an hans@example.com wurde nicht zugestellt, weil das Postfach des Empfängers voll ist.\n');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['hans@example.com', 'mailboxfull']]);
    // Nor does a question mark inside a link ("…?p=…").
    const linked = explain('hans@example.com: Postfach voll (https://example.com/hilfe?p=postfach).\n');
    expect(linked.recipients.map((r) => [r.address, r.reason])).toEqual([['hans@example.com', 'mailboxfull']]);
  });
});
