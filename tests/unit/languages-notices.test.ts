/**
 * Whole localised notices in the eleven languages asked for (tests/fixtures/languages-notices.ts):
 * Exchange and Microsoft 365 NDRs in their translations, Gmail's localised notices, failure
 * blocks with the recipient under a bare label, the same pasted below a mail client's header
 * block, Domino, translated MTA templates and regional providers. Each must give its one
 * recipient, the kind (bounce or delay), the reason in the notice's words, and whether the
 * address is bad.
 *
 * Three rounds, each written before the engine was changed for it.
 *
 * And a mail client's header block ("Von: / Gesendet: / An: <reader>") names no recipient,
 * nor does a memo with a bare label that is no notice.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { NOTICES, NOTICES_2, NOTICES_3, NOTICE_LANGS } from '../fixtures/languages-notices.ts';

const ALL = [...NOTICES, ...NOTICES_2, ...NOTICES_3];

describe('whole localised notices', () => {
  it('cover every language asked for, with failures and delays', () => {
    expect(NOTICE_LANGS).toEqual(['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']);
    for (const lang of NOTICE_LANGS) {
      const cases = ALL.filter((c) => c.lang === lang);
      expect(cases.length, lang).toBeGreaterThanOrEqual(21);
      expect(cases.filter((c) => c.kind === 'delay').length, lang).toBeGreaterThanOrEqual(3);
      for (const reason of ['userunknown', 'mailboxfull', 'spamdetected'] as const) expect(cases.some((c) => c.reason === reason), `${lang} ${reason}`).toBe(true);
    }
  });

  it.each(ALL.map((c) => [`${c.lang} ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address)).toEqual([c.address]);
    const r = report.recipients[0];
    if (c.reason) {
      const want = typeof c.reason === 'string' ? [c.reason] : c.reason;
      expect(want).toContain(r.reason);
      // The reason rests on words or codes of the notice.
      const ev = r.evidence.find((e) => e.field === 'reason' || e.field === 'status');
      expect(ev).toBeDefined();
      expect(ev!.end).toBeGreaterThan(ev!.start);
    }
    if (c.hard !== undefined) expect(r.hardBounce).toBe(c.hard);
    if (c.kind === 'delay') expect(r.permanent).not.toBe(true);
    // A hard bounce is never given with low confidence.
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
  });
});

describe('a bare label outside a failure block', () => {
  it.each([
    ['a forwarded message below Outlook\'s German header block', 'Von: Hans Muster <hans@example.com>\nGesendet: Donnerstag, 3. Dezember 2026 10:15\nAn: me@example.org\nBetreff: Angebot\n\nHallo, anbei das Angebot.\n'],
    ['a forwarded message below Outlook\'s Japanese header block', '差出人: 山田 <taro@example.com>\n送信日時: 2026年12月3日 10:15\n宛先: me@example.org\n件名: 打ち合わせ\n\nよろしくお願いします。\n'],
    ['a German memo with a label for the reason', 'Einladung zur Besprechung\n\nAn: hans@example.com\nGrund: Quartalsplanung\n\nBitte bis Freitag zusagen.\n'],
    ['a French memo', 'Rappel\n\nÀ : jean@example.com\nRaison : réunion annuelle\n'],
    ['a Russian note', 'Кому: ivan@example.com\nТема: встреча\n\nПривет, встреча в пятницу.\n'],
  ])('%s names no recipient', (_name, text) => {
    expect(explain(text).recipients).toEqual([]);
  });

  it.each([
    ['German', 'Die Nachricht konnte nicht zugestellt werden.\n\nVon: me@example.org\nAn: hans@example.com\nBetreff: Angebot\nGrund: Postfach voll\n', 'hans@example.com', 'mailboxfull'],
    ['Spanish', 'No se pudo entregar el mensaje.\n\nDe: me@example.org\nPara: juan@example.com\nMotivo: usuario desconocido\n', 'juan@example.com', 'userunknown'],
  ])('a %s failure block that names the sender too is still a failure block (it gives a reason)', (_name, text, address, reason) => {
    expect(explain(text).recipients.map((r) => [r.address, r.reason])).toEqual([[address, reason]]);
  });

  it.each([
    ['German', 'Die Nachricht konnte nicht zugestellt werden.\n\nAn: Hans Muster <hans@example.com>\nGrund: Postfach voll\n', 'hans@example.com', 'mailboxfull'],
    ['Russian', 'Не удалось доставить сообщение.\n\nКому: "Иван Петров" <ivan@example.com>\nПричина: пользователь не найден\n', 'ivan@example.com', 'userunknown'],
    ['Japanese', 'メッセージを配信できませんでした。\n\n宛先：山田 太郎 <taro@example.com>\n理由：メールボックスがいっぱいです。\n', 'taro@example.com', 'mailboxfull'],
    ['French', "Votre message n'a pas pu être remis.\n\nÀ : <jean@example.com>\nRaison : boîte aux lettres pleine\n", 'jean@example.com', 'mailboxfull'],
  ])('a %s bare label with a display name or brackets before the address', (_name, text, address, reason) => {
    expect(explain(text).recipients.map((r) => [r.address, r.reason])).toEqual([[address, reason]]);
  });

  it('in a notice pasted below the client header block, the header\'s "An:" is the reader, not the recipient', () => {
    const text = 'Von: Mail Delivery System <MAILER-DAEMON@example.org>\nGesendet: Donnerstag, 3. Dezember 2026 10:15\nAn: me@example.org\nBetreff: Unzustellbar: Angebot\n\nDie Nachricht konnte nicht zugestellt werden.\n\nAn: hans@example.com\nGrund: Postfach voll\n';
    const report = explain(text);
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['hans@example.com', 'mailboxfull']]);
    // The recipient's span is the failure block's address, not the header's.
    const at = text.lastIndexOf('hans@example.com');
    expect(report.recipients[0].evidence.some((e) => e.field === 'address' && e.start === at)).toBe(true);
  });
});
