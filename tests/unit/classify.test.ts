/**
 * The reason decision, one behaviour per row: the server's words (and code, and stage)
 * in, the reason and the exact words that decided it out.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { DECISIONS } from '../../src/lib/knowledge/decisions.ts';

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

function decisionOf(input: string | Uint8Array) {
  const r = explain(input);
  const rcpt = r.recipients[0];
  return { ...rcpt, doc: r.document, words: (rcpt?.evidence ?? []).filter((e) => e.field === 'reason').map((e) => r.document.slice(e.start, e.end)) };
}

describe('the sentence that states the cause decides', () => {
  it('counts a phrase in advice less than the cause sentence', ({ expect }) => {
    const d = decisionOf('550 5.7.1 Message rejected due to spam classification. To fix this, set up SPF records for your domain.');
    expect(d.reason).toBe('spamdetected');
    expect(d.rule).toBe('phrase.spamdetected.spam');
    const spf = d.trail.find((t) => t.rule === 'phrase.authfailure.spf-record');
    expect(spf?.outcome).toBe('lost');
    expect(spf?.note).toMatch(/advice or a link/);
  });
  it('reads "for more information about ..." and links as advice, wherever they stand', ({ expect }) => {
    expect(decisionOf('554 5.7.1 Your message looks like spam, for more information about DKIM see our help pages').reason).toBe('spamdetected');
    expect(decisionOf('550 5.1.1 No such user here. Please visit https://help.example.net/?p=MailboxFull').reason).toBe('userunknown');
    // A link that names a reason in its path is no cause: the code decides.
    expect(decisionOf('550 5.1.1 Rejected. See https://help.example.net/spam-policy').reason).toBe('userunknown');
  });
  it('lets advice decide when nothing else says the cause, but below a specific code', ({ expect }) => {
    const d = decisionOf('550 5.7.1 Message refused. Please use the SMTP server of your ISP');
    expect(d.reason).toBe('blocked');
    expect(d.confidence).toBe('medium');
    expect(decisionOf('550 5.7.1 Please use the SMTP server of your ISP').reason).toBe('blocked');
    expect(decisionOf('550 5.2.2 Please see https://help.example.net/spam').reason).toBe('mailboxfull');
  });
  it('reads a reply that is nothing but a link as its statement', ({ expect }) => {
    expect(decisionOf('553 http://www.spamhaus.org/query/bl?ip=192.0.2.222').reason).toBe('blocked');
  });
  it('keeps "see" and "contact" as cause words inside a sentence', ({ expect }) => {
    // "see" is advice only at the start of a sentence or clause.
    expect(decisionOf('550 5.7.1 Mail from this sender is blocked as spam; see our policy').reason).toBe('spamdetected');
  });
});

describe('explicit words beat defaults from the stage and the code', () => {
  it('keeps "User unknown" with an X.2.1 status as an unknown user', ({ expect }) => {
    const d = decisionOf('550 5.2.1 <nobody@example.org>... User Unknown');
    expect(d.reason).toBe('userunknown');
    expect(d.trail.find((t) => t.rule === 'status.5.2.1')).toMatchObject({ outcome: 'lost', reason: 'suspend' });
  });
  it('keeps a RCPT TO refusal reported after a pipelined DATA as an unknown user', ({ expect }) => {
    const d = decisionOf('... while talking to mx.example.org.:\n>>> DATA\n<<< 550 <nobody@example.org>: User unknown\n<<< 554 Error: no valid recipients');
    expect(d.command).toBe('DATA');
    expect(d.reason).toBe('userunknown');
    expect(d.hardBounce).toBe(true);
  });
  it('reads "User unknown" after DATA that names no address as a per-recipient filter', ({ expect }) => {
    for (const [text, row] of [
      ['host mx.example.org[192.0.2.1] said: 550 Unknown user nobody@example.org (in reply to end of DATA command)', 'decision.userunknown-after-data'],
      ['... while talking to mx.example.org.:\n>>> DATA\n<<< 550 : User unknown\n554 5.0.0 Service unavailable', 'decision.userunknown-without-address'],
      // The same reply relayed by another server, with no stage at all.
      ["Remote Server returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 : User unknown'", 'decision.userunknown-without-address'],
    ]) {
      const d = decisionOf(text);
      expect(d.reason, text).toBe('filtered');
      expect(d.confidence, text).toBe('medium');
      expect(d.trail.map((t) => `${t.outcome} ${t.rule}`), text).toContain(`adjusted ${row}`);
    }
    // With the address in its slot it is the address that was refused.
    expect(decisionOf("Remote Server returned '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 <a@example.org>: User unknown'").reason).toBe('userunknown');
  });
  it('reads a vendor\'s category field', ({ expect }) => {
    const d = decisionOf('<someone@example.org>  delivery failed; will not continue trying\nX-PowerMTA-BounceCategory: quota-issues\n');
    expect(d.reason).toBe('mailboxfull');
    expect(d.rule).toBe('format.powermta.quota-issues');
    expect(d.words).toEqual(['quota-issues']);
  });
  it('reads a vendor\'s category field in any case, and not a name that only ends alike', ({ expect }) => {
    for (const name of ['X-POWERMTA-BOUNCECATEGORY', 'x-powermta-bouncecategorY', 'X-PowerMTA-BounceCategoRy']) {
      const d = decisionOf(`<someone@example.org>  delivery failed; will not continue trying\n${name}: quota-issues\n`);
      expect(d.rule, name).toBe('format.powermta.quota-issues');
    }
    const other = decisionOf('<someone@example.org>  delivery failed; will not continue trying\nX-PowerMTA-BounceKategory: quota-issues\n');
    expect(other.rule).not.toBe('format.powermta.quota-issues');
  });
});

describe('how sure the reason is', () => {
  it('is high when the words state it, medium for a specific code or a broad phrase, low for a broad default', ({ expect }) => {
    expect(decisionOf('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown').confidence).toBe('high');
    expect(decisionOf('550 5.1.2 no').confidence).toBe('medium');
    expect(decisionOf('550 5.7.1 not here').confidence).toBe('low');
    expect(decisionOf('502 huh').confidence).toBe('low');
    expect(decisionOf('550 mailbox unavailable').confidence).toBe('medium');
    // "unknown" alone names nothing: an error, a reason, a command.
    for (const text of ['550 unknown', '550 Unknown error', '550 Rejected for unknown reasons', '554 5.0.0 Unknown reason']) {
      expect([decisionOf(text).reason, decisionOf(text).confidence], text).toEqual(['onhold', 'low']);
    }
    expect(decisionOf('550 <a@example.org>... unknown').reason).toBe('userunknown');
  });
  it('is not high when the codes contradict the words about the address, or each other', ({ expect }) => {
    // The words decide, but a specific code names another cause, one of them a bad address.
    for (const [text, reason] of [
      ['550 5.1.1 <a@example.org>: mailbox full', 'mailboxfull'],
      ['452 4.2.2 <a@example.org>... user unknown', 'userunknown'],
      ['554 5.1.1 Message rejected as spam by content filter', 'spamdetected'],
      ['550 4.2.1 <a@example.org>: mailbox temporarily disabled', 'suspend'],
    ] as const) {
      expect([decisionOf(text).reason, decisionOf(text).confidence], text).toEqual([reason, 'medium']);
    }
    // Codes and words that agree stay sure; a broad code (5.7.1) contradicts nothing.
    expect(decisionOf('552 5.2.2 <a@example.org>: Mailbox full').confidence).toBe('high');
    expect(decisionOf('554 5.7.1 Message rejected as spam').confidence).toBe('high');
  });
  it('says in the summary that a low-confidence reason is a guess', ({ expect }) => {
    expect(decisionOf('554 5.7.1 Rejected').summary).toMatch(/gives no cause in words/);
    // A bad address guessed from the stage alone: the headline says it is a guess, and nothing is removed.
    const guessed = decisionOf('SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 sorry');
    expect([guessed.reason, guessed.confidence, guessed.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(guessed.headline.text).toBe('Not sure why this failed: perhaps the address does not exist — check the address before you send again');
    expect(decisionOf('554 5.7.1 Message rejected as spam').summary).not.toMatch(/gives no cause in words/);
  });
});

describe('the decision table', () => {
  const dsn = (fields: string) =>
    new TextEncoder().encode(
      [
        'From: MAILER-DAEMON@mx.example.net',
        'To: sender@example.com',
        'Subject: Delivery Status Notification',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; someone@example.org',
        fields,
        '',
        '--b--',
        '',
      ].join('\n'),
    );
  // One input per row: every row can be reached, and its id is what the trail records.
  const cases: [string, string | Uint8Array, string][] = [
    ['dsn.x-unix', dsn('Action: failed\nStatus: 5.3.0\nDiagnostic-Code: X-Unix; 255'), 'mailererror'],
    ['dsn.action-delayed', dsn('Action: delayed\nStatus: 4.0.0'), 'expired'],
    ['stage.rcpt', 'SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 sorry', 'userunknown'],
    ['stage.mail-from.default', 'SMTP error from remote mail server after MAIL FROM:<s@example.com>: 550 go away', 'rejected'],
    ['stage.connect.default', 'SMTP error from remote mail server after initial connection: 554 no', 'blocked'],
    ['reply.421', '421 try later', 'blocked'],
    ['reply.551', '551 not here', 'hasmoved'],
    ['reply.552', '552 no', 'mailboxfull'],
    ['reply.500', '500 what', 'syntaxerror'],
    ['reply.501', '501 what', 'syntaxerror'],
    ['reply.502', '502 what', 'syntaxerror'],
    ['reply.503', '503 what', 'syntaxerror'],
    ['reply.504', '504 what', 'syntaxerror'],
    ['decision.no-cause', '550 5.0.0 no thanks', 'onhold'],
    ['decision.userunknown-after-data', 'SMTP error from remote mail server after end of data: 550 Unknown user', 'filtered'],
    ['decision.userunknown-without-address', '550 : User unknown', 'filtered'],
    ['decision.bad-mailbox-status-other-words', '550 5.1.1 Blocked by policy', 'onhold'],
    ['decision.no-valid-recipients-protocol-status', '<a@example.org>: host mx.example.org[192.0.2.1] said: 554 5.5.1 Error: no valid recipients (in reply to DATA command)', 'onhold'],
    ['decision.mailbox-not-available-x21', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.1 Mailbox not available (in reply to RCPT TO command)', 'onhold'],
    ['decision.mailbox-unavailable-policy-status', '550 5.7.1 Requested action not taken: mailbox unavailable', 'onhold'],
    ['decision.mailbox-unavailable-transient-reply', '<a@example.org>: host mx.example.org[192.0.2.1] said: 450 Requested mail action not taken: mailbox unavailable (in reply to RCPT TO command)', 'onhold'],
    ['decision.mailbox-unavailable-try-later', '550-Requested action not taken: mailbox unavailable\n550 Failure sending mail. Try again later', 'onhold'],
    ['decision.bare-service-unavailable-5xx', '554 5.0.0 Service unavailable', 'onhold'],
    ['decision.dns-error-domain-not-found', 'Delivery to the following recipient failed permanently:\n\n     nobody@nosuch.example.org\n\nTechnical details of permanent failure:\nDNS Error: Address resolution of nosuch.example.org. failed: Domain name not found', 'hostunknown'],
    ['decision.dns-error-no-mail-host', 'Your message could not be delivered to the following recipients:\n\n<a@example.org> (DNS error: no MX or A records found for \'example.org\')', 'hostunknown'],
    ['decision.access-denied-5.4.1', '550 5.4.1 <a@example.org>: Recipient address rejected: Access denied', 'userunknown'],
    ['decision.access-denied-5.7.504', '550 5.7.504 <a@example.org>: Recipient address rejected: Access denied', 'userunknown'],
    ['decision.bare-broad-refusal', '550 Permission denied', 'onhold'],
    ['decision.sender-address-mailbox-state', '550 5.7.1 <s@example.org>: Sender address rejected: mailbox disabled', 'rejected'],
    ['decision.address-verification-in-progress', '450 4.1.1 <a@example.org>: Recipient address rejected: unverified address: Address verification in progress', 'onhold'],
    ['decision.mailbox-access-error-not-full', '451 4.2.2 <a@example.org> mailbox access error', 'onhold'],
    ['decision.recipient-temporarily-unavailable', '450 4.2.0 <a@example.org> - Recipient temporarily unavailable', 'onhold'],
    ['decision.refused-not-unanswered-5.4.1', '550 5.4.1 All recipient addresses rejected : Access denied [MX1.example.org]', 'onhold'],
    ['decision.recipient-rejected-other-cause', '550 5.0.0 <a@example.org>: Recipient address rejected: On hold', 'onhold'],
    ['decision.recipient-rejected-by-cause', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 recipient rejected by local policy (in reply to RCPT TO command)', 'onhold'],
    ['decision.encryption-required-unsaid-which', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Encryption required (in reply to RCPT TO command)', 'onhold'],
    ['decision.encryption-required-of-message', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Encryption required for this message (in reply to end of DATA command)', 'policyviolation'],
    ['decision.recipient-rejected-bare', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 Recipient rejected (in reply to RCPT TO command)', 'onhold'],
    ['decision.address-rejected-bare', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.0.0 <a@example.org>: Recipient address rejected (in reply to RCPT TO command)', 'onhold'],
    ['decision.unrouteable-in-server-reply', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 Unrouteable address (in reply to RCPT TO command)', 'hostunknown'],
    ['decision.invalid-recipient-bare', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 Invalid recipient (in reply to RCPT TO command)', 'onhold'],
    ['decision.no-mail-host-at-expiry', '554 5.4.7 [internal] exceeded max time without delivery: last failure: 4.4.4 [internal] no MX or A for domain', 'expired'],
    ['decision.no-such-user-at-own-server', 'Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:\n550 No such user here.\nPlease check the message recipient "a@example.org" and try again.\n', 'onhold'],
    ['decision.no-such-domain-here', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 No such domain at this location (in reply to RCPT TO command)', 'norelaying'],
    ['decision.mail-hosts-not-in-dns', 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  a@example.org\n    all relevant MX records point to non-existent hosts\n', 'hostunknown'],
    ['decision.not-found-names-sending-side', '<a@example.org>: Das TLS-Zertifikat des sendenden Servers wurde nicht gefunden', 'onhold'],
    ['decision.not-found-names-auth-record', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 Nie znaleziono rekordu SPF dla domeny nadawcy (in reply to end of DATA command)', 'authfailure'],
    ['decision.not-found-names-ptr', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Aucun enregistrement PTR trouvé pour le serveur d\'envoi (in reply to RCPT TO command)', 'requireptr'],
    ['decision.not-found-names-message-thing', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 Der Anhang der Nachricht wurde nicht gefunden (in reply to end of DATA command)', 'onhold'],
    ['decision.probe-sender-refused', '550 5.1.1 <a@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 553 5.1.8', 'rejected'],
    ['decision.probe-result-cut', '550 5.1.1 <a@example.org>: Recipient address rejected: undeliverable address:', 'onhold'],
    ['decision.unverified-by-network', '550 5.1.1 <a@example.org>: Recipient address rejected: undeliverable address: connect to 192.0.2.1[192.0.2.1]:25: Connection refused', 'networkerror'],
    ['decision.access-denied-policy-status', '<a@example.org>: host mx.example.org[192.0.2.1] said: 554 5.7.1 <a@example.org>: Recipient address rejected: Access denied (in reply to RCPT TO command)', 'onhold'],
    ['decision.access-denied-no-status', '550 <a@example.org>: Recipient address rejected: Access denied', 'onhold'],
    ['decision.userunknown-or-refusal', '550 User unknown or blocked sender', 'onhold'],
    ['decision.disabled-or-unknown', '550 Invalid/inactive user', 'suspend'],
    ['decision.userunknown-of-another-address', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <b@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)', 'userunknown'],
    ['decision.hostunknown-of-another-address', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.2 <b@nosuch.example.net>: Recipient address rejected: Domain not found (in reply to RCPT TO command)', 'hostunknown'],
    ['decision.hasmoved-of-another-address', '<a@example.org>: host mx.example.org[192.0.2.1] said: 551 5.1.6 <b@example.net>: User has moved to c@example.net (in reply to RCPT TO command)', 'hasmoved'],
    ['decision.size-per-mailbox', '552 5.2.3 Message size exceeds fixed maximum message size', 'exceedlimit'],
    ['decision.storage-allocation-size-status', '552 5.3.4 Requested mail action aborted: exceeded storage allocation', 'mesgtoobig'],
    ['decision.storage-allocation-size-mailbox-limit', '552 5.2.3 Requested mail action aborted: exceeded storage allocation', 'exceedlimit'],
    ['decision.storage-allocation-either', '552 Requested mail action aborted: exceeded storage allocation', 'mailboxfull'],
    ['decision.storage-allocation-system-status', '452 4.3.1 Requested mail action aborted: exceeded storage allocation', 'systemfull'],
    ['decision.callout-sender-verify', '550-Verification for <s@example.com>\n550-The mail server could not deliver mail to s@example.com.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n550 Sender verify failed', 'rejected'],
    ['decision.mailbox-disabled-status-other-words', '521 5.2.1 :  AOL will not accept delivery of this message.', 'onhold'],
    ['stage.mail-from', 'SMTP error from remote mail server after MAIL FROM:<s@example.com>: 553 5.1.7 No such domain example.com', 'rejected'],
    ['stage.connect', 'SMTP error from remote mail server after initial connection: 451 System error, try later', 'blocked'],
    ['stage.auth', '535 5.7.8 Error: authentication failed: account disabled (in reply to AUTH command)', 'securityerror'],
    ['decision.success-code-refusal-words', '250 2.0.0 Message rejected', 'onhold'],
    ['decision.refusal-code-success-words', '550 5.1.1 Message accepted for delivery', 'onhold'],
    ['decision.fqdn-refusal-of-full-address', '504 5.5.2 <a@example.org>: Recipient address rejected: need fully-qualified address', 'onhold'],
    ['decision.cut-multiline-reply', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550-5.1.1', 'onhold'],
    ['decision.sender-own-mailbox-full', '<a@example.org>: host smtp.example.com[192.0.2.1] said: 552 5.2.2 Sender mailbox over quota (in reply to MAIL FROM command)', 'onhold'],
    ['decision.mailbox-full-at-mail-from', '<a@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to MAIL FROM command)', 'onhold'],
    ['decision.message-encryption-required', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Unencrypted message refused by policy; encryption required (in reply to end of DATA command)', 'policyviolation'],
    ['decision.greeting-refused-host-takes-no-mail', '<a@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 554 mx.example.org does not accept mail', 'notaccept'],
    ['decision.greeting-refused-only-framing', '<a@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 421 4.3.2 System maintenance, try again later', 'blocked'],
    ['decision.suppressed-after-unknown-user', 'Not sent to a@example.org: the address is on your suppression list since an earlier message bounced with 550 5.1.1 <a@example.org>: No such user here', 'userunknown'],
    ['decision.system-not-accepting-reply-521', '<a@example.org>: host mx.example.org[192.0.2.1] said: 521 5.3.2 System not accepting network messages (in reply to RCPT TO command)', 'notaccept'],
    ['decision.sender-side-said-missing', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Invalid domain in From: header (in reply to end of DATA command)', 'rejected'],
    ['decision.sending-host-said-missing', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Connecting host 198.51.100.9 is not listed in our partner table (in reply to RCPT TO command)', 'blocked'],
    ['decision.sending-account-said-missing', '<a@example.org>: host smtp.example.com[192.0.2.1] said: 550 5.7.1 Your account does not exist on this server (in reply to RCPT TO command)', 'securityerror'],
    ['decision.sending-relay-said-missing', '<a@example.org>: host smtp.example.com[192.0.2.1] said: 550 5.7.1 This relay has moved to smtp.example.net (in reply to RCPT TO command)', 'onhold'],
    ['decision.takes-no-mail-from-some', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 This address receives no email from outside the organisation (in reply to RCPT TO command)', 'rejected'],
    ['decision.null-mx-status-alone', dsn('Action: failed\nStatus: 5.7.27'), 'notaccept'],
  ];
  it('has a case here for every row', ({ expect }) => {
    expect(cases.map((c) => c[0]).sort()).toEqual(DECISIONS.map((r) => r.id).sort());
  });
  for (const [id, input, reason] of cases) {
    it(`${id} → ${reason}`, ({ expect }) => {
      const d = decisionOf(input);
      expect(d.reason).toBe(reason);
      const row = DECISIONS.find((r) => r.id === id)!;
      const entry = d.trail.find((t) => t.rule === id);
      expect(entry?.outcome).toBe(row.phase === 'adjust' ? 'adjusted' : 'won');
      expect(entry?.source).toBe(row.source);
      if (row.phase !== 'adjust') expect(d.rule).toBe(id);
      if (row.phase === 'fallback') expect(d.confidence).toBe('low');
    });
  }
  it('reads a DNS error that found no mail host as no such host only in a final notice', ({ expect }) => {
    // The same finding in a delay (4.x), the lookup tried again, stays a network error.
    const delay = decisionOf("<a@example.org>: host mx.example.org[192.0.2.1] said: 451 4.4.3 DNS error: no MX or A records found for 'example.org' (in reply to RCPT TO command)");
    expect(delay.reason).toBe('networkerror');
    const final = decisionOf("<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.2 DNS error: no MX records found for 'example.org' (in reply to RCPT TO command)");
    expect(final.reason).toBe('hostunknown');
    // A DNS error of another kind stays one.
    expect(decisionOf('Your message could not be delivered to the following recipients:\n\n<a@example.org> (DNS error: SERVFAIL)').reason).toBe('networkerror');
  });
  it('reads the generic 552 text by its status, and is unsure of it alone', ({ expect }) => {
    // RFC 5321's 552 text names storage, not which: X.3.4 says the message, X.2.2 the mailbox, nothing says neither.
    const size = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 552 5.3.4 Requested mail action aborted: exceeded storage allocation (in reply to end of DATA command)');
    expect([size.reason, size.hardBounce]).toEqual(['mesgtoobig', false]);
    const full = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 Requested mail action aborted: exceeded storage allocation (in reply to end of DATA command)');
    expect([full.reason, full.confidence]).toEqual(['mailboxfull', 'high']);
    for (const bare of ['552 Requested mail action aborted: exceeded storage allocation', '552 Too much mail data']) {
      const d = decisionOf(`SMTP error from remote mail server after end of data:\n${bare}`);
      expect([d.reason, d.confidence, d.hardBounce]).toEqual(['mailboxfull', 'low', false]);
    }
    // With words of the mailbox, the reply is not only the generic text.
    const quota = decisionOf('552 Requested mail action aborted: exceeded storage allocation, mailbox over quota');
    expect(quota.confidence).not.toBe('low');
  });
  it('reads "malformed" alone as broad: a specific status says what is malformed', ({ expect }) => {
    const group = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.4 Dynamic distribution group query is malformed (in reply to RCPT TO command)');
    expect([group.reason, group.hardBounce]).toEqual(['systemerror', false]);
    for (const code of ['554 5.6.0', '554', '554 5.7.1']) {
      const d = decisionOf(`<a@example.org>: host mx.example.org[192.0.2.1] said: ${code} Message is malformed (in reply to end of DATA command)`);
      expect(d.reason).toBe('contenterror');
    }
  });
  it('reads a verification probe that met a mail loop as no bad address', ({ expect }) => {
    const d = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient address rejected: undeliverable address: mail for example.org loops back to myself (in reply to RCPT TO command)');
    expect([d.reason, d.confidence, d.hardBounce]).toEqual(['networkerror', 'low', false]);
  });
  it('calls an address code unsure when the only words name a rule, and a bare X.3.2 no bad address', ({ expect }) => {
    // Zoho's "552 5.1.1 … Mailbox delivery failure policy error": the code names a bad mailbox, the words a policy.
    const zoho = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 552 5.1.1 <a@example.org> Mailbox delivery failure policy error (in reply to RCPT TO command)');
    expect([zoho.reason, zoho.confidence, zoho.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(zoho.trail.find((t) => t.rule === 'decision.address-status-rule-words')?.outcome).toBe('adjusted');
    // Postfix's "Recipient address rejected:" prefix before the policy's words does not make it sure.
    const postfix = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient address rejected: restricted by policy (in reply to RCPT TO command)');
    expect([postfix.confidence, postfix.hardBounce]).toEqual(['low', false]);
    // The code alone still names an unknown user, and words of a missing mailbox stay sure.
    const bare = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org> (in reply to RCPT TO command)');
    expect(bare.hardBounce).toBe(true);
    // RFC 3463 X.3.2 with a 550: the host is in maintenance, the address is not bad.
    const busy = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.3.2 System not accepting network messages (in reply to RCPT TO command)');
    expect([busy.reason, busy.hardBounce]).toEqual(['systemerror', false]);
  });
  it('calls no address bad when the reply and status codes disagree in class, or a broad "mailbox unavailable" stands under a mailbox status', ({ expect }) => {
    // "451 5.1.1 … User unknown": a temporary reply with a permanent address status (RFC 2034 §4).
    const mixed = decisionOf('SMTP error from remote mail server after RCPT TO:<a@example.org>:\n451 5.1.1 <a@example.org>: User unknown');
    expect([mixed.reason, mixed.confidence, mixed.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(mixed.trail.find((t) => t.rule === 'decision.address-reply-status-classes')?.outcome).toBe('adjusted');
    // The same words with agreeing codes stay a sure hard bounce.
    expect(decisionOf('SMTP error from remote mail server after RCPT TO:<a@example.org>:\n550 5.1.1 <a@example.org>: User unknown').hardBounce).toBe(true);
    // RFC 3463 X.2.0: the mailbox exists; "Postfach nicht verfügbar" / "Mailbox unavailable" is broad.
    const de = decisionOf('Empfänger: a@example.org\nGrund: 550 5.2.0 Postfach nicht verfügbar');
    expect([de.confidence, de.hardBounce]).toEqual(['low', false]);
    expect(decisionOf('550 5.2.0 Mailbox unavailable').hardBounce).toBe(false);
    // A temporary system status (X.3.z) under words of a missing address: not sure; a permanent 5.3.0 catch-all stays sure.
    const sys = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 421 4.3.0 <a@example.org>: user unknown, closing connection (in reply to RCPT TO command)');
    expect([sys.confidence, sys.hardBounce, sys.permanent]).toEqual(['medium', false, false]);
    // A success code whose words name a failure is no sure delivery.
    const ok = decisionOf('250 2.1.5 Recipient OK, but user unknown - message will be discarded');
    expect([ok.reason, ok.confidence]).toEqual(['delivered', 'medium']);
    expect(decisionOf('250 2.1.5 Recipient OK').confidence).toBe('high');
  });
  it('reads a mail app\'s "Server Error: 554" label as no cause, and "exceeded your … quota" as the sender\'s limit', ({ expect }) => {
    // Outlook Express / Windows Mail end their sending error with "Server Error: 554, Error Number: 0x800CCC79".
    const oe = decisionOf("The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'b@example.net'. Subject 'x', Account: 'Office', Server: 'relay.example.com', Protocol: SMTP, Server Response: '554 5.7.1 <b@example.net>: Recipient address rejected: You have exceeded your Outmail quota.', Port: 25, Secure(SSL): No, Server Error: 554, Error Number: 0x800CCC79");
    expect([oe.reason, oe.hardBounce]).toEqual(['speeding', false]);
    expect(oe.rule).toBe('phrase.speeding.exceeded-your-quota');
    // A server that says "server error" in its own words still names its own fault.
    const own = decisionOf('451 4.3.0 Internal server error, please try again later');
    expect(own.reason).toBe('systemerror');
  });
  it('keeps a refusal firm when the address it names is the recipient\'s, or is the sender in a transcript', ({ expect }) => {
    const own = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
    expect([own.reason, own.confidence, own.hardBounce]).toEqual(['userunknown', 'high', true]);
    const other = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <b@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
    expect([other.reason, other.confidence, other.hardBounce]).toEqual(['userunknown', 'low', false]);
    // A relay's summary that quotes the reply it got ("550-'5.7.1 <addr>... Access denied'").
    // (As a narrow mail app shows Amazon SES's older notice, wrapped.)
    const ses = (reply: string) => `The following message to\n<a@example.org> was\nundeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error ${reply}\n`;
    const quotedOther = decisionOf(ses("550-'5.7.1\n<bounces@mailer.example.net>... Access denied'"));
    // (Read by the SES layout as the unbroken notice is: the quoted reply's own words, a refusal
    // of another address, "Access denied", never firm.)
    expect([quotedOther.address, quotedOther.reason, quotedOther.confidence, quotedOther.hardBounce]).toEqual(['a@example.org', 'securityerror', 'low', false]);
    const quotedOwn = decisionOf(ses("550-'5.1.1\n<a@example.org>... User unknown'"));
    expect([quotedOwn.address, quotedOwn.reason, quotedOwn.hardBounce]).toEqual(['a@example.org', 'userunknown', true]);
    const transcript = decisionOf('... while talking to mx.example.org.:\n>>> MAIL From:<s@example.com>\n<<< 250 2.1.0 <s@example.com>... Sender ok\n>>> RCPT To:<a@example.org>\n<<< 550 5.1.1 User unknown\n');
    expect([transcript.reason, transcript.hardBounce]).toEqual(['userunknown', true]);
  });
  it("reads every form of Exim's failed sender callout as a refusal of the sender, whatever the probe got", ({ expect }) => {
    for (const reply of [
      '550-Verification failed for <s@example.com>\n550-No Such User Here\n550 Sender verify failed',
      'Diagnostic-Code: smtp; 550-Verification failed for <s@example.com>\n    550-The mail server could not deliver mail to s@example.com.  The\n    account or domain may not exist, they may be blacklisted, or missing the\n    proper dns entries. 550 Sender verify failed',
      '550-Callback setup failed while verifying <s@example.com>\n550-(result of an earlier callout reused).\n550-The initial connection, or a HELO or MAIL FROM:<> command was\n550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards\n550-RFC requirements, and stops you from receiving standard bounce\n550-messages. This host does not accept mail from domains whose servers\n550-refuse bounces.',
    ]) {
      const d = decisionOf(reply);
      expect([d.reason, d.hardBounce, d.trail.some((t) => t.rule === 'decision.callout-sender-verify')]).toEqual(['rejected', false, true]);
    }
  });
  it('leaves the reason undefined, with no rule, when the bounce says nothing at all', ({ expect }) => {
    const d = decisionOf(dsn('Action: failed'));
    expect(d.reason).toBe('undefined');
    expect(d.rule).toBeNull();
  });
});

describe('the decision trail', () => {
  it('records the winner with its source and span, then the rules that lost and why', ({ expect }) => {
    const d = decisionOf('554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org');
    expect(d.trail[0]).toMatchObject({ rule: 'phrase.blocked.blocked-using', reason: 'blocked', outcome: 'won' });
    expect(d.doc.slice(d.trail[0].start, d.trail[0].end)).toBe('blocked using');
    expect(d.trail[0].source).toMatch(/blocklist/);
    const lost = d.trail.filter((t) => t.outcome === 'lost');
    expect(lost.map((t) => t.rule)).toEqual(['phrase.systemerror.service-unavailable', 'status.5.7.1']);
    for (const t of lost) expect(t.note).toMatch(/; /);
  });
  it('names a provider rule that decided, and the code it gave its own meaning', ({ expect }) => {
    const d = decisionOf("Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [x.prod.protection.outlook.com]'");
    expect(d.rule).toBe('provider.microsoft.access-denied-dbeb');
    expect(d.trail.find((t) => t.rule === 'status.5.4.1')?.note).toMatch(/provider's own rule/);
  });
});

describe('wording in other languages', () => {
  const rows: [string, string][] = [
    ['550 5.0.0 Benutzer unbekannt', 'userunknown'],
    ['552 Postfach voll', 'mailboxfull'],
    ['550 Utilisateur inconnu', 'userunknown'],
    ['452 Boîte aux lettres pleine', 'mailboxfull'],
    ['550 Usuario desconocido', 'userunknown'],
    ['552 Buzón lleno', 'mailboxfull'],
    ['550 Caixa postal cheia', 'mailboxfull'],
    ['550 Utente sconosciuto', 'userunknown'],
    ['550 Пользователь не найден', 'userunknown'],
    ['552 Ящик переполнен', 'mailboxfull'],
    ['550 用户不存在', 'userunknown'],
    ['552 邮箱已满', 'mailboxfull'],
    ['550 このユーザーは存在しません', 'userunknown'],
    ['550 ドメインが存在しません', 'hostunknown'],
    ['550 Domain existiert nicht', 'hostunknown'],
  ];
  for (const [text, reason] of rows) {
    it(`${reason}: ${text}`, ({ expect }) => {
      const d = decisionOf(text);
      expect(d.reason).toBe(reason);
      expect(d.rule).toMatch(new RegExp(`^phrase\\.${reason}\\.`));
      expect(d.confidence).toBe('high');
    });
  }
});

describe('sending quotas are the sender\'s limit, not a full mailbox', () => {
  it('reads "Daily message quota exceeded" as a sending limit', ({ expect }) => {
    expect(decisionOf('454 Throttling failure: Daily message quota exceeded.').reason).toBe('speeding');
    expect(decisionOf('552 5.2.2 Quota exceeded').reason).toBe('mailboxfull');
    expect(decisionOf('452 4.2.2 User has too many messages on the server').reason).toBe('mailboxfull');
  });
});

describe('data-loss-prevention refusals', () => {
  it('reads the sender organisation\'s DLP rule as a policy on the content, never a block of the sender nor a bad address', ({ expect }) => {
    for (const line of [
      '550 5.7.1 Message blocked by the sender\'s organization content compliance rule (data loss prevention)',
      '554 5.7.1 Message rejected: outbound message contains restricted content (DLP policy: PCI card numbers)',
      '550 5.7.1 Your message has been blocked: it contains sensitive information (Credit Card Number)',
      '550 5.7.1 Message blocked by a data protection rule of your organization',
    ]) {
      const d = decisionOf(`<a@example.org>: host mx.example.org[192.0.2.1] said: ${line} (in reply to end of DATA command)`);
      expect([line, d.reason, d.hardBounce]).toEqual([line, 'policyviolation', false]);
    }
  });
});

describe('MIME and S/MIME', () => {
  it('reads a broken MIME structure as a content error, and S/MIME (encryption) as none', ({ expect }) => {
    expect(decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 554 5.6.0 Invalid MIME structure (in reply to end of DATA command)').reason).toBe('contenterror');
    const smime = decisionOf('<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Messages signed with S/MIME are refused here (in reply to end of DATA command)');
    expect([smime.reason, smime.hardBounce]).not.toContain('contenterror');
    expect(smime.hardBounce).toBe(false);
  });
});

describe('words of not finding that name the sending side, not the recipient', () => {
  it.each([
    ['Das TLS-Zertifikat des sendenden Servers wurde nicht gefunden'],
    ['El certificado del servidor remitente no se encontró'],
    ['Nie znaleziono certyfikatu serwera nadawcy'],
    ['Het certificaat van de verzendende server is niet gevonden'],
    ['Сертификат сервера отправителя не найден'],
    ['送信サーバの証明書が見つかりませんでした'],
  ])('%s: unsure, and the address is not removed', (words) => {
    const r = explain(`<ann@example.com>: ${words}`).recipients[0];
    expect(r.address).toBe('ann@example.com');
    expect(r.hardBounce).toBe(false);
    // Unsure, or read as the sender's side ("сервера отправителя": the sender was refused).
    expect(r.reason === 'userunknown' ? 'firm unknown user' : r.confidence === 'low' || r.reason === 'rejected').toBe(true);
  });

  it.each([
    ['Der Empfänger wurde nicht gefunden'],
    ['El destinatario no se encontró'],
    ['Nie znaleziono odbiorcy'],
  ])('%s: the recipient not found is still an unknown user', (words) => {
    const r = explain(`<ann@example.com>: ${words}`).recipients[0];
    expect(r.reason).toBe('userunknown');
    expect(r.hardBounce).toBe(true);
  });
});


describe("Postfix's recipient verification result", () => {
  // ADDRESS_VERIFICATION_README: "Recipient address rejected: undeliverable address: <the probe's result>".
  const verified = (inner: string): string =>
    `<sol@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <sol@example.org>: Recipient address rejected: undeliverable address: host mx.example.net[198.51.100.25] said: ${inner} (in reply to RCPT TO command)`;
  it('is about the mailbox the probe\'s reply refuses: another one is a broken forward, never a hard bounce', ({ expect }) => {
    for (const inner of ['550 5.1.1 <s.tate@example.net>: Recipient address rejected: User unknown', '<s.tate@example.net>: User unknown']) {
      const d = decisionOf(verified(inner));
      expect([d.address, d.reason, d.hardBounce, d.confidence], inner).toEqual(['sol@example.org', 'userunknown', false, 'low']);
    }
  });
  it('is the address itself when the probe\'s reply refuses that address or names none', ({ expect }) => {
    for (const inner of ['550 5.1.1 <sol@example.org>: Recipient address rejected: User unknown in virtual mailbox table', '550 5.1.1 User unknown']) {
      const d = decisionOf(verified(inner));
      expect([d.address, d.reason, d.hardBounce], inner).toEqual(['sol@example.org', 'userunknown', true]);
    }
  });
});

describe('a reply that names the recipient written another way refuses the same mailbox', () => {
  const dsn = (finalRecipient: string, refused: string): string =>
    `Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: ${finalRecipient}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <${refused}>: Recipient address rejected: User unknown\n`;
  it.each([
    ['a trailing dot', 'rfc822; kim@example.org.', 'kim@example.org'],
    ['needless quotes', 'rfc822; "wim.xu"@example.org', 'wim.xu@example.org'],
    ['a subaddress taken off', 'rfc822; xia+invoices@example.org', 'xia@example.org'],
    ['the A-label of its domain', 'utf-8; yan@bücher.example.org', 'yan@xn--bcher-kva.example.org'],
    ['upper case', 'rfc822; Ann.Lee@Example.ORG', 'ann.lee@example.org'],
  ])('%s', (_name, finalRecipient, refused) => {
    const r = explain(dsn(finalRecipient, refused)).recipients;
    expect(r.map((x) => [x.reason, x.hardBounce])).toEqual([['userunknown', true]]);
  });
  it.each([
    ['another local part', 'rfc822; xia+invoices@example.org', 'xiang@example.org'],
    ['a quoted local part with a blank', 'rfc822; "wim xu"@example.org', 'wimxu@example.org'],
    ['another domain', 'rfc822; kim@example.org.', 'kim@example.net'],
  ])('but not %s', (_name, finalRecipient, refused) => {
    const r = explain(dsn(finalRecipient, refused)).recipients;
    expect(r.map((x) => [x.reason, x.hardBounce])).toEqual([['userunknown', false]]);
  });
});

describe('an Original-Recipient that is the Final-Recipient with a subaddress (RFC 5233) is the same mailbox, not an alias', () => {
  const dsn = (original: string): string =>
    `Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; zed@example.org\nOriginal-Recipient: rfc822; ${original}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n`;
  it('a tag taken off', ({ expect }) => {
    expect(explain(dsn('zed+news@example.org')).recipients.map((x) => [x.reason, x.hardBounce])).toEqual([['userunknown', true]]);
  });
  it('but another name is an alias', ({ expect }) => {
    expect(explain(dsn('sales+news@example.org')).recipients.map((x) => [x.reason, x.hardBounce])).toEqual([['userunknown', false]]);
  });
});
