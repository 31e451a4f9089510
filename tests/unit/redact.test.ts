/**
 * Redaction for sharing: each kind of personal data is hidden, the same value gets the same
 * placeholder everywhere, what the explanation needs is kept, and encoded parts are hidden
 * too. (tests/unit/share-corpus.test.ts checks the verdicts over the whole corpus.)
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { PROVIDERS } from '../../src/lib/knowledge/providers/index.ts';
import { isPublicHost, redact } from '../../src/lib/share/redact.ts';
import { compactForLink } from '../../src/lib/share/compact.ts';
import { diagnosticExcerpt } from '../../src/lib/share/excerpt.ts';
import { verdictDifferences } from '../../src/lib/share/verdicts.ts';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/(.{76})/g, '$1\n');

/** A Postfix DSN with every kind of personal data in it, some of it inside encoded parts. */
const BOUNCE = `Return-Path: <>
Received: from mail.sender-corp.example.net (mail.sender-corp.example.net [198.51.100.20])
\tby mx.receiver-corp.example.org with ESMTPS id 4Xyz; Tue, 2 Jan 2024 10:00:00 +0000
Received: from alicepc (alicepc.lan [198.51.100.3]) by mail.sender-corp.example.net
Date: Tue, 2 Jan 2024 10:00:01 +0000 (UTC)
From: MAILER-DAEMON@mail.sender-corp.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: "Alice Sender" <alice.sender@sender-corp.example.net>
Message-Id: <20240102100001.ABC1@mail.sender-corp.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B1.1704189601/mail.sender-corp.example.net"

This is a MIME-encapsulated message.

--B1.1704189601/mail.sender-corp.example.net
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

${b64(`This is the mail system at host mail.sender-corp.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob.receiver@receiver-corp.example.org>: host mx.receiver-corp.example.org[192.0.2.99]
    said: 550 5.1.1 <bob.receiver@receiver-corp.example.org>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
<carol@gmail.com>: host gmail-smtp-in.l.google.com[2001:db8:4013:c01::1b] said:
    550-5.1.1 The email account that you tried to reach does not exist. - gsmtp
`)}
--B1.1704189601/mail.sender-corp.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender-corp.example.net
X-Postfix-Queue-ID: ABC1
Arrival-Date: Tue, 2 Jan 2024 10:00:00 +0000 (UTC)

Final-Recipient: rfc822; bob.receiver@receiver-corp.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.receiver-corp.example.org
Diagnostic-Code: smtp; 550 5.1.1 <bob.receiver@receiver-corp.example.org>:
    Recipient address rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; carol@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. - gsmtp

--B1.1704189601/mail.sender-corp.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: "Alice Sender" <alice.sender@sender-corp.example.net>
To: Bob Receiver <bob.receiver@receiver-corp.example.org>, carol@gmail.com
Subject: =?utf-8?Q?Quarterly_numbers_for_Bob_=E2=80=94_draft?=
Message-ID: <CAF+orig-1234@mail.sender-corp.example.net>

--B1.1704189601/mail.sender-corp.example.net
Content-Type: image/png; name=logo.png
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==

--B1.1704189601/mail.sender-corp.example.net--
`;

