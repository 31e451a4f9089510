/**
 * Notices pasted one after the other, and refusals quoted as a condition: a delay warning
 * does not make the bounce pasted after it a delay; a paste that holds two notices says so
 * (warning `several-notices`); a reply code that stands only in a condition ("If it
 * continues, we will reject … with "550 …"") is no reply received.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { noticeOpenings, onlyInConditions } from '../../src/lib/core/read/cues.ts';

const TRUST = join(import.meta.dirname, '../fixtures/trust');
const codes = (text: string | Uint8Array): string[] => explain(text).warnings.map((w) => w.code);

describe('notices pasted together', () => {
  it('reads the bounce pasted after a delay warning as failed, the warning\'s recipient as delayed', () => {
    const report = explain(readFileSync(join(TRUST, 'r17-two-pasted-delay-then-unknown.txt'), 'utf8'));
    const [fritz, greta] = report.recipients;
    expect(fritz.address).toBe('fritz@example.org');
    expect(fritz.action).toBe('delayed');
    expect(fritz.permanent).toBe(false);
    expect(greta.address).toBe('greta@example.net');
    expect(greta.action).not.toBe('delayed');
    expect(greta.reason).toBe('userunknown');
    expect(greta.permanent).toBe(true);
    expect(greta.hardBounce).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('several-notices');
  });

  it('an address the warning and then the bounce both name failed in the end', () => {
    const report = explain(readFileSync(join(TRUST, 'r17b-two-pasted-delay-then-expired-same.txt'), 'utf8'));
    expect(report.kind).toBe('bounce');
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0].action).not.toBe('delayed');
    expect(report.recipients[0].reason).toBe('mailboxfull');
    expect(report.recipients[0].hardBounce).toBe(false);
  });

  it('warns when a paste holds a Gmail notice and an Exchange notice', () => {
    expect(codes(readFileSync(join(TRUST, 'r17-two-pasted-gmail-then-outlook-full.txt'), 'utf8'))).toContain('several-notices');
  });

  it('a delay warning alone keeps its recipients delayed, with no warning of several notices', () => {
    const text = [
      'This is the mail system at host mail.example.com.',
      '',
      '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
      '',
      '<fritz@example.org>: host mx.example.org[192.0.2.50] said: 452 4.2.2 Mailbox',
      '    full (in reply to RCPT TO command)',
    ].join('\n');
    const report = explain(text);
    expect(report.recipients[0].action).toBe('delayed');
    expect(report.warnings.map((w) => w.code)).not.toContain('several-notices');
  });

  it('one notice, or a raw bounce of a bounce, is not several pasted notices', () => {
    expect(codes(readFileSync(join(TRUST, 'r17-551-user-not-local-try.txt'), 'utf8'))).not.toContain('several-notices');
    expect(codes(new Uint8Array(readFileSync(join(TRUST, 'raw7-double-bounce.eml'))))).not.toContain('several-notices');
  });

  it('a full mailbox in the next notice does not make the first notice\'s unknown user unsure', () => {
    const report = explain(readFileSync(join(TRUST, 'r17c-two-pasted-exim-unknown-then-exim-full.txt'), 'utf8'));
    const [arne] = report.recipients;
    expect(arne.address).toBe('arne@example.org');
    expect(arne.reason).toBe('userunknown');
    expect(arne.confidence).not.toBe('low');
    expect(arne.hardBounce).toBe(true);
    expect(report.recipients.map((r) => r.address)).not.toContain('carl@example.org');
    if (!report.recipients.some((r) => r.address === 'berit@example.net')) {
      expect(report.warnings.find((w) => w.code === 'several-notices')?.message).toContain('berit@example.net');
    }
  });

  it('nor does one in the notice before it', () => {
    const report = explain(readFileSync(join(TRUST, 'r17c-two-pasted-full-then-gmail-unknown.txt'), 'utf8'));
    const carl = report.recipients.find((r) => r.address === 'carl@example.org');
    const doris = report.recipients.find((r) => r.address === 'doris@example.net');
    expect(carl?.hardBounce ?? false).toBe(false);
    expect(doris?.hardBounce).toBe(true);
    expect(doris?.confidence).not.toBe('low');
    // carl@'s Postfix line is not read: the warning names it.
    const warning = report.warnings.find((w) => w.code === 'several-notices');
    expect(carl === undefined ? warning?.message : 'read').toMatch(/carl@example\.org|read/);
  });

  it('counts the openings of the MTAs\' notices', () => {
    expect(noticeOpenings('This is the mail system at host a.example.com.\n…\nThis message was created automatically by mail delivery software.')).toBe(2);
    expect(noticeOpenings("Your message wasn't delivered to a@example.org because the address couldn't be found")).toBe(1);
    expect(noticeOpenings('The mail system is down at the host today.')).toBe(0);
  });
});

describe('reply codes only in a condition', () => {
  it('an abuse desk\'s warning of a refusal to come is no bounce', () => {
    const report = explain(readFileSync(join(TRUST, 'r17-abuse-complaint-human.txt'), 'utf8'));
    expect(report.kind).toBe('unknown');
    expect(report.recipients).toEqual([]);
  });

  it('tells a code in a condition from a code stated', () => {
    expect(onlyInConditions('If this goes on we will answer "550 5.7.1 Service unavailable; client host blocked".')).toBe(true);
    expect(onlyInConditions('550 5.7.1 Service unavailable; client host blocked. If you think this is wrong, write to postmaster.')).toBe(false);
    expect(onlyInConditions('We got 550 5.1.1 from them. If it comes again we will answer 550 5.7.1.')).toBe(false);
    expect(onlyInConditions('No code here, if any.')).toBe(false);
    // Codes brought in as examples, to the end of their sentence.
    expect(onlyInConditions('Mail will be refused with a reply such as "550 5.7.26 Unauthenticated email is not accepted". Set up DMARC.')).toBe(true);
    expect(onlyInConditions('Providers answer with codes, for example 421 4.7.0 when you send too fast. We got 550 5.1.1 today.')).toBe(false);
  });

  it('a refusal stated before the help text that follows it is still read', () => {
    const [r] = explain('550 5.7.1 <ann@example.org>: Service unavailable; client host [198.51.100.23] blocked. If you think this is in error, contact postmaster@example.org.').recipients;
    expect(r.reason).toBe('blocked');
    expect(r.hardBounce).toBe(false);
  });
});

describe('complaint notices', () => {
  it('"a recipient marked your message as spam: a@…" is a complaint, not a refusal', () => {
    const report = explain(readFileSync(join(TRUST, 'r17d-esp-complaint-notice.txt'), 'utf8'));
    expect(report.kind).toBe('feedback-report');
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([['ivan@example.net', 'feedback', false]]);
  });

  it('a filter that marked the message as spam and refused it is still a refusal', () => {
    const report = explain('Your message to kim@example.org was marked as spam and rejected.\n\n550 5.7.1 Message rejected as spam by content filter');
    expect(report.kind).not.toBe('feedback-report');
    expect(report.recipients[0].reason).toBe('spamdetected');
  });
});
