/**
 * Blind trust round p32 (tests/fixtures/trust/p32-cases.ts; every case is also run by
 * trust.test.ts): permanence contradictions, where the reply code, the enhanced status, the DSN's
 * Action and Status and the words disagree about whether the failure is permanent.
 *
 * Before any fix: 45 right, 4 wrong, 0 firmly wrong of 49. Wrong: "554 5.7.1 … Greylisting in
 * action, please come back later" read as a sure permanent block; a delay notice ("still trying")
 * and an IIS delay DSN ("Action: delayed", "Status: 5.0.0"), each over "550 5.1.1 … User
 * unknown", sure; a soft_bounce DSN ("Action: failed", "Status: 4.1.1" over the receiver's own
 * "550 5.1.1 … User unknown") no hard bounce, low. After the fixes: 49 right. A second batch
 * (p32b, 14 cases, the fixes' neighbours, written after them): 14 right before anything changed;
 * a third (p32c, 10 cases: Postfix's SOFTBOUNCE and expired log lines, a delay DSN with no Action,
 * Postgrey's words under 550 5.1.1, two recipients of one notice): 10 right before anything changed.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

const postfix = (addr: string, reply: string): string =>
  `<${addr}>: host mx.example.org[192.0.2.9] said: ${reply} (in reply to RCPT TO command)`;

const dsn = (addr: string, action: string, status: string, diag: string): Uint8Array =>
  new TextEncoder().encode(
    'From: Mail Delivery System <MAILER-DAEMON@out.example.com>\nTo: news@example.com\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n' +
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b32"\n\n--b32\nContent-Type: text/plain\n\nThe mail system\n\n' +
      `--b32\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.com\n\nFinal-Recipient: rfc822; ${addr}\nAction: ${action}\nStatus: ${status}\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; ${diag}\n\n--b32--\n`,
  );

const rules = (r: { trail: { rule: string }[] }): string[] => r.trail.map((t) => t.rule);

describe('trust round p32: greylisting under a permanent code', () => {
  it('keeps the cause but is not sure of a 5xx whose words say greylisting and a retry', ({ expect }) => {
    for (const reply of [
      '554 5.7.1 <a@example.org>: Recipient address rejected: Greylisting in action, please come back later',
      '550 Greylisted, please try again in 300 seconds',
      '550 5.2.2 Greylisted, please try again later',
    ]) {
      const r = explain(postfix('a@example.org', reply)).recipients[0];
      expect(r, reply).toMatchObject({ reason: 'blocked', hardBounce: false, confidence: 'medium' });
      expect(rules(r), reply).toContain('decision.permanent-code-greylisting');
    }
  });
  it('leaves a temporary greylisting and a 5xx without greylisting alone', ({ expect }) => {
    const temp = explain(postfix('a@example.org', '451 4.7.1 Greylisting in action, please come back later')).recipients[0];
    expect(rules(temp)).not.toContain('decision.permanent-code-greylisting');
    expect(temp).toMatchObject({ reason: 'blocked', permanent: false, hardBounce: false });
    const unknown = explain(postfix('a@example.org', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table')).recipients[0];
    expect(unknown).toMatchObject({ reason: 'userunknown', hardBounce: true, confidence: 'high' });
  });
});

describe('trust round p32: a delay over a permanent reply', () => {
  it('stays deferred, no address removed, and is not sure', ({ expect }) => {
    const warning = 'Subject: Delivery Status Notification (Delay)\n\nYour message to b@example.org has not been delivered yet. Our server is still trying and will retry for 44 more hours. You do not need to resend it.\n\nLast answer from mx.example.org: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown\n';
    const r = explain(warning).recipients[0];
    expect(r).toMatchObject({ address: 'b@example.org', action: 'delayed', permanent: false, hardBounce: false, confidence: 'medium' });
    expect(rules(r)).toContain('decision.delayed-over-permanent-reply');
    const raw = explain(dsn('c@example.org', 'delayed', '5.1.1', '550 5.1.1 <c@example.org>... User unknown')).recipients[0];
    expect(raw).toMatchObject({ action: 'delayed', hardBounce: false, confidence: 'medium' });
  });
  it('leaves a delay over a temporary reply as sure as it was', ({ expect }) => {
    const r = explain(dsn('d@example.org', 'delayed', '4.2.2', '452 4.2.2 <d@example.org>: Mailbox full')).recipients[0];
    expect(r).toMatchObject({ reason: 'mailboxfull', action: 'delayed', hardBounce: false });
    expect(rules(r)).not.toContain('decision.delayed-over-permanent-reply');
  });
});

describe('trust round p32: a soft_bounce status over the receiver\'s own refusal', () => {
  it('reads "Status: 4.1.1" over "550 5.1.1 … User unknown" as the receiver said, not for sure', ({ expect }) => {
    const r = explain(dsn('e@example.org', 'failed', '4.1.1', '550 5.1.1 <e@example.org>: Recipient address rejected: User unknown in virtual mailbox table')).recipients[0];
    expect(r).toMatchObject({ reason: 'userunknown', hardBounce: true, confidence: 'medium' });
    expect(rules(r)).toContain('decision.dsn-status-soft-bounced');
  });
  it('keeps the two disagreeing when more than the class differs, or the receiver said 4xx', ({ expect }) => {
    const other = explain(dsn('f@example.org', 'failed', '4.2.2', '550 5.1.1 <f@example.org>: no such user')).recipients[0];
    expect(other).toMatchObject({ hardBounce: false, confidence: 'low' });
    expect(rules(other)).toContain('decision.dsn-status-class-disagrees');
    const reverse = explain(dsn('g@example.org', 'failed', '5.1.1', '450 4.1.1 <g@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    expect(reverse.hardBounce).toBe(false);
    expect(rules(reverse)).not.toContain('decision.dsn-status-soft-bounced');
  });
});
