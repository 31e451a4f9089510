import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/core/limits.ts';
import { findNextSeparator, isMboxSeparator, splitMbox } from '../../src/lib/core/parse/mbox.ts';
import { ROOT } from '../helpers/shared.ts';

const parts = (text: string) => {
  const r = splitMbox(text);
  return r.messages.map((m) => text.slice(m.start, m.end));
};

const SEP = 'From MAILER-DAEMON  Thu Apr 29 23:34:45 2021';
const msg = (n: number) => `Subject: message ${n}\n\nbody ${n}\n`;

describe('isMboxSeparator', () => {
  it.each([
    'From MAILER-DAEMON Sun Jun 16 18:30:26 2024',
    'From MAILER-DAEMON  Sun Sep  7 21:40:07 2008',
    'From postmaster@example.com Thu Apr 29 23:34:45 2015',
    'From <> Thu Apr 29 23:45:10 2008',
    'From () 2019-10-02 05:04:34 +0000',
    'From MAILER-DAEMON Mon 1 Jan 2015 00:00:00 +0900',
    'From MAILER-DAEMON Fri Jan 1 00:0:00 2015',
    'From sender@example.org Sat Oct  4 08:00:07 2025 remote from example.org',
  ])('accepts %s', (line) => {
    expect(isMboxSeparator(line)).toBe(true);
  });

  it.each([
    'From here on, nothing is a separator.',
    'From: someone@example.com',
    'From the desk of the sender Mon 10:30',
    'From MAILER-DAEMON',
    'From  ',
    '>From MAILER-DAEMON Thu Apr 29 23:34:45 2021',
    'from MAILER-DAEMON Thu Apr 29 23:34:45 2021',
    'From x Thu Apr 29 2021', // no time of day
  ])('rejects %s', (line) => {
    expect(isMboxSeparator(line)).toBe(false);
  });
});

