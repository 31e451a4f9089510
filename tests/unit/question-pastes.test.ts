/**
 * Forms of bounces pasted into questions (round wild24):
 * A Markdown table of bounces under a person's words (read/unwrap.ts tableBordersOut): each
 * row is its own recipient with its own reply; a lone bordered line among prose is no table.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { tableBordersOut } from '../../src/lib/core/read/unwrap.ts';

const QUESTION = `Here's a summary of the bounces from last night:

| Recipient | Error |
|---|---|
| a@example.org | 550 5.1.1 <a@example.org>: User unknown |
| b@example.net | 552 5.2.2 <b@example.net>: Mailbox full |

Should I remove both?
`;

describe('a Markdown table of bounces under a question', () => {
  it('is read row by row, each row from its first cell, the words around it kept', () => {
    const out = tableBordersOut(QUESTION)!;
    expect(out.split('\n')[0]).toBe("Here's a summary of the bounces from last night:");
    expect(out).toContain('a@example.org | 550 5.1.1');
    expect(out).toContain('Should I remove both?');
    const r = explain(QUESTION);
    expect(r.warnings.map((w) => w.code)).toContain('table-borders-taken-out');
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([
      ['a@example.org', 'userunknown', true],
      ['b@example.net', 'mailboxfull', false],
    ]);
  });

  it('needs its delimiter row when it does not open the text', () => {
    expect(tableBordersOut('Hello\n| a@example.org | 550 5.1.1 User unknown |\n| b@example.org | 550 5.1.1 User unknown |\nBye')).toBeNull();
  });
});

describe("a reply quoted inside a person's sentence", () => {
  it("names its recipient though the person's words before it hold 'from'", () => {
    const r = explain('The server answers (translating from Spanish): "550 5.1.1 the mailbox ventas@example.net does not exist". Why?\n');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['ventas@example.net', 'userunknown']]);
  });
  it('the words of the reply itself still make an address the sender', () => {
    const r = explain('550 5.7.1 Sender address <me@example.com> rejected: not permitted\n');
    expect(r.recipients.map((x) => x.address)).not.toContain('me@example.com');
  });
});
