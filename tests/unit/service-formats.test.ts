/**
 * The mail services' layouts: each is told from its neighbours (same family, similar
 * wording) by the marks its own format file names, and from its text alone where the
 * layout allows. The golden samples show each layout read in full; these check the
 * borders between them.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('mail service layouts', () => {
  it('keeps an on-premises Exchange report (no Microsoft 365 marks) out of office365', ({ expect }) => {
    const r = explain(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'nobody@example.org',
        "The e-mail address you entered couldn't be found.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: mail.example.net',
        '',
        'nobody@example.org',
        '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
      ),
    );
    expect(r.format).not.toBe('office365');
    expect(r.recipients[0].address).toBe('nobody@example.org');
  });

  it('reads a Microsoft 365 report by its generating server even without its wording', ({ expect }) => {
    const r = explain(
      lines(
        'Delivery has failed to these recipients or groups:',
        '',
        'nobody@example.org',
        "The email address you entered couldn't be found.",
        '',
        'Diagnostic information for administrators:',
        '',
        'Generating server: AB1PR00MB0000.eurprd00.prod.outlook.com',
        '',
        'nobody@example.org',
        'mx.example.org',
        "Remote Server returned '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown'",
      ),
    );
    expect(r.format).toBe('office365');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.org', remoteMta: 'mx.example.org', reason: 'userunknown', status: '5.1.1' });
  });

  it("reads the top of a Microsoft 365 report pasted alone by Microsoft's one-line explanation", ({ expect }) => {
    const top = (explanation: string) =>
      explain(lines("Your message to nobody@example.org couldn't be delivered.", explanation, '', 'nobody     Office 365     example.org', 'Action Required                Recipient'));
    const unknown = top("nobody wasn't found at example.org.");
    expect(unknown.format).toBe('office365');
    expect(unknown.recipients[0]).toMatchObject({ address: 'nobody@example.org', reason: 'userunknown', hardBounce: true, rule: 'phrase.userunknown.wasnt-found-at' });
    const full = top("The recipient's mailbox is full and can't accept messages now.");
    expect(full.recipients[0]).toMatchObject({ reason: 'mailboxfull', hardBounce: false });
    // No explanation of a cause: no firm reason.
    const vague = top("Your message wasn't delivered because the recipient's email provider rejected it.");
    expect(vague.recipients[0]).toMatchObject({ hardBounce: false, confidence: 'low' });
  });

  it('tells Yahoo from AOL, whose letters share a sentence', ({ expect }) => {
    const yahoo = explain(
      lines('Sorry, we were unable to deliver your message to the following address.', '', '<nobody@example.org>:', 'Remote host said: 550 5.1.1 <nobody@example.org>... User unknown [RCPT_TO]'),
    );
    expect(yahoo.format).toBe('yahoo');
    expect(yahoo.recipients[0]).toMatchObject({ address: 'nobody@example.org', command: 'RCPT', reason: 'userunknown' });
    const aol = explain(lines('Email Returned', 'We were unable to deliver your message to the following address', 'full@example.org', 'because: Mailbox is full', 'More information about type 5.2.2 delivery errors is available.'));
    expect(aol.format).toBe('aol');
    expect(aol.recipients[0]).toMatchObject({ address: 'full@example.org', status: '5.2.2', reason: 'mailboxfull' });
  });

  it("leaves Gmail's notices that name the recipient to gmail", ({ expect }) => {
    const r = explain(
      lines(
        '** Delivery incomplete **',
        '',
        'There was a temporary problem delivering your message to nobody@example.org. Gmail will retry for 47 more hours.',
        '',
        'The response was:',
        '',
        'The recipient server did not accept our requests to connect.',
      ),
    );
    expect(r.format).toBe('gmail');
    expect(r.kind).toBe('delay');
  });

  it('reads Google Groups from its text alone, without naming the sender as the recipient', ({ expect }) => {
    const r = explain(
      lines(
        'Hello sender@example.com,',
        '',
        'The group you wrote to (team) might not exist, or you might not be allowed to post to it, so your message was not posted.',
        '',
        'See https://groups.google.com/support/ for help.',
        '',
        'Google Groups',
      ),
    );
    expect(r.format).toBe('google-groups');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0].address).toBeNull();
    expect(r.recipients[0].reason).toBe('rejected');
  });

  it('lists the recipients of list-only notices and claims no reason for them', ({ expect }) => {
    const ses = explain(lines('An error occurred while trying to deliver the mail to the following recipients:', 'a@example.org', 'b@example.net'));
    expect(ses.format).toBe('amazon-ses');
    expect(ses.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([
      ['a@example.org', 'undefined', false],
      ['b@example.net', 'undefined', false],
    ]);
    const windows = explain(lines('This is an automatically generated Delivery Status Notification.', '', 'Delivery to the following recipients failed.', '', '       a@example.org'));
    expect(windows.format).toBe('outlook');
    expect(windows.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['a@example.org', 'undefined', false]]);
  });

  it('reads a Windows SMTP service delay warning as a delay', ({ expect }) => {
    const r = explain(
      lines(
        'This is an automatically generated Delivery Status Notification.',
        '',
        'THIS IS A WARNING MESSAGE ONLY.',
        '',
        'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
        '',
        'Delivery to the following recipients has been delayed.',
        '',
        '       slow@example.org',
      ),
    );
    expect(r.format).toBe('outlook');
    expect(r.kind).toBe('delay');
    expect(r.recipients[0]).toMatchObject({ address: 'slow@example.org', action: 'delayed' });
  });

  it("takes the older SES line's words from the remote server, and a refusal of SES's own sender as a MAIL FROM refusal", ({ expect }) => {
    const r = explain(
      lines(
        'The following message to <someone@example.org> was undeliverable.',
        'The reason for the problem:',
        "5.1.0 - Unknown address error 550-'5.7.1 <0000aaaa-bbbb@email-bounces.amazonses.com>... Access denied'",
      ),
    );
    expect(r.format).toBe('amazon-ses');
    expect(r.recipients[0]).toMatchObject({ address: 'someone@example.org', command: 'MAIL', reason: 'rejected', hardBounce: false });
    expect(r.recipients[0].diagnostic).not.toMatch(/Unknown address error/);
  });

  it('reads SendGrid stages from its recipient line', ({ expect }) => {
    const r = explain(lines('This is an automatically generated message from SendGrid.', '', 'x:0:<slow@example.org> : Connection timed out in connect'));
    expect(r.format).toBe('sendgrid');
    expect(r.recipients[0]).toMatchObject({ address: 'slow@example.org', command: 'CONN', diagnostic: 'Connection timed out' });
  });
});
