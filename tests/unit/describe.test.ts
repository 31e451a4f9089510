/**
 * The words agree: for every reason, permanence, stated action and kind of input, the
 * headline, the owner, the summary and the steps say the same thing.
 */
import { describe as group, expect, it } from 'vitest';
import { describe, statedPermanence, verdictOf, DEFERRED_HEADLINE, type DescribeInput } from '../../src/lib/core/describe.ts';
import { REASON_IDS, type ReasonId } from '../../src/lib/core/types.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';
import { PROVIDERS } from '../../src/lib/knowledge/providers/index.ts';
import { explain } from '../../src/lib/core/index.ts';

const CODES = [
  { status: '5.0.0', replyCode: '550' },
  { status: '4.0.0', replyCode: '451' },
  { status: null, replyCode: null },
] as const;
const ACTIONS = [null, 'failed', 'delayed'] as const;

function input(reason: ReasonId, over: Partial<DescribeInput> = {}): DescribeInput {
  return {
    address: 'someone@example.org',
    reason,
    confidence: 'high',
    status: null,
    replyCode: null,
    action: null,
    command: null,
    remoteMta: null,
    diagnosticLower: '',
    provider: null,
    rule: null,
    ...over,
  };
}

const cases = REASON_IDS.flatMap((reason) =>
  CODES.flatMap((codes) =>
    ACTIONS.flatMap((action) => [true, false].map((bare) => ({ reason, ...codes, action, bare }))),
  ),
);

