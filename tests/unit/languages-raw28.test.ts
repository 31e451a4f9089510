/**
 * The lang28 round (tests/fixtures/trust/raw-lang28.ts): bounces in the engine's languages as
 * raw messages in their native charsets and transfer encodings, and the text a mail client
 * shows of each. trust.test.ts and raw-messages.test.ts hold each case to its verdict, Subject
 * and decoded text; here the round's coverage, the raw and the visible reading agreeing, and
 * the decoding rules the round added, with their limits.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../../src/lib/core/index.ts';
import { decodeEncodedWords } from '../../src/lib/core/parse/encoded-words.ts';
import { decodeCharset } from '../../src/lib/core/parse/transfer-decoding.ts';
import { ROOT } from '../helpers/shared.ts';
import { RAW_CASES_LANG28, VISIBLE_CASES_LANG28 } from '../fixtures/trust/raw-lang28.ts';

const DIR = join(ROOT, 'tests/fixtures/trust');
const LANGS = ['ja', 'zh', 'ko', 'ru', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'tr'];
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** The recipients and what a person acts on (the reason may differ where the raw message's DSN says more, as "Action: delayed" beside a timeout). */
const verdict = (input: string | Uint8Array) => explain(input).recipients.map((r) => [r.address, r.hardBounce, r.permanent === true]);

