/**
 * One bounce, two forms: the raw message (with its delivery report) and the text a mail app
 * shows of it (the first text part, no headers, no attachments). Both should reach the same
 * verdict where the shown text states the cause; where it does not, the shown text's verdict
 * is unsure rather than another firm answer. `scripts/form-agreement.ts` lists the corpus
 * recipients whose two forms disagree; each case here is a synthetic pair (reserved names)
 * for one general cause it found.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { RecipientReport } from '../../src/lib/core/types.ts';

/** A multipart/report around `text`, with `fields` as its message/delivery-status part. */
function rawReport(text: string, fields: string, from = 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>'): string {
  return [
    `From: ${from}`,
    'To: <sender@example.com>',
    'Subject: Returned mail: see transcript for details',
    'Date: Mon, 7 Dec 2026 09:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"',
    '',
    '--BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    text,
    '',
    '--BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    fields,
    '',
    '--BOUNDARY--',
    '',
  ].join('\n');
}

function only(input: string): RecipientReport {
  const r = explain(input);
  expect(r.recipients).toHaveLength(1);
  return r.recipients[0];
}

/** Reason, permanence and hard bounce, the fields both forms must agree on. */
const verdict = (r: RecipientReport) => ({ reason: r.reason, permanent: r.permanent, hardBounce: r.hardBounce });

describe('an alias whose target refused: X-Actual-Recipient (raw) and "(expanded from: …)" (shown)', () => {
  // Sendmail's layout: the text lists the mailbox the alias expanded to with "(expanded from:
  // <alias>)"; the DSN's Final-Recipient names the alias, X-Actual-Recipient the mailbox.
  const text = [
    'The original message was received at Mon, 7 Dec 2026 09:00:00 +0000',
    'from client.example.com [192.0.2.10]',
    '',
    '   ----- The following addresses had permanent fatal errors -----',
    'gone@example.net',
    '    (reason: 550 5.1.1 <gone@example.net>... User Unknown)',
    '    (expanded from: <alias@example.org>)',
    '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.example.net.:',
    '>>> RCPT To:<gone@example.net>',
    '<<< 550 5.1.1 <gone@example.net>... User Unknown',
    '550 5.1.1 gone@example.net... User unknown',
  ].join('\n');
  const fields = [
    'Reporting-MTA: dns; mx.example.org',
    '',
    'Final-Recipient: RFC822; alias@example.org',
    'X-Actual-Recipient: RFC822; gone@example.net',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: DNS; mx.example.net',
    'Diagnostic-Code: SMTP; 550 5.1.1 <gone@example.net>... User Unknown',
  ].join('\n');

  it('the raw report reads the refusal as the target mailbox\'s, surely, and keeps the alias', () => {
    const r = only(rawReport(text, fields));
    expect(r.address).toBe('alias@example.org');
    expect(verdict(r)).toEqual({ reason: 'userunknown', permanent: true, hardBounce: false });
    expect(r.confidence).not.toBe('low');
    expect(r.trail.some((t) => t.rule === 'decision.expanded-to-another-mailbox')).toBe(true);
    expect(r.headline.text).toContain('gone@example.net');
  });

  it('the shown text names the same two addresses and gives the same verdict', () => {
    const raw = only(rawReport(text, fields));
    const shown = only(text);
    expect(shown.address).toBe('gone@example.net');
    expect(shown.originalRecipient).toBe('alias@example.org');
    expect(verdict(shown)).toEqual(verdict(raw));
    expect(shown.confidence).not.toBe('low');
  });

  it('without X-Actual-Recipient, the text\'s entry ties the target to the DSN\'s alias', () => {
    const r = only(rawReport(text, fields.replace(/^X-Actual-Recipient:.*\n/m, '')));
    expect(r.address).toBe('alias@example.org');
    expect(verdict(r)).toEqual({ reason: 'userunknown', permanent: true, hardBounce: false });
    expect(r.confidence).not.toBe('low');
  });

  it('a DSN whose X-Actual-Recipient is the Final-Recipient itself names no other mailbox', () => {
    const same = fields.replace('alias@example.org', 'gone@example.net');
    const r = only(rawReport(text.replace('    (expanded from: <alias@example.org>)\n', ''), same));
    expect(r.address).toBe('gone@example.net');
    expect(verdict(r)).toEqual({ reason: 'userunknown', permanent: true, hardBounce: true });
  });
});