group('verdict words agree', () => {
  it.each(cases)('$reason $status $action bare=$bare', ({ reason, status, replyCode, action, bare }) => {
    const given = input(reason, { status, replyCode, action, bare });
    const d = describe(given);
    const info = REASONS[reason];
    const stated = statedPermanence(given);
    const verdict = verdictOf(reason, stated, action, bare);
    // Where the bounce states no permanence, the reason's own default fills it in, and the
    // words say "usually" rather than claim it: only in a notice, never for a bare reply.
    if (stated === null && d.permanent !== null) {
      expect(bare).toBe(false);
      expect(d.permanent).toBe(info.retry === 'after-fix');
      if (d.permanent === false) expect(d.summary).toMatch(/usually temporary/);
    }
    const sender = d.actions.filter((s) => s.audience === 'sender').map((s) => s.text);
    const all = d.actions.map((s) => s.text);
    const headline = d.headline.text;

    // Something to do, first for the sender; no step twice.
    expect(sender.length).toBeGreaterThan(0);
    expect(d.actions[0].audience).toBe('sender');
    expect(new Set(all).size).toBe(all.length);
    for (const text of [headline, d.summary, ...all]) expect(text).not.toMatch(/\{(?:server|address)\}/);

    if (verdict === 'not-failure') {
      expect(d.headline.tone).toBe('not-failure');
      expect(headline).toMatch(/not a bounce/);
      expect(d.hardBounce).toBe(false);
      expect(d.permanent).toBeNull();
      return;
    }
    expect(headline).not.toMatch(/not a bounce/);

    if (verdict === 'deferred') {
      // A reply the server will retry is deferred: never failed, never a bounce, nothing to remove.
      expect(headline).toBe(DEFERRED_HEADLINE);
      expect(d.headline.tone).toBe('temporary');
      expect(d.owner).toBe('nobody');
      expect(d.hardBounce).toBe(false);
      expect(sender[0]).toMatch(/^Nothing to do yet/);
      // (The reason's own title may say "failed", as in "Sender authentication failed": that is the cause.)
      const summary = d.summary.replace(new RegExp(info.title.replace(/[()]/g, '.'), 'i'), '');
      for (const text of [headline, summary, ...sender]) expect(text).not.toMatch(/\bfailed\b|\bbounce[ds]?\b(?! notice)/i);
      for (const text of all) expect(text).not.toMatch(/\bremove\b.*\blist\b|\bgave up\b/i);
      return;
    }

    expect(d.headline.tone).not.toBe('temporary');
    expect(headline).not.toMatch(/^Deferred|will retry/);
    if (verdict === 'gave-up') {
      expect(headline).toMatch(/gave up/);
      expect(d.summary).toMatch(/gave up|gives up|stopped/);
    }
    if (d.permanent === true) expect(d.summary).not.toMatch(/temporary/i);

    // Who must act is who the headline and the first steps name.
    if (d.hardBounce) {
      expect(d.headline.tone).toBe('address-bad');
      expect(headline).toMatch(/remove|update/);
      expect(sender[0]).toMatch(/Remove|address|@/);
    } else {
      expect(headline).not.toMatch(/remove it from your list/);
    }
    if (d.owner === 'sender-admin') {
      expect(headline).toMatch(/mail admin/);
      expect(sender.slice(0, 2).join(' ')).toMatch(/email admin|mail admin|provider/);
      expect(d.actions.some((s) => s.audience === 'admin')).toBe(true);
    } else {
      expect(headline).not.toMatch(/your mail admin must/);
    }
    if (d.owner === 'recipient' || d.owner === 'recipient-admin') {
      expect(headline).toMatch(/recipient|them/);
      expect(sender.slice(0, 2).join(' ')).toMatch(/recipient/);
    }
    if (info.owner === d.owner && info.hardBounce === d.hardBounce) expect(headline).toContain(info.todo);
  });

  it('a permanent userunknown says the address does not exist and to remove it', () => {
    const d = describe(input('userunknown', { status: '5.1.1', replyCode: '550' }));
    expect(d.headline).toEqual({ text: 'The address does not exist — remove it from your list', tone: 'address-bad' });
    expect(d.actions[0]).toEqual({ audience: 'sender', text: 'Remove someone@example.org from your list or address book: mail sent there will never arrive.' });
  });

  it('names the provider that refused an unauthenticated message', () => {
    const google = PROVIDERS.find((p) => p.id === 'google') ?? null;
    const d = describe(input('authfailure', { status: '5.7.26', replyCode: '550', provider: google }));
    expect(d.headline.text).toBe('Gmail refused the message because your domain is not authenticated — your mail admin must fix SPF/DKIM');
    expect(d.owner).toBe('sender-admin');
  });

  it('a delay notice is deferred, with nothing to do yet', () => {
    const d = describe(input('mailboxfull', { status: '4.2.2', action: 'delayed' }));
    expect(d.headline.text).toBe(DEFERRED_HEADLINE);
    expect(d.summary).toMatch(/^Delivery to someone@example.org is deferred/);
    expect(d.actions[0].text).toMatch(/^Nothing to do yet/);
  });

  it('a final notice after temporary answers says the server gave up', () => {
    const d = describe(input('mailboxfull', { status: '4.2.2', action: 'failed' }));
    expect(d.headline.text).toMatch(/^The sending server gave up retrying/);
    const expired = describe(input('expired', { status: '4.4.7', action: 'failed' }));
    expect(expired.headline.text).toMatch(/^The sending server gave up/);
  });

  it('a named blocklist gives the listed IP and the lookup page; no list, no look-up step', () => {
    const listed = explain('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org').recipients[0];
    expect(listed.headline.text).toMatch(/listed on Spamhaus.* — your mail admin must get it delisted$/);
    const admin = listed.actions.filter((s) => s.audience === 'admin').map((s) => s.text);
    expect(admin[0]).toMatch(/^192\.0\.2\.1 is listed on Spamhaus.*: check it at https:\/\/check\.spamhaus\.org/);
    expect(listed.actions[0].text).toMatch(/^Forward this bounce to your email admin.*your sending server is listed on Spamhaus/);

    const unnamed = describe(input('blocked', { status: '5.7.1', replyCode: '554', diagnosticLower: '554 5.7.1 access denied', blocklist: null }));
    expect(unnamed.headline.text).not.toMatch(/listed|blocklist/);
    for (const step of unnamed.actions) expect(step.text).not.toMatch(/look .* up on|check it at/i);
  });

  it('a refused blocklist lookup is the receiver’s to fix, and nothing is said to be listed', () => {
    const r = explain('554 5.7.1 Service unavailable; Client host [198.51.100.35] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/203.0.113.5/').recipients[0];
    expect(r.owner).toBe('recipient-admin');
    expect(r.headline.text).toMatch(/lookup failed .*nothing of yours is listed.* — the recipient's mail admin must fix it/);
    expect(r.actions[0].text).toMatch(/recipient/);
  });

  it('a lookup page taken from the bounce for a list we do not know is not passed on as a link', () => {
    const d = describe(
      input('blocked', {
        status: '5.7.1',
        replyCode: '554',
        blocklist: {
          id: 'dnsbl',
          name: 'bl.example.net',
          listed: { type: 'ip', value: '198.51.100.7' },
          lookup: 'https://lookup.example.net/?ip=198.51.100.7',
          owner: 'sender-admin',
          note: 'Listed.',
          start: 0,
          end: 0,
        },
      }),
    );
    const admin = d.actions.filter((s) => s.audience === 'admin').map((s) => s.text);
    expect(admin[0]).toBe('198.51.100.7 is listed on bl.example.net: the bounce links to the list’s own page.');
    for (const step of d.actions) expect(step.text).not.toContain('https://lookup.example.net');
  });

  it('names the domain whose authentication failed', () => {
    const d = describe(
      input('authfailure', {
        status: '5.7.26',
        replyCode: '550',
        authentication: [{ method: 'spf', result: 'fail', subject: 'example.com', from: 'reply', start: 0, end: 0 }],
      }),
    );
    expect(d.actions.find((s) => s.audience === 'admin')?.text).toBe(
      "SPF failed for example.com: add the server or service that sent this message to example.com's SPF record.",
    );
  });
});

group('a read receipt', () => {
  it('says it is a read receipt, that the message was delivered, and that nothing is to be done', () => {
    for (const text of [
      'Your message\n\n    To: Hugh Example\n    Subject: Proposal\n\nwas read on Tuesday, 1 December 2026 10:45:03 (UTC+00:00).\n',
      'Reporting-UA: mail.example.org\nFinal-Recipient: rfc822;hugh@example.org\nDisposition: manual-action/MDN-sent-automatically; displayed\n',
    ]) {
      const r = explain(text);
      expect(r.kind).toBe('read-receipt');
      const [x] = r.recipients;
      expect(x.headline.text).toBe('A read receipt, not a bounce: the message was delivered — nothing to do');
      expect(x.summary).toMatch(/^This is a read receipt \(RFC 8098\)/);
      expect(x.actions.map((a) => a.text)).toEqual(["Nothing needs to be done: the message was delivered, and the recipient's mail program sent this receipt."]);
      expect(x.hardBounce).toBe(false);
    }
  });
});

group('permanence a notice does not state', () => {
  const notice = (line: string) =>
    `This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<someone@example.org>: ${line}\n`;

  it('a refusal that lasts until its cause is fixed is permanent, without a code', () => {
    const r = explain(notice('message rejected as spam by the content filter')).recipients[0];
    expect(r.reason).toBe('spamdetected');
    expect(r.permanent).toBe(true);
    expect(r.hardBounce).toBe(false);
    expect(r.summary).not.toMatch(/temporary/);
  });

  it('a network fault is usually temporary, said as "usually", and the server is not said to have retried', () => {
    const r = explain(notice('connect to mx.example.org[192.0.2.45]:25: Connection refused')).recipients[0];
    expect(r.reason).toBe('networkerror');
    expect(r.permanent).toBe(false);
    expect(r.summary).toMatch(/usually temporary: a later attempt can succeed/);
    expect(r.summary).not.toMatch(/gave up|after retrying/);
    expect(r.headline.text).not.toMatch(/gave up/);
  });

  it('a full mailbox without a code stays unknown: services disagree', () => {
    const r = explain(notice('mailbox is full')).recipients[0];
    expect(r.reason).toBe('mailboxfull');
    expect(r.permanent).toBeNull();
  });

  it('a code still decides over the default', () => {
    const r = explain(notice('host mx.example.org[192.0.2.45] said: 554 5.4.0 network error, giving up')).recipients[0];
    expect(r.permanent).toBe(true);
  });
});
