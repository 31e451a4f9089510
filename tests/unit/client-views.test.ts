/**
 * Blind round layout18 (tests/fixtures/client-views.ts): the visible text of bounces as mail
 * clients show them when copied (Gmail's web view, Outlook's flattened tables, Apple Mail's
 * delivery-status part as text, Thunderbird, a phone's narrow copy) and of MTAs, gateways and
 * forwarding services held least. Each must give the kind, the recipients and the verdict its
 * words support; where the words do not settle the cause the engine must say so, and no
 * address is a hard bounce unless the words say the address is bad. None may be firmly wrong.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { Report } from '../../src/lib/core/types.ts';
import { CLIENT_VIEWS } from '../fixtures/client-views.ts';
import type { VisibleLayout } from '../fixtures/visible-layouts.ts';
import { visibleFaults } from '../helpers/visible-faults.ts';
import { joinParagraphs, narrow } from '../helpers/views.ts';

/** The cases the engine does not read right yet, and why (each still not firmly wrong). */
const LEFT: Record<string, string> = {
  'addy-failed-delivery-alias-outbound':
    "addy.io's notice for an outbound reply names only the alias (the sender) and no recipient: a statement of failure that names an address the readers cannot place is read as no report (see the trust cases), so it is no report rather than a guess",
};

/** The client's header lines, a notice's "Mail from:" / "Sender:" and its help address name these: never a recipient. */
const NOT_RECIPIENTS = ['john@example.com', 'john@example.net', 'newsletter@example.net', 'postmaster@example.com'];

function faults(c: VisibleLayout, r: Report): { faults: string[]; firm: boolean } {
  return visibleFaults(c, r, NOT_RECIPIENTS);
}

describe('blind round layout18: visible text as mail clients show it', () => {
  it('are many, each with its own id and source, reserved names only', () => {
    expect(CLIENT_VIEWS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CLIENT_VIEWS.map((c) => c.id)).size).toBe(CLIENT_VIEWS.length);
    for (const c of CLIENT_VIEWS) expect(c.source.length, c.id).toBeGreaterThan(20);
    for (const c of CLIENT_VIEWS) {
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$|^googlemail\.com$/);
    }
  });

  it.each(CLIENT_VIEWS.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
  });

  it('none is firmly wrong', () => {
    const firm = CLIENT_VIEWS.flatMap((c) => {
      const f = faults(c, explain(c.text));
      return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
    });
    expect(firm).toEqual([]);
  });

  it('the ones not read right yet are exactly those listed', () => {
    const wrong = CLIENT_VIEWS.filter((c) => faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
    expect(wrong.sort()).toEqual(Object.keys(LEFT).sort());
  });
});

/** The ways a copy changes a visible text: each case must read the same in each. */
const COPIES: [string, (t: string) => string][] = [
  ['quoted with ">"', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n')],
  ['a blank line between all lines', (t) => t.replace(/\n/g, '\n\n')],
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['paragraphs joined', joinParagraphs],
  ['a 40-column view', narrow],
];

/** Copies not read right yet, and why (each still not firmly wrong). */
const LEFT_COPIES: Record<string, string> = {};

describe('blind round layout18: the same texts as copies change them', () => {
  const cases = COPIES.flatMap(([how, copy]) => CLIENT_VIEWS.filter((c) => !(c.id in LEFT)).map((c) => [`${c.id}, ${how}`, c, copy] as const));
  it.each(cases.filter(([name]) => !(name in LEFT_COPIES)))('%s', (_name, c, copy) => {
    expect(faults(c, explain(copy(c.text))).faults).toEqual([]);
  });
  it('the copies not read right yet are exactly those listed', () => {
    const wrong = cases.filter(([, c, copy]) => faults(c, explain(copy(c.text))).faults.length > 0).map(([name]) => name);
    expect(wrong.sort()).toEqual(Object.keys(LEFT_COPIES).sort());
  });
});

describe('blind round layout18: what the new readings do not claim', () => {
  it.each([
    'Email cannot be sent to bob@example.org from my phone, any idea why?\n',
    'Hi team,\n\nEmail cannot be sent to bob@example.org since this morning. Can someone look?\n\nThanks, Ann\n',
    'Email cannot be sent to bob@example.org\n',
  ])("a person's sentence about a failed send is no forwarding service's notice: %j", (t) => {
    const r = explain(t);
    expect(r.recipients.filter((x) => x.address === 'bob@example.org' && x.hardBounce)).toEqual([]);
    expect(r.kind).toBe('unknown');
  });

  it('help text that says what a failure "might mean" states no cause', () => {
    const r = explain('Email cannot be sent to shop@example.net from your alias a1@example.org\n\nThis might mean shop@example.net\n- is not a valid address, or\n- doesn\'t exist, or\n- its mail server refuses your email.\n');
    expect(r.recipients.map((x) => x.address)).toEqual(['shop@example.net']);
    expect(r.recipients[0].hardBounce).toBe(false);
    expect(r.recipients[0].confidence).toBe('low');
  });

  it("reads KumoMTA's log record: the reply's code, words and enhanced code", () => {
    const r = explain('{"type":"Bounce","recipient":"bob@example.org","response":{"code":550,"enhanced_code":{"class":5,"subject":2,"detail":2},"content":"Mailbox full","command":"RCPT TO:<bob@example.org>"},"bounce_classification":"QuotaIssues"}\n');
    expect(r.format).toBe('esp-events');
    expect(r.recipients.map((x) => [x.address, x.status, x.command, x.reason])).toEqual([['bob@example.org', '5.2.2', 'RCPT', 'mailboxfull']]);
  });
});

describe("blind round layout18: Gmail's conversation copied whole", () => {
  it('reads each of several Gmail notices with its own reply, and tells the notices apart', () => {
    const text = [
      'Address not found',
      '',
      "Your message wasn't delivered to ann@example.org because the address couldn't be found, or is unable to receive mail.",
      '',
      'The response from the remote server was:',
      '',
      '550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in local recipient table',
      '',
      'Recipient inbox full',
      '',
      "Your message couldn't be delivered to bob@example.net. Their inbox is full, or it's getting too much mail right now.",
      '',
      'The response from the remote server was:',
      '',
      '552 5.2.2 <bob@example.net>: Mailbox full',
      '',
    ].join('\n');
    const r = explain(text);
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([
      ['ann@example.org', 'userunknown', true],
      ['bob@example.net', 'mailboxfull', false],
    ]);
    expect(r.recipients[0].confidence).toBe('high');
  });

  it('one notice whose reply is quoted twice is still one recipient', () => {
    const text = "Address not found\n\nYour message wasn't delivered to ann@example.org because the address couldn't be found.\n\nThe response from the remote server was:\n\n550 5.1.1 <ann@example.org>: User unknown\n\nThe response was:\n\n550 5.1.1 User unknown\n";
    expect(explain(text).recipients.map((x) => x.address)).toEqual(['ann@example.org']);
  });
});
