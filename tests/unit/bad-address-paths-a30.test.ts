/**
 * Round audit30: the paths that call an address bad (an unknown user or host, a moved address, a
 * destination that takes no mail) each need words that say so of THIS recipient. The round's
 * trust cases (tests/fixtures/trust/a30-*) hold the texts it was written from; here each general
 * cause is checked in other words of its own, both ways: the words that are not about the
 * recipient leave its address alone, and the same path with words that are still calls it bad.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { readWords } from '../../src/lib/core/classify/words.ts';
import { TextView } from '../../src/lib/core/text/view.ts';

const words = (text: string) => readWords(new TextView().append(text, 0, text.length));
/** One recipient of a Postfix notice line with this reply. */
const postfix = (reply: string, stage = 'RCPT TO') => {
  const r = explain(`<ann@example.org>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to ${stage} command)`).recipients;
  expect(r).toHaveLength(1);
  return r[0];
};

describe('words about the sending side are not the recipient\'s', () => {
  it.each([
    // The sender, its address or domain, the From header (decision.sender-side-said-missing).
    ['550 5.7.1 The domain of the sender, example.com, could not be resolved', 'rejected'],
    ['553 5.1.8 Sender address example.com: domain does not exist', 'rejected'],
    ['550 Envelope sender domain example.com has a null MX', 'rejected'],
    // The sending host (decision.sending-host-said-missing).
    ['550 5.7.1 EHLO hostname ws-3.example.com is not known', 'blocked'],
    ['554 5.7.1 Client host 198.51.100.9 is not listed in our partner table', 'blocked'],
    // The reader's own account or relay.
    ['550 5.7.1 Your username does not exist here', 'securityerror'],
    ['550 5.7.1 Your credentials are no longer valid', 'securityerror'],
  ])('%s → %s, never a bad address', (reply, reason) => {
    const r = postfix(reply);
    expect([r.reason, r.hardBounce]).toEqual([reason, false]);
  });

  it('keeps the bad address where the recipient is said to be missing beside the sender', () => {
    const r = postfix('550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown (checked for the sender jo@example.com)');
    expect([r.reason, r.hardBounce]).toEqual(['userunknown', true]);
    const h = postfix('550 5.1.2 Domain example.org not found (checked for the connecting host 198.51.100.9)');
    expect([h.reason, h.hardBounce]).toEqual(['hostunknown', true]);
  });
});

describe('what a destination does not accept', () => {
  it.each([
    ['552 5.3.4 This domain does not accept messages larger than 25 MB', 'mesgtoobig'],
    ["552 example.org doesn't accept mail larger than 5 MB", 'mesgtoobig'],
    ['550 5.7.1 We are not accepting mail from your network', 'rejected'],
    ['554 5.3.2 Temporarily not accepting mail, try again in an hour', 'systemerror'],
    ['550 5.7.1 This mailbox receives no email from unauthenticated senders', 'rejected'],
  ])('%s → %s, never a bad address', (reply, reason) => {
    const r = postfix(reply);
    expect([r.reason, r.hardBounce]).toEqual([reason, false]);
  });

  it('still reads a destination that takes no mail at all, and a recipient null MX in words', () => {
    const r = postfix('556 5.1.10 example.org does not accept mail (null MX)');
    expect([r.reason, r.hardBounce]).toEqual(['notaccept', true]);
  });

  it('is not sure of X.7.27 (the sender\'s null MX, RFC 7505) said alone', () => {
    const r = explain('Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.7.27\n').recipients[0];
    expect(r.hardBounce).toBe(false);
  });
});

describe('moves that are not an address\'s', () => {
  it.each([
    ['554 5.7.1 Your IP address has changed during the session', false],
    ['550 5.7.1 Message quarantined: it was moved to spam@example.org', false],
    ['551 5.1.6 User has moved to ann.new@example.net', true],
    ['550 5.1.6 This mailbox has moved to ann.new@example.net', true],
  ])('%s → hard bounce %s', (reply, hard) => {
    expect(postfix(reply).hardBounce).toBe(hard);
  });
});

describe('help text, alternatives, rule lists and legends state no cause', () => {
  it.each([
    'This code usually indicates that the user does not exist.',
    'That error often means the mailbox does not exist.',
    'Either the user does not exist or delivery to it is blocked.',
    'What is an unknown user? See our help pages.',
    'Local rules: mail to unknown users is refused.',
    'Codes: 5.1.1 = user unknown; 5.1.2 = host unknown.',
    'This is not because the recipient does not exist.',
  ])('%s', (text) => {
    const r = words(text);
    expect(r.best, JSON.stringify(r.hits.map((h) => h.id))).toBeNull();
  });

  it('still reads the cause stated beside them', () => {
    expect(words('User unknown. This error usually means the address was mistyped.').best?.reason).toBe('userunknown');
    expect(words('5.1.1 User unknown').best?.reason).toBe('userunknown');
    expect(words('The address does not exist. What is a bounce? See our help pages.').best?.reason).toBe('userunknown');
  });
});

describe('a mailbox named without brackets', () => {
  it('is another mailbox than the recipient\'s: the written address is not called bad', () => {
    const r = postfix('550 5.1.1 User ann.old@example.net unknown');
    expect([r.reason, r.hardBounce]).toEqual(['userunknown', false]);
  });
  it('is the recipient\'s own: bad', () => {
    const r = postfix('550 5.1.1 Mailbox ann@example.org does not exist');
    expect([r.reason, r.hardBounce]).toEqual(['userunknown', true]);
  });
});

describe("a sending MTA's category against the server's words", () => {
  const pmta = (category: string, diagnostic: string) =>
    new TextEncoder().encode(
      [
        'From: MAILER-DAEMON@mta.example.net',
        'Subject: Delivery report',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        '  <ann@example.org>  delivery failed; will not continue trying',
        `X-PowerMTA-BounceCategory: ${category}`,
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mta.example.net',
        '',
        'Final-Recipient: rfc822; ann@example.org',
        'Action: failed',
        'Status: 5.0.0',
        `Diagnostic-Code: smtp; ${diagnostic}`,
        '',
        '--b--',
        '',
      ].join('\r\n'),
    );
  it('lets the words decide when they state another cause', () => {
    const r = explain(pmta('bad-mailbox', '554 5.7.1 Message rejected as spam')).recipients[0];
    expect([r.reason, r.hardBounce]).toEqual(['spamdetected', false]);
  });
  it('keeps the category where the words agree or say nothing specific', () => {
    expect(explain(pmta('bad-mailbox', '550 Rejected')).recipients[0].reason).toBe('userunknown');
    expect(explain(pmta('bad-mailbox', '550 5.0.0 No such user')).recipients[0].hardBounce).toBe(true);
  });
});
