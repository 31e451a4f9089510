/**
 * A blind round (lang25) in the eleven languages (tests/fixtures/languages-r25.ts): the reader's
 * own mailbox full (an owner notice, not a bounce), the message too large for the recipient's
 * server with the limit stated, and delivery restricted to internal senders.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R25 } from '../fixtures/languages-r25.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang25 round: own mailbox full, size limit stated, internal senders only', () => {
  it('covers every language, each case naming its source', () => {
    expect(R25.length).toBeGreaterThanOrEqual(22);
    for (const code of ASKED) expect(R25.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(2);
    for (const c of R25) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R25.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R25.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => {
    if (c.family !== 'ownfull' || c.open) return expectRoundCase(c, c.open === true);
    // The owner notice: a quota warning, no failed recipient, the owner never one.
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    expect(report.warnings.map((w) => w.code)).toContain(c.warning);
    expect(report.recipients.filter((x) => x.hardBounce || x.permanent === true || x.confidence === 'high')).toEqual([]);
    expect(report.recipients.map((x) => x.address)).not.toContain(c.owner);
  });

  it('the owner notice in the second person is a quota warning; the recipient\'s mailbox full stays a bounce', () => {
    for (const t of ['Ihr Postfach ist voll.\n\nSie können keine Elemente senden oder empfangen.\n', 'Uw postvak is vol.\n\nU kunt geen items verzenden of ontvangen.\n', '您的邮箱已满。\n\n您将无法发送或接收邮件。\n']) {
      const report = explain(t);
      expect(report.warnings.map((w) => w.code), t).toContain('quota-warning');
      expect(report.recipients, t).toEqual([]);
    }
    // The recipient's mailbox full (no "your") is the recipient's bounce.
    for (const t of ['550 5.2.2 Das Postfach des Empfängers ist voll\n', '552 Het postvak van de ontvanger is vol\n', '552 收件人邮箱已满\n']) {
      expect(explain(t).recipients[0].reason, t).toBe('mailboxfull');
    }
  });

  it('no case of the round removes its recipient', () => {
    for (const c of R25) for (const x of explain(c.text).recipients) expect(x.hardBounce, c.text).toBe(false);
  });
});
