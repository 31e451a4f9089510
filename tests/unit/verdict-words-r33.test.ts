/**
 * What the verdict page says (round words33): a cause pasted alone is not called a server's
 * words and gets no invented Action; a mail loop gets its own steps; Exim's "all relevant MX
 * records point to non-existent hosts" says the mail hosts are missing, not the domain; the
 * roll-up lines read as plain English.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { diagnosticWords } from '../../src/ui/verdict.ts';

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
