/**
 * The MIME reader: header blocks, Content-Type, the multipart tree, body decoding,
 * RFC 2047 / RFC 2231, HTML to text and the message sniffer. Inputs are written inline
 * (reserved names and documentation addresses only).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/core/limits.ts';
import {
  decodeBody,
  getHeader,
  getHeaders,
  looksLikeMessage,
  parseContentType,
  parseHeaderBlock,
  parseMime,
  walkParts,
  type MimePart,
} from '../../src/lib/core/parse/mime.ts';
import { decodeEncodedWords, decodeRfc2231 } from '../../src/lib/core/parse/encoded-words.ts';
import { htmlToText } from '../../src/lib/core/parse/html-to-text.ts';

const bin = (bytes: number[]): string => String.fromCharCode(...bytes);
const eol = (s: string, nl: string): string => s.replace(/\n/g, nl);
const text = (raw: string, part: MimePart, binary = false): string => decodeBody(raw, part, { binary }).text;
const types = (root: MimePart): string[] => walkParts(root).map((p) => p.contentType.type);

/** A small multipart/report bounce, written with LF; tests re-write its line ends. */
const REPORT = `Return-Path: <>
Received: from mx.example.net (mx.example.net [192.0.2.25])
\tby mail.example.com with ESMTP id 12345
\tfor <sender@example.com>; Mon, 1 Jan 2024 00:00:00 +0000
From: Mail Delivery System <MAILER-DAEMON@example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="B0UND.1/mx.example.net"

This is a MIME-encapsulated message.

--B0UND.1/mx.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<nobody@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1
    <nobody@example.org>: Recipient address rejected: User unknown

--B0UND.1/mx.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; nobody@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B0UND.1/mx.example.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Received: by mail.example.com (Postfix, from userid 1000)
From: sender@example.com
To: nobody@example.org
Subject: Hello
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain

original text
--inner--

--B0UND.1/mx.example.net--
epilogue is ignored
`;

