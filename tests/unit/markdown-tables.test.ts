/**
 * A Markdown table of bounces (text/markdown.ts): written plain at the same length, so each row
 * reads as an address and its reply; text that is no table stays as it is.
 */
import { describe, expect, it } from 'vitest';
import { plainMarkdownAddresses } from '../../src/lib/core/text/markdown.ts';
import { explain } from '../../src/lib/core/index.ts';

const TABLE = `| Recipient | Error |
|---|---|
| a@example.org | 550 5.1.1 <a@example.org>: User unknown |
| b@example.net | 552 5.2.2 <b@example.net>: Mailbox full |

after the table | a pipe in prose
`;

describe('Markdown tables of bounces', () => {
  it('become plain rows at the same length, the delimiter row blank, prose after the table kept', () => {
    const out = plainMarkdownAddresses(TABLE);
    expect(out.length).toBe(TABLE.length);
    const lines = out.split('\n');
    expect(lines[0].trim()).toBe('Recipient   Error');
    expect(lines[1].trim()).toBe('');
    expect(lines[2].trim()).toBe('a@example.org   550 5.1.1 <a@example.org>: User unknown');
    expect(lines[5]).toBe('after the table | a pipe in prose');
  });

  it('a quoted table (">") keeps its quote marks', () => {
    const out = plainMarkdownAddresses('> | To | Error |\n> | :--- | ---: |\n> | a@example.org | 550 5.1.1 User unknown |\n');
    expect(out.split('\n')[1]).toMatch(/^> +$/);
    expect(out.split('\n')[2]).toMatch(/^> +a@example\.org +550 5\.1\.1 User unknown +$/);
  });

  it('text without a delimiter row is left alone', () => {
    const t = '| a@example.org | 550 5.1.1 User unknown |\n';
    expect(plainMarkdownAddresses(t)).toBe(t);
  });

  it('each row is its own recipient with its own reply', () => {
    const r = explain(TABLE);
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['a@example.org', 'userunknown'],
      ['b@example.net', 'mailboxfull'],
    ]);
  });
});
