/**
 * The right address or none, and the right kind of message: the address reader (whole
 * internationalised addresses, never cut, never a path), where a recipient's address may
 * come from (`addressSource`), delay warnings, temporary replies, forwarded bounces,
 * digests and ordinary mail. The golden samples named here hold the inputs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, type Report } from '../../src/lib/core/index.ts';
import { findAddresses, firstAddress, isAddress } from '../../src/lib/core/read/address.ts';
import { ROOT } from '../helpers/shared.ts';

const SAMPLES = join(ROOT, 'tests/fixtures/samples');

function sample(name: string): Report {
  const txt = join(SAMPLES, name, 'input.txt');
  if (existsSync(txt)) return explain(readFileSync(txt, 'utf8'));
  return explain(new Uint8Array(readFileSync(join(SAMPLES, name, 'input.eml'))));
}

const codes = (r: Report) => r.warnings.map((w) => w.code);

describe('the address reader', () => {
  const all = (text: string) => findAddresses(text).map((a) => [a.address, text.slice(a.start, a.end)]);

  it('reads non-ASCII local parts and domains whole (RFC 6531/6532)', ({ expect }) => {
    expect(all('<müller@example.org>: User unknown')).toEqual([['müller@example.org', 'müller@example.org']]);
    expect(all('to josé.garcía@bücher.example.com.')).toEqual([['josé.garcía@bücher.example.com', 'josé.garcía@bücher.example.com']]);
    expect(all('пользователь@пример.рф')).toEqual([['пользователь@пример.рф', 'пользователь@пример.рф']]);
    expect(all('用户@例子.广告')).toEqual([['用户@例子.广告', '用户@例子.广告']]);
    expect(all('user@xn--bcher-kva.example.com')[0][0]).toBe('user@xn--bcher-kva.example.com');
  });

  it('gives one form whatever the Unicode composition, and lower-cases only the domain', ({ expect }) => {
    expect(firstAddress('Mu\u0308ller@Example.ORG')?.address).toBe('Müller@example.org');
  });

  it('does not take text of an unspaced script run into the address', ({ expect }) => {
    expect(all('宛先nobody@example.orgは存在しません')).toEqual([['nobody@example.org', 'nobody@example.org']]);
    expect(all('送信先：nobody@example.org')).toEqual([['nobody@example.org', 'nobody@example.org']]);
  });

  it('keeps quoted local parts and address literals', ({ expect }) => {
    expect(all('<"neko..nyaan"@example.org>...')).toEqual([['"neko..nyaan"@example.org', '"neko..nyaan"@example.org']]);
    expect(firstAddress('rfc822; nobody@[192.0.2.1]')?.address).toBe('nobody@[192.0.2.1]');
    expect(firstAddress('"John Doe" <jd@example.org>')?.address).toBe('jd@example.org');
  });

  it('never gives @host alone, a cut address or a sentence dot', ({ expect }) => {
    expect(all('@example.org')).toEqual([]);
    expect(all('foo@localhost')).toEqual([]);
    expect(all('mail nobody@example.org.')).toEqual([['nobody@example.org', 'nobody@example.org']]);
    expect(all('...nobody@example.org--')).toEqual([['nobody@example.org', 'nobody@example.org']]);
    expect(all('a@b@example.org')).toEqual([['b@example.org', 'b@example.org']]);
    expect(isAddress('/var/mail/nobody')).toBe(false);
    expect(isAddress('nobody')).toBe(false);
    expect(isAddress('nyaan%example.org@store.example.net')).toBe(true);
  });

  it('reads no address in the tail of one broken after a hyphen at a line end', ({ expect }) => {
    // "maximiliane.schoenberger-" / "lindqvist@example.org": the tail names another address.
    expect(all('Recipient:\n  maximiliane.schoenberger-\nlindqvist@example.org\n')).toEqual([]);
    expect(all('maximiliane.schoenberger_\r\nlindqvist@example.org')).toEqual([]);
    // A separator line, a sentence, or an address on the line before are no broken word.
    expect(all('-----\nbob@example.org')).toEqual([['bob@example.org', 'bob@example.org']]);
    expect(all('failed.\nbob@example.org')).toEqual([['bob@example.org', 'bob@example.org']]);
    expect(all('a@example.net\nbob@example.org').map((a) => a[0])).toEqual(['a@example.net', 'bob@example.org']);
  });

  it('reads long runs of dots and at-signs as no address', ({ expect }) => {
    expect(findAddresses('a.'.repeat(50_000) + '@')).toEqual([]);
    expect(findAddresses('@'.repeat(50_000))).toEqual([]);
    expect(findAddresses('x@' + 'a.'.repeat(50_000))).toEqual([]);
  });
});

describe('a recipient address comes only from a recipient position', () => {
  it('reads internationalised addresses whole in pasted text', ({ expect }) => {
    const r = sample('postfix-text-utf8-addresses');
    expect(r.recipients.map((x) => x.address)).toEqual(['müller@example.org', 'josé.garcía@bücher.example.com']);
    for (const x of r.recipients) {
      const span = x.evidence.find((e) => e.field === 'address')!;
      expect(r.document.slice(span.start, span.end)).toBe(x.address);
      expect(x.addressSource).toBe('mta');
    }
  });

  it('a delivery to a program names the address it was expanded from (Sendmail pasted as text)', ({ expect }) => {
    const text = [
      '   ----- The following addresses had permanent fatal errors -----',
      '"|/usr/local/bin/procmail"',
      '    (reason: 75)',
      '    (expanded from: <ann@example.org>)',
      '',
      '   ----- Transcript of session follows -----',
      '554 5.3.0 unknown mailer error 75',
      '',
    ].join('\n');
    const r = explain(text);
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['ann@example.org', 'mailererror', false]]);
    const span = r.recipients[0].evidence.find((e) => e.field === 'address')!;
    expect(text.slice(span.start, span.end)).toBe('ann@example.org');
  });

  it('reads them in an RFC 6533 DSN, with \\x{…} escapes decoded', ({ expect }) => {
    const r = sample('global-dsn-utf8');
    expect(r.recipients.map((x) => [x.address, x.addressSource])).toEqual([
      ['josé@example.org', 'dsn'],
      ['müller.张@bücher.example.com', 'dsn'],
    ]);
    expect(r.recipients[1].originalRecipient).toBe('müller.张@bücher.example.com');
  });

  it('never names a signature or a help desk: the address is null and the verdict stands', ({ expect }) => {
    const r = sample('text-signature-no-address');
    expect(r.kind).toBe('bounce');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({ address: null, addressSource: null, reason: 'spamdetected', status: '5.7.1' });
  });

  it('never names the sender a reply to MAIL FROM speaks of', ({ expect }) => {
    const r = sample('reply-sender-address-not-recipient');
    expect(r.recipients[0]).toMatchObject({ address: null, addressSource: null, status: '5.1.8' });
    const contact = explain('554 5.7.1 Message refused. Questions? Write to postmaster@example.net');
    expect(contact.recipients[0].address).toBeNull();
    // Exim's sender verification: the callout's "Sent: RCPT TO:<…>" asked about the sender.
    const callout = explain('550-Verification failed for <s@example.com>\n550-Called:   192.0.2.10\n550-Sent:     RCPT TO:<s@example.com>\n550-Response: 550 5.1.1 User unknown\n550 Sender verify failed\n');
    expect(callout.recipients[0]).toMatchObject({ address: null, reason: 'rejected', hardBounce: false });
  });

  it('reads the recipient of a reply or a log line where it names one', ({ expect }) => {
    expect(sample('reply-postfix-log-line').recipients[0]).toMatchObject({ address: 'nobody@example.org', addressSource: 'mta' });
    expect(explain('550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown').recipients[0].address).toBe('nobody@example.org');
    expect(explain('550 5.1.1 <nobody@example.org>... User unknown').recipients[0].address).toBe('nobody@example.org');
    const named = explain('Your message to Sam Doe <sam@example.org> could not be delivered.\n\n550 5.1.1 User unknown\n');
    expect(named.recipients[0]).toMatchObject({ address: 'sam@example.org', reason: 'userunknown' });
    // A refusal that names the address after its words (Cisco's "Address rejected <…>", "User Unknown: <…>").
    expect(explain('550 #5.1.0 Address rejected nobody@example.org').recipients[0].address).toBe('nobody@example.org');
    expect(explain('550 5.7.1 550 User Unknown: nobody@example.org').recipients[0].address).toBe('nobody@example.org');
    // The same words about the sender name no recipient.
    expect(explain('550 5.7.1 Sender address rejected: s@example.com').recipients[0].address).toBeNull();
  });

  it('says an address came from an SMTP transcript', ({ expect }) => {
    const r = sample('sendmail-transcript-rcpt');
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.org', addressSource: 'transcript', command: 'RCPT', reason: 'userunknown' });
  });

  it('completes a bare local part from X-Failed-Recipients, and never reports a mailbox file', ({ expect }) => {
    expect(sample('exim-text-local-part-only').recipients[0]).toMatchObject({ address: 'alex@example.org', addressSource: 'x-failed-recipients' });
    const spool = sample('exim-local-delivery-x-failed');
    // From Exim's own "generated by" line: the DSN's Final-Recipient names only the file.
    expect(spool.recipients.map((x) => [x.address, x.addressSource])).toEqual([['inbox%example.org@store.example.net', 'mta']]);
    expect(spool.recipients[0].address).not.toMatch(/^\//);
    // No X-Failed-Recipients to complete it from: no address at all.
    const bare = explain(
      'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; /var/spool/mail/nobody\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: x-unix; mailbox is full\n',
    );
    expect(bare.recipients[0]).toMatchObject({ address: null, addressSource: null, reason: 'mailboxfull' });
  });

  it('falls back on the returned To only as a last resort, and says so', ({ expect }) => {
    const r = sample('text-returned-to-only');
    expect(r.recipients[0]).toMatchObject({ address: 'robin@example.org', addressSource: 'returned-to' });
    expect(codes(r)).toContain('address-from-returned-message');
    expect(codes(sample('reply-postfix-log-line'))).not.toContain('address-from-returned-message');
  });
});

describe('the right kind of message', () => {
  it.each(['postfix-text-delay', 'sendmail-text-delay', 'exim-text-delay', 'exchange-online-text-delay'])(
    'reads the delay warning %s as a delay, not a failure',
    (name) => {
      const r = sample(name);
      expect(r.kind).toBe('delay');
      for (const x of r.recipients) expect(x).toMatchObject({ action: 'delayed', permanent: false, hardBounce: false });
    },
  );

  it('reads the Exchange "Delivery Status Notification (Delay)" text as a delay', ({ expect }) => {
    const r = explain(
      'Delivery Status Notification (Delay)\n\nThis is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n       pending@example.org\n',
    );
    expect(r.kind).toBe('delay');
    expect(r.recipients[0]).toMatchObject({ address: 'pending@example.org', action: 'delayed', permanent: false });
  });

  it('never calls a bare temporary reply failed, permanent or a hard bounce', ({ expect }) => {
    const r = sample('reply-mailboxfull-4xx');
    expect(r.kind).toBe('smtp-reply');
    expect(r.recipients[0]).toMatchObject({ action: null, permanent: false, hardBounce: false });
    const unknown = explain('450 4.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table');
    expect(unknown.recipients[0]).toMatchObject({ action: null, permanent: false, hardBounce: false });
  });

  it('calls a temporary failure failed when the server gave up, and an expired message one a later attempt can deliver', ({ expect }) => {
    const r = sample('sendmail-text-expired');
    expect(r.kind).toBe('bounce');
    // The message failed; resending it can succeed (permanent: "will resending fail again?").
    expect(r.recipients[0]).toMatchObject({ reason: 'expired', action: 'failed', permanent: false, hardBounce: false });
    // A bare 4xx reply that says the server gave up: failed, and expired; the 4.x.x code says a later attempt can succeed.
    const gaveUp = explain('451 4.4.1 Connection timed out: retry timeout exceeded, giving up');
    expect(gaveUp.recipients[0]).toMatchObject({ action: 'failed', reason: 'expired', permanent: false });
    // A permanent code keeps it permanent.
    expect(explain('554 5.4.7 Delivery expired (message too old)').recipients[0]).toMatchObject({ reason: 'expired', permanent: true });
  });

  it('reads a reply pasted on its own in any language, and not a number in prose', () => {
    for (const text of ['552 Postfach voll', '550 Utilisateur inconnu', 'Fehler: 550 Benutzer unbekannt', 'Remote host said: 550 no such user']) {
      const r = explain(text);
      expect(r.kind, text).toBe('smtp-reply');
      expect(r.recipients, text).toHaveLength(1);
    }
    for (const text of ['Our team of 550 people failed to agree on lunch.', 'Note: 500 people came to the launch.']) {
      expect(explain(text), text).toMatchObject({ kind: 'unknown', recipients: [] });
    }
  });

  it.each(['not-a-report-newsletter', 'not-a-report-airline'])('reads %s as ordinary mail', (name) => {
    const r = sample(name);
    expect(r).toMatchObject({ kind: 'unknown', recipients: [], quoted: false });
    expect(codes(r)).toContain('not-a-report');
  });

  it('does not explain ordinary mail that quotes a bounce line: a person\'s reply, a letter, a newsletter', ({ expect }) => {
    const reply = (subject: string, from: string, body: string) =>
      explain(new TextEncoder().encode(`From: ${from}\nTo: lukas@example.net\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain\n\n${body}`));
    const quotedLine = '    550 5.1.1 <maria@example.org>: Recipient address rejected: User unknown\n';
    const letter = `Hello Lukas,\n\nthe bounce you sent says:\n\n${quotedLine}\nThe address does exist.\n\nKind regards,\nSupport\n`;
    for (const [subject, code] of [['Re: [Ticket #1] bounces', 'personal-reply'], ['[Ticket #1] bounces', 'letter']] as const) {
      const r = reply(subject, 'Example Support <support@example.com>', letter);
      expect(r, subject).toMatchObject({ kind: 'unknown', recipients: [] });
      expect(codes(r), subject).toContain(code);
    }
    // The same words from a mail system are its notice.
    expect(reply('Re: bounces', 'MAILER-DAEMON@example.com', letter).recipients.map((x) => x.address)).toEqual(['maria@example.org']);
    // A newsletter shows a bounce; one without a reply in it is ordinary mail as before.
    const news = (body: string) => explain(new TextEncoder().encode(`From: tips@example.com\nTo: r@example.net\nSubject: Bounces explained\nList-Unsubscribe: <https://example.com/u>\n\n${body}`));
    expect(codes(news(`A hard bounce:\n\n${quotedLine}`))).toContain('newsletter');
    expect(codes(news('Nothing about bounces today.'))).toContain('not-a-report');
    // A pasted letter: a quoted line is not explained; a whole notice pasted into it is, as quoted.
    expect(explain(`Hi team,\n\nthe relay logged\n\n${quotedLine}\nbut it is fixed.\n\nCheers,\nUwe\n`)).toMatchObject({ kind: 'unknown', recipients: [] });
    const passedOn = explain(
      `Hi IT,\n\nI got this back:\n\nThis is the mail system at host out.example.com.\n\n<vic@example.org>: host mx.example.org[192.0.2.19] said: 552 5.2.2\n    <vic@example.org>: Mailbox full (in reply to RCPT TO command)\n\nThanks,\nAnna\n`,
    );
    expect(passedOn).toMatchObject({ quoted: true, recipients: [{ address: 'vic@example.org', reason: 'mailboxfull' }] });
  });

  it('does not explain a digest that quotes a bounce', ({ expect }) => {
    const r = sample('not-a-report-digest');
    expect(r).toMatchObject({ kind: 'unknown', recipients: [], quoted: false });
    expect(codes(r)).toEqual(['digest']);
  });

  it.each([
    ['forwarded-bounce-question', 'chris@example.org'],
    ['forwarded-bounce-quoted', 'jürgen@example.org'],
  ])('explains the bounce quoted in %s and marks it quoted', (name, address) => {
    const r = sample(name);
    expect(r.quoted).toBe(true);
    expect(codes(r)[0]).toBe('quoted-bounce');
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([[address, 'userunknown', true]]);
    // The forwarder's words stay in the document, and every span points at the bounce's words.
    expect(r.document).toMatch(/(?:why this bounced|Why did this come back)/);
    for (const e of r.recipients[0].evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(r.document.length);
    }
    const span = r.recipients[0].evidence.find((e) => e.field === 'address')!;
    expect(r.document.slice(span.start, span.end)).toBe(address);
    expect(r.sections.some((s) => s.label.endsWith('(quoted bounce)'))).toBe(true);
  });

  it('reads a bounce quoted in a reply ("… wrote:") as quoted', ({ expect }) => {
    const r = explain(
      'Any idea?\n\nOn Fri, 27 Nov 2026, Mail Delivery System <MAILER-DAEMON@mx.example.com> wrote:\n> This is the mail system at host mx.example.com.\n>\n> <nobody@example.org>: host mail.example.org[192.0.2.25] said: 550 5.1.1\n>     <nobody@example.org>: Recipient address rejected: User unknown (in reply\n>     to RCPT TO command)\n',
    );
    expect(r.quoted).toBe(true);
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.org', reason: 'userunknown' });
  });

  it.each([
    ['> ', 'once'],
    ['> > ', 'twice'],
    ['>', 'with no space after the mark'],
  ])('reads a paste quoted with %j throughout (%s) as the bounce it quotes', (mark) => {
    const courier = [
      'This is a delivery status notification from mail.example.com,',
      'running the Courier mail server, version 1.1.',
      '',
      '                           UNDELIVERABLE MAIL',
      '',
      'Your message to the following recipients cannot be delivered:',
      '',
      '<nobody@example.org>:',
      '<<< No such domain.',
      '',
    ];
    const r = explain(courier.map((l) => (mark + l).trimEnd()).join('\n'));
    expect(r.quoted).toBe(true);
    expect(r.recipients.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['nobody@example.org', 'hostunknown', true]]);
    const span = r.recipients[0].evidence.find((e) => e.field === 'address')!;
    expect(r.document.slice(span.start, span.end)).toBe('nobody@example.org');
    // A paste with a line of its own above the quote is no all-quoted paste, but a question
    // above a quoted notice (as a forum or an issue tracker quotes what is pasted into it): the
    // quoted notice is read, as quoted; the question is not part of it.
    const asked = explain(['Why?', ...courier.map((l) => (mark + l).trimEnd())].join('\n'));
    expect(asked.quoted).toBe(true);
    expect(asked.recipients.map((x) => [x.address, x.reason])).toEqual([['nobody@example.org', 'hostunknown']]);
    // Quoted lines that are no notice (a reply's words, a log line) are not read that way.
    const chat = explain(['Why?', ...['I sent it yesterday.', 'It came back.', '550 sorry'].map((l) => mark + l)].join('\n'));
    expect(chat.quoted).not.toBe(true);
  });

  it('reads a bounce quoted under a forward marker with no header block, and only a bounce', ({ expect }) => {
    const quote = (lines: string[]) => lines.map((l) => `> ${l}`.trimEnd()).join('\n');
    const postfix = [
      'This is the mail system at host mail.example.com.',
      '',
      '<nobody@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1',
      '    <nobody@example.org>: Recipient address rejected: User unknown (in reply',
      '    to end of DATA command)',
    ];
    const r = explain(`Why did this come back?\n\n---------- Forwarded message ---------\n${quote(postfix)}\n`);
    expect(r.quoted).toBe(true);
    // Read unquoted, as the same notice pasted alone is (its stage too).
    const alone = explain(postfix.join('\n') + '\n');
    const verdict = (x: Report['recipients'][number]) => [x.address, x.command, x.reason, x.hardBounce];
    expect(r.recipients.map(verdict)).toEqual(alone.recipients.map(verdict));
    expect(r.recipients.map((x) => [x.address, x.command])).toEqual([['nobody@example.org', 'DATA']]);
    const chat = explain(`FYI\n\n---------- Forwarded message ---------\n${quote(['Lunch at noon?', '', 'Ann'])}\n`);
    expect(chat).toMatchObject({ kind: 'unknown', recipients: [], quoted: false });
  });

  it('reads a notice whose sentences a narrow view broke over short lines, with every span in the text as pasted', ({ expect }) => {
    const text = 'This is an automatically generated\nDelivery Status Notification.\n\nDelivery to the following recipients\nfailed.\n\n       nobody@example.org\n';
    const r = explain(text);
    expect(r.kind).toBe('bounce');
    expect(r.document).toBe(text);
    expect(codes(r)).toContain('lines-joined');
    expect(r.recipients.map((x) => [x.address, x.hardBounce, x.confidence])).toEqual([['nobody@example.org', false, 'low']]);
    const span = r.recipients[0].evidence.find((e) => e.field === 'address')!;
    expect(text.slice(span.start, span.end)).toBe('nobody@example.org');
    // The same with CRLF line ends: each break is as long as before.
    const crlf = explain(text.replace(/\n/g, '\r\n'));
    expect(crlf.recipients.map((x) => x.address)).toEqual(['nobody@example.org']);
    // A person's short lines are still a person's mail.
    const person = explain('Hi Tom,\nthe invoice you sent me\nyesterday could not be\nopened on my phone, can\nyou send it again?\nThanks, Ann\n');
    expect(person).toMatchObject({ kind: 'unknown', recipients: [] });
    expect(codes(person)).not.toContain('lines-joined');
  });

  it('reads an address that ends the paste (no line end after it) without failing', ({ expect }) => {
    for (const text of ['nobody@example.org', 'Delivery to the following recipients failed:\nnobody@example.org']) {
      expect(codes(explain(text)), text).not.toContain('internal-error');
    }
  });

  it('does not take a bounce\'s own returned original for a forward', ({ expect }) => {
    const r = sample('text-returned-to-only');
    expect(r.quoted).toBe(false);
  });
});

describe('an address Exchange wraps (IMCEAEX-…): a stale cached entry, not an address to remove', () => {
  // Exchange NDR for a cached internal (X.500 / legacyExchangeDN) address that changed
  // (learn.microsoft.com, "IMCEAEX non-delivery report when you send email messages to an
  // internal user"): the entry is stale; the person's email address may well work.
  const ndr = (rcpt: string) => `Delivery has failed to these recipients or groups:

Bob Example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.corp.example.com

${rcpt}
Remote Server returned '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found'

Original message headers:
`;
  const imceaex = 'IMCEAEX-_o=ExampleOrg_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=0a1b2c3d4e5f-bob@corp.example.com';

  it('reads the wrapped address, not found, but removes no address and says what to do', () => {
    const report = explain(ndr(imceaex));
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([[imceaex, 'userunknown', false]]);
    expect(codes(report)).toContain('encapsulated-address');
  });

  it('while an SMTP address not found is a hard bounce, with no such warning', () => {
    const report = explain(ndr('bob@corp.example.com'));
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([['bob@corp.example.com', 'userunknown', true]]);
    expect(codes(report)).not.toContain('encapsulated-address');
  });
});

describe('the To line of a forwarded bounce\'s own header is never the recipient', () => {
  // A mail app forwards a bounce with its header in the app's language: the bounce came from
  // a mail system ("差出人: MAILER-DAEMON@…", "From: Mail Delivery System <…>") to the person
  // who forwards it ("宛先: <their address>"): that address sent the failed message.
  it.each([
    ['Japanese (Apple Mail)', 'Begin forwarded message:\n\n> 差出人: MAILER-DAEMON@mail.example.jp\n> 件名: failure notice\n> 宛先: yuka@example.com\n>\n> Your message could not be delivered: 550 5.1.1 User unknown\n', 'yuka@example.com'],
    ['English', '---------- Forwarded message ----------\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.net>\nSubject: Undelivered Mail\nTo: kim@example.com\n\nYour message could not be delivered: 550 5.1.1 User unknown\n', 'kim@example.com'],
  ])('%s', (_how, text, forwarder) => {
    const report = explain(text);
    expect(report.recipients.map((r) => r.address)).not.toContain(forwarder);
    expect(report.recipients.every((r) => !r.hardBounce || r.address !== forwarder)).toBe(true);
  });

  it('while a notice that describes the failed message names its recipient on its To line', () => {
    const report = explain('送信したメールは配信できませんでした。\n\n件名: Quarterly figures\n宛先: bob@example.org\n\n550 5.1.1 User unknown\n');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['bob@example.org', 'userunknown']]);
  });
});
