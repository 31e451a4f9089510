/**
 * Blind rounds (tests/fixtures/unseen-notices.ts): delay warnings with and without a code,
 * and failure layouts of servers read from their visible text, as pasted, as a raw message,
 * and copied the ways mail views copy them (a blank line between all lines, no indentation,
 * quoted with ">", no-break spaces, wrapped lines joined). Each must give its kind, its
 * recipients, the reason in its words (where the notice states one), a hard bounce only
 * where the words say the address is bad, and for a delay: delayed, never permanent. A
 * layout with its own reader is read by it, also when double-spaced.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { UNSEEN_NOTICES, UNSEEN_PASTED_ONLY, type UnseenNotice } from '../fixtures/unseen-notices.ts';
import { joinParagraphs, narrow } from '../helpers/views.ts';

function asEml(c: UnseenNotice): Uint8Array {
  const head = [`From: ${c.from}`, 'To: sender@example.com', `Subject: ${c.subject}`, 'Date: Tue, 03 Mar 2026 09:14:30 +0100', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit'];
  return new TextEncoder().encode(`${head.join('\r\n')}\r\n\r\n${c.text.replace(/\n/g, '\r\n')}`);
}

const COPIES: [string, (t: string) => string][] = [
  ['as pasted', (t) => t],
  ['a blank line between all lines', (t) => t.replace(/\n/g, '\n\n')],
  ['no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n')],
  ['quoted with ">"', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
  // (A line that opens with an address stays its own line: a view joins the lines of a sentence.)
  ['wrapped lines joined', (t) => t.replace(/([^\n:])\n(?=[a-z(])(?![^\s@]+@)/g, '$1 ')],
  ['double-spaced and quoted with ">"', (t) => t.replace(/\n/g, '\n\n').split('\n').map((l) => `> ${l}`).join('\n')],
  ['double-spaced with no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n').replace(/\n/g, '\n\n')],
  ['double-spaced with CRLF', (t) => t.replace(/\n/g, '\r\n\r\n')],
  ['indented with tabs', (t) => t.replace(/^ {2,}/gm, '\t')],
];

function check(c: UnseenNotice, input: string | Uint8Array, how: string): void {
  const report = explain(input);
  expect(report.kind).toBe(c.kind);
  expect(report.recipients.map((r) => r.address)).toEqual(c.addresses);
  if (c.format && typeof input === 'string') expect(report.format).toBe(c.format);
  if (typeof input === 'string' && !/double-spaced|blank line between/.test(how)) expect(report.warnings.map((w) => w.code)).not.toContain('blank-lines-taken-out');
  for (const r of report.recipients) {
    if (c.reason) expect(r.reason).toBe(c.reason);
    expect(r.hardBounce).toBe(c.hardBounce);
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
    if (c.kind === 'delay') {
      expect(r.action).toBe('delayed');
      expect(r.permanent).toBe(false);
    }
  }
}

describe('blind rounds: unseen notices, as text', () => {
  it.each(COPIES.flatMap(([how, copy]) => UNSEEN_NOTICES.map((c) => [`${c.name}, ${how}`, c, how, copy] as const)))('%s', (_name, c, how, copy) => check(c, copy(c.text), how));
});

describe('blind rounds: the lines of each paragraph joined by the mail view', () => {
  // Layouts whose entries are paragraphs (a list of one address a line is no paragraph: a
  // view that joins those lines makes one line of several recipients, left aside here).
  const JOINED = [
    'Exim, warning message without',
    'Exim, warning message with a delay reason',
    'Exim, permanent error',
    'Postfix, delay warning',
    'Postfix, undeliverable',
    'Sendmail, warning message',
    'Sendmail, "transient non-fatal errors"',
    'MailFoundry',
    'Courier, UNDELIVERABLE MAIL',
    'Domino, "was not delivered to',
    'a one-sentence delay notice',
    'Gmail, "Delivery incomplete"',
    'Exchange Online',
    'X6, "SMTP Server',
    'Apache James',
  ];
  const cases = JOINED.map((name) => UNSEEN_NOTICES.find((c) => c.name.startsWith(name))!);
  it('finds every layout named', () => expect(cases.every(Boolean)).toBe(true));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, joinParagraphs(c.text), 'paragraphs joined'));
});

describe('blind rounds: notices read as pasted text only', () => {
  it.each(COPIES.flatMap(([how, copy]) => UNSEEN_PASTED_ONLY.map((c) => [`${c.name}, ${how}`, c, how, copy] as const)))('%s', (_name, c, how, copy) => check(c, copy(c.text), how));
});

describe('blind rounds: unseen notices in a narrow view', () => {
  // Left aside: layouts whose marker or labelled line a break cuts in two where it must
  // stay whole (Active!hunter's banner, IMail's "<reason>: <address>", X6's one-line refusal,
  // MDaemon's log lines, each cut from its time stamp and its command; a forward quoted with
  // ">" whose lines the view breaks without it).
  const ASIDE = ['Active!hunter', 'IMail Server, "User mailbox', 'X6, "SMTP Server', 'MDaemon (older)', 'qmail, given up after retries, forwarded'];
  const cases = UNSEEN_NOTICES.filter((c) => !ASIDE.some((a) => c.name.startsWith(a)));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, narrow(c.text), 'narrow'));
});

describe('blind rounds: unseen notices, as raw messages', () => {
  it.each(UNSEEN_NOTICES.map((c) => [c.name, c] as const))('%s', (_name, c) => check(c, asEml(c), 'eml'));
});

describe('a delay warning names its recipient by the message, not by any address', () => {
  it('reads the recipient of "Your message to <…> has been delayed", its words the sentence', () => {
    const text = 'Your message to bob@example.com has been delayed. We will keep trying to deliver it until Thu, 05 Mar 2026 09:14:22 +0100.\n';
    const r = explain(text).recipients[0];
    const span = r.evidence.find((e) => e.field === 'address')!;
    expect(text.slice(span.start, span.end)).toBe('bob@example.com');
    expect(r.diagnostic).toMatch(/^Your message to bob@example\.com has been delayed\./);
    expect(r.confidence).toBe('low');
  });
  it.each([
    ['an order', 'Your order to ann@example.com has been delayed. We will keep trying to deliver it until Friday.\n'],
    ['a parcel', 'Your parcel to ann@example.com has been delayed. We will retry delivery tomorrow.\n'],
    ['a person', 'Hi Tom,\n\nmy reply to ann@example.com has been delayed, sorry. I will keep trying.\n\nBen\n'],
    ['a question', 'Why has my message to ann@example.com been delayed? Will it retry?\n'],
    ['a contact', 'The flight to Paris has been delayed. Contact ann@example.com. We will keep trying.\n'],
    ['an order, no address', 'Your order has been delayed. We will keep trying to deliver it until Friday.\n'],
    ['a train, no address', 'The train has been delayed. Services will retry the connection later.\n'],
    ['a person who could not send', 'Hi Tom,\n\nI was unable to send email to ann@example.com yesterday, I will try again tomorrow.\n\nBen\n'],
    ['a person who could not send, one line', 'I could not send mail to ann@example.com. Will try again later.\n'],
    ['a help desk', 'Please send email to help@example.com. We will try again tomorrow.\n'],
  ])('while %s that is delayed is no delivery report', (_what, text) => {
    const report = explain(text);
    expect(report.kind).toBe('unknown');
    expect(report.recipients).toEqual([]);
  });
});

describe('recipients listed after the colon of the line that introduces them', () => {
  it('reads each address of "The following recipients returned permanent errors: a, b."', () => {
    const report = explain('We had trouble delivering your message.\n\nThe following recipients returned permanent errors: ann@example.com, bob@example.net.\n');
    expect(report.recipients.map((r) => [r.address, r.hardBounce])).toEqual([
      ['ann@example.com', false],
      ['bob@example.net', false],
    ]);
  });
  it('reads a recipient after a bullet on the line that introduces it (its reason the server\'s reply below)', () => {
    const c = UNSEEN_NOTICES.find((x) => x.name.startsWith('Mimecast'))!;
    const report = explain(joinParagraphs(c.text));
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['bob@example.org', 'userunknown']]);
    expect(report.recipients[0].diagnostic).toMatch(/5\.4\.1 Recipient address rejected: Access denied/);
  });
  it('reads a listed recipient written "Name (address)", not a name alone or a sentence around it', () => {
    const lead = 'Delivery to the following recipients failed.\n\n';
    expect(explain(`${lead}Bob Example (bob@example.org)\n`).recipients.map((r) => r.address)).toEqual(['bob@example.org']);
    expect(explain(`${lead}Please write to help (help@example.org) today\n`).recipients.map((r) => r.address)).not.toContain('help@example.org');
  });
  it.each([
    ['a list of who receives an update', 'Newsletter\n\nThe following recipients will receive the update: ann@example.com, bob@example.net.\n'],
    ['a request to add users', 'Please add the following users: ann@example.com, bob@example.net\n'],
  ])('but not %s', (_what, text) => {
    expect(explain(text).recipients).toEqual([]);
  });
});
