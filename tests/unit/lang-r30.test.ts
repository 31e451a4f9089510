/**
 * A blind round (lang30) in thirteen languages (tests/fixtures/languages-r30.ts): bounces pasted
 * the way people in other countries paste them, with their mail client's header block in the
 * language around the notice (Outlook's "Von:/Gesendet:/An:/Betreff:", Thunderbird's forward table,
 * Gmail's half-English forward), mixed-language notices both ways (a localised frame around an
 * English reply, Postfix's English frame around a reply in the language), localised delay notices
 * and out-of-office replies, across the cause families.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R30 } from '../fixtures/languages-r30.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru', 'ko', 'tr'];
const READER = 'anna@example.org';

describe('lang30 round: bounces inside the mail client\'s header block, in thirteen languages', () => {
  it('covers every language, family and layout, each case named once and with its source', () => {
    expect(R30.length).toBeGreaterThanOrEqual(80);
    for (const code of ASKED) expect(R30.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(5);
    for (const f of ['unknown', 'full', 'domain', 'blocked', 'auth', 'size', 'rate', 'relay', 'expiry', 'delay', 'autoreply'] as const) {
      expect(R30.some((c) => c.family === f), f).toBe(true);
    }
    for (const l of ['outlook', 'thunderbird', 'gmail-fwd', 'mixed', 'reverse'] as const) expect(R30.some((c) => c.layout === l), l).toBe(true);
    for (const c of R30) expect(c.source.length, c.what).toBeGreaterThan(3);
    const names = R30.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  const notices = R30.filter((c) => c.family !== 'autoreply');
  it.each(notices.map((c) => [`${c.lang} ${c.family} (${c.layout}): ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  const replies = R30.filter((c) => c.family === 'autoreply');
  it.each(replies.map((c) => [`${c.lang} out-of-office: ${c.what}`, c] as const))('%s is no bounce', (_name, c) => {
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    for (const r of report.recipients) expect([r.address, r.hardBounce, r.permanent === true], c.text).toEqual([r.address, false, false]);
  });

  it('the client\'s To line names the reader, never a failed recipient', () => {
    for (const c of R30) {
      const addrs = explain(c.text).recipients.map((r) => r.address);
      expect(addrs, c.text).not.toContain(READER);
    }
  });

  it('every notice reads the same quoted with "> " and decomposed (NFD)', () => {
    for (const c of notices) {
      const want = explain(c.text).recipients.map((r) => [r.address, r.reason, r.hardBounce]);
      const quoted = c.text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
      expect(explain(quoted).recipients.map((r) => [r.address, r.reason, r.hardBounce]), quoted).toEqual(want);
      expect(explain(c.text.normalize('NFD')).recipients.map((r) => [r.address, r.reason, r.hardBounce]), c.text).toEqual(want);
    }
  });
});

describe('lang30 wording: its limits', () => {
  const read = (t: string) => explain(t).recipients.map((r) => [r.address, r.reason]);

  it('an Outlook separator in the language at the top is a forward, not the returned original', () => {
    const body = 'Письмо не доставлено\n\nПолучатель: ivan@example.com\nПричина: почтовый ящик получателя переполнен\n';
    const head = 'От: Mail Delivery System <MAILER-DAEMON@example.org>\nОтправлено: 5 марта 2024 г. 10:12\nКому: anna@example.org\nТема: Письмо не доставлено\n\n';
    expect(read(`-----Исходное сообщение-----\n${head}${body}`)).toEqual([['ivan@example.com', 'mailboxfull']]);
    // Below a notice, the same heading still ends its text: the original's words are not the notice's.
    const report = explain(`${body}\n-----Исходное сообщение-----\nОт: anna@example.org\nКому: ivan@example.com\nТема: Предложение\n\nНе могу отправить: рассылка спама\n`);
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['ivan@example.com', 'mailboxfull']]);
  });

  it('the original\'s subject under a delay list is not the recipient\'s reason (M365 in German, English, Turkish)', () => {
    for (const t of [
      'Von: Microsoft Outlook <x@example.org>\nBetreff: Angebot\n\nDie Zustellung an diese Empfänger oder Gruppen ist verzögert:\n\nhans@example.com\n\nBetreff: Angebot\n\nDiese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n',
      'Kimden: Microsoft Outlook <x@example.org>\nGönderildi: 5 Mart 2024\n\nŞu alıcılara veya gruplara teslim gecikti:\n\nali@example.com\n\nKonu: Teklif\n\nBu ileti henüz teslim edilmedi.\n',
    ]) {
      const report = explain(t);
      expect(report.kind, t).toBe('delay');
      expect(report.recipients.map((r) => [r.hardBounce, r.permanent === true]), t).toEqual([[false, false]]);
    }
    // A subject line under an address in a failure notice leaves the notice's cause to be read below it.
    expect(read('Die Nachricht konnte nicht zugestellt werden:\n\nhans@example.com\n\nBetreff: Angebot\n\nDas Postfach des Empfängers ist voll.\n')).toEqual([['hans@example.com', 'mailboxfull']]);
  });

  it('Korean and Turkish client labels: the reader under "받는 사람:" / "Kime:" of the client block, the recipient in the notice', () => {
    expect(read('보낸 사람: Mail Delivery System <MAILER-DAEMON@example.org>\n보낸 날짜: 2024년 3월 5일\n받는 사람: anna@example.org\n제목: 메일 반송 안내\n\n메일이 전달되지 않았습니다.\n\n받는 사람: kim@example.net\n사유: 받는 사람의 메일함 용량이 가득 찼습니다.\n')).toEqual([['kim@example.net', 'mailboxfull']]);
    expect(read('Kimden: Mail Delivery System <MAILER-DAEMON@example.org>\nGönderildi: 5 Mart 2024\nKime: anna@example.org\nKonu: Teslim Edilemedi\n\nİletiniz ali@example.com adresine teslim edilemedi.\n\nNeden: alıcının posta kutusu dolu\n')).toEqual([['ali@example.com', 'mailboxfull']]);
  });

  it('a Polish sending limit and Turkish spam read on a bare recipient line', () => {
    expect(read('jan@example.com: przekroczono limit wysyłanych wiadomości\n')).toEqual([['jan@example.com', 'speeding']]);
    expect(read('ali@example.com: ileti spam olarak algılandı\n')).toEqual([['ali@example.com', 'spamdetected']]);
  });
});
