/**
 * Sending services' activity feeds, logs, consoles and message traces, and mail servers' log
 * lines, pasted as text (tests/fixtures/esp-pastes.ts, written blind): each row's recipient,
 * reason, permanence, hard bounce and action, as the service's or server's words give them.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { ESP_PASTES } from '../fixtures/esp-pastes.ts';
import { scoreEsp } from '../helpers/esp-score.ts';
import { SERVICE_TERMS, serviceTerm, termKey } from '../../src/lib/knowledge/service-vocabulary.ts';

describe('pasted activity of sending services and mail-server logs', () => {
  it('covers every family', () => {
    const families = new Set(ESP_PASTES.map((r) => r.family));
    expect([...families].sort()).toEqual(['exim-log', 'google-log', 'm365', 'mailgun', 'others', 'postfix-log', 'postmark', 'qmail-log', 'sendgrid', 'sendmail-log', 'ses']);
  });

  for (const row of ESP_PASTES) {
    it(`${row.family}: ${row.text.replace(/\s+/g, ' ').slice(0, 100)}`, () => {
      const s = scoreEsp(row);
      expect(s.diffs, `${row.source} ${JSON.stringify(s.got)}`).toEqual([]);
    });
  }

  it('reads every recipient of a log, each with its own outcome', () => {
    const r = explain(
      [
        'Nov 27 10:00:01 mx postfix/smtp[4242]: 4F2A31C0042: to=<a@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
        'Nov 27 10:00:02 mx postfix/smtp[4242]: 4F2A31C0042: to=<b@example.net>, relay=mx.example.net[192.0.2.26]:25, delay=2.1, delays=0.1/0/0.6/1.4, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.26] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
        'Nov 27 10:00:03 mx postfix/smtp[4242]: 4F2A31C0042: to=<c@example.com>, relay=mx.example.com[192.0.2.27]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1234)',
      ].join('\n'),
    );
    expect(r.format).toBe('mta-log');
    expect(r.recipients.map((x) => [x.address, x.action, x.reason, x.hardBounce, x.remoteMta])).toEqual([
      ['a@example.org', 'failed', 'userunknown', true, 'mx.example.org'],
      ['b@example.net', 'delayed', 'mailboxfull', false, 'mx.example.net'],
      ['c@example.com', 'delivered', 'delivered', false, 'mx.example.com'],
    ]);
  });

  it.each([
    ['labelled events', 'Event: Bounced\nEmail: ann@example.com\nReason: 550 5.1.1 The email account that you tried to reach does not exist\nBounce Classification: Invalid Address\nEvent: Bounced\nEmail: bob@example.com\nReason: 552 5.2.2 The email account that you tried to reach is over quota\nBounce Classification: Mailbox Unavailable\n'],
    ['bare event names, blank lines between', 'Bounced\nann@example.com\nReason: 550 5.1.1 User unknown\n\nBounced\nbob@example.com\nReason: 452 4.2.2 Mailbox full\n'],
    ['events that open with the address', 'Email: ann@example.com\nStatus: Bounced\nReason: 550 5.1.1 User unknown\nEmail: bob@example.com\nStatus: Bounced\nReason: 552 5.2.2 Mailbox is over quota\n'],
    ['a trace of rows', '11/27/2026 10:00:02 AM\tann@example.com\tFail\tReason: [{LED=550 5.1.1 User unknown};{MSG=}]\n11/27/2026 10:00:03 AM\tbob@example.com\tFail\tReason: [{LED=552 5.2.2 Mailbox full};{MSG=}]\n'],
  ])('a paste of several events keeps each recipient\'s own reply (%s)', (_, text) => {
    const r = explain(text);
    expect(r.format).toBe('service-activity');
    // The second recipient's full mailbox is not the first one's unknown user: never a hard bounce.
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([
      ['ann@example.com', 'userunknown', true],
      ['bob@example.com', 'mailboxfull', false],
    ]);
  });

  it('with no reply pasted, sends the reader to the event\'s details, not to an attached report', () => {
    const [x] = explain('Type: HardBounce\nEmail: ann@example.com\n').recipients;
    expect(x.confidence).toBe('low');
    expect(x.summary).toContain("open the event in the sending service's dashboard");
    expect(x.summary).not.toContain('Show original');
    expect(x.actions[0].text).toMatch(/^Open the event in the sending service's dashboard/);
    // A bounce's own text still sends the reader to the whole message.
    const [y] = explain('This message could not be delivered due to a recipient error.').recipients;
    expect(y.summary).toContain('Show original');
  });

  it('leaves a letter that mentions a bounce and a log word to the other readers', () => {
    const r = explain('Hi team,\n\nthe mail to a@example.org bounced yesterday.\nStatus: we are looking into it.\nCould you check the logs?\n\nThanks\n');
    expect(r.format).not.toBe('service-activity');
    expect(r.recipients.every((x) => !x.hardBounce)).toBe(true);
  });

  it('never takes the sender of a trace or log as the recipient', () => {
    const trace = explain('Sender: sender@example.com\nRecipient: a@example.org\nStatus: Failed\nSMTP response: 550 5.1.1 User unknown\n');
    expect(trace.recipients.map((x) => x.address)).toEqual(['a@example.org']);
    const log = explain('Nov 27 10:00:00 mx postfix/qmgr[900]: 8E4F51C0046: from=<sender@example.com>, size=1234, nrcpt=1 (queue active)\nNov 27 10:00:01 mx postfix/smtp[4245]: 8E4F51C0046: to=<e@example.org>, relay=none, delay=1, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection refused)\n');
    expect(log.recipients.map((x) => [x.address, x.action, x.permanent])).toEqual([['e@example.org', 'delayed', false]]);
  });

  it('gives each vocabulary term its source and reads its spellings as one', () => {
    for (const t of SERVICE_TERMS) expect(t.docs, t.terms.join()).toMatch(/^https:\/\//);
    expect(termKey('Hard bounce')).toBe('hardbounce');
    expect(termKey('hard_bounce')).toBe(termKey('hardBounce'));
    expect(serviceTerm('10 (Invalid Recipient)')?.reason).toBe('userunknown');
    expect(serviceTerm('OnAccountSuppressionList')?.happened).toBe('suppressed');
    expect(serviceTerm('General')).toBeNull();
    const keys = SERVICE_TERMS.flatMap((t) => t.terms);
    expect(new Set(keys).size, 'each spelling has one meaning').toBe(keys.length);
  });
});
