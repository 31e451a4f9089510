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
