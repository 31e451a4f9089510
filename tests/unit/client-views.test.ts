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
import { CLIENT_VIEWS } from '../fixtures/client-views.ts';
import { visibleRound } from '../helpers/visible-round.ts';

visibleRound({
  round: 'blind round layout18',
  title: 'visible text as mail clients show it',
  cases: CLIENT_VIEWS,
  atLeast: 60,
  left: {
    'addy-failed-delivery-alias-outbound':
      "addy.io's notice for an outbound reply names only the alias (the sender) and no recipient: a statement of failure that names an address the readers cannot place is read as no report (see the trust cases), so it is no report rather than a guess",
  },
  leftCopies: {},
  // The client's header lines, a notice's "Mail from:" / "Sender:" and its help address name these: never a recipient.
  notRecipients: ['john@example.com', 'john@example.net', 'newsletter@example.net', 'postmaster@example.com'],
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
