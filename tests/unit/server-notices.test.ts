/**
 * Bounce notices of mail servers and services we have no format for (hMailServer, MDaemon,
 * SmarterMail, Stalwart, CommuniGate Pro, GroupWise, older Exchange, cPanel's Exim, the
 * Postfix of Mailcow and Mailu) and free-form notices with labelled fields
 * (tests/fixtures/server-notices.ts), read by the generic readers from their visible text
 * as people paste it, and as a raw message with the subject and sender they come with.
 * Each must give its kind, its recipients, the reason in its words, and a hard bounce only
 * where the words say the address is bad.
 *
 * And ordinary mail with labelled fields ("Reason: …" above "New address: …") stays no bounce.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LABELLED_NOTICES, SERVER_NOTICES, type ServerNotice } from '../fixtures/server-notices.ts';

/** The notice as a raw message: its sender, subject, a date, a text/plain body with CRLF line ends. */
function asEml(c: ServerNotice): Uint8Array {
  const head = [`From: ${c.from}`, 'To: sender@example.com', `Subject: ${c.subject}`, 'Date: Tue, 03 Mar 2026 09:14:30 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'];
  return new TextEncoder().encode(`${head.join('\r\n')}\r\n\r\n${c.text.replace(/\n/g, '\r\n')}`);
}

function check(c: ServerNotice, input: string | Uint8Array): void {
  const report = explain(input);
  expect(report.kind).toBe(c.kind);
  expect(report.recipients.map((r) => r.address)).toEqual(c.addresses);
  for (const r of report.recipients) {
    expect(r.reason).toBe(c.reason);
    expect(r.hardBounce).toBe(c.hardBounce);
    // No cause in the words: said so (not sure, and the address is kept).
    if (c.reason === 'onhold') {
      expect(r.confidence).toBe('low');
      continue;
    }
    // The reason rests on the notice's own words: its evidence points into the document.
    const reason = r.evidence.find((e) => e.field === 'reason');
    expect(reason).toBeDefined();
    expect(report.document.slice(reason!.start, reason!.end).trim().length).toBeGreaterThan(1);
    // A hard bounce is never given with low confidence.
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
  }
}

/**
 * Copied out of a mail view that puts a blank line between all lines, flattened (no
 * indentation), quoted with ">" or with no-break spaces: the same reading.
 */
const COPIES: [string, (t: string) => string][] = [
  ['a blank line between all lines', (t) => t.replace(/\n/g, '\n\n')],
  ['no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n')],
  ['quoted with ">"', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
];

describe('notices of servers we have no format for, pasted as text', () => {
  it.each(SERVER_NOTICES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, c.text));
  it.each(COPIES.flatMap(([how, copy]) => SERVER_NOTICES.map((c) => [`${c.name}, ${how}`, c, copy] as const)))('%s', (_name, c, copy) => check(c, copy(c.text)));

  it('reads a copy with a blank line between all lines with every span in the text as pasted, and says so', () => {
    const c = SERVER_NOTICES.find((x) => x.name.startsWith('hMailServer, refused'))!;
    const text = c.text.replace(/\n/g, '\r\n\r\n');
    const report = explain(text);
    expect(report.document).toBe(text);
    expect(report.warnings.map((w) => w.code)).toContain('blank-lines-taken-out');
    const r = report.recipients[0];
    expect(r.reason).toBe('userunknown');
    const span = r.evidence.find((e) => e.field === 'address')!;
    expect(text.slice(span.start, span.end)).toBe('nobody@example.org');
    // Read as it stands when it can be: no warning then.
    expect(explain(c.text).warnings.map((w) => w.code)).not.toContain('blank-lines-taken-out');
    // A person's double-spaced mail is still a person's mail.
    const person = explain('Hi Tom,\n\nthe invoice could not be opened.\n\nCan you send it again to ann@example.com?\n\nThanks, Ann\n');
    expect(person).toMatchObject({ kind: 'unknown', recipients: [] });
  });
});

