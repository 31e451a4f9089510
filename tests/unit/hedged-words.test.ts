/**
 * Words that name a cause without stating it never decide (classify/words.ts): a condition,
 * a list of possible causes, a negation. And the contradictions that leave a bad address
 * unsure (classify.ts, read/notice-causes.ts).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { readWords } from '../../src/lib/core/classify/words.ts';
import { TextView } from '../../src/lib/core/text/view.ts';

const words = (text: string) => readWords(new TextView().append(text, 0, text.length));
const one = (text: string) => {
  const r = explain(text).recipients;
  expect(r).toHaveLength(1);
  return r[0];
};

describe('words that state no cause', () => {
  it.each([
    'If the address does not exist, please check the spelling.',
    'Possible reasons: the mailbox is full, the address does not exist, or the server is down.',
    'Common causes include a mailbox that is full or a user unknown to the server.',
    'This can happen when the mailbox is full.',
    'This is not a spam problem.',
    'The refusal is not due to spam.',
    'No spam was detected in your message.',
    'Falls die Adresse nicht existiert, prüfen Sie bitte die Schreibweise.',
    "Si l'adresse n'existe pas, vérifiez l'orthographe.",
    "Se l'indirizzo non esiste, contatti il mittente.",
    'Se o endereço não existe, remova-o da sua lista.',
    'Om adressen finns inte längre, kontakta mottagaren på annat sätt.',
    '宛先のメールアドレスが存在しない場合は、送信者にお問い合わせください。',
    '如果地址不存在，请检查拼写。',
    // A cause "or not" another state: the server cannot tell which (Aruba's PEC refusal).
    'Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata',
    'Recipient address unknown or not enabled for this service',
    // Possible causes and conditions in other languages (knowledge/languages, conditions).
    'Possibili cause: la casella del destinatario è piena oppure l\'indirizzo non esiste.',
    'Jeśli adresat nie istnieje, usuń go z listy.',
    'Если адрес не существует, проверьте написание.',
    'Als het adres niet bestaat, controleer dan de spelling.',
    '若收件人地址不存在，请检查拼写。',
    '考えられる原因：宛先のメールアドレスが存在しません。',
  ])('decide nothing: %s', (text) => {
    const w = words(text);
    expect(w.best).toBeNull();
    expect(w.hits.length).toBeGreaterThan(0);
    expect(w.hits.every((h) => h.hedged)).toBe(true);
  });

  it.each([
    ['User unknown. If you think this is wrong, contact us.', 'userunknown'],
    ['Mailbox full; the message was not delivered.', 'mailboxfull'],
    ['Message rejected as spam. This is not about your address.', 'spamdetected'],
    ['550 5.2.1 No spam was detected; the recipient mailbox is disabled', 'suspend'],
    ['554 5.7.1 No MX record found for the sender domain', 'rejected'],
    ["550 5.7.1 Your message was rejected because the sender isn't on the recipient's list of senders to accept mail", 'filtered'],
    // The same words where they are no condition: "om" is "about", "se" is "whether" after a verb.
    ['550 5.1.1 Mottagaren finns inte (okänd användare). Läs mer om felet på https://help.example.org/550', 'userunknown'],
    ['550 5.1.1 Destinatário desconhecido: o endereço não existe. Verifique se o endereço está correto.', 'userunknown'],
    ['550 5.1.1 Utente sconosciuto: la casella non esiste. Verifica se l\'indirizzo è scritto correttamente.', 'userunknown'],
    // Spanish "se" is a pronoun: "no se le pudo entregar" is no condition.
    ['550 El mensaje no se le pudo entregar porque el buzón está lleno.', 'mailboxfull'],
    // Japanese: the condition ends at "場合"; the sentence before it still states its cause.
    ['550 5.1.1 このメールアドレスは存在しません。詳しくは管理者にお問い合わせください。', 'userunknown'],
    // … also where the notice's lines end without "。" (a line break, read as a space, ends the clause).
    ['550 5.1.1 このメールアドレスは存在しません\n詳細が必要な場合は管理者にお問い合わせください', 'userunknown'],
    // A gateway's checks that found nothing beside the cause: the cause beside them decides.
    ['550 5.7.1 Message rejected: Spam score too high. Virus scan: no virus found', 'spamdetected'],
    ['554 5.7.1 Rejected by content filter: spam. No viruses were detected.', 'spamdetected'],
    ['552 5.2.2 Mailbox full. Antivirus: clean', 'mailboxfull'],
  ])('leave the stated cause deciding: %s', (text, reason) => {
    const r = explain(text).recipients[0];
    expect(r?.reason ?? words(text).best?.reason).toBe(reason);
  });

  it('"no" before a cause denies it only with a finding after it ("No MX record found" stays a cause)', () => {
    const hits = words('No MX record found for the sender domain').hits;
    expect(hits.find((h) => h.phrase === 'no mx')?.hedged).toBe(false);
  });

  it('a notice whose only cause words are conditional removes no address', () => {
    const r = one('Your message could not be delivered to ann@example.org.\n\nRemote server said: 554 Delivery failed\n\nIf the mailbox does not exist, check the spelling.\n');
    expect(r.address).toBe('ann@example.org');
    expect(r.hardBounce).toBe(false);
    expect(r.reason).not.toBe('userunknown');
  });
});

describe('contradictions about the address', () => {
  it('"552 5.2.2 … no such user": both codes say the mailbox exists, so no removal', () => {
    const r = one('<bo@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 <bo@example.org>: no such user (in reply to RCPT TO command)\n');
    expect(r.hardBounce).toBe(false);
    expect(r.confidence).toBe('low');
  });

  it('"550 5.2.2 <…>... User unknown" (one code against the words) stays a bad address, not sure', () => {
    const r = one('550 5.2.2 <fay@example.net>... User unknown\n');
    expect(r.hardBounce).toBe(true);
    expect(r.confidence).not.toBe('high');
  });

  it('a 5xx "user unknown" that says the directory lookup failed for now removes no address', () => {
    const r = one('<cy@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <cy@example.org>: User unknown (LDAP lookup failed, try again later) (in reply to RCPT TO command)\n');
    expect(r.hardBounce).toBe(false);
    expect(r.confidence).toBe('low');
  });

  it('a 4xx whose words call the failure permanent is not sure', () => {
    const r = one('<di@example.org>: host mx.example.org[192.0.2.1] said: 450 4.2.0 <di@example.org>: no such mailbox, permanent failure (in reply to RCPT TO command)\n');
    expect(r.hardBounce).toBe(false);
    expect(r.confidence).not.toBe('high');
  });

  it('a relay\'s login refused is the sender\'s setup, whatever it says is disabled', () => {
    const r = one('<an@example.net>: SASL authentication failed; server smtp.example.com[192.0.2.1] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\n');
    expect([r.address, r.reason, r.hardBounce]).toEqual(['an@example.net', 'securityerror', false]);
    const plain = one('535 5.7.3 Authentication unsuccessful [BN0PR00CA0000.namprd00.prod.outlook.com]\n');
    expect([plain.reason, plain.hardBounce]).toEqual(['securityerror', false]);
    // A code only a login is answered with (RFC 4954: 535, X.7.8): its "user unknown" is the login's.
    const login = one('535 5.7.8 Error: authentication failed: user unknown\n');
    expect([login.reason, login.hardBounce]).toEqual(['securityerror', false]);
  });

  it('a login refused in a tool\'s session (swaks, PHPMailer) is the sender\'s, at AUTH, in the words of the refusal', () => {
    const swaks = one(' -> EHLO app.example.com\n<-  250-smtp.example.com\n<-  250 AUTH PLAIN LOGIN\n -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> bmV3c0BleGFtcGxlLmNvbQ==\n<-  334 UGFzc3dvcmQ6\n -> KioqKioqKio=\n<** 535 5.7.8 Error: authentication failed: account disabled\n -> QUIT\n<-  221 2.0.0 Bye\n');
    expect([swaks.reason, swaks.command, swaks.diagnostic, swaks.hardBounce]).toEqual(['securityerror', 'AUTH', '535 5.7.8 Error: authentication failed: account disabled', false]);
    const php = one('2026-12-06 09:12:01 CLIENT -> SERVER: AUTH LOGIN\n2026-12-06 09:12:01 SERVER -> CLIENT: 334 VXNlcm5hbWU6\n2026-12-06 09:12:01 CLIENT -> SERVER: [credentials hidden]\n2026-12-06 09:12:02 SERVER -> CLIENT: 535-5.7.8 Error: authentication failed:\n535 5.7.8 user unknown\n2026-12-06 09:12:02 CLIENT -> SERVER: QUIT\n');
    expect([php.reason, php.command, php.hardBounce]).toEqual(['securityerror', 'AUTH', false]);
    // The session's one refusal, at MAIL FROM: the sender's domain, in the refusal's own words.
    const sender = one('<-  220 mx.example.org ESMTP\n -> EHLO app.example.com\n<-  250 mx.example.org\n -> MAIL FROM:<news@example.com>\n<** 553 5.1.8 <news@example.com>: Sender address rejected: Domain not found\n -> QUIT\n<-  221 2.0.0 Bye\n');
    expect([sender.address, sender.reason, sender.command, sender.hardBounce]).toEqual([null, 'rejected', 'MAIL', false]);
    expect(sender.diagnostic).toBe('553 5.1.8 <news@example.com>: Sender address rejected: Domain not found');
    // PHPMailer's ErrorInfo names the command that failed.
    const info = one('Mailer Error: SMTP Error: Could not authenticate. SMTP server error: AUTH command failed Detail: Too many bad auth attempts. SMTP code: 535 Additional SMTP info: 5.7.0 (#AUTH005) Too many bad auth attempts.\n');
    expect([info.reason, info.command, info.hardBounce]).toEqual(['securityerror', 'AUTH', false]);
  });

  it('"invalid or inactive" names two states: never sure which, never a bad address', () => {
    for (const line of ['550 <lei@example.net>: Invalid/inactive user', '550 5.2.1 <lei@example.net>: mailbox disabled or does not exist', '550 <lei@example.net>: user unknown or suspended', '550 <lei@example.net>: Invalid recipient or account disabled']) {
      const r = one(line + '\n');
      expect([r.reason, r.confidence, r.hardBounce]).toEqual(['suspend', 'medium', false]);
    }
  });

  it('a disabled account at MAIL FROM is the sender\'s', () => {
    const r = one('<ed@example.org>: host smtp.example.com[192.0.2.1] said: 550 5.7.1 Your account has been suspended (in reply to MAIL FROM command)\n');
    expect(r.reason).toBe('rejected');
    expect(r.hardBounce).toBe(false);
  });

  it('a notice that also says, in a paragraph of its own, that the mailbox is full leaves "user unknown" unsure', () => {
    const r = one('<fi@example.org>: user unknown\n\nNote from the relay: the recipient\'s mailbox is full.\n');
    expect(r.reason).toBe('userunknown');
    expect(r.hardBounce).toBe(false);
    expect(r.trail.some((t) => t.rule === 'decision.notice-says-mailbox-exists')).toBe(true);
  });

  it('words that say both "not found" and "mailbox is full" are not sure of either', () => {
    const r = one('Delivery failed.\n\nRecipient not found: fi@example.org\n\nThe recipient\'s mailbox is full.\n');
    expect(r.hardBounce).toBe(false);
    expect(r.confidence).not.toBe('high');
  });
});

describe('what is not a failure', () => {
  it('a quarantine summary is no bounce', () => {
    const report = explain('Quarantine summary for gi@example.org\n\nThe following messages were held in quarantine:\n\nmailer-daemon@example.net   Undeliverable: 550 5.1.1 User unknown\n');
    expect(report.kind).toBe('unknown');
    expect(report.recipients).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toContain('quarantine-digest');
  });

  it('an SMTP TLS report or a DMARC aggregate report pasted on its own is no bounce, whatever failure code it counts', () => {
    const tls = explain(
      '{"organization-name":"example.net","date-range":{"start-datetime":"2026-12-05T00:00:00Z","end-datetime":"2026-12-05T23:59:59Z"},"policies":[{"policy":{"policy-type":"sts","policy-domain":"example.com"},"failure-details":[{"result-type":"starttls-not-supported","receiving-mx-hostname":"mx.example.com","failed-session-count":3,"failure-reason-code":"550 5.7.1 TLS required"}]}]}\n',
    );
    expect([tls.kind, tls.recipients.length]).toEqual(['unknown', 0]);
    expect(tls.warnings.map((w) => w.code)).toContain('aggregate-report');
    const dmarc = explain('<?xml version="1.0"?>\n<feedback>\n<report_metadata><org_name>example.net</org_name></report_metadata>\n<record><row><source_ip>192.0.2.1</source_ip><policy_evaluated><disposition>reject</disposition><dkim>fail</dkim></policy_evaluated></row></record>\n</feedback>\n');
    expect(dmarc.warnings.map((w) => w.code)).toContain('aggregate-report');
    // A bare reply that merely opens with "<" stays a reply.
    expect(explain('<ko@example.org>: 550 5.1.1 User unknown\n').recipients.map((r) => r.reason)).toEqual(['userunknown']);
  });

  it('a log analyser\'s summary (pflogsumm, eximstats) is no bounce, whatever reply lines it counts', () => {
    const pflogsumm = explain(
      'Postfix log summaries for Dec  6\n\nGrand Totals\n------------\nmessages\n\n    412   received\n      5   bounced\n\nmessage bounce detail (by relay)\n--------------------------------\n  mx.example.org[192.0.2.1]:25 (total: 4)\n         4   550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown...\n',
    );
    expect([pflogsumm.kind, pflogsumm.recipients.length]).toEqual(['unknown', 0]);
    expect(pflogsumm.warnings.map((w) => w.code)).toContain('log-summary');
    expect(pflogsumm.headline).toEqual({ text: 'Not a bounce — a summary of a mail server’s logs', tone: 'not-failure' });
    const eximstats = explain('Exim statistics from 2026-11-30 00:00:01 to 2026-12-06 23:59:59\n\nGrand total summary\n-------------------\n\nList of errors\n--------------\n\n   3 - jo@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<jo@example.org>: 550 5.1.1 User unknown\n');
    expect([eximstats.kind, eximstats.recipients.length]).toEqual(['unknown', 0]);
    // "Grand Totals" in the words of a notice, with no line of dashes under it, is no heading.
    const notice = explain('Grand totals are sent separately.\n\n<jo@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n');
    expect(notice.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([['jo@example.org', 'userunknown', true]]);
  });

  it('Postfix\'s notice to its postmaster about a refused incoming session is no bounce', () => {
    const notice = explain('From: MAILER-DAEMON@mx.example.com\nTo: postmaster@mx.example.com\nSubject: Postfix SMTP server: errors from unknown[192.0.2.99]\n\nTranscript of session follows.\n\n Out: 220 mx.example.com ESMTP Postfix\n In:  MAIL FROM:<gh@example.com>\n Out: 553 5.1.0 <gh@example.com>: Sender address rejected: User unknown in local recipient table\n In:  RCPT TO:<sa@example.com>\n Out: 503 5.5.1 Error: need MAIL command\n');
    expect([notice.kind, notice.recipients.length]).toEqual(['unknown', 0]);
    expect(notice.warnings.map((w) => w.code)).toContain('server-session-notice');
    expect(notice.headline?.tone).toBe('not-failure');
  });

  it('an article or a blog post about a code is no bounce, though it shows one as an example', () => {
    const post = explain('What does 550 5.1.1 mean?\n\nPosted by the Example Mail Team, 3 December 2026\n\nA typical one looks like this:\n\n    <jo@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n        <jo@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\nRemove the address.\n');
    expect([post.kind, post.recipients.length]).toEqual(['unknown', 0]);
    expect(post.warnings.map((w) => w.code)).toContain('article');
    expect(post.headline).toEqual({ text: 'Not a bounce — an article about bounces', tone: 'not-failure' });
    // An issue tracker's "Updated:" field is no byline: the person's own bounce below it is read.
    const ticket = explain('Mails to a customer bounce\nUpdated: 03/Dec/26 10:00 AM\n\n<jo@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <jo@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n');
    expect(ticket.recipients.map((r) => [r.address, r.reason])).toEqual([['jo@example.org', 'userunknown']]);
  });

  it.each([
    ["Mailman's held post", "Subject: Your message to Devs awaits moderator approval\n\nYour mail to 'Devs' with the subject\n\n    Release notes\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n"],
    ['Mailman pasted without its subject', "Your mail to 'Devs' with the subject\n\n    Release notes\n\nIs being held until the list moderator can review it for approval.\n"],
    ["Sympa's forward to the moderators", 'Your message for list devs has been forwarded to the moderator(s)\n'],
    ["a group's pending post", "Your message to devs@example.org was received. Your post is pending approval by the group's moderators.\n"],
  ])('a message held for a moderator is no bounce and names no bad address: %s', (_, text) => {
    const report = explain(text);
    expect([report.kind, report.recipients.length]).toEqual(['unknown', 0]);
    expect(report.warnings.map((w) => w.code)).toEqual(['held-for-moderation']);
    // The verdict says what it is, not only that it is no bounce.
    expect(report.headline).toEqual({ text: 'Not a bounce — your message waits for a moderator’s approval', tone: 'not-failure' });
  });

  it('a failure notice that also speaks of holding stays a failure notice of its address', () => {
    const report = explain('Delivery to the following recipients failed.\n\n       anna@example.com\n\nYour message is held for approval until the mailbox owner confirms.\n');
    expect(report.recipients.map((r) => r.address)).toEqual(['anna@example.com']);
    expect(report.warnings.map((w) => w.code)).not.toContain('held-for-moderation');
    // And a moderator's refusal is a refusal of the post, no bad address.
    const refused = explain('Your message to team@example.com was rejected by the moderator.\n').recipients;
    expect(refused.map((r) => [r.reason, r.hardBounce])).toEqual([['rejected', false]]);
  });

  it('a storage warning to the mailbox owner is no bounce, though it quotes what a full mailbox answers', () => {
    const warning = explain('From: postmaster@example.com\nTo: tara@example.com\nSubject: Quota warning\n\nYour mailbox is now 90% full.\n\nWhen it is full, messages to you will be rejected with "552 5.2.2 Mailbox full".\n');
    expect([warning.kind, warning.recipients.length]).toEqual(['unknown', 0]);
    expect(warning.warnings.map((w) => w.code)).toContain('quota-warning');
    expect(warning.headline?.tone).toBe('not-failure');
    // A bounce for a full mailbox stays one.
    const bounce = explain('From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail Returned to Sender\n\n<tara@example.org>: host mx.example.org[192.0.2.1] said: 552 5.2.2 <tara@example.org>: Mailbox full (in reply to RCPT TO command)\n');
    expect(bounce.recipients.map((r) => [r.address, r.reason])).toEqual([['tara@example.org', 'mailboxfull']]);
  });

  it('a delivery receipt lists its recipients by name with the address in brackets ("Kai Berg (kai@…)")', () => {
    const report = explain('Delivered: Contract draft\n\nYour message has been delivered to the following recipients:\n\nKai Berg (kai@example.org)\nLi Wen (li@example.org)\n\nSubject: Contract draft\n');
    expect(report.kind).toBe('delivered');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['kai@example.org', 'delivered'],
      ['li@example.org', 'delivered'],
    ]);
    // A sentence that ends in an address is no list of recipients ("please send mail to <postmaster@…>").
    const postfix = explain('This is the mail system at host out.example.com.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients:\n\nFor further assistance, please send mail to <postmaster@example.com>\n\nhost mx.example.org[192.0.2.23] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n');
    expect(postfix.recipients.map((r) => r.address)).not.toContain('postmaster@example.com');
  });

  it('Postfix "delivered to mailbox" lines are delivered recipients beside the failed one', () => {
    const report = explain(
      'This is the mail system at host mx.example.com.\n\n<ha@example.org>: delivered to mailbox\n<ib@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <ib@example.org>: User unknown (in reply to RCPT TO command)\n',
    );
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([
      ['ha@example.org', 'delivered', false],
      ['ib@example.org', 'userunknown', true],
    ]);
  });

  it('a pasted out-of-office is read above its signature line', () => {
    const report = explain('Subject: Automatic reply: Offer\n\nI am on parental leave until March.\n\n-- \nIf your mail bounced with "user unknown", call us.\n');
    expect(report.kind).toBe('auto-reply');
    expect(report.recipients.every((r) => !r.hardBounce)).toBe(true);
  });
});

describe('a cause "or not" another state', () => {
  it('leaves the address unsure, where the same words alone would remove it', () => {
    const alone = one('554 5.0.0 Recipient address unknown\n');
    expect([alone.reason, alone.hardBounce]).toEqual(['userunknown', true]);
    const either = one('554 5.0.0 Recipient address unknown or not enabled to receive uncertified mail\n');
    expect(either.hardBounce).toBe(false);
    expect(either.confidence).not.toBe('high');
  });

  it("but not Gmail's \"could not be found or cannot receive mail\" in its translations: that is the cause", () => {
    for (const text of [
      "Il tuo messaggio non è stato recapitato a mario@example.com perché l'indirizzo non è stato trovato o non può ricevere email.\n",
      'Ваше сообщение не было доставлено по адресу ivan@example.com, так как адрес не найден или не может получать письма.\n',
    ]) {
      const r = one(text);
      expect([r.reason, r.hardBounce]).toEqual(['userunknown', true]);
    }
  });
});

describe('words for "if" that have other uses', () => {
  it('Dutch "als" is "as" inside a sentence: "aangemerkt als spam" states the cause', () => {
    const r = one('554 5.7.1 Bericht geweigerd: aangemerkt als spam\n');
    expect(r.reason).toBe('spamdetected');
  });
  it('Chinese "若干" is "several", no condition', () => {
    const w = words('若干次尝试后，收件人不存在');
    expect(w.best?.reason).toBe('userunknown');
  });
});

describe('"spam" and "virus" as the name of the filter that acted', () => {
  it.each([
    // A product named for both: its "virus" found no virus; its "spam" reads as Barracuda's reader reads it.
    ['550 5.7.1 Message blocked by our Spam & Virus Firewall', 'spamdetected'],
    ['554 5.7.1 Your message was rejected by the Spam and Virus Blocker', 'spamdetected'],
    ['Your message to: fred@example.org\nwas blocked by our Spam & Virus\nFirewall. The email you sent has NOT BEEN\nDELIVERED:', 'spamdetected'],
    ['554 5.7.1 Rejected by the anti-virus gateway: message contains spam', 'spamdetected'],
    // A filter out of order: nothing was found, the receiving system failed.
    ['451 4.7.1 virus scanner temporarily unavailable, try again later', 'systemerror'],
    // (Said no plainer: unsure, never a virus found.)
    ['451 4.3.0 Virus scan failed, try again later', 'onhold'],
    // A finding stays a finding.
    ['550 5.7.1 Message blocked by our virus scanner: Win.Trojan.Agent found', 'virusdetected'],
    ['554 5.7.1 Rejected by spam filter', 'spamdetected'],
  ])('%s', (text, reason) => {
    expect(one(`<fred@example.org>: host mx.example.org[192.0.2.1] said: ${text}`).reason).toBe(reason);
  });
});