describe('redact', () => {
  const result = redact(BOUNCE);
  const out = result.text;
  const decodedParts = explain(out).document;

  it('hides addresses, hosts, IPs, Message-IDs, names and the subject, also inside encoded parts', () => {
    for (const secret of [
      'alice.sender',
      'bob.receiver',
      'sender-corp',
      'receiver-corp',
      '198.51.100.20',
      '198.51.100.3',
      '192.0.2.99',
      '2001:db8:4013:c01::1b',
      'ABC1@',
      'CAF+orig-1234',
      'Alice Sender',
      'Bob Receiver',
      'Quarterly',
      'alicepc',
    ]) {
      expect(out, secret).not.toContain(secret);
      expect(decodedParts, secret).not.toContain(secret);
    }
  });

  it('keeps what the explanation needs: public providers, codes, the server words', () => {
    expect(out).toMatch(/user\d+@gmail\.com/);
    expect(out).toContain('gmail-smtp-in.l.google.com');
    expect(out).toContain('Mail Delivery System');
    expect(out).toContain('MAILER-DAEMON@');
    expect(out).toContain('Subject: Undelivered Mail Returned to Sender');
    expect(decodedParts).toContain('Recipient address\n    rejected: User unknown in virtual mailbox table');
    expect(out).toContain('Status: 5.1.1');
  });

  it('gives the same value the same placeholder everywhere, and different values different ones', () => {
    const bob = result.replacements.find((r) => r.original === 'bob.receiver@receiver-corp.example.org');
    expect(bob?.category).toBe('address');
    // A domain below a registered one reads like a host: host<n>.domain<m>.example.
    const domain = result.replacements.find((r) => r.original === 'receiver-corp.example.org')?.placeholder;
    expect(domain).toMatch(/^host\d+\.domain\d+\.example$/);
    expect(out).toContain(`Remote-MTA: dns; ${result.replacements.find((r) => r.original === 'mx.receiver-corp.example.org')?.placeholder}`);
    const address = `${bob!.placeholder}@${domain}`;
    // In the DSN (plain) and in the notification (base64): the same placeholder.
    expect(out.split(address).length - 1).toBeGreaterThanOrEqual(3);
    expect(decodedParts.split(address).length - 1).toBeGreaterThanOrEqual(5);
    const placeholders = result.replacements.map((r) => r.placeholder);
    expect(new Set(placeholders).size).toBe(placeholders.length);
    expect(out).toContain('[subject 1]');
    expect(out).toMatch(/"Person \d+" <user\d+@host\d+\.domain\d+\.example>/);
  });

  it('maps IPs into the documentation ranges and keeps hosts readable', () => {
    const ips = result.replacements.filter((r) => r.category === 'ip').map((r) => r.placeholder);
    expect(ips.length).toBeGreaterThanOrEqual(4);
    for (const ip of ips) expect(ip).toMatch(/^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/);
    expect(out).toMatch(/Reporting-MTA: dns; host\d+\.domain\d+\.example/);
  });

  it('leaves out attachments that are not text and says how many', () => {
    expect(result.removedAttachments).toBe(1);
    expect(out).not.toContain('iVBORw0KGgo');
  });

  it('does not change the explanation', () => {
    expect(verdictDifferences(explain(BOUNCE), explain(out))).toEqual([]);
    const report = explain(out);
    expect(report.recipients.map((r) => r.reason)).toEqual(['userunknown', 'userunknown']);
    expect(report.provider ?? report.recipients[1].providerMeaning?.provider ?? 'google').toBeTruthy();
  });

  it('keeps every provider host the engine knows, read from its table', () => {
    for (const provider of PROVIDERS) for (const host of provider.hosts) expect(isPublicHost(`mx1.${host}`), host).toBe(true);
    expect(isPublicHost('host1.domain1.example')).toBe(true); // the placeholders themselves
    expect(isPublicHost('mail.widgets.example.com')).toBe(false);
  });

  it('hides pasted text (not a raw message) too', () => {
    const pasted = 'Delivery to the following recipient failed permanently:\n\n     jane.doe@widgets.example.com\n\nTechnical details: The error that the other server returned was:\n550 5.1.1 <jane.doe@widgets.example.com>: user unknown (mx1.widgets.example.com [192.0.2.5])';
    const r = redact(pasted);
    expect(r.text).not.toMatch(/jane|widgets|192\.0\.2\.5\b/);
    expect(r.text).toMatch(/user1@host1\.domain1\.example[\s\S]*<user1@host1\.domain1\.example>/);
    expect(r.text).toContain('(host2.domain1.example [192.0.2.1])');
    expect(verdictDifferences(explain(pasted), explain(r.text))).toEqual([]);
  });

  it('hides an address hidden in an encoded word', () => {
    const text = 'From: =?utf-8?B?' + Buffer.from('Jane <jane@widgets.example.com>').toString('base64') + '?= <jane@widgets.example.com>\nSubject: hello there friend\n\n550 5.1.1 unknown';
    const r = redact(text);
    expect(r.text).not.toContain('widgets');
    expect(Buffer.from(/=\?utf-8\?B\?([^?]+)\?=/.exec(r.text)![1], 'base64').toString()).toMatch(/^Person \d+ <user1@host1\.domain1\.example>$/);
  });
});

describe('compact and excerpt', () => {
  it('leave out only what the explanation does not read (same Report)', () => {
    const compact = compactForLink(BOUNCE);
    expect(compact?.leftOut).toEqual(['an attachment (image/png) (97 bytes)']);
    expect(JSON.stringify(explain(compact!.text))).toBe(JSON.stringify(explain(BOUNCE)));
  });

  it('an excerpt keeps the evidence and the verdicts', () => {
    const report = explain(BOUNCE);
    const excerpt = diagnosticExcerpt(report);
    expect(excerpt.length).toBeLessThan(report.document.length);
    expect(verdictDifferences(report, explain(excerpt), { addresses: true })).toEqual([]);
    expect(excerpt).not.toContain('Received:');
  });
});
