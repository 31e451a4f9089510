/**
 * The reason decision, one behaviour per row: the server's words (and code, and stage)
 * in, the reason and the exact words that decided it out.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

function reasonOf(text: string): { reason: string; words: string[]; permanent: boolean | null; owner: string; rule: string | null } {
  const r = explain(text);
  const rcpt = r.recipients[0];
  return {
    reason: rcpt?.reason ?? 'none',
    words: (rcpt?.evidence ?? []).filter((e) => e.field === 'reason').map((e) => r.document.slice(e.start, e.end)),
    permanent: rcpt?.permanent ?? null,
    owner: rcpt?.owner ?? 'none',
    rule: rcpt?.rule ?? null,
  };
}

describe('reasons from the server’s words', () => {
  const rows: [string, string, string][] = [
    ['550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table', 'userunknown', 'User unknown'],
    ['552 5.2.2 <a@example.org>: Mailbox is full', 'mailboxfull', 'Mailbox is full'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', 'blocked', 'blocked using'],
    ['550 5.7.1 Message rejected as spam by Content Filtering.', 'spamdetected', 'spam'],
    ['554 5.7.1 <a@example.org>: Relay access denied', 'norelaying', 'Relay access denied'],
    ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.5]', 'requireptr', 'cannot find your reverse hostname'],
    ['552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig', 'Message size exceeds'],
    ['550 5.7.1 Virus found in message: Eicar-Test-Signature', 'virusdetected', 'Virus'],
    ['553 5.1.8 <s@example.com>... Domain of sender address s@example.com does not exist', 'rejected', 'Domain of sender address'],
    ['421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later', 'toomanyconn', 'Too many concurrent'],
    ['550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'authfailure', 'DMARC'],
    ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'userunknown', 'RecipientNotFound'],
  ];
  for (const [text, reason, words] of rows) {
    it(`${reason}: ${text.slice(0, 60)}`, ({ expect }) => {
      const got = reasonOf(text);
      expect(got.reason).toBe(reason);
      expect(got.words[0]).toBe(words);
    });
  }
});

describe('codes and stages when the words say little', () => {
  it('takes a specific status over a broad phrase', ({ expect }) => {
    // "Recipient address rejected" alone says little; 5.7.13 says the account is disabled.
    expect(reasonOf('525 5.7.13 <a@example.org>: Recipient address rejected: Disabled recipient address').reason).toBe('suspend');
    expect(reasonOf('550 5.2.2 quota').reason).toBe('mailboxfull');
  });
  it('reads a refusal at MAIL FROM as a refused sender', ({ expect }) => {
    const got = reasonOf('SMTP error from remote mail server after MAIL FROM:<s@example.com>: 553 5.1.7 No such domain example.com');
    expect(got.reason).toBe('rejected');
  });
  it('reads "user unknown" after DATA as a per-recipient filter', ({ expect }) => {
    expect(reasonOf('SMTP error from remote mail server after end of data: 550 Unknown user').reason).toBe('filtered');
  });
  it('tells a domain that does not exist from a mailbox that does not exist', ({ expect }) => {
    expect(reasonOf('550 mail.example.net does not exist').reason).toBe('hostunknown');
    expect(reasonOf('550 <nobody@example.net> does not exist').reason).toBe('userunknown');
  });
  it('falls back to the status code, then says it cannot tell', ({ expect }) => {
    expect(reasonOf('550 5.1.2 no').reason).toBe('hostunknown');
    expect(reasonOf('550 5.0.0 no thanks').reason).toBe('onhold');
  });
});

describe('provider rules', () => {
  it('knows that Microsoft says Access denied for an address that does not exist', ({ expect }) => {
    const got = reasonOf("Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.protection.outlook.com]'");
    expect(got.reason).toBe('userunknown');
    expect(got.rule).toBe('provider.microsoft.access-denied-dbeb');
  });
  it('reads Gmail\'s 4.2.2 as a full mailbox that is temporary', ({ expect }) => {
    const got = reasonOf('452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to\n452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp - gsmtp');
    expect(got.reason).toBe('mailboxfull');
    expect(got.permanent).toBe(false);
    // A bare temporary reply is deferred: the sending server retries, nobody acts yet.
    expect(got.owner).toBe('nobody');
  });
});

describe('phrases match whole words', () => {
  it('does not find "mime" inside "mimecast" or "dns" inside "dnswl"', ({ expect }) => {
    expect(reasonOf('554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554').reason).toBe('policyviolation');
    expect(reasonOf('550 5.7.1 listed at list.dnswl.example.org').reason).toBe('blocked');
  });
});
