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
