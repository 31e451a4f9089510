/**
 * Sending services' webhook events pasted as JSON (formats/esp-events.ts): one recipient per
 * event, the address from the service's recipient field, the event's own meaning (not sent,
 * deferred, delivered, a complaint), and the receiving server's reply as the words, each with
 * its span in the paste.
 */
import { describe, it } from 'vitest';
import { explain, type Report } from '../../src/lib/core/index.ts';

function words(report: Report, i = 0): string {
  const e = report.recipients[i].evidence.find((x) => x.field === 'reason');
  return e ? report.document.slice(e.start, e.end) : '';
}

describe('webhook events of sending services', () => {
  it('reads each service\'s bounce event: address, reply, verdict', ({ expect }) => {
    const cases: [string, string, string, string][] = [
      ['SendGrid', '{"email":"a@example.org","event":"bounce","type":"bounce","status":"5.1.1","reason":"550 5.1.1 <a@example.org>: Recipient address rejected: User unknown"}', 'a@example.org', 'userunknown'],
      ['Mailgun', '{"event-data":{"event":"failed","severity":"permanent","reason":"bounce","recipient":"a@example.org","delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"5.1.1 The email account that you tried to reach does not exist.","description":""}}}', 'a@example.org', 'userunknown'],
      ['Postmark', '{"RecordType":"Bounce","Type":"HardBounce","Email":"a@example.org","Description":"The server was unable to deliver your message (ex: unknown user, mailbox not found).","Details":"smtp;552 5.2.2 Mailbox full"}', 'a@example.org', 'mailboxfull'],
      ['SparkPost', '[{"msys":{"message_event":{"type":"bounce","bounce_class":"10","rcpt_to":"a@example.org","raw_reason":"550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"}}}]', 'a@example.org', 'blocked'],
      ['Mandrill', 'mandrill_events=[{"event":"hard_bounce","msg":{"email":"a@example.org","bounce_description":"bad_mailbox","diag":"smtp;550 5.1.1 The email account that you tried to reach does not exist."}}]', 'a@example.org', 'userunknown'],
      ['Brevo', '{"event":"hard_bounce","email":"a@example.org","reason":"550 5.1.1 User unknown"}', 'a@example.org', 'userunknown'],
      ['Resend', '{"type":"email.bounced","data":{"to":["a@example.org"],"bounce":{"message":"The recipient\'s email address does not exist.","type":"Permanent"}}}', 'a@example.org', 'userunknown'],
    ];
    for (const [service, json, address, reason] of cases) {
      const r = explain(json);
      expect(r.format, service).toBe('esp-events');
      expect(r.recipients.map((x) => [x.address, x.action, x.reason]), service).toEqual([[address, 'failed', reason]]);
      // The reply's words decide, read in place in the paste (Postmark's generic "Description" is not the reply).
      expect(words(r), service).not.toBe('');
      expect(json.indexOf(words(r)), service).toBeGreaterThan(0);
      expect(words(r), service).not.toMatch(/unknown user, mailbox not found/);
    }
  });

  it('says a dropped event of a suppressed address was never sent, and keeps the address', ({ expect }) => {
    const r = explain('[{"email":"a@example.org","event":"dropped","reason":"Bounced Address","status":"5.0.0"}]');
    expect(r.recipients[0]).toMatchObject({ address: 'a@example.org', reason: 'suppressed', hardBounce: false, rule: 'format.esp-events.suppressed' });
    const mailgun = explain('{"event-data":{"event":"failed","severity":"permanent","reason":"suppress-bounce","recipient":"a@example.org","delivery-status":{"code":605,"message":"Not delivering to previously bounced address","description":""}}}');
    expect(mailgun.recipients[0]).toMatchObject({ address: 'a@example.org', reason: 'suppressed', hardBounce: false });
  });

  it('reads temporary failures as delays: Mailgun\'s severity, deferrals, Postmark\'s Transient', ({ expect }) => {
    for (const json of [
      '{"event-data":{"event":"failed","severity":"temporary","recipient":"a@example.org","delivery-status":{"code":452,"enhanced-code":"4.2.2","message":"4.2.2 The email account that you tried to reach is over quota."}}}',
      '[{"email":"a@example.org","event":"deferred","response":"452 4.2.2 Mailbox full","attempt":"3"}]',
      '{"RecordType":"Bounce","Type":"Transient","Email":"a@example.org","Details":"smtp;421 4.4.2 Connection timed out"}',
      '[{"msys":{"message_event":{"type":"delay","rcpt_to":"a@example.org","raw_reason":"421 4.7.0 Try again later"}}}]',
    ]) {
      const r = explain(json);
      expect(r.kind, json).toBe('delay');
      expect(r.recipients[0], json).toMatchObject({ address: 'a@example.org', action: 'delayed', permanent: false, hardBounce: false });
    }
  });

  it('reads a batch, one recipient per delivery event, and leaves opens and clicks out', ({ expect }) => {
    const r = explain(
      '[{"email":"a@example.org","event":"delivered","response":"250 2.0.0 OK"},' +
        '{"email":"b@example.org","event":"bounce","reason":"550 5.1.1 User unknown","status":"5.1.1"},' +
        '{"email":"c@example.org","event":"spamreport"},{"email":"d@example.org","event":"open"},{"email":"e@example.org","event":"click"}]',
    );
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['a@example.org', 'delivered'],
      ['b@example.org', 'userunknown'],
      ['c@example.org', 'feedback'],
    ]);
    expect(explain('[{"email":"c@example.org","event":"spamreport"}]').kind).toBe('feedback-report');
  });

  it('claims nothing of JSON that holds no delivery event', ({ expect }) => {
    for (const json of ['{"event":"signup","email":"a@example.org","plan":"pro"}', '[{"event":"open","email":"a@example.org"}]', '{"event":"bounce"}', '{"event": "bounce", "email": "not an address"}']) {
      const r = explain(json);
      expect(r.format, json).not.toBe('esp-events');
      expect(r.recipients.filter((x) => x.hardBounce), json).toEqual([]);
    }
  });

  it('reads the events before the cut of a batch that lost its end', ({ expect }) => {
    const r = explain('[{"email":"a@example.org","event":"bounce","reason":"550 5.1.1 User unknown"},{"email":"b@example.org","event":"bounce","reason":"552 5.2.2 Mailbox full"},{"email":"c@exa');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['a@example.org', 'userunknown'],
      ['b@example.org', 'mailboxfull'],
    ]);
  });

  it('never throws on broken or deep JSON', ({ expect }) => {
    for (const json of ['{"event":"bounce","email":"a@example.org"', '['.repeat(5000), '{"event":"bounce","email":"a@example.org","reason":"550 \\u00']) {
      expect(() => explain(json)).not.toThrow();
    }
  });
});
