/**
 * The same bounce in the forms people paste it: with CRLF or CR line ends, typographic
 * apostrophes (a word processor, a web page or a mail app's rendered view), every line
 * indented alike (a forum's code block, a ticket's quote), tab-indented, quoted with ">",
 * with trailing spaces or no-break spaces, with a blank line between all lines (as some
 * mail views copy a plain-text message, each line a paragraph), or with every line's
 * indentation lost (copied out of a view that rendered the text as HTML). Each form must give the same recipients, reasons
 * and verdicts as the notice as the server wrote it.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

/** Notices in the layouts of real servers (synthetic, reserved names). */
const NOTICES: Record<string, string> = {
  postfix: `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<anna@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
    <anna@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`,
  'sendmail forward': `The original message was received at Mon, 30 Nov 2026 10:00:00 +0100
from [192.0.2.34]

   ----- The following addresses had permanent fatal errors -----
ines@example.net
    (reason: 550 5.1.1 <ines@example.net>... User Unknown)
    (expanded from: <ines@example.org>)

   ----- Transcript of session follows -----
... while talking to mx.example.net.:
>>> RCPT To:<ines@example.net>
<<< 550 5.1.1 <ines@example.net>... User Unknown
`,
  'sendmail program delivery': `The original message was received at Mon, 30 Nov 2026 10:00:00 +0100
from [192.0.2.34]

   ----- The following addresses had permanent fatal errors -----
"|/home/bea/bin/filter.pl"
    (reason: 255)
    (expanded from: <bea@example.org>)

   ----- Transcript of session follows -----
filter.pl: cannot open the database: too many clients already
554 5.3.0 unknown mailer error 255
`,
  gmail: `** Address not found **

Your message wasn't delivered to cleo@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
`,
  'gmail without the reply': `** Address not found **

Your message wasn't delivered to gus@example.org because the address couldn't be found. Check for typos or unnecessary spaces and try again.
`,
  exchange: `Delivery has failed to these recipients or groups:

dora@example.org
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.
`,
  'technical report with fields': `An error occurred while trying to deliver the mail to the following recipients:
emil@example.net

Technical report:

Reporting-MTA: dsn; mta.example.org

Action: failed
Final-Recipient: rfc822; emil@example.net
Diagnostic-Code: smtp; 552 5.2.2 <emil@example.net>... Mailbox full
Status: 5.2.2
`,
  exim: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  fritz@example.com
    host mx.example.com [192.0.2.20]
    SMTP error from remote mail server after RCPT TO:<fritz@example.com>:
    550 5.7.1 Service unavailable; client [198.51.100.3] blocked using zen.spamhaus.org
`,
  'courier transcript': `This is a delivery status notification from mail.example.net,
running the Courier mail server, version 1.1.12.

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<hana@example.com>:
    mx.example.com [192.0.2.45]:
>>> DATA
<<< 550 Unknown user hana@example.com

---------------------------------------------------------------------------
`,
};

const FORMS: Record<string, (text: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'CR line ends': (t) => t.replace(/\n/g, '\r'),
  'typographic apostrophes': (t) => t.replace(/'/g, '\u2019'),
  'every line indented alike': (t) => t.replace(/^(?=.)/gm, '    '),
  'every line indented with a tab': (t) => t.replace(/^(?=.)/gm, '\t'),
  'quoted with ">"': (t) => t.replace(/^/gm, '> '),
  'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
  'no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'a blank line between all lines': (t) => t.split('\n').join('\n\n'),
  'every indentation lost (a rendered view copied)': (t) => t.replace(/^[ \t]+/gm, ''),
};

const verdicts = (text: string) => explain(text).recipients.map((r) => [r.address, r.reason, r.status, r.permanent, r.hardBounce, r.confidence]);

describe('the same bounce in the forms people paste it', () => {
  for (const [layout, notice] of Object.entries(NOTICES)) {
    const plain = verdicts(notice);
    it(`${layout}: as written, a recipient and a cause are read`, () => {
      expect(plain.length).toBeGreaterThan(0);
      for (const [address, reason] of plain) {
        expect(address).toMatch(/@example\.(com|org|net)$/);
        expect(['onhold', 'undefined']).not.toContain(reason);
      }
    });
    it.each(Object.keys(FORMS))(`${layout}, %s: the same verdicts`, (form) => {
      expect(verdicts(FORMS[form](notice))).toEqual(plain);
    });
  }

  it('a paste indented as a whole says it was read without the indentation, and its spans point into what is shown', () => {
    const text = NOTICES['technical report with fields'].replace(/^(?=.)/gm, '    ');
    const report = explain(text);
    expect(report.warnings.map((w) => w.code)).toContain('indentation-taken-out');
    expect(report.quoted).toBe(false);
    const [r] = report.recipients;
    expect([r.address, r.reason, r.status]).toEqual(['emil@example.net', 'mailboxfull', '5.2.2']);
    const status = r.evidence.find((e) => e.field === 'status')!;
    expect(report.document.slice(status.start, status.end)).toBe('5.2.2');
  });

  it('typographic apostrophes are read as plain ones, at the same offsets', () => {
    const text = NOTICES.gmail.replace(/'/g, '\u2019');
    const report = explain(text);
    expect(report.document.length).toBe(text.length);
    const [r] = report.recipients;
    const address = r.evidence.find((e) => e.field === 'address')!;
    expect(text.slice(address.start, address.end)).toBe('cleo@example.com');
  });

  it('typographic apostrophes decoded out of an all-ASCII message (quoted-printable) are read as plain ones too', () => {
    const eml = [
      'From: Mail Delivery Subsystem <mailer-daemon@example.net>',
      'To: sender@example.net',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '** Address not found **',
      '',
      'Your message wasn=E2=80=99t delivered to gus@example.org because the address couldn=E2=80=99t be =',
      'found. Check for typos or unnecessary spaces and try again.',
      '',
    ].join('\r\n');
    const [r] = explain(new TextEncoder().encode(eml)).recipients;
    expect([r.address, r.reason, r.hardBounce]).toEqual(['gus@example.org', 'userunknown', true]);
  });

  it('a paste whose lines are indented differently is read as it stands', () => {
    // Only the continuation lines are indented: no common indentation to take out.
    const report = explain(NOTICES.postfix);
    expect(report.warnings.map((w) => w.code)).not.toContain('indentation-taken-out');
  });
});
