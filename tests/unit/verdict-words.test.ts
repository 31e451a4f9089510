/** The page's words from a Report: groups, roll-up lines, permanence words, the plain-text summary, links. */
import { describe, expect, it } from 'vitest';
import { addressWords, CLEARS_WITH_TIME, groupRecipients, groupSteps, NEVER_WORKS, permanenceWords, providerMeaningWords, rollupLine, rollupLines, summaryText } from '../../src/ui/verdict.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';
import { linkPieces } from '../../src/ui/links.ts';
import { explain } from '../../src/lib/core/index.ts';
import { EXAMPLES } from '../../src/ui/examples/index.ts';
import { makeRecipient, makeReport } from '../helpers/report.ts';

const example = (id: string) => explain(EXAMPLES.find((e) => e.id === id)?.text ?? '');

describe('grouping by verdict', () => {
  it('puts recipients with the same verdict on one card, and speaks of them all', () => {
    const report = example('two-unknown');
    const groups = groupRecipients(report);
    expect(groups).toHaveLength(1);
    expect(groups[0].members).toEqual([0, 1]);
    expect(rollupLine(groups[0])).toBe('2 addresses do not exist');
    expect(addressWords(groups[0].lead, 2)).toBe('Remove these addresses');
    expect(groupSteps(groups[0]).sender[0].text).toBe('Remove each of these addresses from your list or address book: mail sent there will never arrive.');
  });

  it('a forward whose target refused: the badge keeps the address written, not the card\'s target', () => {
    const notice = [
      '   ----- The following addresses had permanent fatal errors -----',
      'nobody@example.net',
      '    (reason: 550 5.1.1 <nobody@example.net>... User Unknown)',
      '    (expanded from: <alias@example.org>)',
      '',
    ].join('\n');
    const [r] = explain(notice).recipients;
    expect(r).toMatchObject({ address: 'nobody@example.net', originalRecipient: 'alias@example.org', hardBounce: false });
    expect(addressWords(r)).toBe('Keep the address you wrote');
    // The same recipient with no forward: the address on the card is the one to keep.
    expect(addressWords({ ...r, originalRecipient: null })).toBe('Keep this address');
  });

  it('keeps different verdicts apart, the most pressing first', () => {
    const report = makeReport({
      recipients: [
        makeRecipient({ address: 'a@example.org', headline: { text: 'Deferred', tone: 'temporary' }, permanent: false, hardBounce: false, reason: 'mailboxfull' }),
        makeRecipient({ address: 'b@example.org' }),
        makeRecipient({ address: 'c@example.org', actions: [{ audience: 'sender', text: 'Remove c@example.org.' }] }),
        makeRecipient({ address: 'd@example.org', actions: [{ audience: 'sender', text: 'Remove d@example.org.' }] }),
      ],
    });
    const groups = groupRecipients(report);
    expect(groups.map((g) => g.members)).toEqual([[1], [2, 3], [0]]);
    expect(rollupLine(groups[2])).toBe('1 deferred — the sending server will retry');
  });
});

describe('roll-up lines', () => {
  it('tell apart two groups of the same reason that differ in what resending does', () => {
    const full = { reason: 'mailboxfull' as const, hardBounce: false, title: "Recipient's mailbox is full", headline: { text: 'The mailbox is full', tone: 'sender-fix' as const } };
    const report = makeReport({
      recipients: [
        makeRecipient({ address: 'a@example.org', ...full, permanent: false }),
        makeRecipient({ address: 'b@example.org', ...full, permanent: null }),
        makeRecipient({ address: 'c@example.org', reason: 'userunknown' }),
      ],
    });
    const groups = groupRecipients(report);
    expect(groups).toHaveLength(3);
    const lines = rollupLines(groups);
    expect(new Set(lines).size).toBe(3);
    expect(lines).toContain('1 recipient: their mailbox is full — a later attempt can succeed');
    expect(lines).toContain('1 recipient: their mailbox is full — unknown whether resending will work');
    // A line no other group shares stays as it is.
    expect(lines).toContain(rollupLine(groups.find((g) => g.lead.reason === 'userunknown')!));
  });
});