describe('parseHeaderBlock', () => {
  it('reads fields, unfolds, lower-cases names and ends after the blank line', () => {
    const raw = 'Subject: Hello\n  world\nX-Test :  spaced  \nTo: a@example.com\n\nbody';
    const block = parseHeaderBlock(raw);
    expect(block.fields.map((f) => [f.name, f.value])).toEqual([
      ['subject', 'Hello world'],
      ['x-test', 'spaced'],
      ['to', 'a@example.com'],
    ]);
    expect(raw.slice(block.end)).toBe('body');
    expect(block.truncated).toBe(false);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives the same fields with %s line ends, and offsets that point at each field', (_n, nl) => {
    const raw = eol('Received: from a.example.net\n\tby b.example.net; Mon, 1 Jan 2024\nSubject: x\n\nbody\n', nl);
    const block = parseHeaderBlock(raw);
    expect(block.fields.map((f) => f.value)).toEqual(['from a.example.net by b.example.net; Mon, 1 Jan 2024', 'x']);
    expect(raw.slice(block.end)).toBe(`body${nl}`);
    for (const f of block.fields) {
      const slice = raw.slice(f.start, f.end);
      expect(slice.toLowerCase().startsWith(`${f.name}:`)).toBe(true);
      expect(slice.endsWith(nl)).toBe(false);
    }
    expect(raw.slice(block.fields[0].start, block.fields[0].end)).toBe(eol('Received: from a.example.net\n\tby b.example.net; Mon, 1 Jan 2024', nl));
  });

  it('handles mixed line ends in one block', () => {
    const raw = 'A: 1\r\nB: 2\nC: 3\r  folded\rD: 4\r\n\r\nbody';
    const block = parseHeaderBlock(raw);
    expect(block.fields.map((f) => `${f.name}=${f.value}`)).toEqual(['a=1', 'b=2', 'c=3 folded', 'd=4']);
    expect(raw.slice(block.end)).toBe('body');
  });

  it('stops at a line that is neither a field nor a continuation', () => {
    const raw = 'From: a@example.com\nSubject: x\nThis line is body text\nmore';
    const block = parseHeaderBlock(raw);
    expect(block.fields).toHaveLength(2);
    expect(raw.slice(block.end)).toBe('This line is body text\nmore');
  });

  it('reads nothing from text that does not start with a field', () => {
    for (const raw of ['550 5.1.1 <user@example.com>: user unknown', '  indented: no', '\nFrom: a@example.com']) {
      const block = parseHeaderBlock(raw);
      expect(block.fields).toEqual([]);
    }
    expect(parseHeaderBlock('\n\nbody').end).toBe(1);
  });

  it('skips an mbox envelope line', () => {
    const raw = 'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@example.com\n\nbody';
    const block = parseHeaderBlock(raw);
    expect(getHeader(block.fields, 'from')).toBe('a@example.com');
  });

  it('joins folds that lost their indent where nothing else makes sense', () => {
    const raw = 'Content-Type: multipart/alternative;\nboundary="b1"\nX-Empty:\nvalue on its own line\nX-After: 1\n\n';
    const block = parseHeaderBlock(raw);
    expect(block.fields.map((f) => [f.name, f.value])).toEqual([
      ['content-type', 'multipart/alternative; boundary="b1"'],
      ['x-empty', 'value on its own line'],
      ['x-after', '1'],
    ]);
  });

  it('honours start and limit', () => {
    const raw = 'ignored\nA: 1\nB: 2\nC: 3\n\n';
    const start = raw.indexOf('A:');
    const limit = raw.indexOf('C:');
    const block = parseHeaderBlock(raw, start, limit);
    expect(block.fields.map((f) => f.name)).toEqual(['a', 'b']);
    expect(block.end).toBe(limit);
  });

  it('caps the number of fields but still finds the body', () => {
    const raw = Array.from({ length: LIMITS.maxHeaderFields + 20 }, (_, i) => `X-N: ${i}`).join('\n') + '\n\nbody';
    const block = parseHeaderBlock(raw);
    expect(block.fields).toHaveLength(LIMITS.maxHeaderFields);
    expect(block.truncated).toBe(true);
    expect(raw.slice(block.end)).toBe('body');
    const parsed = parseMime(raw);
    expect(parsed.warnings.map((w) => w.code)).toContain('header-fields-cap');
    expect(parsed.truncated).toBe(true);
  });

  it('past the cap still keeps the fields that say how to read the message (a mail loop\'s Received fields come first)', () => {
    const received = Array.from({ length: LIMITS.maxHeaderFields + 20 }, (_, i) => `Received: from relay${i}.example.net`).join('\n');
    const raw = `${received}\nX-Other: dropped\nSubject: Undelivered Mail\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nhello\n--b--\n`;
    const block = parseHeaderBlock(raw);
    expect(block.truncated).toBe(true);
    expect(block.fields.map((f) => f.name).slice(LIMITS.maxHeaderFields)).toEqual(['subject', 'content-type']);
    const parsed = parseMime(raw);
    expect(parsed.root.contentType.type).toBe('multipart/report');
    expect(decodeBody(raw, parsed.root.children[0]).text.trim()).toBe('hello');
  });

  it('getHeader and getHeaders', () => {
    const { fields } = parseHeaderBlock('Received: one\nReceived: two\nSubject: s\n\n');
    expect(getHeader(fields, 'received')).toBe('one');
    expect(getHeaders(fields, 'received')).toEqual(['one', 'two']);
    expect(getHeader(fields, 'to')).toBeNull();
    expect(getHeaders(fields, 'to')).toEqual([]);
  });

  it('decodes 8-bit header bytes of a binary input, and raw ISO-2022-JP in any input', () => {
    const utf8 = bin([...'Subject: caf'].map((c) => c.charCodeAt(0)).concat([0xc3, 0xa9, 0x0a, 0x0a]));
    expect(getHeader(parseHeaderBlock(utf8, 0, undefined, { binary: true }).fields, 'subject')).toBe('caf\u00e9');
    const latin1 = `Content-Type: text/plain; charset=iso-8859-1\nSubject: caf${bin([0xe9])}\n\n`;
    expect(getHeader(parseHeaderBlock(latin1, 0, undefined, { binary: true }).fields, 'subject')).toBe('caf\u00e9');
    const koi = `Content-Type: text/plain; charset=koi8-r\nSubject: ${bin([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])}\n\n`;
    expect(getHeader(parseHeaderBlock(koi, 0, undefined, { binary: true }).fields, 'subject')).toBe('\u041f\u0440\u0438\u0432\u0435\u0442');
    const jis = 'Subject: \u001b$BF|K\\\u001b(B\n\n';
    expect(getHeader(parseHeaderBlock(jis).fields, 'subject')).toBe('\u65e5\u672c');
    // already-Unicode text is left alone
    expect(getHeader(parseHeaderBlock('Subject: caf\u00e9\n\n').fields, 'subject')).toBe('caf\u00e9');
  });
});