describe('lang28 round: raw messages in their native charsets', () => {
  it('covers every language, the raw files and their visible texts', () => {
    expect(RAW_CASES_LANG28.length).toBeGreaterThanOrEqual(40);
    for (const code of LANGS) expect(RAW_CASES_LANG28.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(2);
    for (const v of VISIBLE_CASES_LANG28) expect(RAW_CASES_LANG28.some((c) => c.file === v.file.replace('lang28v-', 'lang28-').replace(/\.txt$/, '.eml')), v.file).toBe(true);
  });

  // (Where the visible text expects what its raw message does: not a mislabelled text a mail app shows garbled.)
  const rawOf = (v: (typeof VISIBLE_CASES_LANG28)[number]) => RAW_CASES_LANG28.find((c) => c.file === v.file.replace('lang28v-', 'lang28-').replace(/\.txt$/, '.eml'))!;
  const alike = VISIBLE_CASES_LANG28.filter((v) => JSON.stringify(v.recipients) === JSON.stringify(rawOf(v).recipients));
  it('most visible texts expect what their raw message does', () => expect(alike.length).toBeGreaterThanOrEqual(VISIBLE_CASES_LANG28.length - 2));
  it.each(alike.map((v) => [v.file, v] as const))('%s reads as its raw message does', (_name, v) => {
    const raw = new Uint8Array(readFileSync(join(DIR, rawOf(v).file)));
    expect(verdict(readFileSync(join(DIR, v.file), 'utf8'))).toEqual(verdict(raw));
  });
});

describe('lang28 rules: the 7-bit Korean and Chinese encodings (RFC 1557, RFC 1843)', () => {
  it('ISO-2022-KR: the runs between SO and SI are KS X 1001, the designation is dropped', () => {
    // 받는 사람 in EUC-KR is B9 DE B4 C2 / BB E7 B6 F7; in ISO-2022-KR each byte less 0x80, between SO and SI.
    expect(decodeCharset(bytes('\x1b$)C\n\x0e9^4B\x0f \x0e;g6w\x0f: a@example.org\n'), 'ISO-2022-KR')).toBe('\n받는 사람: a@example.org\n');
    // A line end closes a run left open; ASCII outside the runs stays as it is.
    expect(decodeCharset(bytes('\x0e9^4B\nabc'), 'iso-2022-kr')).toBe('받는\nabc');
    // 8-bit EUC-KR under the 7-bit label (a mislabel) reads as EUC-KR.
    expect(decodeCharset(Uint8Array.from([0xb9, 0xde, 0xb4, 0xc2]), 'iso-2022-kr')).toBe('받는');
  });

  it('HZ-GB-2312: "~{ … ~}" runs are GB2312, "~~" a tilde, "~" at a line end joins the lines; "~" may be a pair\'s second byte', () => {
    // 邮件 is D3 CA BC FE: "SJ<~" in HZ (the second pair ends in 0x7E).
    expect(decodeCharset(bytes('~{SJ<~~}: a@example.org ~~ b~\nc'), 'HZ-GB-2312')).toBe('邮件: a@example.org ~ bc');
    expect(decodeCharset(bytes('no runs ~ here'), 'hz-gb-2312')).toBe('no runs ~ here');
  });
});

describe('lang28 rules: a label the bytes do not fit', () => {
  it('Shift_JIS bytes under an EUC-JP label read as Shift_JIS; EUC-JP bytes under it stay EUC-JP', () => {
    expect(decodeCharset(Uint8Array.from([0x88, 0xb6, 0x90, 0xe6]), 'EUC-JP')).toBe('宛先'); // 宛先 in Shift_JIS
    expect(decodeCharset(Uint8Array.from([0xb0, 0xb8, 0xc0, 0xe8]), 'EUC-JP')).toBe('宛先'); // 宛先 in EUC-JP
  });

  it('UTF-8 bytes under a gb2312 or Big5 body label read as UTF-8; GBK bytes stay GBK', () => {
    expect(decodeCharset(new TextEncoder().encode('收件人不存在'), 'gb2312')).toBe('收件人不存在');
    expect(decodeCharset(new TextEncoder().encode('收件者'), 'big5')).toBe('收件者');
    expect(decodeCharset(Uint8Array.from([0xca, 0xd5, 0xbc, 0xfe, 0xc8, 0xcb]), 'gb2312')).toBe('收件人');
  });

  it('an encoded word holding UTF-8 under a legacy label reads as UTF-8', () => {
    expect(decodeEncodedWords('=?ISO-8859-1?Q?=C3=89chec_de_la_remise?=')).toBe('Échec de la remise');
    expect(decodeEncodedWords('=?gb2312?B?6YCA5L+h77ya?=')).toBe('退信：');
    expect(decodeEncodedWords('=?windows-1251?B?0J3QtSDQtNC+0YHRgtCw0LLQu9C10L3Qvg==?=')).toBe('Не доставлено');
  });

  it('its limits: legacy text stays in its label, even where its bytes happen to be valid UTF-8', () => {
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Pr=FCfung?=')).toBe('Prüfung');
    // 全 in GB2312 is C8 AB, which is also valid UTF-8 (U+022B): one such pair is no evidence.
    expect(decodeEncodedWords('=?gb2312?B?yKs=?=')).toBe('全');
    expect(decodeEncodedWords('=?koi8-r?B?8M/E1NfF0tbExc7JxQ==?=')).toBe('Подтверждение');
    // 7-bit labels are never read as UTF-8 (their bytes are not 8-bit).
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCR1s/LklURz0bKEI=?=')).toBe('配信不能');
  });
});

describe('lang28 rules (second batch): sibling charsets, EUC-CN, Turkish capitals, half-width katakana', () => {
  const enc1251 = (s: string): Uint8Array => Uint8Array.from(s, (c) => (c.charCodeAt(0) >= 0x410 ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)));

  it('KOI8-R bytes under windows-1251 (and the reverse) read in the sibling; right labels stay', () => {
    // Two sentences in KOI8-R; in windows-1251 they would read "уППВЭЕОЙЕ ОЕ ДПУФБЧМЕОП. рПМХЮБФЕМШ ОЕ ОБКДЕО."
    const koi8 = Uint8Array.from([0xf3, 0xcf, 0xcf, 0xc2, 0xdd, 0xc5, 0xce, 0xc9, 0xc5, 0x20, 0xce, 0xc5, 0x20, 0xc4, 0xcf, 0xd3, 0xd4, 0xc1, 0xd7, 0xcc, 0xc5, 0xce, 0xcf, 0x2e, 0x20, 0xf0, 0xcf, 0xcc, 0xd5, 0xde, 0xc1, 0xd4, 0xc5, 0xcc, 0xd8, 0x20, 0xce, 0xc5, 0x20, 0xce, 0xc1, 0xca, 0xc4, 0xc5, 0xce, 0x2e]);
    expect(decodeCharset(koi8, 'windows-1251')).toBe('Сообщение не доставлено. Получатель не найден.');
    expect(decodeCharset(koi8, 'koi8-r')).toBe('Сообщение не доставлено. Получатель не найден.');
    // One capitalised word is not enough to call the label wrong (two words whose case runs backwards are).
    expect(decodeCharset(koi8.subarray(0, 23), 'windows-1251')).toBe('уППВЭЕОЙЕ ОЕ ДПУФБЧМЕОП');
    const cp = enc1251('Адресат не найден. Проверьте адрес.');
    expect(decodeCharset(cp, 'koi8-r')).toBe('Адресат не найден. Проверьте адрес.');
    expect(decodeCharset(cp, 'windows-1251')).toBe('Адресат не найден. Проверьте адрес.');
  });

  it('its limits: text in capitals, or one odd word, stays in its label', () => {
    expect(decodeCharset(enc1251('ВНИМАНИЕ: ПОЧТОВЫЙ ЯЩИК ПЕРЕПОЛНЕН'), 'windows-1251')).toBe('ВНИМАНИЕ: ПОЧТОВЫЙ ЯЩИК ПЕРЕПОЛНЕН');
    expect(decodeCharset(enc1251('Сервер вМСК недоступен'), 'windows-1251')).toBe('Сервер вМСК недоступен');
  });

  it('ISO-8859-2 bytes under windows-1250 read as ISO-8859-2; windows-1250 bytes under ISO-8859-2 as windows-1250', () => {
    const latin2 = Uint8Array.from([0x57, 0x69, 0x61, 0x64, 0x6f, 0x6d, 0x6f, 0xb6, 0xe6]); // "Wiadomość" in ISO-8859-2
    expect(decodeCharset(latin2, 'windows-1250')).toBe('Wiadomość');
    const cp1250 = Uint8Array.from([0x57, 0x69, 0x61, 0x64, 0x6f, 0x6d, 0x6f, 0x9c, 0xe6]); // the same in windows-1250
    expect(decodeCharset(cp1250, 'iso-8859-2')).toBe('Wiadomość');
    // A plus-minus between digits is no letter misread.
    expect(decodeCharset(Uint8Array.from([0x35, 0xb1, 0x31]), 'windows-1250')).toBe('5±1');
  });

  it('EUC-CN is GB2312', () => {
    expect(decodeCharset(Uint8Array.from([0xca, 0xd5, 0xbc, 0xfe, 0xc8, 0xcb]), 'EUC-CN')).toBe('收件人');
  });

  it('Turkish in capitals reads as its words, the spans where they stand', () => {
    const text = 'İLETİ TESLİM EDİLEMEDİ\n\nALICI: emre.kaya@example.org\nNEDEN: ALICININ POSTA KUTUSU DOLU\n';
    const report = explain(text);
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([['emre.kaya@example.org', 'mailboxfull']]);
    const reason = report.recipients[0].evidence.find((e) => e.field === 'reason');
    expect(reason && text.slice(reason.start, reason.end).toLowerCase()).toContain('dolu');
  });

  it('half-width katakana read as the wording; a bare "アドレス：" label names the recipient, "送信元アドレス：" does not', () => {
    expect(verdict('以下のｱﾄﾞﾚｽへﾒｰﾙを送信できませんでした。\n\nｱﾄﾞﾚｽ：a@example.org\n理由：ﾒｰﾙﾎﾞｯｸｽ容量ｵｰﾊﾞｰ\n')).toEqual([['a@example.org', false, false]]);
    expect(explain('以下のアドレスへメールを送信できませんでした。\n\nアドレス：a@example.org\n理由：メールボックス容量オーバー\n').recipients.map((r) => r.reason)).toEqual(['mailboxfull']);
    expect(explain('以下のアドレスへメールを送信できませんでした。\n\n送信元アドレス：me@example.com\n').recipients.map((r) => r.address)).not.toContain('me@example.com');
  });
});
