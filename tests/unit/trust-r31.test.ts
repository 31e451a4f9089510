/**
 * Blind trust round r31 (tests/fixtures/trust/r31-cases.ts; every case is also run by
 * trust.test.ts): refusals of a recipient that give no cause, and what makes an address bad.
 *
 * Before any fix: 38 right, 1 wrong, 9 firmly wrong of 48. Firmly wrong: the bare "Recipient
 * address rejected" forms (alone, with 5.0.0 or 5.1.0, "<addr>: Recipient address rejected.",
 * "550 5.0 recipient or address rejected", under Sendmail's own "User unknown" line) each a hard
 * bounce; qmail's "550 Address rejected" read as an expired message, sure, on qmail-remote's
 * "Giving up on <host>."; "550 No such domain at this location" a sure hard bounce. Wrong: "554
 * 5.7.1 <addr>: Recipient address rejected" read as an unknown user. After the fixes: 48 right.
 * A second batch (r31b, 10 cases, the fixes' neighbours, written after them): 9 right, 1 firmly
 * wrong ("550 Recipient rejected" over qmail's "Giving up on <host>.", a hard bounce), then 10.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

const postfix = (addr: string, host: string, reply: string): string =>
  `<${addr}>: host ${host}[192.0.2.9] said: ${reply} (in reply to RCPT TO command)`;

describe('trust round r31: a refusal of the address with no cause removes nothing', () => {
  it('reads the bare forms as not sure, never a hard bounce', ({ expect }) => {
    for (const reply of [
      '550 Recipient address rejected',
      '550 5.0.0 Recipient address rejected',
      '550 5.1.0 Recipient address rejected',
      '550 5.0 recipient or address rejected',
      '550 <a@example.org>: Recipient address rejected.',
      '550 Address rejected',
    ]) {
      const r = explain(postfix('a@example.org', 'mx.example.org', reply)).recipients[0];
      expect(r, reply).toMatchObject({ reason: 'onhold', hardBounce: false, confidence: 'low' });
      expect(r.trail.map((t) => t.rule), reply).toContain('decision.address-rejected-bare');
    }
  });
  it('keeps what the status or the words say', ({ expect }) => {
    const x11 = explain(postfix('a@example.org', 'mx.example.org', '550 5.1.1 Recipient address rejected')).recipients[0];
    expect(x11).toMatchObject({ reason: 'userunknown', hardBounce: true });
    const caused = explain(postfix('a@example.org', 'mx.example.org', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    expect(caused).toMatchObject({ reason: 'userunknown', hardBounce: true });
    // Cisco's directory answer keeps its provider's meaning.
    const cisco = explain(postfix('a@example.org', 'mx.example.org', '550 #5.1.0 Address rejected a@example.org')).recipients[0];
    expect(cisco).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });
  it('keeps au one net\'s bare form as its unknown mailbox, not sure of it', ({ expect }) => {
    const r = explain(postfix('neko@ne.auone-net.jp', 'mx.nn.auone-net.jp', '550 <neko@ne.auone-net.jp>: Recipient address rejected.'));
    expect(r.provider).toBe('kddi');
    expect(r.recipients[0]).toMatchObject({ reason: 'userunknown', hardBounce: true, confidence: 'medium', rule: 'provider.kddi.bare-address-rejected' });
  });
});

describe('trust round r31: qmail-remote\'s "Giving up on <host>." is no expiry', () => {
  it('reads the host\'s refusal, not a queue lifetime', ({ expect }) => {
    const text = "Hi. This is the qmail-send program at mail.example.com.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<b@example.net>:\n198.51.100.15 does not like recipient.\nRemote host said: 550 Address rejected\nGiving up on 198.51.100.15.\n";
    const r = explain(text).recipients[0];
    expect(r.reason).not.toBe('expired');
    expect(r).toMatchObject({ address: 'b@example.net', hardBounce: false });
    // The bare "Recipient rejected" above the same closing line is as bare.
    const rejected = explain(text.replace('550 Address rejected', '550 Recipient rejected')).recipients[0];
    expect(rejected).toMatchObject({ reason: 'onhold', hardBounce: false, confidence: 'low' });
    // A queue lifetime said with "giving up" is still one.
    expect(explain('<c@example.net>: Giving up after 5 days of retries, the remote host never answered').recipients[0].reason).toBe('expired');
  });
});

describe('trust round r31: a server that does not host the domain', () => {
  it('reads "No such domain at this location" as the domain\'s MX, not a missing domain', ({ expect }) => {
    const here = explain(postfix('g@example.org', 'mx.example.org', '550 No such domain at this location')).recipients[0];
    expect(here).toMatchObject({ reason: 'norelaying', hardBounce: false, confidence: 'medium' });
    // "No such domain" alone still says the domain does not exist.
    const gone = explain(postfix('g@nosuch.example.org', 'mail.example.com', '550 5.1.2 No such domain')).recipients[0];
    expect(gone.reason).toBe('hostunknown');
  });
});