describe('parseContentType', () => {
  const cases: [string, string | null, string, Record<string, string>][] = [
    ['missing', null, 'text/plain', {}],
    ['simple', 'Text/HTML; Charset="UTF-8"', 'text/html', { charset: 'UTF-8' }],
    ['quoted boundary with specials', 'multipart/mixed; boundary="=_a;b c\\"d"', 'multipart/mixed', { boundary: '=_a;b c"d' }],
    ['unquoted boundary with =', 'multipart/mixed; boundary=----=_Part_1_2.3', 'multipart/mixed', { boundary: '----=_Part_1_2.3' }],
    ['comments', 'text/plain (body) ; charset=us-ascii (ascii)', 'text/plain', { charset: 'us-ascii' }],
    ['missing semicolon', 'text/plain charset="iso-2022-jp"', 'text/plain', { charset: 'iso-2022-jp' }],
    ['missing semicolon between params', 'text/plain; charset=us-ascii name=a.txt', 'text/plain', { charset: 'us-ascii', name: 'a.txt' }],
    ['first duplicate wins', 'multipart/mixed; boundary=a; boundary=b', 'multipart/mixed', { boundary: 'a' }],
    ['valueless parameter is skipped', 'text/plain; flowed; format=flowed', 'text/plain', { format: 'flowed' }],
    ['malformed type falls back', 'garbage; charset=utf-8', 'text/plain', { charset: 'utf-8' }],
    ['trailing semicolon', 'message/delivery-status;', 'message/delivery-status', {}],
    ['RFC 2231 extended value', "application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A", 'application/x-stuff', { title: 'This is ***fun***' }],
    [
      'RFC 2231 continuations, mixed encoded and plain',
      `application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2="isn't it!"`,
      'application/x-stuff',
      { title: "This is even more ***fun*** isn't it!" },
    ],
    ['RFC 2231 plain continuations', 'message/external-body; URL*0="ftp://"; URL*1="example.org/a"', 'message/external-body', { url: 'ftp://example.org/a' }],
    ['RFC 2231 UTF-8 filename', "application/pdf; name*=utf-8''%E2%82%AC%20rates.pdf", 'application/pdf', { name: '\u20ac rates.pdf' }],
  ];
  it.each(cases)('%s', (_name, value, type, params) => {
    expect(parseContentType(value)).toEqual({ type, params });
  });

  it('uses the given fallback type', () => {
    expect(parseContentType(null, 'message/rfc822').type).toBe('message/rfc822');
  });
});

describe('decodeEncodedWords (RFC 2047)', () => {
  const cases: [string, string, string][] = [
    ['no encoded words', 'Hello world', 'Hello world'],
    ['B encoding', '=?UTF-8?B?w6lsw6h2ZQ==?=', '\u00e9l\u00e8ve'],
    ['Q encoding with underscore', '=?iso-8859-1?q?caf=E9_cr=E8me?=', 'caf\u00e9 cr\u00e8me'],
    ['text around words keeps its spaces', 'Re: =?utf-8?Q?caf=C3=A9?= ok', 'Re: caf\u00e9 ok'],
    ['adjacent words join without the whitespace', '=?utf-8?Q?a?= \r\n =?utf-8?Q?b?=', 'ab'],
    ['a multi-byte char split across two words', '=?utf-8?B?5pel?= =?utf-8?B?5pys?=', '\u65e5\u672c'],
    ['split byte sequence across Q words', '=?utf-8?Q?=E6=97?= =?utf-8?Q?=A5?=', '\u65e5'],
    ['adjacent words in different charsets', '=?iso-8859-1?Q?=E9?= =?koi8-r?B?8A==?=', '\u00e9\u041f'],
    ['ISO-2022-JP in B', '=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=', '\u65e5\u672c'],
    ['language suffix', '=?utf-8*en?Q?hi?=', 'hi'],
    ['unknown charset reads as UTF-8', '=?x-unknown?Q?=C3=A9?=', '\u00e9'],
    ['malformed: bad encoding letter', '=?utf-8?X?abc?=', '=?utf-8?X?abc?='],
    ['malformed: unterminated', 'Subject =?utf-8?B?w6k', 'Subject =?utf-8?B?w6k'],
    ['malformed word between good ones', '=?utf-8?Q?a?= =?bad =?utf-8?Q?b?=', 'a =?bad b'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(decodeEncodedWords(input)).toBe(expected);
  });
});

describe('decodeRfc2231', () => {
  it.each([
    ["iso-8859-1'en'%A3rates", '\u00a3rates'],
    ["utf-8''%E2%82%AC", '\u20ac'],
    ["''plain%20text", 'plain text'],
    ['no%20quotes', 'no quotes'],
    ["utf-8''bad%ZZescape", 'bad%ZZescape'],
  ])('%s', (input, expected) => {
    expect(decodeRfc2231(input)).toBe(expected);
  });
});

