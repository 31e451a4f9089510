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
