/**
 * A blind round (lang26) in the eleven languages (tests/fixtures/languages-r26.ts): the
 * recipient's account deleted for good or deactivated for inactivity, the sender's own account
 * blocked for spam, its daily sending quota, a spam score over its threshold, the maximum number
 * of recipients, Exchange's delay notice translated, and a localised Exchange NDR around an
 * English reply.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R26 } from '../fixtures/languages-r26.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang26 round: account deleted or inactive, own account blocked, sending quota, spam score, recipients maximum, Exchange delay, localised NDR around an English reply', () => {
  it('covers every language, each case naming its source', () => {
    expect(R26.length).toBeGreaterThanOrEqual(80);
    for (const code of ASKED) expect(R26.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(7);
    for (const c of R26) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R26.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R26.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it("the sender's own account blocked is never the recipient's suspended account, nor a bad address", () => {
    for (const c of R26.filter((x) => x.family === 'ownblocked')) {
      for (const r of explain(c.text).recipients) {
        expect(r.reason, c.text).not.toBe('suspend');
        expect(r.hardBounce, c.text).toBe(false);
      }
    }
  });

  it('a sending quota is never a mailbox over quota; a maximum of recipients never a message or mailbox too big', () => {
    for (const c of R26.filter((x) => x.family === 'sendquota' || x.family === 'rcptmax')) {
      for (const r of explain(c.text).recipients) expect(['mailboxfull', 'mesgtoobig'], c.text).not.toContain(r.reason);
    }
  });

  it('a delay notice removes nothing, whatever its 4xx reply says', () => {
    for (const c of R26.filter((x) => x.family === 'exdelay')) {
      const report = explain(c.text);
      expect(report.kind, c.text).toBe('delay');
      for (const r of report.recipients) expect([r.hardBounce, r.permanent === true], c.text).toEqual([false, false]);
    }
  });
});
