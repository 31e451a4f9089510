/**
 * A blind round (lang24) in the eleven languages (tests/fixtures/languages-r24.ts): "not found"
 * whose subject is a thing of the sending side or of the message (the sender's domain, its DKIM
 * key, its SPF record, an attachment, the sending server's PTR record, a routing rule, the
 * envelope sender), Japanese and Chinese advice after a stated cause, and Postfix's "Recipient
 * address rejected: Access denied" translated in Postfix's bounce layout.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R24 } from '../fixtures/languages-r24.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang24 round: sending-side things not found, advice after the cause, translated access denied', () => {
  it('covers every language, each case naming its source', () => {
    expect(R24.length).toBeGreaterThanOrEqual(55);
    for (const code of ASKED) expect(R24.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(5);
    for (const c of R24) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R24.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  // None is left open: every case must read its kind, its recipient and its verdict.
  it.each(R24.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, false));

  it('a thing of the sending side or of the message not found never removes the recipient as unknown', () => {
    for (const c of R24.filter((x) => x.family !== 'advice')) {
      for (const r of explain(c.text).recipients) {
        expect(['userunknown', 'hostunknown'], c.text).not.toContain(r.reason);
        expect(r.hardBounce, c.text).toBe(false);
      }
    }
  });

  it("the sender's SPF record or DKIM key not found is an authentication failure; a PTR record not found is requireptr", () => {
    const one = (t: string) => explain(t).recipients[0];
    expect(one('550 Nie znaleziono rekordu SPF dla domeny nadawcy\n').reason).toBe('authfailure');
    expect(one('550 Kein SPF-Eintrag für die Domain des Absenders gefunden\n').reason).toBe('authfailure');
    expect(one('550 5.7.1 Geen PTR-record gevonden voor de verzendende server\n').reason).toBe('requireptr');
    // Two findings in two clauses: the recipient's stays the recipient's.
    expect(one('550 Benutzer nicht gefunden, SPF: pass\n').reason).toBe('userunknown');
    expect(one('550 Użytkownik nie istnieje, PTR znaleziono\n').reason).not.toBe('requireptr');
  });

  it('an attachment or a routing rule not found is unsure, but a mailbox not found stays a bad address', () => {
    for (const t of ['550 Der Anhang wurde nicht gefunden\n', '550 No se encontró ninguna regla de enrutamiento\n', '550 添付ファイルが見つかりません\n']) {
      const r = explain(t).recipients[0];
      expect([r.reason, r.confidence, r.hardBounce], t).toEqual(['onhold', 'low', false]);
    }
    // "Does not exist" and "unknown" said of such a thing likewise.
    for (const t of ['550 Die Transportregel existiert nicht\n', "550 La pièce jointe n'existe pas\n", '550 Вложение не существует\n', '550 添付ファイルが存在しません\n', '550 附件不存在\n']) {
      const r = explain(t).recipients[0];
      expect([r.reason, r.hardBounce], t).toEqual(['onhold', false]);
    }
    expect(explain('550 Het PTR-record van de verzendende server bestaat niet\n').recipients[0].reason).toBe('requireptr');
    // The recipient named beside it: two statements, the recipient's stays.
    expect(explain('550 Unknown user, attachment scanning enabled\n').recipients[0].reason).toBe('userunknown');
    expect(explain('550 5.1.1 Mailbox file not found\n').recipients[0].reason).toBe('userunknown');
    expect(explain('550 Postfach wurde nicht gefunden\n').recipients[0].reason).toBe('userunknown');
  });

  it("Japanese advice ends with its imperative: the clause it closes is advice, a delay's request is not", () => {
    const mailbox = 'taro@example.com 宛のメールは配信できませんでした。\n原因：宛先のメールボックスが一杯です。\n';
    expect(explain(`${mailbox}送信元IPがブラックリストに登録されていないか確認してください。\n`).recipients[0].reason).toBe('mailboxfull');
    expect(explain(`${mailbox}宛先アドレスが正しいか管理者にお問い合わせください。\n`).recipients[0].reason).toBe('mailboxfull');
    // With no cause stated before it, the words in the advice still say something, not for sure.
    const only = explain('taro@example.com 宛のメールは配信できませんでした。\n送信元IPがブラックリストに登録されていないか確認してください。\n').recipients[0];
    expect(only.confidence).not.toBe('high');
    // "Resend after a while" is not advice: the stated cause in the same sentence decides.
    expect(explain('452 メールボックスが一杯のため、しばらくしてから再送してください\n').recipients[0].reason).toBe('mailboxfull');
  });

  it("Postfix's English prefix with a cause in another script: refused, not a bad address, unless the cause says so", () => {
    for (const t of ['554 5.7.1 <li@example.com>: Recipient address rejected: 拒绝访问\n', '554 5.7.1 <taro@example.com>: Recipient address rejected: アクセスが拒否されました\n', '550 5.7.1 <ivan@example.com>: Recipient address rejected: доступ запрещён\n', '554 5.7.1 <hans@example.com>: Recipient address rejected: Zugriff verweigert\n']) {
      const r = explain(t).recipients[0];
      expect([r.reason, r.confidence, r.hardBounce], t).toEqual(['onhold', 'low', false]);
    }
    expect(explain('550 5.7.1 <ivan@example.com>: Recipient address rejected: пользователь не найден\n').recipients[0].reason).toBe('userunknown');
    expect(explain('550 5.7.1 <li@example.com>: Recipient address rejected: 用户不存在\n').recipients[0].reason).toBe('userunknown');
    // Microsoft's English "Access denied" keeps its own reading (directory-based edge blocking).
    expect(explain('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\n').recipients[0].reason).not.toBe('onhold');
  });
});
