/**
 * A blind round (lang26) in the eleven languages (tests/fixtures/languages-r26.ts): the
 * recipient's account deleted for good or deactivated for inactivity, the sender's own account
 * blocked for spam, its daily sending quota, a spam score over its threshold, the maximum number
 * of recipients, Exchange's delay notice translated, and a localised Exchange NDR around an
 * English reply; and a second batch (R26B): the recipient's domain gone (NXDOMAIN) or its DNS lookup
 * failed for now, and the first batch's own account barred and account deleted in other words; and a
 * third (R26C): the localised Exchange NDR around more documented English replies.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R26, R26B, R26C } from '../fixtures/languages-r26.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang26 round: account deleted or inactive, own account blocked, sending quota, spam score, recipients maximum, Exchange delay, localised NDR around an English reply', () => {
  it('covers every language, each case naming its source', () => {
    expect(R26.length).toBeGreaterThanOrEqual(80);
    for (const code of ASKED) expect(R26.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(7);
    for (const c of R26) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R26.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R26.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('the second batch covers every language, each case named once', () => {
    expect(R26B.length).toBeGreaterThanOrEqual(33);
    for (const code of ASKED) expect(R26B.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(3);
    const names = [...R26, ...R26B].map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R26B.map((c) => [`b ${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('the third batch: a localised Exchange NDR around documented English replies, every language twice', () => {
    for (const code of ASKED) expect(R26C.filter((c) => c.lang === code).length, code).toBe(2);
    const names = [...R26, ...R26B, ...R26C].map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R26C.map((c) => [`c ${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, false));

  it('a DNS lookup that failed for now is never permanent nor a hard bounce; NXDOMAIN is the domain gone', () => {
    for (const c of R26B.filter((x) => x.family === 'dnstemp')) {
      for (const r of explain(c.text).recipients) expect([r.hardBounce, r.permanent === true], c.text).toEqual([false, false]);
    }
    for (const c of R26B.filter((x) => x.family === 'nxdomain')) expect(explain(c.text).recipients.map((r) => [r.reason, r.hardBounce]), c.text).toEqual([['hostunknown', true]]);
  });

  it("the sender's own account blocked is never the recipient's suspended account, nor a bad address", () => {
    for (const c of [...R26, ...R26B].filter((x) => x.family === 'ownblocked')) {
      for (const r of explain(c.text).recipients) {
        expect(r.reason, c.text).not.toBe('suspend');
        expect(r.hardBounce, c.text).toBe(false);
      }
    }
  });

  it('a sending quota is never a mailbox over quota; a maximum of recipients never a message or mailbox too big', () => {
    for (const c of R26.filter((x) => x.family === 'sendquota' || x.family === 'rcptmax')) {
      for (const r of explain(c.text).recipients) expect(['mailboxfull', 'mesgtoobig'], c.text).not.toContain(r.reason);
    }
  });

  it('a delay notice removes nothing, whatever its 4xx reply says', () => {
    for (const c of R26.filter((x) => x.family === 'exdelay')) {
      const report = explain(c.text);
      expect(report.kind, c.text).toBe('delay');
      for (const r of report.recipients) expect([r.hardBounce, r.permanent === true], c.text).toEqual([false, false]);
    }
  });
});

describe('lang26 rules: their limits', () => {
  const one = (t: string) => explain(t).recipients[0];

  it("'your account' barred is the sender's; the recipient's account barred stays suspended", () => {
    expect(one('550 Ihr Konto wurde gesperrt\n').reason).toBe('securityerror');
    expect(one('550 Ваш аккаунт заблокирован за рассылку спама\n').reason).toBe('securityerror');
    expect(one('hans@example.com: Das Konto des Empfängers wurde gesperrt\n').reason).toBe('suspend');
    expect(one('Der Empfänger hans@example.com ist nicht erreichbar: sein Konto wurde gesperrt.\n').reason).toBe('suspend');
    // Spanish "su" is also "his": with no sending or spam named after it, not read as the sender's.
    expect(one('550 5.7.1 Su cuenta ha sido suspendida por envío de spam\n').reason).toBe('securityerror');
    expect(one('juan@example.com: el destinatario no puede recibir correo, su cuenta ha sido suspendida\n').reason).not.toBe('securityerror');
  });

  it('an account deleted is gone; a message deleted unread or an address taken off a list is not', () => {
    const gone = one('jean@example.com : la boîte aux lettres du destinataire a été supprimée\n');
    expect([gone.reason, gone.hardBounce]).toEqual(['userunknown', true]);
    expect(one('juan@example.com: el buzón del destinatario fue eliminado\n').reason).toBe('userunknown');
    expect(explain('Ihre Nachricht\n\nAn: hans@example.com\nBetreff: Test\n\nwurde am 03.12.2026 09:12 ungelesen gelöscht.\n').kind).toBe('read-receipt');
    expect(explain('Ihre E-Mail-Adresse wurde aus der Liste gelöscht.\n').recipients).toEqual([]);
    // The reader's own account deleted is no recipient's address.
    expect(one('550 Ihr Konto wurde endgültig gelöscht\n')?.reason).not.toBe('userunknown');
  });

  it('an account that WILL be deleted or blocked, or is NOT, is no bad address and no barred sender', () => {
    for (const t of [
      'jean@example.com : ce compte sera supprimé le 31 décembre\n',
      'juan@example.com: la cuenta será eliminada el 31 de diciembre\n',
      'jan@example.com: dit account wordt op 31 december verwijderd\n',
      'jan@example.com: konto zostanie usunięte 31 grudnia\n',
      'sven@example.com: kontot kommer att raderas den 31 december\n',
      'ivan@example.com: учётная запись будет удалена 31 декабря\n',
      'li@example.com: 该账号将于12月31日被删除\n',
      'taro@example.com: このアカウントは12月31日に削除される予定です\n',
      'hans@example.com: Das Konto wurde nicht gelöscht\n',
    ]) {
      for (const r of explain(t).recipients) expect([r.reason, r.hardBounce], t).not.toEqual(['userunknown', true]);
    }
    for (const t of ['550 Ihr Konto wurde nicht gesperrt, die Nachricht wurde aber abgelehnt\n', '550 Ihr Konto wird gesperrt, wenn Sie weiter Spam versenden\n', '550 Ваш аккаунт не заблокирован\n', '550 您的账号将被冻结\n']) {
      expect(one(t).reason, t).not.toBe('securityerror');
    }
  });

  it("a sending quota in the language reads as the sender's rate; the recipient's quota stays a full mailbox", () => {
    expect(one('550 5.4.5 Se ha superado la cuota diaria de envío\n').reason).toBe('speeding');
    expect(one('552 5.2.2 Se ha superado la cuota del buzón\n').reason).toBe('mailboxfull');
    expect(one("550 Quota d'envoi dépassé\n").reason).toBe('speeding');
    expect(one('452 Quota dépassé\n').reason).toBe('mailboxfull');
  });
});
