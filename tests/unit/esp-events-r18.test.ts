/**
 * Blind round 18 (tests/fixtures/esp-events-r18.ts): sending services' bounce events of every
 * documented type, their API answers and their suppression lists, each with the verdict its
 * words give; and the rules the round added, asserted on their own.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { ESP_R18 } from '../fixtures/esp-events-r18.ts';
import { scoreLog } from '../helpers/log-score.ts';

const read = (text: string) => explain(text).recipients.map((x) => [x.address, x.action, x.reason, x.permanent, x.hardBounce]);

describe('sending services: events, API answers and suppression lists (round 18)', () => {
  it('has distinct ids', () => {
    expect(new Set(ESP_R18.map((r) => r.id)).size).toBe(ESP_R18.length);
  });

  for (const row of ESP_R18) {
    it(`${row.family}: ${row.id}`, () => {
      const s = scoreLog(row);
      expect(s.diffs, `${row.source} ${JSON.stringify(s.got)}`).toEqual([]);
    });
  }

  it('takes permanence from an SES bounceType and a cause from its subtype only when no reply is given', () => {
    const ses = (type: string, sub: string, rcpt: Record<string, string>) =>
      JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: type, bounceSubType: sub, bouncedRecipients: [rcpt] }, mail: { destination: [rcpt.emailAddress] } });
    expect(read(ses('Permanent', 'General', { emailAddress: 'a@example.org' }))).toEqual([['a@example.org', 'failed', 'undefined', true, false]]);
    expect(read(ses('Transient', 'General', { emailAddress: 'a@example.org' }))[0][3]).toBe(false);
    expect(read(ses('Permanent', 'NoEmail', { emailAddress: 'a@example.org' }))).toEqual([['a@example.org', 'failed', 'userunknown', true, true]]);
    // The reply decides over the subtype: a full mailbox filed as NoEmail is a full mailbox.
    expect(read(ses('Permanent', 'NoEmail', { emailAddress: 'a@example.org', diagnosticCode: 'smtp; 552 5.2.2 Mailbox full' }))[0][2]).toBe('mailboxfull');
  });

  it('reads an SES complaint of subtype OnAccountSuppressionList as a suppression, not a complaint', () => {
    const r = explain(JSON.stringify({ notificationType: 'Complaint', complaint: { complaintSubType: 'OnAccountSuppressionList', complainedRecipients: [{ emailAddress: 'a@example.org' }] } }));
    expect(r.kind).not.toBe('feedback-report');
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['a@example.org', 'suppressed', false]]);
  });

  it('never makes an address of a suppression list a hard bounce unless the listed reply says the address is bad', () => {
    for (const text of [
      JSON.stringify({ SuppressedDestinationSummaries: [{ EmailAddress: 'a@example.org', Reason: 'BOUNCE', LastUpdateTime: '2026-11-27T10:00:00Z' }] }),
      JSON.stringify({ Suppressions: [{ EmailAddress: 'a@example.org', SuppressionReason: 'HardBounce', Origin: 'Recipient' }] }),
      JSON.stringify([{ email: 'a@example.org', status: 'rejected', reject_reason: 'hard-bounce', _id: 'x' }]),
    ]) {
      expect(read(text), text).toEqual([['a@example.org', 'failed', 'suppressed', expect.anything(), false]]);
    }
    // A Mandrill rejection that is no denylist (a rule of the account) is no suppression.
    expect(read(JSON.stringify([{ email: 'a@example.org', status: 'rejected', reject_reason: 'rule', _id: 'x' }]))[0][2]).not.toBe('suppressed');
    // SendGrid's bounces list keeps the reply: its words decide.
    expect(read(JSON.stringify([{ created: 1795773600, email: 'a@example.org', reason: '550 5.1.1 User unknown', status: '5.1.1' }]))).toEqual([['a@example.org', 'failed', 'userunknown', true, true]]);
    // A sent message in Mandrill's answer is no entry of any list.
    expect(explain(JSON.stringify([{ email: 'a@example.org', status: 'sent', reject_reason: null, _id: 'x' }])).recipients.every((x) => x.action !== 'failed')).toBe(true);
  });

  it("reads a service's class only where there is no reply, and its suppression classes as not sent", () => {
    const spark = (cls: string, raw: string) => JSON.stringify([{ msys: { message_event: { type: 'bounce', bounce_class: cls, raw_reason: raw, rcpt_to: 'a@example.org' } } }]);
    // Class 10 (Invalid Recipient) beside a reply that names a block: the reply decides.
    expect(read(spark('10', '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.example.net'))[0][2]).toBe('blocked');
    expect(read(spark('26', '554 5.7.1 [internal] Smart Send suppression'))[0][2]).toBe('suppressed');
    expect(explain(spark('60', 'Auto-Reply: out of office')).recipients[0].reason).toBe('vacation');
    // Mailjet's error label is its class: "user unknown" with no reply is a class decision.
    expect(read(JSON.stringify({ event: 'bounce', email: 'a@example.org', hard_bounce: true, error_related_to: 'recipient', error: 'user unknown', comment: '' }))).toEqual([['a@example.org', 'failed', 'userunknown', true, true]]);
  });

  it('reads the event names of Loops and Mailtrap, and Resend\'s bounce type', () => {
    const loops = (name: string) => JSON.stringify({ eventName: name, contactIdentity: { id: 'c1', email: 'a@example.org' }, email: { id: 'e1' } });
    expect(read(loops('email.hardBounced'))).toEqual([['a@example.org', 'failed', 'undefined', true, false]]);
    expect(read(loops('email.softBounced'))[0][3]).toBe(false);
    expect(explain(loops('email.spamReported')).recipients[0].reason).toBe('feedback');
    expect(read(JSON.stringify({ events: [{ event: 'soft bounce', email: 'a@example.org', response: '452 4.2.2 Mailbox full', response_code: 452 }] }))[0].slice(2, 5)).toEqual(['mailboxfull', false, false]);
    const resend = JSON.stringify({ type: 'email.bounced', data: { to: ['a@example.org'], bounce: { message: 'x', subType: 'MailboxFull', type: 'Transient' } } });
    expect(read(resend)[0][3]).toBe(false);
  });

  it("reads Amazon SES's refusal of a send call as the sending account's, with no address", () => {
    const r = explain('botocore.errorfactory.MessageRejected: An error occurred (MessageRejected) when calling the SendRawEmail operation: Email address is not verified. The following identities failed the check in region US-EAST-1: a@example.org\n');
    expect(r.format).toBe('aws-sdk-error');
    expect(r.recipients.map((x) => [x.address, x.hardBounce])).toEqual([[null, false]]);
    const t = explain('An error occurred (Throttling) when calling the SendEmail operation: Daily message quota exceeded.\n');
    expect(t.recipients.map((x) => [x.reason, x.permanent])).toEqual([['speeding', false]]);
    // Another service's or another call's error is no refusal of mail.
    expect(explain('An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied\n').format).not.toBe('aws-sdk-error');
  });
});
