/**
 * Bounces written by us for the Examples menu: each shows one verdict the page gives,
 * with reserved names (example.com/.net/.org) and documentation IP addresses only. The
 * wording follows what these servers really send; `expect` is the verdict each was written
 * to show (tests/unit/examples.test.ts runs every one through the engine).
 * Loaded on first use of the menu, so it does not weigh on the first page load.
 */
import type { ReasonId, ReportKind, Tone } from '../../lib/core/types.ts';

export interface Example {
  id: string;
  /** What the menu says. */
  label: string;
  text: string;
  expect: { kind: ReportKind; reasons: ReasonId[]; tone: Tone; provider?: string };
}

const GMAIL_USER_UNKNOWN = `550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient's email address for typos or
550-5.1.1 unnecessary spaces. For more information, go to
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp`;

/** A Postfix DSN around one recipient's diagnostic. */
function postfixDsn(o: { recipient: string; remote: string; ip: string; status: string; said: string; action?: string; subject?: string; warning?: boolean }): string {
  const wrapped = o.said.replace(/(.{1,72})(\s+|$)/g, '$1\n    ').trimEnd();
  const action = o.action ?? 'failed';
  return `Return-Path: <>
Received: by mx.example.net (Postfix)
	id 0000000000; Tue,  4 Mar 2025 10:15:02 +0000 (UTC)
Date: Tue,  4 Mar 2025 10:15:02 +0000 (UTC)
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
Subject: ${o.subject ?? 'Undelivered Mail Returned to Sender'}
To: sender@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0000000000.1741083302/mx.example.net"
Message-Id: <20250304101502.0000000000@mx.example.net>

This is a MIME-encapsulated message.

--0000000000.1741083302/mx.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.
${
  o.warning
    ? `
####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
`
    : `
I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.
`
}
For further assistance, please send mail to postmaster.

                   The mail system

<${o.recipient}>: host ${o.remote}[${o.ip}] said: ${wrapped} (in reply to
    RCPT TO command)

--0000000000.1741083302/mx.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
X-Postfix-Queue-ID: 0000000000
X-Postfix-Sender: rfc822; sender@example.com
Arrival-Date: Tue,  4 Mar 2025 10:15:01 +0000 (UTC)

Final-Recipient: rfc822; ${o.recipient}
Original-Recipient: rfc822;${o.recipient}
Action: ${action}
Status: ${o.status}
Remote-MTA: dns; ${o.remote}
Diagnostic-Code: smtp; ${wrapped}

--0000000000.1741083302/mx.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <sender@example.com>
Date: Tue, 4 Mar 2025 11:15:00 +0100
From: Sender <sender@example.com>
To: ${o.recipient}
Subject: Spring newsletter
Message-ID: <0000000000.1741083300@mail.example.com>

--0000000000.1741083302/mx.example.net--
`;
}

const MICROSOFT_S3150 = postfixDsn({
  recipient: 'friend@outlook.example.com',
  remote: 'outlook-example-com.mail.protection.outlook.com',
  ip: '198.51.100.20',
  status: '5.7.1',
  said: "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0PR00MB0000.eurprd00.prod.outlook.com 2025-03-04T10:15:01.000Z 0000000000000000]",
});

const YAHOO_TSS04 = `421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes`;

const POSTFIX_MAILBOX_FULL = postfixDsn({
  recipient: 'busy@example.org',
  remote: 'mail.example.org',
  ip: '198.51.100.25',
  status: '5.2.2',
  said: '552 5.2.2 <busy@example.org>: Recipient address rejected: Mailbox full, quota exceeded',
});

const SPAMHAUS = postfixDsn({
  recipient: 'info@example.org',
  remote: 'mail.example.org',
  ip: '198.51.100.25',
  status: '5.7.1',
  said: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
});

const DMARC = postfixDsn({
  recipient: 'someone@gmail.example.com',
  remote: 'gmail-smtp-in.l.google.com',
  ip: '198.51.100.27',
  status: '5.7.26',
  said: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection a1si2.3 - gsmtp",
});

const DELAY = postfixDsn({
  recipient: 'someone@example.org',
  remote: 'mail.example.org',
  ip: '198.51.100.30',
  status: '4.2.2',
  action: 'delayed',
  subject: 'Delayed Mail (still being retried)',
  warning: true,
  said: '452 4.2.2 <someone@example.org>: Mailbox full, try again later',
});

const EXIM_HOST_UNKNOWN = `Return-path: <>
Envelope-to: sender@example.com
Date: Tue, 04 Mar 2025 10:15:02 +0000
From: Mail Delivery System <Mailer-Daemon@mail.example.net>
To: sender@example.com
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
Message-Id: <E1t000000000000-0000Ab@mail.example.net>

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@shop.example.net
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <sender@example.com>
Date: Tue, 4 Mar 2025 11:15:00 +0100
From: Sender <sender@example.com>
To: orders@shop.example.net
Subject: Order 1234
`;