describe('parseMime: the tree', () => {
  it('builds a multipart/report with the returned message header-only', () => {
    const { root, warnings, truncated } = parseMime(REPORT);
    expect(warnings).toEqual([]);
    expect(truncated).toBe(false);
    expect(root.contentType.type).toBe('multipart/report');
    expect(root.contentType.params['report-type']).toBe('delivery-status');
    expect(types(root)).toEqual(['multipart/report', 'text/plain', 'message/delivery-status', 'message/rfc822', 'multipart/alternative']);
    const [notice, status, returned] = root.children;
    expect(notice.depth).toBe(1);
    // the blank line before the delimiter belongs to the body; only the last line break does not
    expect(text(REPORT, notice)).toMatch(/^I'm sorry[\s\S]*User unknown\n$/);
    expect(text(REPORT, status)).toMatch(/^Reporting-MTA: dns; mx\.example\.net\n\nFinal-Recipient[\s\S]*User unknown\n$/);
    const embedded = returned.children[0];
    expect(getHeader(embedded.headers, 'subject')).toBe('Hello');
    expect(embedded.contentType.type).toBe('multipart/alternative');
    expect(embedded.children).toEqual([]);
    expect(embedded.depth).toBe(2);
  });

  it('parses embedded messages as trees when asked', () => {
    const { root } = parseMime(REPORT, { parseEmbedded: true });
    const embedded = root.children[2].children[0];
    expect(embedded.children.map((c) => c.contentType.type)).toEqual(['text/plain']);
    expect(text(REPORT, embedded.children[0])).toBe('original text');
  });

  it('finds a report nested in a forwarded message', () => {
    const inner = REPORT.replace(/B0UND\.1/g, 'INNER.2');
    const raw = `From: someone@example.com\nSubject: Fwd: bounce\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: text/plain\n\nsee attached\n--outer\nContent-Type: message/rfc822\n\n${inner}\n--outer--\n`;
    const shallow = parseMime(raw);
    expect(types(shallow.root)).toEqual(['multipart/mixed', 'text/plain', 'message/rfc822', 'multipart/report']);
    const deep = parseMime(raw, { parseEmbedded: true });
    expect(types(deep.root)).toEqual([
      'multipart/mixed',
      'text/plain',
      'message/rfc822',
      'multipart/report',
      'text/plain',
      'message/delivery-status',
      'message/rfc822',
      'multipart/alternative',
      'text/plain',
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives the same tree and texts with %s line ends', (_n, nl) => {
    const raw = eol(REPORT, nl);
    const { root } = parseMime(raw, { parseEmbedded: true });
    expect(types(root)).toEqual(['multipart/report', 'text/plain', 'message/delivery-status', 'message/rfc822', 'multipart/alternative', 'text/plain']);
    const norm = (s: string) => s.replace(/\r\n?/g, '\n');
    const base = parseMime(REPORT, { parseEmbedded: true }).root;
    const a = walkParts(root).map((p) => norm(text(raw, p)));
    const b = walkParts(base).map((p) => text(REPORT, p));
    expect(a).toEqual(b);
    for (const p of walkParts(root)) for (const f of p.headers) expect(raw.slice(f.start, f.end).toLowerCase().startsWith(f.name)).toBe(true);
  });

  it('handles mixed line ends within one message', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\nContent-Type: text/plain\r\rone\r\n--x\r\n\ntwo\r--x--\n';
    const { root } = parseMime(raw);
    expect(root.children.map((p) => text(raw, p))).toEqual(['one', 'two']);
  });

  it('excludes the line break before a delimiter, keeps the body otherwise exact', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\r\n\r\npreamble\r\n--x\r\n\r\nline1\r\n\r\n--x\r\n\r\n\r\n--x--\r\n';
    const { root } = parseMime(raw);
    expect(root.children.map((p) => raw.slice(p.bodyStart, p.bodyEnd))).toEqual(['line1\r\n', '']);
  });

  it('accepts trailing blanks on delimiter lines and ignores longer boundaries that share the prefix', () => {
    const raw =
      'Content-Type: multipart/mixed; boundary="ab"\n\n--ab  \nContent-Type: multipart/alternative; boundary="ab-1"\n\n--ab-1\n\ninner\n--ab-1--\n--ab\t\n\nsecond\n--ab-- \n';
    const { root } = parseMime(raw);
    expect(types(root)).toEqual(['multipart/mixed', 'multipart/alternative', 'text/plain', 'text/plain']);
    expect(walkParts(root).slice(2).map((p) => text(raw, p))).toEqual(['inner', 'second']);
  });

  it('takes a part without a close delimiter to the end, and says the message looks cut', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\n\n--x\n\nfirst\n--x\nContent-Type: text/plain\n\nsecond, never closed\n';
    const { root, warnings, truncated } = parseMime(raw);
    expect(warnings.map((w) => w.code)).toEqual(['message-cut']);
    expect(warnings[0].message).toMatch(/cut off/);
    // (Read in full: nothing was left unread by a cap.)
    expect(truncated).toBe(false);
    expect(root.children.map((p) => text(raw, p))).toEqual(['first', 'second, never closed\n']);
  });

  it('does not call a message cut when only its returned message is left open, or its last line closes another boundary', () => {
    const returned = 'Content-Type: multipart/report; boundary=x\n\n--x\n\nnotice\n--x\nContent-Type: message/rfc822\n\nSubject: original\n\nits body, cut\n';
    expect(parseMime(returned).warnings).toEqual([]);
    const other = 'Content-Type: multipart/report; boundary=x\n\n--x\n\nnotice\n--x\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n--y--\n';
    expect(parseMime(other).warnings).toEqual([]);
  });

  it('does not call a message cut when an inner multipart is left open but the outer one closes', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: multipart/alternative; boundary=y\n\n--y\n\ninner\n--x\n\nsecond\n--x--\n';
    expect(parseMime(raw).warnings).toEqual([]);
  });

  it('says when a multipart message ends after its header', () => {
    const raw = 'Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; boundary=x\n\n\n';
    const { warnings } = parseMime(raw);
    expect(warnings.map((w) => w.code)).toEqual(['message-cut']);
    expect(warnings[0].message).toMatch(/ends after its header/);
  });

  it('decodes 8-bit header bytes that are not UTF-8 with the charset of the first text part, when the header block names none', () => {
    const cp1251 = (s: string) => String.fromCharCode(...[...s].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    const raw = `Subject: ${cp1251('Сообщение не доставлено')}\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=windows-1251\n\n${cp1251('Ошибка')}\n--x--\n`;
    expect(getHeader(parseMime(raw, { binary: true }).root.headers, 'subject')).toBe('Сообщение не доставлено');
    // Without a label anywhere: windows-1252, as before.
    const bare = raw.replace('; charset=windows-1251', '');
    expect(getHeader(parseMime(bare, { binary: true }).root.headers, 'subject')).toBe('Ñîîáùåíèå íå äîñòàâëåíî');
  });

  it('keeps windows-1252 for header bytes that do not read as the text part\'s charset', () => {
    const subject = (bytes: string, charset: string) =>
      getHeader(parseMime(`Subject: ${bytes}\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain; charset=${charset}\n\nhi\n--x--\n`, { binary: true }).root.headers, 'subject');
    const latin = 'Syst\u00e8me de messagerie'; // latin-1 bytes
    expect(subject(latin, 'windows-1251')).toBe('Système de messagerie'); // not "Systиme"
    expect(subject(latin, 'iso-2022-jp')).toBe('Système de messagerie');
    // Shift_JIS bytes under a text part labelled ISO-2022-JP (older Japanese mailers): Japanese.
    const sjis = String.fromCharCode(0x94, 0x7a, 0x90, 0x4d, 0x83, 0x47, 0x83, 0x89, 0x81, 0x5b);
    expect(subject(sjis, 'iso-2022-jp')).toBe('配信エラー');
    expect(subject(sjis, 'shift_jis')).toBe('配信エラー');
  });

  it('reads a part with no header block as a text/plain body', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\n\n--x\nJust text, no headers\n--x--\n';
    const { root } = parseMime(raw);
    expect(root.children[0].headers).toEqual([]);
    expect(text(raw, root.children[0])).toBe('Just text, no headers');
  });

  it('does not take a "From " text line at the start of a part for an mbox envelope', () => {
    const raw = 'Content-Type: multipart/mixed; boundary=x\n\n--x\nFrom here on, a copy of the original message 2024.\n--x--\n';
    expect(text(raw, parseMime(raw).root.children[0])).toBe('From here on, a copy of the original message 2024.');
  });

  it('gives multipart/digest parts the message/rfc822 default type', () => {
    const raw = 'Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\nbody one\n--d--\n';
    const { root } = parseMime(raw);
    expect(types(root)).toEqual(['multipart/digest', 'message/rfc822', 'text/plain']);
    expect(getHeader(root.children[0].children[0].headers, 'subject')).toBe('one');
  });

  it('reads unknown multipart subtypes like multipart/mixed', () => {
    const raw = 'Content-Type: multipart/x-custom; boundary=q\n\n--q\n\nhello\n--q--\n';
    expect(types(parseMime(raw).root)).toEqual(['multipart/x-custom', 'text/plain']);
  });

  it('keeps text/rfc822-headers and message/global-headers as leaves', () => {
    const raw =
      'Content-Type: multipart/report; boundary=r\n\n--r\nContent-Type: text/rfc822-headers\n\nFrom: a@example.com\nSubject: s\n--r\nContent-Type: message/global-headers\n\nFrom: b@example.com\n--r--\n';
    const { root } = parseMime(raw, { parseEmbedded: true });
    expect(root.children.map((c) => [c.contentType.type, c.children.length])).toEqual([
      ['text/rfc822-headers', 0],
      ['message/global-headers', 0],
    ]);
    expect(getHeader(parseHeaderBlock(text(raw, root.children[0])).fields, 'subject')).toBe('s');
  });

  it('skips blank lines before an embedded message header block', () => {
    const raw = 'Content-Type: message/rfc822\n\n\n\nFrom: a@example.com\nSubject: s\n\nbody\n';
    const embedded = parseMime(raw).root.children[0];
    expect(getHeader(embedded.headers, 'subject')).toBe('s');
    expect(raw.slice(embedded.bodyStart)).toBe('body\n');
  });

  it('reads pasted text without headers as one text/plain body', () => {
    const raw = '550 5.1.1 <nobody@example.org>: Recipient address rejected';
    const { root } = parseMime(raw);
    expect(root.headers).toEqual([]);
    expect(root.contentType.type).toBe('text/plain');
    expect(text(raw, root)).toBe(raw);
  });

  it('warns when a multipart has no boundary or no delimiter line', () => {
    const noParam = parseMime('Content-Type: multipart/mixed\n\nbody');
    expect(noParam.warnings.map((w) => w.code)).toEqual(['mime-boundary-missing']);
    expect(noParam.root.children).toEqual([]);
    const raw = 'Content-Type: multipart/report; boundary=zz\n\nflat body, no delimiters';
    const noLines = parseMime(raw);
    expect(noLines.warnings.map((w) => w.code)).toEqual(['mime-boundary-missing']);
    expect(noLines.truncated).toBe(false); // nothing was cut: the body is all there, unsplit
    expect(text(raw, noLines.root)).toBe('flat body, no delimiters');
  });

  it('caps the depth and says so', () => {
    const levels = LIMITS.maxMimeDepth + 5;
    let raw = '';
    for (let i = 0; i < levels; i++) raw += `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n`;
    raw += 'Content-Type: text/plain\n\ndeep\n';
    for (let i = levels - 1; i >= 0; i--) raw += `--b${i}--\n`;
    const parsed = parseMime(raw);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['mime-depth-cap']);
    expect(parsed.truncated).toBe(true);
    expect(Math.max(...walkParts(parsed.root).map((p) => p.depth))).toBe(LIMITS.maxMimeDepth);
  });

  it('caps embedded message depth too', () => {
    let raw = 'Subject: leaf\n\ntext\n';
    for (let i = 0; i < LIMITS.maxMimeDepth + 3; i++) raw = `Content-Type: message/rfc822\n\n${raw}`;
    const parsed = parseMime(raw, { parseEmbedded: true });
    expect(parsed.warnings.map((w) => w.code)).toEqual(['mime-depth-cap']);
    expect(Math.max(...walkParts(parsed.root).map((p) => p.depth))).toBe(LIMITS.maxMimeDepth);
  });

  it('caps the number of parts and says so', () => {
    let raw = 'Content-Type: multipart/mixed; boundary=p\n\n';
    for (let i = 0; i < LIMITS.maxMimeParts + 50; i++) raw += `--p\n\npart ${i}\n`;
    raw += '--p--\n';
    const parsed = parseMime(raw);
    expect(parsed.warnings.map((w) => w.code)).toEqual(['mime-parts-cap']);
    expect(walkParts(parsed.root)).toHaveLength(LIMITS.maxMimeParts);
  });

  it('walkParts lists parts depth-first, root first', () => {
    const raw =
      'Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\n1\n--b\nContent-Type: text/html\n\n<p>2</p>\n--b--\n--a\n\n3\n--a--\n';
    const parts = walkParts(parseMime(raw).root);
    expect(parts.map((p) => p.contentType.type)).toEqual(['multipart/mixed', 'multipart/alternative', 'text/plain', 'text/html', 'text/plain']);
    expect(parts.slice(2).map((p) => text(raw, p))).toEqual(['1', '2', '3']);
  });

  it('skips an mbox envelope line and leading blank lines', () => {
    const raw = '\n\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: s\n\nbody';
    const { root } = parseMime(raw);
    expect(getHeader(root.headers, 'subject')).toBe('s');
    expect(text(raw, root)).toBe('body');
  });
});

