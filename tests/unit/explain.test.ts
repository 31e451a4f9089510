import { describe, expect, it } from 'vitest';
import { explain, LIMITS, REASON_IDS } from '../../src/lib/core/index.ts';

describe('explain()', () => {
  it('reads a bare reply with the code inside the text', ({ expect }) => {
    const r = explain('Remote host said: 550 sorry, no mailbox here by that name. (#5.1.1)');
    expect(r.kind).toBe('smtp-reply');
    expect(r.recipients[0]).toMatchObject({ status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, permanent: true, owner: 'sender' });
  });

  it('gives the same answer for a string and for its UTF-8 bytes', ({ expect }) => {
    const text = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown';
    const a = explain(text);
    const b = explain(new TextEncoder().encode(text));
    expect(b.recipients.map((r) => [r.address, r.reason, r.status])).toEqual(a.recipients.map((r) => [r.address, r.reason, r.status]));
    expect(a.recipients[0].address).toBe('nobody@example.org');
  });

  it('says why when there is nothing to explain', ({ expect }) => {
    expect(explain('')).toMatchObject({ kind: 'unknown', recipients: [] });
    expect(explain('').warnings.map((w) => w.code)).toContain('empty-input');
    expect(explain('Lunch on Friday?').warnings.map((w) => w.code)).toContain('not-a-report');
    const binary = explain(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 7, 8]));
    expect(binary.kind).toBe('unknown');
    expect(binary.warnings.map((w) => w.code)).toContain('binary-input');
  });

  it('cuts input past the cap and says so', ({ expect }) => {
    const big = '550 5.1.1 <a@example.org>: User unknown\n' + 'x'.repeat(LIMITS.maxInputLength + 10);
    const r = explain(big);
    expect(r.truncated).toBe(true);
    expect(r.warnings.find((w) => w.code === 'input-truncated')?.message).toMatch(/^Input cut at 8 MB/);
    expect(r.document.length).toBeLessThanOrEqual(LIMITS.maxInputLength);
    expect(r.recipients[0].reason).toBe('userunknown');
  });

  it('flags a reply code and status that disagree on permanence', ({ expect }) => {
    const r = explain('550 4.2.2 mailbox full, try later');
    expect(r.warnings.map((w) => w.code)).toContain('status-class-mismatch');
    expect(r.recipients[0].permanent).toBe(false);
  });

  it('is not sure when the DSN Status and the server\'s reply disagree on permanence', ({ expect }) => {
    const dsn = (status: string, diag: string) =>
      `From: MAILER-DAEMON@out.example.com\nTo: s@example.com\nSubject: Returned mail\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nNot delivered.\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.com\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${diag}\n\n--b--\n`;
    const split = explain(dsn('5.1.1', '450 4.1.1 <a@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    expect([split.reason, split.confidence, split.hardBounce]).toEqual(['userunknown', 'medium', false]);
    expect(split.trail.map((t) => t.rule)).toContain('decision.dsn-status-class-disagrees');
    const same = explain(dsn('5.1.1', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    expect([same.reason, same.confidence, same.hardBounce]).toEqual(['userunknown', 'high', true]);
  });

  it('every reason it can give is in the taxonomy', ({ expect }) => {
    for (const text of ['550 5.7.1 spam', '421 4.7.0 try later', 'Action: delayed\nStatus: 4.4.7', '250 2.0.0 ok']) {
      for (const r of explain(text).recipients) expect(REASON_IDS).toContain(r.reason);
    }
  });

  it('decodes encoded words in the headers it shows', ({ expect }) => {
    const eml = 'From: =?UTF-8?B?TWFpbCBEZWxpdmVyeQ==?= <mailer-daemon@example.net>\nSubject: =?ISO-8859-1?Q?Unzustellbar=3A_Gr=FC=DFe?=\nTo: s@example.com\n\n550 5.1.1 <a@example.org>: User unknown\n';
    const r = explain(eml);
    expect(r.message.subject).toBe('Unzustellbar: Grüße');
    expect(r.message.from).toBe('Mail Delivery <mailer-daemon@example.net>');
  });
});

describe('a cause stated plainly right after an address is read, with no code', () => {
  it.each([
    ['<nobody@example.org>: mailbox full', 'mailboxfull'],
    ['nobody@example.org: mailbox full', 'mailboxfull'],
    ['<nobody@example.org>: account disabled', 'suspend'],
  ])('%s', (text, reason) => {
    const r = explain(text);
    expect(r.kind).toBe('bounce');
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.org', reason });
  });

  it.each([
    'Your mailbox is full? Upgrade to Premium today, nobody@example.org!',
    'Dear customer, your account does not exist anymore. Write to support@example.org',
    'Contact us: help@example.org. For more information about mailbox full errors see https://example.org/help',
  ])('ordinary mail that uses such words is not a bounce: %s', (text) => {
    expect(explain(text).recipients).toHaveLength(0);
  });
});