describe('permanence words follow the headline', () => {
  it.each([
    [{ headline: { text: '', tone: 'temporary' as const }, permanent: false }, 'Temporary — the server will retry'],
    [{ headline: { text: '', tone: 'sender-fix' as const }, permanent: false }, 'Not delivered — a later attempt can succeed'],
    [{ headline: { text: '', tone: 'address-bad' as const }, permanent: true }, 'Permanent — resending will fail'],
    [{ headline: { text: '', tone: 'sender-fix' as const }, permanent: true, reason: 'expired' as const }, 'Not delivered — the server gave up retrying'],
    // 552 5.2.2: the steps say "resend later", so the badge must not say resending will fail.
    [{ headline: { text: '', tone: 'sender-fix' as const }, permanent: true, hardBounce: false, reason: 'mailboxfull' as const }, 'Not delivered — the server gave up; resend later'],
    [{ headline: { text: '', tone: 'sender-fix' as const }, permanent: true, hardBounce: false, reason: 'blocked' as const }, 'Permanent — resending fails until the cause is fixed'],
    // An unknown user held back from "remove" (low confidence) still fails when resent.
    [{ headline: { text: '', tone: 'unknown' as const }, permanent: true, hardBounce: false, reason: 'userunknown' as const }, 'Permanent — resending will fail'],
    [{ headline: { text: '', tone: 'not-failure' as const }, permanent: null }, 'Not a failure'],
    [{ headline: { text: '', tone: 'unknown' as const }, permanent: null }, 'Unknown whether resending will work'],
  ])('%o', (over, words) => {
    expect(permanenceWords(makeRecipient(over))).toBe(words);
  });
});