describe('splitMbox', () => {
  it('returns a plain message whole, not as an mbox', () => {
    const text = 'Subject: hi\n\nFrom here on...\n';
    expect(splitMbox(text)).toEqual({ messages: [{ start: 0, end: text.length }], isMbox: false, truncated: false });
  });

  it('returns one empty range for empty input', () => {
    expect(splitMbox('')).toEqual({ messages: [{ start: 0, end: 0 }], isMbox: false, truncated: false });
    expect(splitMbox('\n\n  \n').isMbox).toBe(false);
  });

  it('does not call a text an mbox when its first line only starts with "From "', () => {
    expect(splitMbox('From here on, all mail to this address bounces.\n').isMbox).toBe(false);
  });

  it('splits messages, dropping separator lines and the blank line before each', () => {
    const text = `${SEP}\n${msg(1)}\n${SEP}\n${msg(2)}\n${SEP}\n${msg(3)}`;
    const r = splitMbox(text);
    expect(r.isMbox).toBe(true);
    expect(r.truncated).toBe(false);
    expect(parts(text)).toEqual([msg(1), msg(2), msg(3)]);
  });

  it('skips blank lines before the first separator', () => {
    const text = `\n\r\n  \n${SEP}\n${msg(1)}`;
    expect(parts(text)).toEqual([msg(1)]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('handles %s line ends', (_name, nl) => {
    const conv = (s: string) => s.replace(/\n/g, nl);
    const text = conv(`${SEP}\n${msg(1)}\n${SEP}\n${msg(2)}`);
    expect(parts(text)).toEqual([conv(msg(1)), conv(msg(2))]);
  });

  it('handles mixed line ends', () => {
    const text = `${SEP}\r\nA: 1\r\n\r\n${SEP}\nB: 2\n\r${SEP}\rC: 3\r`;
    expect(parts(text)).toEqual(['A: 1\r\n', 'B: 2\n', 'C: 3\r']);
  });

  it('does not split at a separator-like line without a blank line before it, unless a header block follows it', () => {
    const text = `${SEP}\n${msg(1)}${SEP}\n${msg(2)}`;
    expect(parts(text)).toHaveLength(1);
    // A body line shaped like a separator, then words.
    const quoted = `${SEP}\nSubject: a\n\nAs the log says:\nFrom sender@example.com Thu Apr 29 23:34:45 2021\nthe message left.\n`;
    expect(parts(quoted)).toHaveLength(1);
  });

  it('splits where a writer left no blank line before the separator when a header block follows (Eudora)', () => {
    const eudora = 'From ???@??? Sat Dec 05 10:00:05 2026';
    const a = 'Return-Path: <>\r\nSubject: one\r\n\r\nbody one\r\n--b--\r\n';
    const b = 'Return-Path: <>\r\nReceived: by mx.example.net;\r\n\tSat, 5 Dec 2026\r\n\r\nbody two\r\n';
    expect(parts(`${eudora}\n${a}${eudora}\n${b}`)).toEqual([a.slice(0, -2), b]);
  });

  it('skips a byte order mark before the first separator, decoded or as UTF-8 bytes read one char per byte', () => {
    const text = `${SEP}\n${msg(1)}\n${SEP}\n${msg(2)}`;
    expect(parts(`\ufeff${text}`)).toEqual([msg(1), msg(2)]);
    expect(parts(`\u00ef\u00bb\u00bf${text}`)).toEqual([msg(1), msg(2)]);
  });

  it('does not split at body lines that only start with "From "', () => {
    const text = `${SEP}\nSubject: a\n\nline\n\nFrom here on, things change.\n\n>From MAILER-DAEMON Thu Apr 29 23:34:45 2021\n\nFrom me to you Mon 10:30\n`;
    expect(parts(text)).toHaveLength(1);
  });

  it('keeps an empty message between two adjacent separators', () => {
    const text = `${SEP}\n\n${SEP}\n${msg(2)}`;
    expect(parts(text)).toEqual(['', msg(2)]);
  });

  it('reads the three-message fixture', () => {
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/cli/three.mbox'), 'latin1');
    const got = parts(text);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^Return-Path: <>\n/);
    expect(got[0]).toContain('From here on, nothing in this body starts a new message.');
    expect(got[1]).toContain('>From the desk of the sender');
    expect(got[2]).toMatch(/--XYZ--\n$/);
  });

  it(`stops at LIMITS.maxMboxMessages (${LIMITS.maxMboxMessages}) and says so`, () => {
    const n = LIMITS.maxMboxMessages + 5;
    const text = `${SEP}\nX: 1\n\n`.repeat(n);
    const r = splitMbox(text);
    expect(r.isMbox).toBe(true);
    expect(r.truncated).toBe(true);
    expect(r.messages).toHaveLength(LIMITS.maxMboxMessages);
    const last = r.messages[r.messages.length - 1];
    expect(text.slice(last.start, last.end)).toBe('X: 1\n');
  });

  it('is fast on hostile input (many "From " hits, one huge line)', () => {
    const a = splitMbox(`${SEP}\n` + 'From From From \n\n'.repeat(200_000));
    expect(a.messages).toHaveLength(1);
    const b = splitMbox(`${SEP}\n\n` + `From x Mon ${'1'.repeat(3_000_000)}`);
    expect(b.messages).toHaveLength(1);
  });

  it('never throws, and returns ordered ranges inside the text (property)', () => {
    const lineArb = fc.oneof(
      fc.constantFrom(SEP, 'From here on', '', 'Subject: x', '>From x Mon Jan 1 10:00:00 2020', 'From () 2019-10-02 05:04:34 +0000'),
      fc.string({ maxLength: 20 }),
    );
    const textArb = fc
      .tuple(fc.array(lineArb, { maxLength: 30 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }))
      .map(([lines, nls]) => lines.map((l, i) => l + nls[i % nls.length]).join(''));
    fc.assert(
      fc.property(textArb, (text) => {
        const r = splitMbox(text);
        expect(r.messages.length).toBeGreaterThanOrEqual(1);
        let prev = 0;
        for (const m of r.messages) {
          expect(m.start).toBeGreaterThanOrEqual(prev);
          expect(m.end).toBeGreaterThanOrEqual(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          prev = m.end;
        }
        if (!r.isMbox) expect(r.messages).toEqual([{ start: 0, end: text.length }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findNextSeparator', () => {
  it('finds separators only after a blank line', () => {
    const text = `x\n${SEP}\n\n${SEP}\n`;
    expect(findNextSeparator(text, 0)).toBe(text.lastIndexOf(SEP));
    expect(findNextSeparator(text, text.lastIndexOf(SEP) + 1)).toBe(-1);
  });
});
