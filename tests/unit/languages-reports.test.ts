/**
 * A blind round (lang19) in eleven languages of the reports beside bounces and of Exchange
 * causes not covered before (tests/fixtures/languages-reports.ts): Outlook's read receipts and
 * Exchange's delivery and relay notifications, translated, are no failure; a restricted or
 * moderated group, a mail loop, too many recipients and a sending limit never make the address
 * bad; a bounce forwarded with Thunderbird in the client's language gives the notice's
 * recipient, not the reader on the "An:" line; recall reports are no failure; and (a second
 * batch) the common causes in other words, three ways each, and a delay in other words; (a third)
 * relaying, a block list, a virus, DMARC, given up, and a refusal with no cause (unsure); (a
 * fourth) five causes in another grammatical shape; (a fifth) five causes said with the noun first
 * or with "no" ("no mailbox matches this address", "no mail server found for the domain"); (a
 * sixth) a host or a domain "not found": an unknown host, never an unknown user; (a seventh)
 * greylisting (never permanent), too many connections, sending too fast, forbidden content, SPF;
 * (an eighth) delays in other words, never permanent, and a message given up after days.
 */
import { expectLanguageVerdict } from '../helpers/language-verdict.ts';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { REPORTS as ROUND_1, REPORTS_2, REPORTS_3, REPORTS_4, REPORTS_5, REPORTS_6, REPORTS_7, REPORTS_8, REPORTS_PROSE, REPORTS_PROSE_2 } from '../fixtures/languages-reports.ts';

const REPORTS = [...ROUND_1, ...REPORTS_2, ...REPORTS_3, ...REPORTS_4, ...REPORTS_5, ...REPORTS_6, ...REPORTS_7, ...REPORTS_8];

describe('reports beside bounces, in eleven languages (lang19 round)', () => {
  it('cover every language with a read receipt, a delivery notice, an Exchange cause and a forward', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      const cases = REPORTS.filter((c) => c.lang === code);
      expect(cases.length, code).toBeGreaterThanOrEqual(10);
      expect(cases.some((c) => c.kind.includes('read-receipt') && c.address === null), code).toBe(true);
      expect(cases.some((c) => c.kind.includes('delivered') && c.address === null), code).toBe(true);
      expect(cases.some((c) => c.what.includes('Thunderbird')), code).toBe(true);
      expect(cases.some((c) => c.kind.includes('delay')), code).toBe(true);
      expect(cases.filter((c) => c.what.includes('in other words')).length, code).toBe(7);
    }
  });

  it.each(REPORTS.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    if (c.address === null) {
      // Nothing failed: no recipient with a failure's reason, none permanent or removed.
      expect(report.recipients.filter((r) => r.hardBounce || r.permanent === true || !['delivered', 'feedback', 'vacation'].includes(r.reason))).toEqual([]);
      return;
    }
    expect(report.recipients.map((r) => r.address ?? null)).toEqual([c.address]);
    expectLanguageVerdict(report, c);
  });

  it('reads a receipt for a message deleted unread as delivered, with the words of deletion as its evidence', () => {
    for (const c of REPORTS.filter((x) => x.what.includes('deleted unread'))) {
      const report = explain(c.text);
      const r = report.recipients[0];
      expect(r?.reason, c.lang).toBe('delivered');
      const ev = r.evidence.find((e) => e.field === 'reason');
      expect(ev && ev.end > ev.start, c.lang).toBe(true);
    }
  });
});

describe('ordinary mail that speaks of these reports in passing', () => {
  it.each([...REPORTS_PROSE, ...REPORTS_PROSE_2].map((p, i) => [`${p.lang} #${i + 1}`, p] as const))('%s gives no firm verdict', (_name, p) => {
    const report = explain(p.text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high' || r.permanent === true).map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});