describe('notices of servers we have no format for, as raw messages', () => {
  it.each(SERVER_NOTICES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, asEml(c)));
});

describe('free-form notices with labelled fields', () => {
  it.each(LABELLED_NOTICES.map((c) => [c.name, c] as const))('%s, pasted', (_name, c) => check(c, c.text));
  it.each(LABELLED_NOTICES.map((c) => [c.name, c] as const))('%s, as a raw message', (_name, c) => check(c, asEml(c)));

  it.each(COPIES.flatMap(([how, copy]) => LABELLED_NOTICES.map((c) => [`${c.name}, ${how}`, c, copy] as const)))('%s', (_name, c, copy) => check(c, copy(c.text)));

  it('reads the cause from the words after its label, not the label', () => {
    const c = LABELLED_NOTICES[0];
    const report = explain(c.text);
    expect(report.recipients[0].diagnostic).toBe('Mailbox full');
  });

  it('reads the refusal of the recipient\'s own RCPT TO in a log-style transcript, not the session around it', () => {
    const c = SERVER_NOTICES.find((x) => x.name.startsWith('MDaemon, session'))!;
    const r = explain(c.text).recipients[0];
    expect(r.command).toBe('RCPT');
    expect(r.diagnostic).toMatch(/^550 5\.1\.1 <nobody@example\.org>: Recipient address rejected/);
  });
});

describe('a provider\'s notice sent from a service address', () => {
  const mk = (auto: string | null, subject: string, body: string) =>
    new TextEncoder().encode(`From: Service <service@example.de>\r\nTo: a@example.com\r\nSubject: ${subject}\r\n${auto ? `Auto-Submitted: ${auto}\r\n` : ''}\r\n${body.replace(/\n/g, '\r\n')}`);
  const notice = LABELLED_NOTICES[0].text;
  it.each(['auto-replied', 'auto-generated'])('is read when the message says a program sent it (Auto-Submitted: %s)', (auto) => {
    const report = explain(mk(auto, 'email bounce notification', notice));
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([['carol@example.net', 'mailboxfull', false]]);
  });
  it('while an out-of-office reply from a person\'s address stays one', () => {
    const report = explain(mk('auto-replied', 'Out of office', 'I am out of the office until Monday.\nMy mailbox is full, so please write to dave@example.net instead.\n'));
    expect(report.kind).toBe('auto-reply');
    expect(report.recipients.every((r) => r.reason === 'vacation' && !r.hardBounce)).toBe(true);
  });
});

describe('ordinary mail with labelled fields is no bounce', () => {
  const PROSE = [
    ['a new address under a reason', 'Hi all,\n\nReason: my old mailbox is full all the time\nNew address: sam@example.net\n\nSam\n'],
    ['a parcel notice', 'We could not deliver your parcel.\n\nRecipient: sam@example.com\nReason: Nobody at home\n'],
    ['a help-desk line', 'Error: the printer on floor 2 is out of toner\nPlease write to: help@example.com\n'],
    ['an order return', 'Order 1234\nReason for return: item damaged\nCustomer address: sam@example.com\n'],
    ['a ticket status', 'Ticket update\nStatus: rejected\nRequester address: sam@example.com\n'],
    ['a meeting reply', 'Meeting: Quarterly review\nRecipients: sam@example.com, ann@example.net\nStatus: Declined\n'],
  ] as const;
  it.each(PROSE)('%s', (_name, text) => {
    const report = explain(text);
    expect(report.kind).toBe('unknown');
    expect(report.recipients).toEqual([]);
  });

  it('nor is a person\'s reply to a notice from a no-reply sender', () => {
    const eml = 'From: Sam Doe <no-reply@example.com>\r\nTo: a@example.org\r\nSubject: Re: Delivery failure\r\n\r\nRecipient: bob@example.net\r\nReason: I think his mailbox is full\r\n';
    const report = explain(new TextEncoder().encode(eml));
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high')).toEqual([]);
  });
});