describe('what resending does, by reason', () => {
  it('knows the same reasons as the knowledge: causes that clear with time, and causes no fix mends', () => {
    const ids = (retry: string) => Object.values(REASONS).filter((r) => r.retry === retry).map((r) => r.id).sort();
    expect([...CLEARS_WITH_TIME].sort()).toEqual(ids('later'));
    expect([...NEVER_WORKS].sort()).toEqual(ids('no'));
  });

  it('a full mailbox refused with 552 5.2.2 does not say resending will fail on the page', () => {
    const report = explain('552 5.2.2 <ann@example.com>: Mailbox full, quota exceeded');
    const r = report.recipients[0];
    expect(r.reason).toBe('mailboxfull');
    expect(r.permanent).toBe(true);
    expect(permanenceWords(r)).toBe('Not delivered — the server gave up; resend later');
    expect(r.actions.map((s) => s.text).join(' ')).toMatch(/resend later/i);
  });

  it('a bare reply pasted alone is one server\'s answer: refused, not "the server gave up"', () => {
    // The same 552 5.2.2 as a bare reply, QQ Mail's bare 550 (a cause that clears with time), and the same reply inside a final notice.
    const bare = explain('552 5.2.2 <ann@example.com>: Mailbox full, quota exceeded');
    expect(bare.kind).toBe('smtp-reply');
    expect(permanenceWords(bare.recipients[0], bare.kind)).toBe('Refused — resending later may work');
    expect(summaryText(bare)).toContain('Refused — resending later may work. Keep this address.');
    expect(summaryText(bare)).not.toMatch(/gave up/);
    const qq = explain('550 Mailbox unavailable or access denied [MN+DmoaaWo4I8IrEBU3Il5nyF8hsBQn8oR4L2UlTF3gIvhU3BYj+TeaB]. https://service.mail.qq.com/detail/122/166');
    expect([qq.kind, qq.recipients[0].reason, qq.recipients[0].permanent]).toEqual(['smtp-reply', 'speeding', true]);
    expect(permanenceWords(qq.recipients[0], qq.kind)).toBe('Refused — resending later may work');
    // A bare 5xx whose cause does not clear with time keeps its words: the code says permanent.
    const unknown = explain('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(permanenceWords(unknown.recipients[0], unknown.kind)).toBe('Permanent — resending will fail');
    const notice = explain(
      [
        'This is the mail system at host mx.example.net.',
        '',
        "I'm sorry to have to inform you that your message could not",
        'be delivered to one or more recipients.',
        '',
        '<ann@example.com>: host mx.example.com[192.0.2.25] said: 552 5.2.2 <ann@example.com>:',
        '    Mailbox full, quota exceeded (in reply to RCPT TO command)',
        '',
      ].join('\n'),
    );
    expect(notice.kind).not.toBe('smtp-reply');
    expect([notice.recipients[0].reason, notice.recipients[0].permanent]).toEqual(['mailboxfull', true]);
    expect(permanenceWords(notice.recipients[0], notice.kind)).toBe('Not delivered — the server gave up; resend later');
    expect(summaryText(notice)).toContain('Not delivered — the server gave up; resend later.');
  });

  it('roll-up lines that need the resend words say them for a bare reply too', () => {
    const two = explain('552 5.2.2 Mailbox full, quota exceeded');
    const groups = groupRecipients(two);
    const twice = [groups[0], { ...groups[0], lead: { ...groups[0].lead, permanent: null } }];
    expect(rollupLines(twice, two.kind)[0]).toMatch(/ — resending later may work$/);
    expect(rollupLines(twice, 'dsn')[0]).toMatch(/ — the server gave up; resend later$/);
  });
});

describe("the provider's own meaning", () => {
  it('does not say the provider twice when the note opens with its short name', () => {
    expect(providerMeaningWords({ provider: 'Gmail / Google Workspace', text: 'Gmail: the account does not exist' })).toBe('Gmail / Google Workspace: the account does not exist');
    expect(providerMeaningWords({ provider: 'Microsoft 365 / Outlook.com', text: "Microsoft: the recipient's mailbox is over its storage quota" })).toBe("Microsoft 365 / Outlook.com: the recipient's mailbox is over its storage quota");
    // A note that opens with someone else's name, or with no name, keeps its words.
    expect(providerMeaningWords({ provider: 'Mimecast', text: 'Spamhaus: the IP is listed' })).toBe('Mimecast: Spamhaus: the IP is listed');
    expect(providerMeaningWords({ provider: 'Mimecast', text: 'the sender is on a block list' })).toBe('Mimecast: the sender is on a block list');
  });

  it('names Microsoft once for a real Exchange reply', () => {
    const report = explain('554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException');
    const meaning = report.recipients[0].providerMeaning;
    expect(meaning).not.toBeNull();
    expect(providerMeaningWords(meaning!)).not.toMatch(/^([^:]+): \1/);
    expect(providerMeaningWords(meaning!).match(/Microsoft/g)).toHaveLength(1);
  });
});

describe('the plain-text summary', () => {
  it('starts with the headline and lists the steps for each audience', () => {
    const report = example('spamhaus');
    const text = summaryText(report);
    const lines = text.split('\n');
    expect(lines[0]).toBe(report.headline?.text);
    expect(text).toContain('What you can do:\n1. ');
    expect(text).toContain('For your email admin:\n1. 192.0.2.1 is listed');
    expect(text).toContain('Codes: 554 5.7.1');
  });
});

describe('links in steps', () => {
  it('links https URLs, without trailing punctuation', () => {
    expect(linkPieces('See https://example.com/a?b=1. Then go.')).toEqual([
      { text: 'See ' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
      { text: '. Then go.' },
    ]);
  });

  it('never links a value quoted from the bounce, http, or a URL with credentials', () => {
    const text = 'Remove https://evil.example.net/x from the list; http://plain.example.com; https://user:pw@example.com/';
    expect(linkPieces(text, ['https://evil.example.net/x']).filter((p) => p.href)).toEqual([]);
  });

  it('links an engine-made checker URL that carries a quoted value', () => {
    const text = '192.0.2.1 is listed: check it at https://check.example.com/?ip=192.0.2.1.';
    expect(linkPieces(text, ['192.0.2.1']).filter((p) => p.href).map((p) => p.href)).toEqual(['https://check.example.com/?ip=192.0.2.1']);
  });
});
