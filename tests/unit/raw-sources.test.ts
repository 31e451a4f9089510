/**
 * The rules of the raw17 round (tests/fixtures/trust/raw-cases.ts RAW_CASES_11 holds the blind
 * cases): how mail apps save a raw message (.emlx), a message sent in fragments, a digest, a
 * charset named elsewhere in the message, a forward of a forward, a raw source under other
 * text, an A-label and a U-label of one domain, a local delivery agent's mailbox state.
 * Each rule is checked on small messages written here, also where it must NOT apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, type Report } from '../../src/lib/core/index.ts';
import { splitMbox } from '../../src/lib/core/parse/mbox.ts';
import { splitMessages } from '../../src/cli/messages.ts';
import { decodePunycode, unicodeDomain } from '../../src/lib/core/read/idna.ts';
import { escapedLineEnds, rawMessageBelow } from '../../src/lib/core/read/raw-below.ts';
import { ROOT } from '../helpers/shared.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const who = (r: Report): string[] => r.recipients.map((x) => `${x.address} ${x.reason} ${x.hardBounce}`);

function postfixDsn(address: string, reply: string, status: string, extraTop = ''): string {
  return [
    'Return-Path: <>',
    'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    extraTop,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.net.',
    '',
    `<${address}>: host mx.example.org[192.0.2.25] said: ${reply}`,
    '',
    '--B1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    '',
    `Final-Recipient: rfc822; ${address}`,
    'Action: failed',
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${reply}`,
    '',
    '--B1--',
    '',
  ]
    .filter((l, i) => l !== '' || i !== 4)
    .join('\n');
}

const PLIST =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>original-mailbox</key>\n\t<string>imap://me%40example.com@imap.example.com/INBOX</string>\n</dict>\n</plist>\n';

describe('Apple Mail .emlx: the length line and the property list are not the message', () => {
  it('reads the message between them, and says so', () => {
    const message = postfixDsn('ann@example.org', '550 5.1.1 <ann@example.org>: User unknown', '5.1.1');
    const r = explain(enc(`${enc(message).length}\n${message}${PLIST}`));
    expect(who(r)).toEqual(['ann@example.org userunknown true']);
    expect(r.message.subject).toBe('Undelivered Mail Returned to Sender');
    expect(r.document).not.toContain('plist');
    expect(r.document).not.toContain('imap://');
    expect(r.warnings.map((w) => w.code)).toContain('emlx-file');
  });

  it('finds the property list by its declaration when the length counts bytes of UTF-8 text', () => {
    const message = postfixDsn('zoë@example.org', '552 5.2.2 <zoë@example.org>: Mailbox full', '5.2.2');
    const r = explain(enc(`${enc(message).length}      \n${message}${PLIST}`));
    expect(who(r)).toEqual(['zoë@example.org mailboxfull false']);
    expect(r.document).not.toContain('plist');
  });

  it('leaves a text alone that only starts with a number line (no property list after it)', () => {
    const message = postfixDsn('ann@example.org', '550 5.1.1 <ann@example.org>: User unknown', '5.1.1');
    const r = explain(`550\n${message}`);
    expect(r.warnings.map((w) => w.code)).not.toContain('emlx-file');
  });
});

describe('message/partial (RFC 2046 §5.2.2)', () => {
  const inner = postfixDsn('bea@example.org', '550 5.1.1 <bea@example.org>: User unknown', '5.1.1');
  const fragment = (n: number, body: string): string =>
    `From: MAILER-DAEMON@mail.example.net\nTo: sender@example.com\nSubject: Undelivered Mail (part ${n} of 2)\nMIME-Version: 1.0\nContent-Type: message/partial; id="x@example.net"; number=${n}; total=2\n\n${body}`;

  it('reads fragment 1 as the message it opens, and says only that fragment came', () => {
    const r = explain(fragment(1, inner.slice(0, inner.indexOf('--B1\nContent-Type: message/delivery-status'))));
    expect(who(r)).toEqual(['bea@example.org userunknown true']);
    expect(r.warnings.find((w) => w.code === 'message-partial')?.message).toContain('part 1 of 2');
  });

  it('reads a later fragment as text, and says which part it is', () => {
    const r = explain(fragment(2, inner.slice(inner.indexOf('--B1\nContent-Type: message/delivery-status'))));
    expect(r.warnings.find((w) => w.code === 'message-partial')?.message).toContain('part 2 of 2');
    expect(r.document).toContain('Final-Recipient: rfc822; bea@example.org');
  });

  it('leaves a report\'s returned copy typed message/partial a returned part (no fragment warning)', () => {
    const r = explain(inner.replace('--B1--', '--B1\nContent-Type: message/partial\n\nFrom: sender@example.com\nTo: bea@example.org\nSubject: Hi\n\nHello\n--B1--'));
    expect(who(r)).toEqual(['bea@example.org userunknown true']);
    expect(r.warnings.map((w) => w.code)).not.toContain('message-partial');
  });
});

describe('multipart/digest: its parts are messages (RFC 2046 §5.1.5)', () => {
  it('reads the notice each message holds', () => {
    const notice = (a: string, reply: string): string =>
      `From: MAILER-DAEMON@mail.example.net\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.net.\n\n<${a}>: host mx.example.org[192.0.2.25] said: ${reply}\n`;
    const r = explain(
      `From: postmaster@example.com\nSubject: Bounces (2)\nMIME-Version: 1.0\nContent-Type: multipart/digest; boundary="D"\n\n--D\n\n${notice('a@example.org', '550 5.1.1 <a@example.org>: User unknown')}\n--D\n\n${notice('b@example.org', '552 5.2.2 <b@example.org>: Mailbox full')}\n--D--\n`,
    );
    expect(who(r)).toEqual(['a@example.org userunknown true', 'b@example.org mailboxfull false']);
  });
});

describe('8-bit text with no charset, read in the charset the message names elsewhere', () => {
  const sjisBody = (): Uint8Array => {
    // "宛先不明" (address unknown) in Shift_JIS, then Postfix's line.
    const jp = [0x88, 0xb6, 0x90, 0xe6, 0x95, 0x73, 0x96, 0xbe];
    return Uint8Array.from([...jp, 0x0a, 0x0a, ...enc('<ken@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <ken@example.org>: User unknown\n')]);
  };
  const message = (subject: string, contentType: string): Uint8Array =>
    Uint8Array.from([...enc(`From: MAILER-DAEMON@mail.example.net\nSubject: ${subject}\nMIME-Version: 1.0\n${contentType}\n\nThis is the mail system at host mail.example.net.\n\n`), ...sjisBody()]);

  it('an encoded word of the Subject names it (ISO-2022-JP: its 8-bit forms, Shift_JIS here)', () => {
    const r = explain(message('=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=', 'Content-Type: text/plain'));
    expect(r.document).toContain('宛先不明');
    expect(who(r)).toEqual(['ken@example.org userunknown true']);
    expect(r.sections.find((s) => s.label === 'Message text')?.decoded).toContain('iso-2022-jp');
  });

  it('UTF-8 bytes stay UTF-8 whatever the hint', () => {
    const r = explain(Uint8Array.from([...enc('From: MAILER-DAEMON@mail.example.net\nSubject: =?KOI8-R?B?8NLJ18XU?=\nContent-Type: text/plain\n\n'), ...enc('Empfänger unbekannt: <ken@example.org>\n')]));
    expect(r.document).toContain('Empfänger unbekannt');
  });

  it('a part with its own label keeps it', () => {
    const r = explain(message('=?ISO-2022-JP?B?GyRCR1s/LiUoJWkhPBsoQg==?=', 'Content-Type: text/plain; charset=windows-1252'));
    expect(r.document).not.toContain('宛先不明');
  });
});

describe('a forward of a forward reaches the report attached deepest', () => {
  it('reads the report two attached messages down, as quoted', () => {
    const dsn = postfixDsn('cy@example.org', '550 5.1.1 <cy@example.org>: User unknown', '5.1.1');
    const fwd = (from: string, b: string, inner: string): string =>
      `From: ${from}\nTo: it-help@example.com\nSubject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="${b}"\n\n--${b}\nContent-Type: text/plain\n\nSee below.\n\n--${b}\nContent-Type: message/rfc822\n\n${inner}\n--${b}--\n`;
    const r = explain(enc(fwd('bob@example.com', 'F2', fwd('anna@example.com', 'F1', dsn))));
    expect(who(r)).toEqual(['cy@example.org userunknown true']);
    expect(r.quoted).toBe(true);
  });
});

describe('a raw message under other text (read/raw-below.ts)', () => {
  const b64 = (s: string): string => btoa(s).replace(/.{76}/g, '$&\n');
  const source = (a: string): string =>
    `Received: from mx.example.net by mx.example.com; Sat, 5 Dec 2026 10:00:03 +0000\nFrom: postmaster@example.com\nTo: me@example.com\nSubject: Undeliverable: figures\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="R"\n\n--R\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64(`Your message to ${a} couldn't be delivered.\n`)}\n--R\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${b64(`Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; ${a}\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n`)}\n--R--\n`;

  it('reads the source under a person\'s words as a message, its base64 parts decoded', () => {
    const r = explain(`Can someone read this? Source below:\n\n${source('ned@example.org')}`);
    expect(who(r)).toEqual(['ned@example.org userunknown true']);
    expect(r.recipients[0].status).toBe('5.1.10');
    expect(r.warnings.map((w) => w.code)).toContain('raw-message-below-text');
    expect(r.document.startsWith('Can someone read this?')).toBe(true);
  });

  it('finds the source glued to Gmail\'s button label', () => {
    const text = `Original Message\nMessage ID\t<x@example.com>\nSPF:\tPASS with IP 192.0.2.1 Learn more\nDownload Original Copy to clipboard${source('ned@example.org')}`;
    const at = rawMessageBelow(text);
    expect(text.slice(at).startsWith('Received: from mx.example.net')).toBe(true);
    expect(who(explain(text))).toEqual(['ned@example.org userunknown true']);
  });

  it('leaves a notice alone whose returned message stands under it', () => {
    const text = `I'm sorry to have to inform you that the message returned\nbelow could not be delivered to one or more destinations.\n\n<kim@example.org>: mailbox unavailable\n\n${postfixDsn('other@example.org', '550 5.1.1 <other@example.org>: User unknown', '5.1.1')}`;
    expect(explain(text).warnings.map((w) => w.code)).not.toContain('raw-message-below-text');
    // (Nor is a notice that states a reply code above it read so.)
    expect(rawMessageBelow(`<kim@example.org>: 550 5.1.1 unknown\n\n${source('x@example.org')}`)).toBe(-1);
    // (Nor one whose words say a copy of the message follows, or that opens a line with an address.)
    expect(rawMessageBelow(`The mailbox is gone.\n\n--- Below this line is a copy of the message.\n\n${source('x@example.org')}`)).toBe(-1);
    expect(rawMessageBelow(`kim@example.org\n  mailbox is gone\n\n${source('x@example.org')}`)).toBe(-1);
    // (A person's sentence may name an address.)
    expect(rawMessageBelow(`I wrote to kim@example.org and got this:\n\n${source('x@example.org')}`)).toBeGreaterThan(0);
  });
});

describe('one domain written as A-labels and as Unicode (RFC 5891, RFC 3492)', () => {
  it.each([
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['fiqs8s', '中国'],
    ['p1ai', 'рф'],
  ])('decodes xn--%s', (puny, text) => {
    expect(decodePunycode(puny)).toBe(text);
  });

  it('refuses what is no Punycode, and keeps such a label as it is', () => {
    expect(decodePunycode('a!b')).toBeNull();
    expect(unicodeDomain('XN--BCHER-KVA.Example.ORG')).toBe('bücher.example.org');
    expect(unicodeDomain('xn--!!.example.org')).toBe('xn--!!.example.org');
  });

  it('a DSN whose Original-Recipient is the U-label form of Final-Recipient names one mailbox (a hard bounce)', () => {
    const message = postfixDsn('ole@xn--bcher-kva.example.org', '550 5.1.1 <ole@xn--bcher-kva.example.org>: User unknown', '5.1.1').replace(
      'Final-Recipient:',
      'Original-Recipient: utf-8; ole@bücher.example.org\nFinal-Recipient:',
    );
    expect(who(explain(enc(message)))).toEqual(['ole@xn--bcher-kva.example.org userunknown true']);
  });
});

describe('a local delivery agent reports the mailbox\'s state (Sendmail, X-Actual-Recipient: X-Unix; |program)', () => {
  const sendmail = (status: string, diagnostic: string): string =>
    `From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nTo: sender@example.com\nSubject: Returned mail: see transcript for details\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="S"\n\n--S\nContent-Type: text/plain\n\n   ----- The following addresses had permanent fatal errors -----\n<jan@example.org>\n    (reason: ${diagnostic})\n\n--S\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: RFC822; jan@example.org\nX-Actual-Recipient: X-Unix; |/usr/bin/maildrop\nAction: failed\nStatus: ${status}\nDiagnostic-Code: X-Unix; ${diagnostic}\n\n--S--\n`;

  it('a quota state (X.2.2) is a full mailbox, not the program failing', () => {
    expect(who(explain(enc(sendmail('5.2.2', 'maildrop: maildir over quota.'))))).toEqual(['jan@example.org mailboxfull false']);
  });

  it('a program that failed otherwise stays a mailer error', () => {
    expect(explain(enc(sendmail('5.3.0', 'Service unavailable'))).recipients.map((x) => x.reason)).toEqual(['mailererror']);
  });
});

describe('an mbox of bounces among ordinary mail: the CLI and the page list every message', () => {
  const file = join(ROOT, 'tests/fixtures/trust/raw11-mbox-mixed-mail.mbox');
  const bytes = new Uint8Array(readFileSync(file));
  const kinds = (messages: Uint8Array[]): string[] => messages.map((m) => explain(m).kind);
  const want = ['unknown', 'dsn', 'unknown', 'delay', 'auto-reply'];

  it('the CLI: one result a message, in order', () => {
    expect(kinds(splitMessages(bytes).map((m) => m.bytes))).toEqual(want);
  });

  it('the page: the same messages to pick from', () => {
    const split = splitMbox(new TextDecoder('latin1').decode(bytes));
    expect(split.isMbox).toBe(true);
    expect(kinds(split.messages.map((m) => bytes.slice(m.start, m.end)))).toEqual(want);
  });
});

describe('line ends written as escapes (a log or a program\'s string)', () => {
  const dsn = postfixDsn('dex@example.org', '552 5.2.2 <dex@example.org>: Mailbox full', '5.2.2');
  const logged = `2026-12-05T10:00:03Z worker stored bounce body="${dsn.replace(/"/g, '\\"').replace(/\n/g, '\\r\\n')}"`;

  it('reads them as line breaks at the same length, so every span holds', () => {
    const plain = escapedLineEnds(logged);
    expect(plain?.length).toBe(logged.length);
    expect(plain).toContain('Final-Recipient: rfc822; dex@example.org  \r\n');
    const r = explain(logged);
    expect(who(r)).toEqual(['dex@example.org mailboxfull false']);
    expect(r.recipients[0].status).toBe('5.2.2');
    for (const e of r.recipients[0].evidence.filter((x) => x.field === 'address')) expect(r.document.slice(e.start, e.end)).toBe('dex@example.org');
    expect(r.warnings.map((w) => w.code)).toContain('escaped-line-ends');
  });

  it('leaves a text with its own line breaks alone, and one with a stray escape or two', () => {
    expect(escapedLineEnds(dsn.replace('Mailbox full', 'Mailbox full (see \\n)'))).toBeNull();
    expect(escapedLineEnds('550 5.1.1 user unknown\\n\\n')).toBeNull();
  });
});
