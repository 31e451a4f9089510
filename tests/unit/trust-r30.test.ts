/**
 * Blind trust round r30 (tests/fixtures/trust/r30-*, r30b-*; every case is also run by
 * trust.test.ts): return paths never the recipient (SRS0/SRS1, VERP, BATV, a list's -bounces),
 * the sender's own smarthost, submission and sending-service failures, DNS answers, bounces
 * quoted two or three deep or only told in words, groups that refuse or hold, codes against words.
 *
 * Before any fix: 39 right, 1 wrong, 5 firmly wrong of 45. Firmly wrong: a status in a link's
 * anchor ("see https://…/smtp-error-codes#5.1.1") read as the reply's 5.1.1, a bad address; a
 * reply "IT recreated Ines's mailbox … my test mail to her went through" above a bounce quoted
 * two deep, not read as fixed because the older message it quotes ("> … bounced. Should I
 * delete it?") was taken for a failure after the fix; "False alarm - I resent it … and it went
 * through" not known as fixed words; a chat's "the bounce for a@… says 550 5.1.1 again" read as
 * the server's reply, a bad address; Gmail's null MX notice (its expectation revised: Gmail
 * sends it with Status 4.0.0). Wrong: SES's "Configuration set <name> does not exist" read as
 * an unknown user. After the fixes below: 45 right. A second batch (r30b, 9 cases, the fixes'
 * neighbours, written after them): 8 right, 1 firmly wrong (the SES SDK's
 * ConfigurationSetDoesNotExist), then 9 right.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { findStatusCodes } from '../../src/lib/core/parse/smtp-reply.ts';

describe('trust round r30: a status in a link is no status', () => {
  it('skips a status in a link\'s path or anchor, and keeps the reply\'s own', ({ expect }) => {
    expect(findStatusCodes('554 Message rejected. See https://postmaster.example.net/codes#5.1.1 for more').map((c) => c.code)).toEqual([]);
    expect(findStatusCodes('550 Rejected. Details: https://help.example.net/bounce/5.1.1.html').map((c) => c.code)).toEqual([]);
    expect(findStatusCodes('550 5.1.1 <a@example.org>: User unknown; see https://help.example.net/codes#5.7.1').map((c) => c.code)).toEqual(['5.1.1']);
  });
  it('removes no address on a link\'s anchor', ({ expect }) => {
    const r = explain('<pia@example.net>: host mx.example.net[198.51.100.25] said: 554 Message rejected. See https://postmaster.example.net/smtp-error-codes#5.1.1 for more information (in reply to end of DATA command)');
    expect(r.recipients[0]).toMatchObject({ address: 'pia@example.net', hardBounce: false, status: null });
  });
});

describe('trust round r30: a fix told in a thread', () => {
  const bounce = (q: string): string =>
    [
      'This is the mail system at host mail.example.com.',
      '',
      '<ines@example.org>: host mx.example.org[192.0.2.50] said: 550 5.1.1',
      '    <ines@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ]
      .map((l) => (l ? `${q} ${l}` : q))
      .join('\n');
  it('reads the writer\'s fix over an older quoted message that told of the failure', ({ expect }) => {
    const text = `IT recreated her mailbox and my test mail to her went through.\n\nOn Fri, 4 Dec 2026 at 16:10, Marta <marta@example.com> wrote:\n> One of the addresses bounced. Should I delete it?\n>\n${bounce('> >')}\n`;
    const r = explain(text);
    expect(r.recipients).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('fixed-in-reply');
  });
  it('knows "false alarm" and "went through" as a fix, and a failure after it as none', ({ expect }) => {
    expect(explain(`False alarm, it went through on the second try.\n\n${bounce('>')}\n`).recipients).toEqual([]);
    const again = explain(`We recreated the mailbox, but this morning it bounced again:\n\n${bounce('>')}\n`);
    expect(again.recipients[0]).toMatchObject({ address: 'ines@example.org', reason: 'userunknown', hardBounce: true });
  });
});

describe('trust round r30: a code retold in a sentence', () => {
  it('reads the code, removes no address', ({ expect }) => {
    for (const text of ['the bounce for otto@example.org says 550 5.1.1 again', 'Mail to otto@example.org keeps coming back with 550 5.1.1. Any idea?']) {
      const r = explain(text);
      expect(r.recipients[0], text).toMatchObject({ address: 'otto@example.org', reason: 'userunknown', hardBounce: false, confidence: 'low' });
      expect(r.recipients[0].trail.map((t) => t.rule), text).toContain('decision.code-retold');
    }
  });
  it('keeps a server\'s reply quoted whole after "said"', ({ expect }) => {
    const r = explain('The server said 550 5.1.1 <vik@example.org>: Recipient address rejected: User unknown in local recipient table');
    expect(r.recipients[0]).toMatchObject({ address: 'vik@example.org', reason: 'userunknown', hardBounce: true });
  });
});
