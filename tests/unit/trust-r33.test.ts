/**
 * Blind trust round ambig33 (tests/fixtures/trust/r33-cases.ts; every case is also run by
 * trust.test.ts): refusals whose words are ambiguous between a bad address and something else.
 *
 * Before any fix: 23 right, 3 wrong, 14 firmly wrong of 40. After the fixes, with nine
 * expectations revised (each case says why: three asked for "not sure" where a sure reading with
 * no removal is what the words say; Gmail's null-MX and NXDOMAIN notices, the bare "550 Mailbox
 * unavailable" and a receiving server's "550 Unrouteable address" follow the project's earlier
 * decisions on the same words; one text was Exchange 2003's NDR layout, not Outlook's own error,
 * and was replaced): 40 right. Under the final expectations the engine before the fixes scored
 * 30 right, 3 wrong, 7 firmly wrong: the bare "550 Invalid recipient" (3) removed the address
 * for sure; two expiries whose last failure was "no MX or A for domain" removed it; "No such user
 * here" in Thunderbird's and Outlook's own sending errors removed it; a receiving server's
 * "550 Unrouteable address" (3) was sure (now medium, still a bad address).
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

const postfix = (addr: string, reply: string): string =>
  `<${addr}>: host mx.example.org[192.0.2.9] said: ${reply} (in reply to RCPT TO command)`;
const rules = (r: { trail: { rule: string }[] }): string[] => r.trail.map((t) => t.rule);
const EXIM = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n';

describe('trust round ambig33: a receiving server\'s "Unrouteable address"', () => {
  it('is its own routing verdict: an unknown domain, not sure', ({ expect }) => {
    for (const text of [
      postfix('a@example.org', '550 Unrouteable address'),
      `${EXIM}  a@example.org\n    host mx.example.org [192.0.2.9]\n    SMTP error from remote mail server after RCPT TO:<a@example.org>:\n    550 Unrouteable address\n`,
      '550 Unrouteable address',
    ]) {
      const r = explain(text).recipients[0];
      expect(r, text).toMatchObject({ reason: 'hostunknown', confidence: 'medium' });
      expect(rules(r), text).toContain('decision.unrouteable-in-server-reply');
    }
  });
  it('keeps the sending Exim\'s own verdict, a status of a bad domain, and a sender callout', ({ expect }) => {
    const own = explain(`${EXIM}  a@nosuchhost.example.net\n    Unrouteable address\n`).recipients[0];
    expect(own).toMatchObject({ reason: 'hostunknown', hardBounce: true, confidence: 'high' });
    const coded = explain(postfix('a@example.org', '550 5.1.2 Unrouteable address')).recipients[0];
    expect(rules(coded)).not.toContain('decision.unrouteable-in-server-reply');
    const callout = explain('550-Verification failed for <news@example.com>\n550-Unrouteable address\n550 Sender verify failed\n');
    for (const r of callout.recipients) expect(r.hardBounce).toBe(false);
  });
});

describe('trust round ambig33: OpenSMTPD\'s bare "550 Invalid recipient"', () => {
  it('is an unknown address or a refused relay: not sure, nothing removed', ({ expect }) => {
    for (const text of [
      postfix('a@example.org', '550 Invalid recipient'),
      'Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\nAn error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\na@example.org: 550 Invalid recipient\n',
      '550 Invalid recipient.',
    ]) {
      const r = explain(text).recipients[0];
      expect(r, text).toMatchObject({ reason: 'onhold', hardBounce: false, confidence: 'low' });
      expect(rules(r), text).toContain('decision.invalid-recipient-bare');
    }
  });
  it('keeps a named, coded or provider-documented "Invalid recipient"', ({ expect }) => {
    const named = explain(postfix('a@example.org', '550 Invalid recipient: <a@example.org>')).recipients[0];
    expect(rules(named)).not.toContain('decision.invalid-recipient-bare');
    const callout = explain(postfix('a@example.org', '550-Callout verification failed: 550 550 invalid recipient')).recipients[0];
    expect(rules(callout)).not.toContain('decision.invalid-recipient-bare');
    const coded = explain(postfix('a@example.org', '550 5.1.1 Invalid recipient')).recipients[0];
    expect(coded).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });
});

describe('trust round ambig33: an expiry whose last attempt found no mail host', () => {
  it('is an expired message, the address not judged', ({ expect }) => {
    for (const text of [
      '554 5.4.7 [internal] exceeded max time without delivery: last failure: 4.4.4 [internal] no MX or A for domain',
      'Delivery to the following recipient has been failed after repeated attempts:\n\n     a@example.net\n\nThe message could not be delivered within 72 hours. Last error: no MX or A for domain example.net\n',
    ]) {
      const r = explain(text).recipients[0];
      expect(r, text).toMatchObject({ reason: 'expired', hardBounce: false, confidence: 'medium' });
      expect(rules(r), text).toContain('decision.no-mail-host-at-expiry');
    }
  });
  it('leaves a final DNS finding with no expiry as an unknown domain', ({ expect }) => {
    const r = explain("Your message could not be delivered to the following recipients:\n\n<a@example.org> (DNS error: no MX or A records found for 'example.org')").recipients[0];
    expect(r.reason).toBe('hostunknown');
    expect(rules(r)).not.toContain('decision.no-mail-host-at-expiry');
  });
});

describe('trust round ambig33: "No such user here" from the sender\'s own server', () => {
  it('removes nothing when a mail app quotes its own outgoing server', ({ expect }) => {
    for (const text of [
      'Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:\n550 No such user here.\nPlease check the message recipient "a@example.net" and try again.\n',
      "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'a@example.net'. Subject 'Hi', Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '550 No such user here', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79",
    ]) {
      for (const r of explain(text).recipients) {
        expect(r, text).toMatchObject({ hardBounce: false });
        expect(r.confidence, text).not.toBe('high');
      }
    }
  });
  it('still removes the address when the recipient domain\'s own server says it', ({ expect }) => {
    const r = explain(postfix('a@example.org', '550 No such user here')).recipients[0];
    expect(r).toMatchObject({ reason: 'userunknown', hardBounce: true });
    expect(rules(r)).not.toContain('decision.no-such-user-at-own-server');
  });
});

describe('trust round ambig33: Postfix "Domain not found" follows its code', () => {
  it('is a bad domain with 5xx, a retry with 4xx, the sender\'s with "Sender address"', ({ expect }) => {
    const hard = explain('550 5.1.2 <a@example.net>: Recipient address rejected: Domain not found').recipients[0];
    expect(hard).toMatchObject({ reason: 'hostunknown', hardBounce: true, permanent: true });
    const soft = explain('450 4.1.2 <a@example.net>: Recipient address rejected: Domain not found').recipients[0];
    expect(soft).toMatchObject({ hardBounce: false, permanent: false });
    const sender = explain(postfix('a@example.org', '553 5.1.8 <news@example.com>: Sender address rejected: Domain not found')).recipients[0];
    expect(sender).toMatchObject({ address: 'a@example.org', hardBounce: false });
  });
});
