import { describe, it } from 'vitest';
import { findReplyCode, findStatusCodes, readCodes, statusSpecificity } from '../../src/lib/core/parse/smtp-reply.ts';
import { TextView } from '../../src/lib/core/text/view.ts';
import { viewOfLines, dropRepeatedPrefixes } from '../../src/lib/core/read/diagnostic.ts';
import { splitLines } from '../../src/lib/core/text/lines.ts';

const view = (s: string): TextView => new TextView().append(s, 0, s.length);

describe('status codes', () => {
  it('finds exactly the codes, in order', ({ expect }) => {
    const cases: [string, string[]][] = [
      ['550 5.1.1 <a@example.org>... User unknown', ['5.1.1']],
      ['Remote host said: 550 no mailbox (#5.1.1)', ['5.1.1']],
      ['smtp; 550-5.7.26 unauthenticated 550 5.7.26 gsmtp', ['5.7.26', '5.7.26']],
      ['553 5.7.606 Access denied, banned sending IP', ['5.7.606']],
      ['host 192.0.2.1 said 421 try later', []],
      ['engine=2.50.10432:5.13.68 definitions', []],
      ['Sendmail 8.14.4/8.14.4 ready', []],
      ['version 5.1.1.1 of the thing', []],
      ['See 4.4.7.', ['4.4.7']],
      // A ticket or case number that opens like a status ("#5.1.1-2026") is no status; a dash and words after one still end it.
      ['Helpdesk ticket #5.1.1-2026: 452 4.2.2 over quota', ['4.2.2']],
      ['550 sorry, no mailbox here by that name (#5.1.1 - chkusr)', ['5.1.1']],
      ['Your message of 5.1.2026 could not be delivered', []],
    ];
    for (const [text, codes] of cases) expect(findStatusCodes(text).map((c) => c.code), text).toEqual(codes);
  });
  it('ranks x.0.0 below x.N.0 below x.N.N', ({ expect }) => {
    expect(statusSpecificity('5.0.0')).toBeLessThan(statusSpecificity('5.7.0'));
    expect(statusSpecificity('5.7.0')).toBeLessThan(statusSpecificity('5.7.1'));
  });
});

describe('reply codes', () => {
  it('takes a code that stands as a word, not part of a number or time', ({ expect }) => {
    expect(findReplyCode('said: 550 5.1.1 unknown')?.code).toBe('550');
    expect(findReplyCode('550-5.7.1 blocked')?.code).toBe('550');
    expect(findReplyCode('at 12:550 nothing')).toBeNull();
    expect(findReplyCode('id 45501 queued')).toBeNull();
  });
  it("reads 571, 580, 591, 499 (a second digit RFC 5321 does not define) only where it opens the reply or follows a notice's lead-in", ({ expect }) => {
    expect(readCodes(view('571 Delivery not authorized, message refused')).replyCode?.code).toBe('571');
    expect(readCodes(view('571 5.7.1 Message Refused')).replyCode).toMatchObject({ code: '571', start: 0, end: 3 });
    expect(readCodes(view('the order of 571 boxes')).replyCode).toBeNull();
    expect(readCodes(view('581 something')).replyCode?.code).toBe('581');
    expect(readCodes(view('499 Try again later')).replyCode?.code).toBe('499');
    expect(readCodes(view('591')).replyCode?.code).toBe('591');
    expect(readCodes(view('host mx.example.org[192.0.2.1] said: 591 Message not accepted')).replyCode).toMatchObject({ code: '591', start: 37, end: 40 });
    expect(readCodes(view('we counted 591 messages')).replyCode).toBeNull();
    expect(readCodes(view('6000 apples')).replyCode).toBeNull();
  });
  it("takes a transcript's failure reply over the successes before it (blind round layout21, Mercury/32)", ({ expect }) => {
    const t = '>>> RCPT TO:<x@example.net> <<< 250 2.1.5 Ok >>> DATA <<< 354 End data >>> . <<< 552 5.2.2 <x@example.net>: Mailbox quota exceeded';
    expect(readCodes(view(t)).status?.code).toBe('5.2.2');
    expect(readCodes(view(t)).replyCode?.code).toBe('552');
    const bare = '<<< 250 Ok <<< 354 go ahead <<< 552 Mailbox full';
    expect(readCodes(view(bare)).replyCode?.code).toBe('552');
    // Successes alone stay as they are; so does a failure code with a success status.
    expect(readCodes(view('250 2.1.5 Ok')).status?.code).toBe('2.1.5');
    expect(readCodes(view('550 2.1.5 Recipient OK')).replyCode?.code).toBe('550');
    expect(readCodes(view('250 Ok, queued at 12:450 as 4F2A')).replyCode?.code).toBe('250');
  });
  it('skips the size a MAIL FROM command declares when a transcript echoes it', ({ expect }) => {
    expect(findReplyCode('after MAIL FROM:<sender@example.com> SIZE=222: host mx.example.org [192.0.2.22]: 550 refused')?.code).toBe('550');
    expect(findReplyCode('code=550 refused')?.code).toBe('550');
  });
  it('prefers a reply code whose class agrees with the status', ({ expect }) => {
    const codes = readCodes(view('host mx said: 250 ok then 550 5.1.1 unknown user'));
    expect(codes.replyCode?.code).toBe('550');
    expect(codes.status?.code).toBe('5.1.1');
  });
  it('takes the status that goes with the agreeing reply code (one reply, not two halves)', ({ expect }) => {
    const codes = readCodes(view('554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'));
    expect(codes.replyCode?.code).toBe('421');
    expect(codes.status?.code).toBe('4.4.2');
    // An agreeing reply code with no status of its own keeps the most specific status.
    const bare = readCodes(view('554 4.4.7 Message expired (last answer 421 Try later)'));
    expect(bare.replyCode?.code).toBe('421');
    expect(bare.status?.code).toBe('4.4.7');
  });
  it('keeps the spans of the codes in the view', ({ expect }) => {
    const text = 'Diagnostic: 452 4.2.2 over quota';
    const v = view(text);
    const codes = readCodes(v);
    const [s, e] = v.span(codes.status!.start, codes.status!.end);
    expect(text.slice(s, e)).toBe('4.2.2');
  });
});

describe('multi-line replies', () => {
  it('joins continuation lines and drops the repeated prefixes', ({ expect }) => {
    const text = [
      '550-5.1.1 The email account that you tried to reach does not exist. Please try',
      '550-5.1.1 double-checking the recipient\'s email address for typos or',
      '550 5.1.1  unnecessary spaces. - gsmtp',
    ].join('\r\n');
    const v = viewOfLines(text, splitLines(text));
    expect(v.text).toBe(
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp",
    );
    const i = v.lower.indexOf('double-checking');
    const [s, e] = v.span(i, i + 'double-checking'.length);
    expect(text.slice(s, e)).toBe('double-checking');
  });
  it('drops prefixes that a DSN flattened into one line, but keeps the first', ({ expect }) => {
    const flat = '550-5.7.26 This mail is unauthenticated. 550-5.7.26 Gmail requires SPF or DKIM. 550 5.7.26 gsmtp';
    expect(dropRepeatedPrefixes(view(flat)).text).toBe('550-5.7.26 This mail is unauthenticated. Gmail requires SPF or DKIM. gsmtp');
  });
  it('keeps a code in the middle that is not a repeated prefix', ({ expect }) => {
    const text = 'host mx.example.org said: 550 5.1.1 <a@example.org>: unknown';
    expect(dropRepeatedPrefixes(view(text)).text).toBe(text);
  });
});
