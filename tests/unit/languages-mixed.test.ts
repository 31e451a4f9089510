/**
 * A blind round of mixed-language bounce text (tests/fixtures/languages-mixed.ts): bilingual
 * notices (Japanese with an English copy, Canadian French/English, Swiss German/French/
 * Italian), a localised notice around an English reply and an English notice around a reply
 * in another language, bare replies in each language's other phrasings, text garbled by a
 * wrong charset (mojibake), written without accents or with full-width digits, traditional
 * Chinese, and ordinary mail that names a cause in passing (never a firm failure).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { MIXED, MIXED_2, MIXED_3, MIXED_4, type MixedCase } from '../fixtures/languages-mixed.ts';
import { mojibake, replacedAccents } from '../../src/lib/knowledge/languages/index.ts';

const ALL: MixedCase[] = [...MIXED, ...MIXED_2, ...MIXED_3, ...MIXED_4];

describe('mixed-language bounce text (lang18 round)', () => {
  it('covers the eleven languages and the four families', () => {
    for (const code of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru']) {
      expect(ALL.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(4);
    }
    for (const f of ['bilingual', 'reply', 'encoding', 'prose'] as const) expect(ALL.filter((c) => c.family === f).length, f).toBeGreaterThanOrEqual(10);
  });

  it.each(ALL.filter((c) => c.family !== 'prose').map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => {
    const report = explain(c.text);
    expect(c.kind).toContain(report.kind);
    if (c.address === null && c.kind.includes('auto-reply')) {
      expect(report.recipients.filter((r) => r.hardBounce || r.permanent === true)).toEqual([]);
      return;
    }
    expect(report.recipients.map((r) => r.address ?? null)).toEqual([c.address]);
    const r = report.recipients[0];
    if (c.reason) {
      expect(c.reason).toContain(r.reason);
      // The reason rests on words or a code of the text.
      const ev = r.evidence.find((e) => e.field === 'reason');
      expect(ev).toBeDefined();
      expect(ev!.end).toBeGreaterThan(ev!.start);
    }
    if (c.hard !== undefined) expect(r.hardBounce).toBe(c.hard);
    if (c.permanent !== undefined) expect(r.permanent).toBe(c.permanent);
    if (report.kind === 'delay') {
      expect(r.hardBounce).toBe(false);
      expect(r.permanent).not.toBe(true);
    }
    if (r.hardBounce) expect(r.confidence).not.toBe('low');
  });

  // The garbled replies whose cause stands only in garbled words (not the French ones, whose cause words have no accent).
  const garbled = ALL.filter((c) => c.family === 'encoding' && c.lang !== 'fr' && /Ã|Å|\uFFFD/.test(c.text) && !/\d\.\d\.\d/.test(c.text));
  it('garbled cases are there', () => expect(garbled.length).toBeGreaterThanOrEqual(5));
  it.each(garbled.map((c) => [c.what, c] as const))('garbled words alone give the cause: %s', (_name, c) => {
    // No enhanced status code to lean on: the reason is read from the garbled words.
    const r = explain(c.text).recipients[0];
    const ev = r.evidence.find((e) => e.field === 'reason')!;
    expect(c.text.slice(ev.start, ev.end)).toMatch(/Ã|Å|\uFFFD/);
    expect(r.confidence).not.toBe('low');
  });

  it('a French notice in mojibake names its recipient after the garbled "à"', () => {
    const r = explain("Votre message n'a pas pu Ãªtre remis Ã  jean@example.com.\n").recipients;
    expect(r.map((x) => x.address)).toEqual(['jean@example.com']);
  });

  it('full-width digits read as the reply code, at the same offsets', () => {
    const text = '５５０ ５．１．１ 宛先不明\n';
    const report = explain(text);
    const r = report.recipients[0];
    expect(r.replyCode).toBe('550');
    expect(r.status).toBe('5.1.1');
    expect(r.reason).toBe('userunknown');
    const ev = r.evidence.find((e) => e.field === 'reason')!;
    expect(text.slice(ev.start, ev.end)).toBe('宛先不明');
  });

  it('full-width letters read as ASCII words, at the same offsets; "＠" and the full-width colon stay', () => {
    const text = '５５０ Ｕｓｅｒ ｕｎｋｎｏｗｎ\n';
    const r = explain(text).recipients[0];
    expect(r.reason).toBe('userunknown');
    const ev = r.evidence.find((e) => e.field === 'reason')!;
    expect(text.slice(ev.start, ev.end)).toBe('Ｕｓｅｒ ｕｎｋｎｏｗｎ');
    // A full stop between words is no code's.
    expect(explain('ｔａｒｏ＠example．com：宛先不明\n').recipients.every((x) => x.address !== 'taro@example.com')).toBe(true);
  });
});

describe('mojibake spellings of the wordings', () => {
  it('garble UTF-8 as windows-1252 reads it', () => {
    expect(mojibake('Empfänger unbekannt')).toBe('empfã¤nger unbekannt');
    expect(mojibake('Buzón lleno')).toBe('buzã³n lleno');
    expect(mojibake('przepełniona')).toBe('przepeå‚niona');
    // "à" is 0xC3 0xA0: the no-break space reads as a space, and the edges are trimmed.
    expect(mojibake('votre message à')).toBe('votre message ã');
  });
  it('replace each accented letter as a UTF-8 decoder does Latin-1 bytes', () => {
    expect(replacedAccents('Empfänger unbekannt')).toBe('Empf\uFFFDnger unbekannt');
    expect(replacedAccents('brevlåda är full')).toBe('brevl\uFFFDda \uFFFDr full');
    expect(replacedAccents('Postfach voll')).toBeNull();
    expect(replacedAccents('用户不存在')).toBeNull();
  });
  it('leave plain and non-Latin wordings alone', () => {
    expect(mojibake('mailbox full')).toBeNull();
    expect(mojibake('ящик переполнен')).toBeNull();
    expect(mojibake('宛先不明')).toBeNull();
  });
});

describe('ordinary mail that names a cause in passing (lang18 round)', () => {
  it.each(ALL.filter((c) => c.family === 'prose').map((c) => [`${c.lang}: ${c.what}`, c] as const))('%s gives no firm verdict', (_name, c) => {
    const report = explain(c.text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high' || r.permanent === true).map((r) => `${r.address} ${r.reason}`)).toEqual([]);
  });
});

describe('a glossary of codes is no bounce, a notice that glosses its reply still is', () => {
  it('reads a glossary in English and in Russian as an article', () => {
    for (const text of [
      'Error 550 "No such user" means that the address was misspelt. Error 552 "Mailbox full" is a temporary problem.\n',
      'Ошибка 550 «Нет такого пользователя» означает, что адрес написан с ошибкой.\n',
    ]) {
      const report = explain(text);
      expect(report.warnings.map((w) => w.code)).toContain('article');
      expect(report.recipients.filter((r) => r.hardBounce || r.permanent === true)).toEqual([]);
    }
  });
  it('keeps a notice that names its recipient and glosses the reply', () => {
    const report = explain('Ihre Nachricht an hans@example.com konnte nicht zugestellt werden.\nDer Server antwortete: 550 Benutzer unbekannt (das bedeutet: die Adresse existiert nicht)\n');
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([['hans@example.com', 'userunknown', true]]);
  });
  it('keeps a bare reply that says what its refusal means', () => {
    const r = explain('554 5.7.1 Service unavailable; this means your IP 192.0.2.7 is listed on a blocklist\n').recipients[0];
    expect(r.reason).toBe('blocked');
  });
});