describe('a cause only the raw form states by code: the shown text\'s words say the same', () => {
  it('Sendmail\'s "could not be delivered for too long": gave up after temporary failures, in both forms', () => {
    const text = [
      'The original message was received at Mon, 7 Dec 2026 09:00:00 +0000',
      'from localhost [127.0.0.1]',
      '',
      '   ----- The following addresses had permanent fatal errors -----',
      '<late@example.net>',
      '',
      '   ----- Transcript of session follows -----',
      'Message could not be delivered for too long',
      'Message will be deleted from queue',
    ].join('\n');
    const fields = ['Reporting-MTA: dns; mx.example.org', '', 'Final-Recipient: RFC822; late@example.net', 'Action: failed', 'Status: 4.4.7'].join('\n');
    const raw = only(rawReport(text, fields));
    const shown = only(text);
    expect(verdict(raw)).toEqual({ reason: 'expired', permanent: false, hardBounce: false });
    expect(verdict(shown)).toEqual(verdict(raw));
    expect(shown.address).toBe('late@example.net');
  });

  it('a host or domain that "does not accept mail" (RFC 7504 / 7505) is a permanent refusal, in both forms', () => {
    // Oracle Messaging Server's reason line for 5.1.10.
    const text = [
      'This report relates to a message you sent with the following header fields:',
      '',
      '  Message-id: <1@example.com>',
      '  To: someone@example.net',
      '  Subject: Hello',
      '',
      'Your message cannot be delivered to the following recipients:',
      '',
      '  Recipient address: someone@example.net',
      '  Reason: host/domain does not accept mail',
    ].join('\n');
    const fields = ['Reporting-MTA: dns; mx.example.org', '', 'Final-Recipient: rfc822;someone@example.net', 'Action: failed', 'Status: 5.1.10 (host/domain does not accept mail)'].join('\n');
    const raw = only(rawReport(text, fields, 'Internet Mail Delivery <postmaster@example.org>'));
    const shown = only(text);
    expect(verdict(raw)).toEqual({ reason: 'notaccept', permanent: true, hardBounce: true });
    expect(verdict(shown)).toEqual(verdict(raw));
    // Postfix's words for a null MX, pasted alone in a notice.
    const postfix = only('This is the mail system at host mx.example.org.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n                   The mail system\n\n<someone@example.net>: Domain example.net does not accept mail (nullMX)\n');
    expect(postfix.reason).toBe('notaccept');
    expect(postfix.permanent).toBe(true);
  });

  it('Postfix\'s "Malformed or unexpected name server reply" in a failure notice is permanent, as its 5.4.4 says', () => {
    const text = [
      'This is the mail system at host mx.example.org.',
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients. It\'s attached below.',
      '',
      '                   The mail system',
      '',
      '<someone@example.net>: Name service error for name=example.net',
      '    type=MX: Malformed or unexpected name server reply',
    ].join('\n');
    const fields = [
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; someone@example.net',
      'Action: failed',
      'Status: 5.4.4',
      'Diagnostic-Code: X-Postfix; Name service error for name=example.net type=MX:',
      '    Malformed or unexpected name server reply',
    ].join('\n');
    const raw = only(rawReport(text, fields, 'MAILER-DAEMON@mx.example.org (Mail Delivery System)'));
    const shown = only(text);
    expect(verdict(raw)).toEqual({ reason: 'networkerror', permanent: true, hardBounce: false });
    expect(verdict(shown)).toEqual(verdict(raw));
    // Postfix's delay warning with the same words: still being tried.
    const warning = only(
      text
        .replace("I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.", '####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 3 hour(s).\nIt will be retried until it is 5 day(s) old.'),
    );
    expect(warning.permanent).toBe(false);
  });

  it('"Please try again later" under a failure with no cause: temporary in both forms, the cause still open', () => {
    const text = 'This message could not be delivered due to a recipient error. Please try again later.';
    const fields = ['Reporting-MTA: dns; relay.example.org', '', 'Final-Recipient: rfc822; someone@example.net', 'Action: failed', 'Status: 4.3.0'].join('\n');
    const raw = only(rawReport(text, fields, 'Mail Delivery <postmaster@relay.example.org>'));
    const shown = only(text);
    expect(raw.permanent).toBe(false);
    expect(shown.permanent).toBe(false);
    expect(shown.hardBounce).toBe(false);
    expect(shown.confidence).toBe('low');
    // A permanent failure's words win over the advice.
    const final = only('<someone@example.net>: delivery failed permanently; will not continue trying. Please try again later.');
    expect(final.permanent).not.toBe(false);
  });

  it('"does not accept mail from" one sender is no domain that takes no mail', () => {
    const r = only('<someone@example.net>: host mx.example.net said: This domain does not accept mail from you\n');
    expect(r.reason).not.toBe('notaccept');
  });
});

describe('a recipient named by its local part alone: the returned copy\'s To gives its domain', () => {
  // Exim prints the address as it was given; X-Failed-Recipients (raw form only) has it whole.
  const text = [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  someone',
    '    SMTP error from remote mail server after RCPT TO:<someone@example.net>:',
    '    host mx.example.net [192.0.2.25]: 550 5.1.1 No such user here',
    '',
    '------ This is a copy of the message, including all the headers. ------',
    '',
    'Return-path: <sender@example.com>',
    'From: sender@example.com',
    'To: someone@example.net',
    'Subject: Hello',
    '',
    'Hello',
  ].join('\n');
  const raw = [
    'From: Mail Delivery System <Mailer-Daemon@mx.example.org>',
    'To: sender@example.com',
    'Subject: Mail delivery failed: returning message to sender',
    'X-Failed-Recipients: someone@example.net',
    '',
    text,
    '',
  ].join('\n');

  it('both forms name someone@example.net and call it a hard bounce', () => {
    const r = only(raw);
    const shown = only(text);
    expect(r.address).toBe('someone@example.net');
    expect(shown.address).toBe('someone@example.net');
    expect(verdict(shown)).toEqual(verdict(r));
    expect(shown.hardBounce).toBe(true);
    expect(explain(text).warnings.some((w) => w.code === 'address-from-returned-message')).toBe(false);
  });

  it('a To with another local part is not taken: no address rather than another one', () => {
    const shown = only(text.replace('To: someone@example.net', 'To: other@example.net'));
    expect(shown.address).toBeNull();
    expect(shown.reason).toBe('userunknown');
  });
});
