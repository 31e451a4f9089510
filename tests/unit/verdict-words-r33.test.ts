/**
 * What the verdict page says (round words33): a cause pasted alone is not called a server's
 * words and gets no invented Action; a mail loop gets its own steps; Exim's "all relevant MX
 * records point to non-existent hosts" says the mail hosts are missing, not the domain; the
 * roll-up lines read as plain English.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { addressWords, diagnosticWords, groupRecipients, permanenceWords, rollupLine, type Group } from '../../src/ui/verdict.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';
import { GREYLISTED } from '../../src/lib/knowledge/greylisting.ts';
import { MAIL_LOOP } from '../../src/lib/knowledge/mail-loops.ts';
import { ROW_WORDINGS } from '../../src/lib/knowledge/row-wordings.ts';
import type { ReasonId } from '../../src/lib/core/types.ts';
import { makeRecipient } from '../helpers/report.ts';

describe('a cause pasted alone', () => {
  const texts = ['Mailbox full', 'User unknown', 'Error: User unknown', 'Bounce reason: mailbox is full', 'Benutzer unbekannt'];
  for (const text of texts) {
    it(`"${text}": no Action, and no claim that a server said it`, () => {
      const [r] = explain(text).recipients;
      expect(r).toBeDefined();
      expect(r.action).toBeNull();
      expect(r.trail.map((t) => t.note).join(' | ')).not.toMatch(/server said/);
      expect(r.trail[0].note).toMatch(/^the words pasted say "/);
      expect(diagnosticWords(r)).toBe('the words pasted');
    });
  }

  it("a server's reply keeps its Action and is called the server's own words", () => {
    const [r] = explain('550 5.2.2 Mailbox full').recipients;
    expect(r.action).toBe('failed');
    expect(r.trail[0].note).toMatch(/^the server said "/);
    expect(diagnosticWords(r)).toBe("the server's own words");
  });
});

describe('a mail loop gets its own steps: a configuration fix, not "resend later"', () => {
  const loops = [
    '550 5.4.6 mail for user@example.org loops back to myself',
    '554 5.4.0 Too many hops',
    '554 5.4.14 Hop count exceeded - possible mail loop ATTR34',
    '550 5.4.6 Routing loop detected -- too many Received: headers',
    'Hop count exceeded - possible mail loop',
    'routing loop detected',
    '554 5.4.6 Too many hops 26 (25 max): from <a@example.com> via localhost, to <b@example.org>',
  ];
  for (const text of loops) {
    it(text, () => {
      const [r] = explain(text).recipients;
      expect(r.reason).toBe('networkerror');
      const all = [r.headline.text, ...r.actions.map((a) => a.text)].join(' | ');
      expect(all).not.toMatch(/resend later/i);
      expect(r.headline.text).toMatch(/mail loop/);
      expect(r.actions.some((a) => a.audience === 'admin' && /Received lines/.test(a.text))).toBe(true);
      expect(r.hardBounce).toBe(false);
    });
  }

  it('a network fault that is no loop keeps its own advice', () => {
    const [r] = explain('554 5.4.4 Unable to route to host: no route to host').recipients;
    expect(r.reason).toBe('networkerror');
    expect(r.headline.text).not.toMatch(/loop/);
    expect(r.actions.map((a) => a.text).join(' ')).not.toMatch(/loop/);
  });

  it('"loopback" is no loop', async () => {
    const { isMailLoop } = await import('../../src/lib/core/describe.ts');
    expect(isMailLoop({ reason: 'networkerror', status: null, diagnosticLower: 'connect to 127.0.0.1 (loopback) refused' })).toBe(false);
    expect(isMailLoop({ reason: 'networkerror', status: '5.4.6', diagnosticLower: 'no route' })).toBe(true);
    expect(isMailLoop({ reason: 'userunknown', status: null, diagnosticLower: 'mail loop' })).toBe(false);
  });
});

const exim = (words: string) =>
  [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  someone@example.org',
    `    ${words}`,
    '',
  ].join('\n');

describe("Exim's mail hosts that cannot be found: the domain exists", () => {
  for (const words of ['all relevant MX records point to non-existent hosts', 'all host address lookups failed permanently']) {
    it(words, () => {
      const report = explain(exim(words));
      const [r] = report.recipients;
      expect(r.reason).toBe('hostunknown');
      expect(r.hardBounce).toBe(false);
      const said = [r.title, r.headline.text, r.summary, ...r.actions.map((a) => a.text)].join(' | ');
      expect(said).not.toMatch(/domain (?:probably )?does not exist|domain is confirmed gone|remove it/i);
      expect(r.headline.text).toMatch(/^Not sure why this failed: perhaps the mail servers named for the recipient's domain cannot be found — if so, tell the recipient another way/);
      expect(r.summary).not.toMatch(/do not settle it|Paste the whole bounce/);
      expect(r.actions.map((a) => a.text).join(' ')).not.toMatch(/Paste the whole bounce/);
      expect(r.owner).toBe('recipient-admin');
      // The page's badges agree with the steps, which keep the address.
      expect(addressWords(r)).toBe('Keep this address');
      expect(permanenceWords(r, report.kind)).toBe('Permanent — resending fails until the cause is fixed');
    });
  }

  it('a domain that does not exist still says so', () => {
    const [r] = explain('550 5.1.2 <someone@example.org>: Recipient address rejected: Domain not found').recipients;
    expect(r.reason).toBe('hostunknown');
    expect(r.title).toBe('Recipient domain does not exist');
  });
});

describe("a mail loop's badge does not say to resend later", () => {
  it('a 5.4.6 loop in a notice is permanent until fixed', () => {
    const report = explain(exim('Too many "Received" headers - suspected mail loop'));
    const [r] = report.recipients;
    expect(r.reason).toBe('networkerror');
    expect(permanenceWords(r, report.kind)).toBe('Permanent — resending fails until the cause is fixed');
  });

  it('a network fault that is no loop still clears with time', () => {
    const report = explain(exim('No route to host'));
    const [r] = report.recipients;
    if (r.reason !== 'networkerror') throw new Error(`read as ${r.reason}`);
    expect(permanenceWords(r, report.kind)).toMatch(/resend later/);
  });
});

describe('the roll-up lines read as plain English, for every reason and wording', () => {
  const group = (reason: ReasonId, title: string, n: number): Group => {
    const lead = makeRecipient({ reason, title, hardBounce: false, permanent: true, headline: { text: 'h', tone: 'sender-fix' } });
    const recipients = Array.from({ length: n }, (_, i) => ({ ...lead, address: `m${i}@example.org` }));
    return { members: recipients.map((_, i) => i), recipients, lead: recipients[0], tone: 'sender-fix' };
  };
  const titles: [ReasonId, string][] = [
    ...Object.values(REASONS).map((info): [ReasonId, string] => [info.id, info.title]),
    ['blocked', GREYLISTED.title],
    ['networkerror', MAIL_LOOP.title],
    ...Object.values(ROW_WORDINGS).map((w): [ReasonId, string] => ['hostunknown', w.title]),
  ];
  for (const [reason, title] of titles) {
    it(`${reason}: ${title}`, () => {
      for (const n of [1, 17]) {
        const line = rollupLine(group(reason, title, n));
        const words = line.slice(line.indexOf(': ') + 2);
        // No "recipient's" (the line is about the recipients themselves), nothing capitalised
        // mid-sentence but a name, and the verb agrees with the number.
        expect(words).not.toMatch(/\brecipient(?:'s|s')?\b/i);
        expect(words[0]).toBe(words[0].toLowerCase());
        if (n > 1) expect(words).not.toMatch(/\btheir [a-z' ]+?(?:box|account|domain|filter) (?:is|has|does|accepts)\b/);
        if (n === 1) expect(words).not.toMatch(/\b(?:mailboxes|accounts|domains|addresses|replies) (?:are|have|do)\b/);
      }
    });
  }

  it('a full mailbox and a disabled account, 17 of each', () => {
    expect(rollupLine(group('mailboxfull', REASONS.mailboxfull.title, 17))).toBe('17 recipients: their mailboxes are full');
    expect(rollupLine(group('mailboxfull', REASONS.mailboxfull.title, 1))).toBe('1 recipient: their mailbox is full');
    expect(rollupLine(group('suspend', REASONS.suspend.title, 17))).toBe('17 recipients: their accounts are disabled');
  });

  it('a wording that replaces the reason says its own words, not the reason\'s', () => {
    expect(rollupLine(group('blocked', GREYLISTED.title, 2))).toBe('2 recipients: greylisted, delayed on purpose until a retry');
    expect(rollupLine(group('hostunknown', ROW_WORDINGS['decision.mail-hosts-not-in-dns'].title, 2))).toBe("2 recipients: their domains' mail servers cannot be found");
  });

  it('in a real report of several groups', () => {
    const dsn = [
      'Reporting-MTA: dns; mail.example.com',
      '',
      ...['a', 'b'].flatMap((x) => [`Final-Recipient: rfc822; ${x}@example.org`, 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', '']),
      'Final-Recipient: rfc822; c@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
      '',
    ].join('\n');
    const lines = groupRecipients(explain(dsn)).map(rollupLine);
    expect(lines).toContain('2 recipients: their mailboxes are full');
  });
});