describe('decodeBody', () => {
  const part = (headers: string, body: string, binary = false) => {
    const raw = `${headers}\n\n${body}`;
    const { root } = parseMime(raw, { binary });
    return { raw, root, text: decodeBody(raw, root, { binary }).text };
  };

  it('quoted-printable with CRLF, LF and CR soft breaks', () => {
    expect(part('Content-Transfer-Encoding: quoted-printable', 'a=\r\nb=\nc=\rd =3D e').text).toBe('abcd = e');
  });

  it('quoted-printable UTF-8 and koi8-r', () => {
    expect(part('Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: Quoted-Printable', 'caf=C3=A9').text).toBe('caf\u00e9');
    expect(part('Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: quoted-printable', '=F0=D2=C9=D7=C5=D4').text).toBe(
      '\u041f\u0440\u0438\u0432\u0435\u0442',
    );
  });

  it('base64 shift_jis, with garbage and line breaks', () => {
    // 日本語 in Shift_JIS is 93 FA 96 7B 8C EA -> k/qWe4zq
    expect(part('Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64', 'k/qW\r\ne4zq\r\n!!').text).toBe('\u65e5\u672c\u8a9e');
  });

  it('7bit ISO-2022-JP in a Unicode (pasted) string', () => {
    expect(part('Content-Type: text/plain; charset="ISO-2022-JP"', '\u001b$BF|K\\8l\u001b(B').text).toBe('\u65e5\u672c\u8a9e');
  });

  it('8bit bodies of a binary input use the declared charset', () => {
    expect(part('Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit', bin([0x80, 0x20, 0xe9, 0x97]), true).text).toBe(
      '\u20ac \u00e9\u2014',
    );
    expect(part('Content-Type: text/plain; charset=koi8-r', bin([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), true).text).toBe(
      '\u041f\u0440\u0438\u0432\u0435\u0442',
    );
    expect(part('Content-Type: text/plain; charset=shift_jis', bin([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), true).text).toBe('\u65e5\u672c\u8a9e');
    // no charset: UTF-8 when valid, else latin1
    expect(part('Subject: x', bin([0xc3, 0xa9]), true).text).toBe('\u00e9');
    expect(part('Subject: x', bin([0xe9, 0x74, 0xe9]), true).text).toBe('\u00e9t\u00e9');
  });

  it('8bit bodies of a Unicode input are taken as they are', () => {
    expect(part('Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit', 'd\u00e9j\u00e0 \u65e5').text).toBe('d\u00e9j\u00e0 \u65e5');
  });

  it('8-bit bytes under an ISO-2022-JP label read as the encoding they are', () => {
    expect(part('Content-Type: text/plain; charset=iso-2022-jp', bin([0xc6, 0xfc, 0xcb, 0xdc, 0xb8, 0xec]), true).text).toBe('\u65e5\u672c\u8a9e');
  });

  it('unknown charsets fall back to UTF-8, then latin1', () => {
    expect(part('Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: base64', 'w6k=').text).toBe('\u00e9');
    expect(part('Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: base64', '6Q==').text).toBe('\u00e9');
  });

  it('turns text/html into text', () => {
    expect(part('Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable', '<p>Delivery <b>failed</b>=\n</p><br>to &lt;x@example.com&gt;').text).toBe(
      'Delivery failed\n\nto <x@example.com>',
    );
  });

  it('caps the text and says so', () => {
    const body = 'x'.repeat(LIMITS.maxPartText + 100);
    const raw = `Subject: big\n\n${body}`;
    const out = decodeBody(raw, parseMime(raw).root);
    expect(out.truncated).toBe(true);
    expect(out.text).toHaveLength(LIMITS.maxPartText);
    const small = decodeBody('Subject: s\n\nok', parseMime('Subject: s\n\nok').root);
    expect(small).toEqual({ text: 'ok', truncated: false });
  });
});

describe('htmlToText', () => {
  const cases: [string, string, string][] = [
    ['entities, named and numeric', '<p>a &amp; b &lt;c&gt; &quot;d&quot; &#233;&#xE9; &nbsp;e&euro;</p>', 'a & b <c> "d" \u00e9\u00e9 e\u20ac'],
    ['unknown entity kept', 'AT&T &bogus; x', 'AT&T &bogus; x'],
    ['script, style, head and comments dropped', '<head><title>T</title><style>p{color:red}</style></head><script>var a = "<p>";</script><!-- note --><p>body</p>', 'body'],
    ['<br> and blocks make lines', 'one<br>two<br/>three<div>four</div>five', 'one\ntwo\nthree\nfour\nfive'],
    ['paragraphs leave one blank line, not more', '<p>a</p><p></p><p></p><p>b</p>', 'a\n\nb'],
    ['whitespace collapses', '<p>  lots\n\n   of\tspace  </p>', 'lots of space'],
    ['tables are tab separated', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a\tb\nc'],
    ['a raw < is text', 'a < b and <user@example.com>', 'a < b and'],
    ['quoted > inside attributes', '<a href="x>y" title=\'>\'>link</a>', 'link'],
    ['img alt text is not shown (a picture, not words)', 'see <img src="x.png" alt="the logo"> here', 'see here'],
    ['pre keeps its line breaks', '<pre>a\n  b</pre>', 'a\nb'],
    ['unterminated tag drops the rest', 'ok <p class="x', 'ok'],
    ['empty', '', ''],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(htmlToText(input)).toBe(expected);
  });
});

describe('looksLikeMessage', () => {
  const yes = [
    'From: a@example.com\nTo: b@example.org\nSubject: hi\n\nbody',
    'Received: from mx.example.net\n\tby mail.example.com\n',
    'Return-Path: <>\nX-Other: y\n',
    'From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: a@example.com\nSubject: s\n\n',
    '\n\nMIME-Version: 1.0\nContent-Type: text/plain\n\nbody',
    'X-Mailer: test\nSubject: Delivery failure\n\n',
  ];
  const no = [
    '',
    '550 5.1.1 user unknown',
    'Delivery has failed to these recipients or groups:\n\nuser@example.com',
    'Reporting-MTA: dns; mx.example.net',
    'Reporting-MTA: dns; mx.example.net\nArrival-Date: Mon, 1 Jan 2024\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1',
    'Subject: just one line',
    'Hello,\nFrom: a@example.com\nSubject: quoted later\n',
    'The following message to <user@example.com> was undeliverable.\nThe reason for the problem:\n5.1.0 - Unknown address error 550',
  ];
  it.each(yes.map((s) => [s]))('true for %j', (s) => expect(looksLikeMessage(s)).toBe(true));
  it.each(no.map((s) => [s]))('false for %j', (s) => expect(looksLikeMessage(s)).toBe(false));
});

describe('never throws', () => {
  const token = fc.constantFrom(
    'Content-Type: multipart/mixed; boundary=x',
    'Content-Type: multipart/report; boundary="x"',
    'Content-Type: message/rfc822',
    'Content-Type: text/html; charset=iso-2022-jp',
    'Content-Type: text/plain; charset*0*=utf-8\'\'%E2; charset*1=x',
    'Content-Transfer-Encoding: base64',
    'Content-Transfer-Encoding: quoted-printable',
    'Subject: =?utf-8?B?w6k=?= =?bad?Q?=ZZ?=',
    '--x',
    '--x--',
    '\n',
    '\r\n',
    '\r',
    ' ',
    '\t',
    ':',
    '=',
    '=?',
    '<p>',
    '&#x110000;',
    '\u001b$B',
    '\u00ff\u0080',
    '\ud800',
    'From x',
    'abc',
  );
  const message = fc.array(fc.oneof(token, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

  it('parseMime, walkParts and decodeBody on MIME-shaped junk', () => {
    fc.assert(
      fc.property(message, fc.boolean(), fc.boolean(), (raw, binary, parseEmbedded) => {
        const parsed = parseMime(raw, { binary, parseEmbedded });
        for (const p of walkParts(parsed.root)) {
          expect(p.bodyStart).toBeLessThanOrEqual(p.bodyEnd);
          expect(p.headerStart).toBeLessThanOrEqual(p.bodyStart);
          expect(typeof decodeBody(raw, p, { binary }).text).toBe('string');
          for (const f of p.headers) expect(f.start).toBeLessThan(f.end);
        }
        looksLikeMessage(raw);
        decodeEncodedWords(raw);
        htmlToText(raw);
        parseContentType(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('parseHeaderBlock with any start and limit', () => {
    fc.assert(
      fc.property(message, fc.integer({ min: -5, max: 300 }), fc.integer({ min: -5, max: 300 }), (raw, start, limit) => {
        const block = parseHeaderBlock(raw, start, limit);
        expect(block.end).toBeGreaterThanOrEqual(0);
        expect(block.end).toBeLessThanOrEqual(raw.length);
      }),
      { numRuns: 300 },
    );
  });
});