const QMAIL = `Return-Path: <>
Date: 4 Mar 2025 10:15:02 -0000
From: MAILER-DAEMON@mail.example.net
To: sender@example.com
Subject: failure notice

Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<old.colleague@example.org>:
198.51.100.25 does not like recipient.
Remote host said: 550 5.1.1 <old.colleague@example.org>: Recipient address rejected: User unknown in local recipient table
Giving up on 198.51.100.25.

--- Below this line is a copy of the message.

Return-Path: <sender@example.com>
From: Sender <sender@example.com>
To: old.colleague@example.org
Subject: Lunch on Friday?
`;

const EXCHANGE_GERMAN = `From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>
To: Absender <sender@example.com>
Date: Tue, 4 Mar 2025 10:15:02 +0000
Subject: Unzustellbar: Angebot
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Angebot
Gesendet: 04.03.2025 11:15

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

m.mustermann@example.org am 04.03.2025 11:15
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenden Sie sich an Ihren Helpdesk, falls das Problem weiterhin besteht.
<mail.example.org #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
`;

const MULTI = `Return-Path: <>
Date: Tue,  4 Mar 2025 10:15:02 +0000 (UTC)
From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0000000000.1741083303/mx.example.net"

--0000000000.1741083303/mx.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<anna@example.org>: host mail.example.org[198.51.100.25] said: 550 5.1.1
    <anna@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

<ben@example.org>: host mail.example.org[198.51.100.25] said: 550 5.1.1
    <ben@example.org>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--0000000000.1741083303/mx.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Tue,  4 Mar 2025 10:15:01 +0000 (UTC)

Final-Recipient: rfc822; anna@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.org
Diagnostic-Code: smtp; 550 5.1.1 <anna@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; ben@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.org
Diagnostic-Code: smtp; 550 5.1.1 <ben@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table

--0000000000.1741083303/mx.example.net--
`;

const OUT_OF_OFFICE = `Return-Path: <colleague@example.org>
Date: Wed, 5 Mar 2025 09:02:12 +0000
From: Colleague <colleague@example.org>
To: Sender <sender@example.com>
Subject: Automatic reply: Spring newsletter
Message-ID: <0000000000.1741165332@mail.example.org>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello,

I am out of the office until Monday 10 March with limited access to email.
For anything urgent, please contact the front desk at frontdesk@example.org.

Kind regards,
Colleague
`;

export const EXAMPLES: readonly Example[] = [
  { id: 'gmail-user-unknown', label: 'Gmail: the address does not exist', text: GMAIL_USER_UNKNOWN, expect: { kind: 'smtp-reply', reasons: ['userunknown'], tone: 'address-bad', provider: 'google' } },
  { id: 'microsoft-s3150', label: 'Microsoft: sending IP on its block list (S3150)', text: MICROSOFT_S3150, expect: { kind: 'dsn', reasons: ['blocked'], tone: 'sender-fix', provider: 'microsoft' } },
  { id: 'spamhaus', label: 'Spamhaus ZEN blocklist refusal', text: SPAMHAUS, expect: { kind: 'dsn', reasons: ['blocked'], tone: 'sender-fix' } },
  { id: 'yahoo-tss04', label: 'Yahoo: TSS04 deferral', text: YAHOO_TSS04, expect: { kind: 'smtp-reply', reasons: ['badreputation'], tone: 'temporary', provider: 'yahoo' } },
  { id: 'dmarc', label: 'Gmail: DMARC rejection (5.7.26)', text: DMARC, expect: { kind: 'dsn', reasons: ['authfailure'], tone: 'sender-fix', provider: 'google' } },
  { id: 'postfix-mailbox-full', label: 'Postfix: mailbox full', text: POSTFIX_MAILBOX_FULL, expect: { kind: 'dsn', reasons: ['mailboxfull'], tone: 'sender-fix' } },
  { id: 'exim-host-unknown', label: 'Exim: the domain does not exist', text: EXIM_HOST_UNKNOWN, expect: { kind: 'bounce', reasons: ['hostunknown'], tone: 'address-bad' } },
  { id: 'qmail', label: 'qmail: user unknown', text: QMAIL, expect: { kind: 'bounce', reasons: ['userunknown'], tone: 'address-bad' } },
  { id: 'exchange-german', label: 'Exchange, in German: recipient not found', text: EXCHANGE_GERMAN, expect: { kind: 'bounce', reasons: ['userunknown'], tone: 'address-bad' } },
  { id: 'two-unknown', label: 'Two addresses that do not exist', text: MULTI, expect: { kind: 'dsn', reasons: ['userunknown', 'userunknown'], tone: 'address-bad' } },
  { id: 'delay', label: 'Delay notice: still being retried', text: DELAY, expect: { kind: 'delay', reasons: ['mailboxfull'], tone: 'temporary' } },
  { id: 'out-of-office', label: 'Out-of-office reply', text: OUT_OF_OFFICE, expect: { kind: 'auto-reply', reasons: ['vacation'], tone: 'not-failure' } },
];
