/**
 * Forms of bounces pasted into questions (round wild24):
 * A Markdown table of bounces under a person's words (read/unwrap.ts tableBordersOut): each
 * row is its own recipient with its own reply; a lone bordered line among prose is no table.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { plainMarkdownAddresses } from '../../src/lib/core/text/markdown.ts';
import { logPrefixesOut, tableBordersOut } from '../../src/lib/core/read/unwrap.ts';

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

describe('a table quoted with ">"', () => {
  it('is read row by row', () => {
    const r = explain('My boss sent me this:\n\n> | Email | Result |\n> |---|---|\n> | p1@example.org | 550 5.1.1 User unknown |\n> | q2@example.org | 554 5.7.1 Relay access denied |\n');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['p1@example.org', 'userunknown'],
      ['q2@example.org', 'norelaying'],
    ]);
  });
});

describe('a notice logged line by line, a log prefix on every line', () => {
  const NOTICE = [
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '  sven@example.org',
    '    retry timeout exceeded',
  ];
  it.each([
    ['journald', 'Mar 03 09:14:20 mx1 bouncewatch[812]: '],
    ['syslog', 'Mar  3 09:14:20 mx1 bouncewatch: '],
    ['an RFC 3339 time stamp', '2026-03-03T09:14:20.101Z '],
    ['docker compose', 'mailer  | '],
  ])('%s', (_name, prefix) => {
    const r = explain(NOTICE.map((l) => prefix + l).join('\n') + '\n');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['sven@example.org', 'expired']]);
  });
  it('lines of different prefixes, or too few, are left as they stand', () => {
    expect(logPrefixesOut('Mar 03 09:14:20 mx1 a[1]: one\n2026-03-03T09:14:20Z two\nMar 03 09:14:20 mx1 a[1]: three\n')).toBeNull();
    expect(logPrefixesOut('Mar 03 09:14:20 mx1 a[1]: one\nMar 03 09:14:20 mx1 a[1]: two\n')).toBeNull();
    expect(logPrefixesOut('mailer  | one\nmailer  | two\nmailer  | three\n')).toBe('one\ntwo\nthree\n');
  });
});

describe("a Markdown editor's escapes in an address", () => {
  it('"first\\_last@example.org" reads as first_last@example.org, at the same length', () => {
    const t = '<first\\_last@example.org>: host mx.example.org[192.0.2.31] said: 550 5.1.1 <a\\*b@example.org>: User unknown\n';
    const out = plainMarkdownAddresses(t);
    expect(out.length).toBe(t.length);
    expect(out).toContain(' <first_last@example.org>: host');
    expect(out).toContain(' <a*b@example.org>: User unknown');
    expect(explain(t).recipients.map((x) => x.address)).toContain('first_last@example.org');
  });
  it('a backslash elsewhere stays', () => {
    const t = 'C:\\_logs\\mail.txt says 550 5.1.1 <x@example.org>: User unknown\n';
    expect(plainMarkdownAddresses(t)).toBe(t);
  });
});

describe('an address Google Groups cut short ("ja...@example.net")', () => {
  it('is read as written and called hidden', () => {
    const r = explain('  ja...@example.net\n    Unrouteable address\n');
    expect(r.recipients.map((x) => x.address)).toEqual(['ja...@example.net']);
    expect(r.warnings.map((w) => w.code)).toContain('address-redacted');
  });
  it('a sentence that ends with dots before an "@" is no address', () => {
    expect(explain('I wrote to ... @example.net and it failed: 550 5.1.1 User unknown\n').recipients.map((x) => x.address)).not.toContain('...@example.net');
  });
});

describe('invisible breaks and inline code in a pasted reply', () => {
  it('a zero-width space and a soft hyphen inside an address are taken out', () => {
    const r = explain("Your message wasn't delivered to rosa.\u200bmartinez-\u00adlopez@example.org because the address couldn't be found.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n");
    expect(r.recipients.map((x) => x.address)).toEqual(['rosa.martinez-lopez@example.org']);
  });
  it('a soft hyphen inside a word goes too; a zero-width joiner (emoji, scripts) and a break beside a space stay', () => {
    expect(explain('Unzu\u00adstellbar: 550 5.1.1 <a@example.org>: User unknown\n').document).toContain('Unzustellbar:');
    const t = 'Thanks \u{1F468}\u200d\u{1F4BB} \u200b550 5.1.1 <a@example.org>: User unknown\n';
    expect(explain(t).document).toBe(t);
  });
  it('lines put whole in inline code read as the lines they hold, at the same length', () => {
    const t = '`<tess@example.org>: host mx.example.org[192.0.2.31] said: 550 5.1.1`\n`<tess@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)`\n';
    expect(plainMarkdownAddresses(t).length).toBe(t.length);
    expect(explain(t).recipients.map((x) => [x.address, x.reason])).toEqual([['tess@example.org', 'userunknown']]);
  });
});

describe('the address a refusal names right after its code', () => {
  it('is the recipient whatever words follow', () => {
    const r = explain('Translation of the error: "552 5.2.2 <zoe.b@example.org>: the mailbox of the recipient is full"\n');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['zoe.b@example.org', 'mailboxfull']]);
  });
  it("is not when the words say it is the sender's", () => {
    const r = explain('I get: "553 5.1.8 <me@example.com>: Sender address rejected: Domain not found"\n');
    expect(r.recipients.map((x) => x.address)).not.toContain('me@example.com');
  });
});
