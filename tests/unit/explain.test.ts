import { describe, expect, it } from 'vitest';
import { explain, LIMITS, REASON_IDS } from '../../src/lib/core/index.ts';

describe('explain()', () => {
  it('reads a bare reply with the code inside the text', ({ expect }) => {
    const r = explain('Remote host said: 550 sorry, no mailbox here by that name. (#5.1.1)');
    expect(r.kind).toBe('smtp-reply');
    expect(r.recipients[0]).toMatchObject({ status: '5.1.1', replyCode: '550', reason: 'userunknown', hardBounce: true, permanent: true, owner: 'sender' });
  });

  it('gives the same answer for a string and for its UTF-8 bytes', ({ expect }) => {
    const text = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown';
    const a = explain(text);
    const b = explain(new TextEncoder().encode(text));
    expect(b.recipients.map((r) => [r.address, r.reason, r.status])).toEqual(a.recipients.map((r) => [r.address, r.reason, r.status]));
    expect(a.recipients[0].address).toBe('nobody@example.org');
  });

  it('says why when there is nothing to explain', ({ expect }) => {
    expect(explain('')).toMatchObject({ kind: 'unknown', recipients: [] });
    expect(explain('').warnings.map((w) => w.code)).toContain('empty-input');
    expect(explain('Lunch on Friday?').warnings.map((w) => w.code)).toContain('not-a-report');
    const binary = explain(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 7, 8]));
    expect(binary.kind).toBe('unknown');
    expect(binary.warnings.map((w) => w.code)).toContain('binary-input');
  });

  it('names an Outlook .msg file, dropped as bytes or pasted as text, and reads nothing from it', ({ expect }) => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const inside = Buffer.from('\r\n550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\r\n', 'latin1');
    const bytes = Uint8Array.from([...ole, ...new Array(600).fill(0), ...inside]);
    for (const input of [bytes, new TextDecoder().decode(bytes), String.fromCharCode(...bytes)]) {
      const r = explain(input);
      expect(r).toMatchObject({ kind: 'unknown', recipients: [], document: '' });
      expect(r.warnings.map((w) => w.code)).toEqual(['binary-input']);
      expect(r.warnings[0].message).toMatch(/Outlook \.msg file/);
    }
  });

  it('reads no garbage from binary data with line breaks in it', ({ expect }) => {
    const junk = Uint8Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? 0 : i % 50 === 0 ? 10 : 65 + (i % 26)));
    const r = explain(Uint8Array.from([...junk, ...Buffer.from('\n550 5.1.1 <a@example.org>: User unknown\n')]));
    expect(r).toMatchObject({ kind: 'unknown', recipients: [] });
    expect(r.warnings.map((w) => w.code)).toEqual(['binary-input']);
  });

  it('reads a MIME body pasted without its header block, with any line ends, and only when a part header follows the delimiter line', ({ expect }) => {
    const dsn = Buffer.from('Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n').toString('base64');
    const body = `This is a MIME-encapsulated message.\n\n--b1\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${dsn}\n--b1--\n`;
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = explain(body.replace(/\n/g, eol));
      expect(r.recipients.map((x) => [x.address, x.reason, x.status])).toEqual([['a@example.org', 'userunknown', '5.1.1']]);
      expect(r.message.subject).toBeNull();
    }
    // A signature's "-- " line, or a ruler, is no delimiter line.
    const letter = 'Thanks!\n--\nContent-Type of my life: coffee\nJohn\n';
    expect(explain(letter).sections.map((x) => x.label)).toEqual(['Pasted text']);
  });

  it('reads a message saved as UTF-16, with or without a byte order mark', ({ expect }) => {
    const text = 'Subject: Undelivered Mail\r\nFrom: MAILER-DAEMON@example.net\r\n\r\n<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: User unknown\r\n';
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const r = explain(new Uint8Array(bytes));
      expect(r.message.subject).toBe('Undelivered Mail');
      expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['a@example.org', 'userunknown']]);
    }
  });

  it('cuts input past the cap and says so', ({ expect }) => {
    const big = '550 5.1.1 <a@example.org>: User unknown\n' + 'x'.repeat(LIMITS.maxInputLength + 10);
    const r = explain(big);
    expect(r.truncated).toBe(true);
    expect(r.warnings.find((w) => w.code === 'input-truncated')?.message).toMatch(/^Input cut at 8 MB/);
    expect(r.document.length).toBeLessThanOrEqual(LIMITS.maxInputLength);
    expect(r.recipients[0].reason).toBe('userunknown');
  });

  it('flags a reply code and status that disagree on permanence', ({ expect }) => {
    const r = explain('550 4.2.2 mailbox full, try later');
    expect(r.warnings.map((w) => w.code)).toContain('status-class-mismatch');
    expect(r.recipients[0].permanent).toBe(false);
  });

  it('is not sure when the DSN Status and the server\'s reply disagree on permanence', ({ expect }) => {
    const dsn = (status: string, diag: string) =>
      `From: MAILER-DAEMON@out.example.com\nTo: s@example.com\nSubject: Returned mail\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nNot delivered.\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.com\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${diag}\n\n--b--\n`;
    const split = explain(dsn('5.1.1', '450 4.1.1 <a@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    // (An unknown user, a cause that would make the address bad, on a disputed permanence: low.)
    expect([split.reason, split.confidence, split.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(split.trail.map((t) => t.rule)).toContain('decision.dsn-status-class-disagrees');
    // The other way round: a temporary Status over the server's permanent "no such user" is no hard bounce either.
    const other = explain(dsn('4.2.2', '550 5.1.1 <a@example.org>: no such user')).recipients[0];
    expect([other.reason, other.confidence, other.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(other.trail.map((t) => t.rule)).toContain('decision.dsn-status-class-disagrees');
    // A cause that leaves the address good keeps medium.
    const full = explain(dsn('5.2.2', '452 4.2.2 <a@example.org>: Mailbox full')).recipients[0];
    expect([full.reason, full.confidence, full.hardBounce]).toEqual(['mailboxfull', 'medium', false]);
    const same = explain(dsn('5.1.1', '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in relay recipient table')).recipients[0];
    expect([same.reason, same.confidence, same.hardBounce]).toEqual(['userunknown', 'high', true]);
  });

  it('is not sure of an address code whose only words say the failure is for now', ({ expect }) => {
    const r = explain('550 5.1.1 <a@example.org>: Mailbox temporarily unavailable, please try again later').recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['userunknown', 'low', false]);
    // Words that name no time keep the code's reading.
    const plain = explain('550 5.1.1 <a@example.org>: Recipient address rejected').recipients[0];
    expect(plain.confidence).not.toBe('low');
  });

  it('is not sure of a delivery whose DSN Status is a failure\'s', ({ expect }) => {
    const dsn = (status: string) =>
      `From: MAILER-DAEMON@out.example.com\nTo: s@example.com\nSubject: DSN\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nReport.\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; out.example.com\n\nFinal-Recipient: rfc822; a@example.org\nAction: delivered\nStatus: ${status}\n\n--b--\n`;
    const odd = explain(dsn('5.1.1')).recipients[0];
    expect([odd.reason, odd.confidence, odd.hardBounce]).toEqual(['delivered', 'medium', false]);
    expect(explain(dsn('2.0.0')).recipients[0].confidence).toBe('high');
  });

  it('reads a challenge-response request wrapped over lines, and a bounce it quotes as the held message', ({ expect }) => {
    const wrapped = 'Subject: Message not delivered yet\n\nYour message was NOT delivered yet. b@example.net uses a sender verification service: it is held until you prove that you are a real\nperson. Reply to this message to release it.\n';
    const r = explain(wrapped);
    expect([r.kind, r.recipients.length]).toEqual(['unknown', 0]);
    expect(r.warnings.map((w) => w.code)).toContain('challenge-response');
    const quoting =
      'Subject: Please confirm your message\n\nb@example.net uses a challenge-response filter. Please confirm that you are a person:\nhttps://guard.example.net/c/1\n\n---- Your message ----\nMy mail to your old address came back:\n\n  <b@old.example.org>: host mx.old.example.org[192.0.2.14] said: 550 5.1.1\n      <b@old.example.org>: User unknown (in reply to RCPT TO command)\n';
    const q = explain(quoting);
    expect(q.recipients.filter((x) => x.hardBounce)).toEqual([]);
    expect(q.warnings.map((w) => w.code)).toContain('challenge-response');
    // A refusal whose reply code comes before the challenge words is a report still.
    const refusal = explain('550 5.7.1 <c@example.org>: Recipient address rejected: sender verification required, please confirm that you are a person at https://guard.example.net/c/2');
    expect(refusal.recipients.map((x) => [x.address, x.status])).toEqual([['c@example.org', '5.7.1']]);
    expect(refusal.warnings.map((w) => w.code)).not.toContain('challenge-response');
  });

  it('reads the sender\'s own account disabled for sending as the sender\'s matter, not a suspended recipient', ({ expect }) => {
    for (const text of ['553 5.7.1 <t@example.org>: Sender account disabled for sending', '554 5.7.1 <t@example.org>: outgoing mail from this account has been suspended due to abuse']) {
      const r = explain(text).recipients[0];
      expect([r.reason, r.hardBounce], text).toEqual(['securityerror', false]);
    }
  });

  it('every reason it can give is in the taxonomy', ({ expect }) => {
    for (const text of ['550 5.7.1 spam', '421 4.7.0 try later', 'Action: delayed\nStatus: 4.4.7', '250 2.0.0 ok']) {
      for (const r of explain(text).recipients) expect(REASON_IDS).toContain(r.reason);
    }
  });

  it('decodes encoded words in the headers it shows', ({ expect }) => {
    const eml = 'From: =?UTF-8?B?TWFpbCBEZWxpdmVyeQ==?= <mailer-daemon@example.net>\nSubject: =?ISO-8859-1?Q?Unzustellbar=3A_Gr=FC=DFe?=\nTo: s@example.com\n\n550 5.1.1 <a@example.org>: User unknown\n';
    const r = explain(eml);
    expect(r.message.subject).toBe('Unzustellbar: Grüße');
    expect(r.message.from).toBe('Mail Delivery <mailer-daemon@example.net>');
  });
});

describe('a cause stated plainly right after an address is read, with no code', () => {
  it.each([
    ['<nobody@example.org>: mailbox full', 'mailboxfull'],
    ['nobody@example.org: mailbox full', 'mailboxfull'],
    ['<nobody@example.org>: account disabled', 'suspend'],
  ])('%s', (text, reason) => {
    const r = explain(text);
    expect(r.kind).toBe('bounce');
    expect(r.recipients[0]).toMatchObject({ address: 'nobody@example.org', reason });
  });

  it.each([
    'Your mailbox is full? Upgrade to Premium today, nobody@example.org!',
    'Dear customer, your account does not exist anymore. Write to support@example.org',
    'Contact us: help@example.org. For more information about mailbox full errors see https://example.org/help',
  ])('ordinary mail that uses such words is not a bounce: %s', (text) => {
    expect(explain(text).recipients).toHaveLength(0);
  });
});

describe('an address that an alias, a list or a forward of another domain reached', () => {
  const postfix = (final: string, alias: string) =>
    `This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<${final}> (expanded from <${alias}>): host\n    mx.example.net[192.0.2.20] said: 550 5.1.1 <${final}>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;

  it('reads Postfix\'s "(expanded from <…>)" as the address the sender wrote; a forward to another domain is no bad address', ({ expect }) => {
    const [r] = explain(postfix('jo.smith@example.net', 'jo@example.org')).recipients;
    expect(r).toMatchObject({ address: 'jo.smith@example.net', originalRecipient: 'jo@example.org', reason: 'userunknown', hardBounce: false, permanent: true });
    expect(r.headline.text).toContain('jo@example.org forwards to this address');
  });

  it('an alias of its own domain that expanded into another mailbox is no hard bounce either (the alias exists; its target is gone)', ({ expect }) => {
    const [r] = explain(postfix('jdoe@example.org', 'john@example.org')).recipients;
    expect(r).toMatchObject({ address: 'jdoe@example.org', originalRecipient: 'john@example.org', reason: 'userunknown', hardBounce: false, permanent: true });
    expect(r.headline.text).toContain('john@example.org forwards to this address');
    // The same mailbox, its local part once quoted and once not (RFC 5321 §4.1.2): the hard bounce stands.
    const [quoted] = explain(postfix('"jo..doe"@example.org', 'jo..doe@example.org')).recipients;
    expect(quoted).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });

  it('a forwarding service\'s notice: the alias written to forwards to another mailbox that refused the message, the refusal naming no address', ({ expect }) => {
    const notice = (reply: string) =>
      `We could not deliver your message to hello@example.org.\n\nhello@example.org is an alias that forwards mail to another mailbox. We\nforwarded your message, but the destination mail server refused it:\n\n   ${reply}\n`;
    const [r] = explain(notice('550 5.1.1 The email account that you tried to reach does not exist.')).recipients;
    expect(r).toMatchObject({ address: 'hello@example.org', reason: 'userunknown', hardBounce: false, permanent: true });
    expect(r.headline.text).toContain('The mailbox this address forwards to refused the message');
    expect(r.trail.map((t) => t.rule)).toContain('decision.notice-says-forwarded-onward');
    // The refusal names the alias itself: the server refused that very address, the hard bounce stands.
    const [named] = explain(notice('550 5.1.1 <hello@example.org>: Recipient address rejected: User unknown')).recipients;
    expect(named).toMatchObject({ address: 'hello@example.org', reason: 'userunknown', hardBounce: true });
  });

  it('keeps the hard bounce where the organisation routes an address to its own mail host (a subdomain)', ({ expect }) => {
    const [r] = explain(postfix('kai@mail.example.org', 'kai@example.org')).recipients;
    expect(r).toMatchObject({ address: 'kai@mail.example.org', originalRecipient: 'kai@example.org', reason: 'userunknown', hardBounce: true });
  });

  it('reads Exim\'s "(generated from …)" under the address the same way', ({ expect }) => {
    const text =
      'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  mia@example.net\n    (generated from team@example.org)\n    host mx.example.net [192.0.2.30]\n    SMTP error from remote mail server after RCPT TO:<mia@example.net>:\n    550 5.1.1 <mia@example.net>: Recipient address rejected: User unknown\n';
    const [r] = explain(text).recipients;
    expect(r).toMatchObject({ address: 'mia@example.net', originalRecipient: 'team@example.org', reason: 'userunknown', hardBounce: false });
  });

  it('an address read only from the returned original\'s To: is never a hard bounce', ({ expect }) => {
    const text = 'Your message could not be delivered.\n\nReason: 550 5.1.1 User unknown\n\n--- Original message ---\nFrom: News <news@example.com>\nTo: paula@example.org\nSubject: Invoice\n\nHello.\n';
    const r = explain(text);
    expect(r.recipients[0]).toMatchObject({ address: 'paula@example.org', addressSource: 'returned-to', reason: 'userunknown', hardBounce: false });
    expect(r.warnings.map((w) => w.code)).toContain('address-from-returned-message');
  });
});

describe('expanded addresses in Sendmail notices, and challenge-response requests', () => {
  it('reads Sendmail\'s "(expanded from: <…>)" under the "(reason: …)" line, with any line ends', ({ expect }) => {
    const text =
      '   ----- The following addresses had permanent fatal errors -----\n<rob.k@example.net>\n    (reason: 550 5.1.1 <rob.k@example.net>... User unknown)\n    (expanded from: <robert@example.org>)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<rob.k@example.net>\n<<< 550 5.1.1 <rob.k@example.net>... User unknown\n';
    for (const eol of ['\n', '\r\n', '\r']) {
      const [r] = explain(text.replace(/\n/g, eol)).recipients;
      expect(r).toMatchObject({ address: 'rob.k@example.net', originalRecipient: 'robert@example.org', reason: 'userunknown', hardBounce: false });
    }
  });

  it.each([
    'Subject: Please confirm you are human\n\nYour message to lena@example.net has not been delivered yet.\nPlease confirm you are human by clicking the link below:\nhttps://guard.example.net/c/1\n',
    'Betreff: Ihre Nachricht an uwe@example.net\n\nIhre Nachricht an uwe@example.net wurde noch nicht zugestellt.\nBitte bestätigen Sie mit einem Klick, dass Sie ein Mensch sind:\nhttps://schutz.example.net/b/1\n',
    "I'm protecting myself from receiving junk mail. Your message to kim@example.net is waiting.\nPlease click the link below to complete the verification process. You have to do this only once.\n",
    // TMDA's confirm_request.txt, the Spanish and the Portuguese forms.
    'Subject: Please confirm your message\n\nThis message was created automatically by mail delivery software (TMDA).\n\nYour message attached below is being held because the address\n<news@example.com> has not been verified.\n\nTo release your message for delivery, please send an empty message\nto the following address, or use your mailer\'s Reply feature.\n\n   ana-confirm+1.abc@example.net\n',
    'Asunto: Verificacion necesaria\n\nSu mensaje para eva@example.net esta retenido y todavia no ha sido entregado.\nConfirme que es una persona con el siguiente enlace:\nhttps://verifica.example.net/c/1\n',
    'Assunto: Verificação necessária\n\nSua mensagem para rui@example.net está retida e ainda não foi entregue.\nConfirme que você é humano no link abaixo:\nhttps://verifica.example.net/p/1\n',
    'Asunto: Su mensaje está retenido\n\nSu mensaje para ivan@example.net no ha sido entregado todavía.\nConfirme que no es un robot con el siguiente enlace:\nhttps://verifica.example.net/r/1\n',
    'Objet : Votre message est en attente\n\nVotre message à lou@example.net n\'a pas encore été distribué.\nMerci de confirmer que vous n\'êtes pas un robot :\nhttps://filtre.example.net/r/1\n',
  ])('a challenge-response request is no bounce: %s', (text) => {
    const r = explain(text);
    expect(r.recipients).toHaveLength(0);
    expect(r.warnings.map((w) => w.code)).toContain('challenge-response');
  });

  it('a bounce that mentions a challenge-response filter in its reply stays a bounce', ({ expect }) => {
    const r = explain('<lou@example.org>: host mx.example.org[192.0.2.5] said: 550 5.7.1 Sender not on the approved list; please verify you are human at https://example.org/v (in reply to RCPT TO command)');
    expect(r.recipients[0]).toMatchObject({ address: 'lou@example.org', hardBounce: false });
    const es = explain('<lou@example.org>: host mx.example.org[192.0.2.5] said: 550 5.7.1 Remitente bloqueado; confirme que no es un robot en https://example.org/v (in reply to RCPT TO command)');
    expect(es.kind).toBe('bounce');
    expect(es.recipients[0]).toMatchObject({ address: 'lou@example.org', hardBounce: false });
  });
});

describe('round 15: texts read as what they say they are', () => {
  const quotedNotice =
    '\n\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@out.example.com>\nSent: Friday, December 4, 2026 4:12 PM\nTo: Hugo Lenz <hugo@example.com>\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host out.example.com.\n\n<iris@example.org>: host mx.example.org[192.0.2.101] said: 550 5.1.1\n    <iris@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';

  it('does not explain a quoted bounce its writer says is fixed since; a quote they say is not fixed yet stays one', ({ expect }) => {
    const fixed = explain(`Hi Hugo,\n\nOur IT team recreated my mailbox, everything works again. Please resend.\n\nBest regards,\nIris${quotedNotice}`);
    expect(fixed.recipients).toEqual([]);
    expect(fixed.warnings.map((w) => w.code)).toContain('fixed-in-reply');
    const notYet = explain(`Hi Hugo,\n\nthe problem has not been resolved yet, IT is still on it.\n\nBest regards,\nIris${quotedNotice}`);
    expect(notYet.recipients[0]).toMatchObject({ address: 'iris@example.org', reason: 'userunknown' });
    expect(notYet.warnings.map((w) => w.code)).not.toContain('fixed-in-reply');
    // A fix that did not help: the quote is the new failure.
    const again = explain(`Hi Hugo,\n\nI fixed the address and resent it, but it bounced again:\n\nBest regards,\nIris${quotedNotice}`);
    expect(again.recipients[0]).toMatchObject({ address: 'iris@example.org', reason: 'userunknown' });
  });

  it('reads a pasted first-person letter with a generic greeting as a letter, not a notice that greets and signs off', ({ expect }) => {
    const letter = explain('Добрый день!\n\nПри входе в кабинет с адресом\nolga@example.net сайт пишет «адрес не зарегистрирован», хотя я получаю ваши письма.\n\nС уважением,\nОльга\n');
    expect(letter.recipients).toEqual([]);
    expect(letter.warnings.map((w) => w.code)).toContain('letter');
    const notice = explain('Hello,\n\nyour message could not be delivered.\n\n<ola@example.org>: 550 5.1.1 User unknown\n\nRegards,\nThe mail team\n');
    expect(notice.recipients[0]).toMatchObject({ address: 'ola@example.org', reason: 'userunknown', hardBounce: true });
  });

  it('reads a session that accepted one recipient and refused another as the refused one alone', ({ expect }) => {
    const r = explain(' -> MAIL FROM:<news@example.com>\n<-  250 2.1.0 Ok\n -> RCPT TO:<ann@example.org>\n<-  250 2.1.5 Ok\n -> RCPT TO:<bob@example.org>\n<** 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n -> DATA\n<-  354 End data with <CR><LF>.<CR><LF>\n -> hello\n -> .\n<-  250 2.0.0 Ok: queued as 4Fq2\n');
    expect(r.recipients.map((x) => [x.address, x.reason, x.command, x.hardBounce])).toEqual([['bob@example.org', 'userunknown', 'RCPT', true]]);
  });

  it('ties the reply to the end of the data to DATA, for the recipients it accepted', ({ expect }) => {
    const r = explain(' -> MAIL FROM:<news@example.com>\n<-  250 2.1.0 Ok\n -> RCPT TO:<cy@example.org>\n<-  250 2.1.5 Ok\n -> DATA\n<-  354 End data with <CR><LF>.<CR><LF>\n -> Subject: x\n ->\n -> hello\n -> .\n<** 554 5.7.1 Message rejected: spam content\n');
    expect(r.recipients[0]).toMatchObject({ address: 'cy@example.org', command: 'DATA', replyCode: '554', hardBounce: false });
  });

  it('reads a lure dressed as a notice (a link with your address, "resend now") as no bounce; a notice with a help link stays one', ({ expect }) => {
    const lure = explain('From: Mail Delivery Subsystem <mailer-daemon@example.net>\nTo: you@example.com\nSubject: Undelivered Mail Returned to Sender\n\n3 messages were not delivered because your mailbox needs to be re-validated.\n\nRecipients affected:\n  boss@example.org\n\nResend your messages now:\nhttps://validate.example.net/resend?user=you@example.com\n');
    expect(lure.recipients).toEqual([]);
    expect(lure.warnings.map((w) => w.code)).toContain('lure');
    const real = explain('<dee@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1 <dee@example.org>: User unknown; see https://help.example.org/bounce?code=511 (in reply to RCPT TO command)');
    expect(real.recipients[0]).toMatchObject({ address: 'dee@example.org', reason: 'userunknown' });
  });

  it('says that a virus notice to the sender may be backscatter, and reads the refusal it holds as usual', ({ expect }) => {
    const notice = explain('This is a message from the MailScanner virus scanner.\n\nOur virus scanner found a virus in a message you sent:\n\n   To: hr@example.net\n   Virus: W32/Netsky.P@mm\n\nThe message was not delivered.\n');
    expect(notice.warnings.map((w) => w.code)).toContain('virus-notice-to-sender');
    expect(notice.recipients.some((r) => r.hardBounce)).toBe(false);
  });

  it('reads "your account … has not been verified" as the sender\'s standing, whatever the status code says', ({ expect }) => {
    const [r] = explain('550 5.1.1 Delivery refused because your account news@example.com has not been verified').recipients;
    expect(r).toMatchObject({ reason: 'securityerror', hardBounce: false });
  });
});

describe('a cause pasted on its own', () => {
  // What a sending tool's log or a support ticket shows of a bounce: the cause, nothing around it.
  it.each([
    ['Mailbox full', 'mailboxfull', false],
    ['Bounce reason: mailbox is full', 'mailboxfull', false],
    ['Error: User unknown', 'userunknown', true],
    ["The recipient's mailbox is full and can't accept messages now.", 'mailboxfull', false],
    ['Benutzer unbekannt', 'userunknown', true],
    ['Пользователь не найден', 'userunknown', true],
    ['ユーザーが存在しません', 'userunknown', true],
  ])('%s: the phrase gives the reason, not sure', (text, reason, hard) => {
    const r = explain(text);
    expect(r.kind).toBe('bounce');
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]).toMatchObject({ address: null, reason, hardBounce: hard, confidence: 'medium' });
    const row = r.recipients[0].trail.find((t) => t.rule === 'decision.cause-pasted-alone');
    expect(row?.outcome).toBe('adjusted');
    expect(text.slice(row!.start, row!.end)).toBe(text);
  });

  // A word alone, a question, an advert, a person's sentence or a quota warning to the reader is no bounce.
  it.each([
    'Spam',
    'Mailbox full? Upgrade to Premium storage today.',
    'My mailbox is full',
    'Mein Postfach ist voll',
    'Il tuo account è stato sospeso',
    'Hello',
    'Message delivered',
    'Status report for Monday\n\nUser unknown\n\nServer maintenance done.',
    'Hi team,\n\nMailbox full\n\nThanks',
  ])('%s: not read as a bounce', (text) => {
    const r = explain(text);
    expect(r.recipients).toEqual([]);
    expect(r.kind).toBe('unknown');
  });

  it('a notice around the words keeps them sure', () => {
    expect(explain('delivery failed: user unknown').recipients[0]).toMatchObject({ reason: 'userunknown', confidence: 'high' });
    expect(explain('<a@example.org>: mailbox full').recipients[0]).toMatchObject({ address: 'a@example.org', reason: 'mailboxfull', confidence: 'high' });
  });
});

describe('English wordings the language rounds found unread', () => {
  it("the sender's own account barred from sending is the sender's problem, never a suspended recipient", () => {
    for (const words of ['Sending of messages is disabled for this account', '550 message sending for this account is disabled', 'Your account has been suspended from sending']) {
      const r = explain(`Your message to ann@example.org could not be delivered.\n\nReason: ${words}\n`).recipients[0];
      expect(r.address, words).toBe('ann@example.org');
      expect(r.reason, words).toBe('securityerror');
      expect(r.hardBounce, words).toBe(false);
    }
  });

  it('"has not been delivered for 24 hours … delivery attempts will continue" is a delay, not a failure', () => {
    const text = `Your message to ann@example.org has not been delivered for 24 hours.\nDelivery attempts will continue until 30 Nov 2026.\n\n<ann@example.org>: connect to mx.example.org[192.0.2.10]:25: Connection timed out\n`;
    const report = explain(text);
    expect(report.kind).toBe('delay');
    expect(report.recipients.map((r) => [r.address, r.permanent, r.hardBounce])).toEqual([['ann@example.org', false, false]]);
  });
});
