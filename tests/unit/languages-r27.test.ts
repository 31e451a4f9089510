/**
 * A blind round (lang27) in the eleven languages (tests/fixtures/languages-r27.ts), about layout:
 * a delay or a failure said on one line ("Remise différée pour <addr> : …", "Zustellung
 * fehlgeschlagen für <addr>: …"), the notices of regional providers and webmails in their
 * language, a localised heading around Postfix's or Exim's English recipient lines and the
 * reverse, and Japanese and Chinese notices with full-width punctuation and ideographic spaces.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R27, R27B, R27C } from '../fixtures/languages-r27.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

describe('lang27 round: one-line delays and failures, regional webmail notices, mixed-language layouts, CJK full-width punctuation', () => {
  it('covers every language, each case naming its source', () => {
    expect(R27.length).toBeGreaterThanOrEqual(80);
    for (const code of ASKED) expect(R27.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(6);
    for (const c of R27) expect(c.source.length, c.what).toBeGreaterThan(3);
  });

  it('names each case once', () => {
    const names = R27.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R27.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('the second batch covers every language, each case named once', () => {
    expect(R27B.length).toBeGreaterThanOrEqual(24);
    for (const code of ASKED) expect(R27B.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(2);
    const names = [...R27, ...R27B].map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R27B.map((c) => [`b ${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('the third batch: regional notices of delays and expiry, labelled fields around English replies, no cause named', () => {
    expect(R27C.length).toBeGreaterThanOrEqual(15);
    const names = [...R27, ...R27B, ...R27C].map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R27C.map((c) => [`c ${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('a notice that names its recipient in a label and no cause reads it, unsure; a label in a letter does not', () => {
    const r = explain("Votre message n'a pas pu être remis.\n\nDestinataire : jean@example.com\n").recipients;
    expect(r.map((x) => [x.address, x.reason, x.confidence === 'high', x.hardBounce])).toEqual([['jean@example.com', 'onhold', false, false]]);
    expect(explain('Bonjour,\n\nDestinataire : jean@example.com\n\nMerci, Paul\n').recipients).toEqual([]);
  });

  it('every case reads the same quoted with "> " and decomposed (NFD)', () => {
    for (const c of [...R27, ...R27B, ...R27C]) {
      const want = explain(c.text).recipients.map((r) => [r.address, r.reason, r.hardBounce]);
      const quoted = c.text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
      expect(explain(quoted).recipients.map((r) => [r.address, r.reason, r.hardBounce]), quoted).toEqual(want);
      expect(explain(c.text.normalize('NFD')).recipients.map((r) => [r.address, r.reason, r.hardBounce]), c.text).toEqual(want);
    }
  });

  it('a one-line delay removes nothing, whatever its cause says', () => {
    for (const c of [...R27, ...R27B].filter((x) => x.family === 'delay1')) {
      const report = explain(c.text);
      expect(report.kind, c.text).toBe('delay');
      for (const r of report.recipients) expect([r.hardBounce, r.permanent === true], c.text).toEqual([false, false]);
    }
  });
});

describe('lang27 rules: their limits', () => {
  const read = (t: string) => explain(t).recipients.map((r) => [r.address, r.reason]);

  it('a one-line heading names the address only when it is a failure or delay heading, short, with a colon after the address', () => {
    expect(read('Delivery delayed for bob@example.net: mailbox full\n')).toEqual([['bob@example.net', 'mailboxfull']]);
    expect(explain('Delivery delayed for bob@example.net: mailbox full\n').kind).toBe('delay');
    expect(read('Échec de la remise pour jean@example.com : adresse inconnue\n')).toEqual([['jean@example.com', 'userunknown']]);
    // Not a heading: a meeting, a lunch, a tip; nor a sentence that holds a heading's words.
    for (const t of [
      'Meeting delayed for bob@example.com: see you at 3pm instead.\n',
      'Lunch für hans@example.com: Schnitzel\n',
      'Thanks for bob@example.com: he was unknown to us\n',
      'Zustellung verzögert für die Kunden von hans@example.net: Server nicht erreichbar\n',
    ]) expect(explain(t).recipients, t).toEqual([]);
  });

  it('a heading line around a reply is a notice, not a bare reply; a reply alone stays one', () => {
    expect(explain('Zustellung fehlgeschlagen: <hans@example.com>: 550 5.1.1 Postfach existiert nicht\n').kind).toBe('bounce');
    expect(explain('550 5.1.1 <hans@example.com>: Recipient address rejected: User unknown\n').kind).toBe('smtp-reply');
  });

  it('a Polish connection that timed out is no server giving up', () => {
    const r = explain('Doręczenie opóźnione: <jan@example.net>: przekroczono czas połączenia, ponowna próba później\n');
    expect(r.kind).toBe('delay');
    expect(r.recipients.map((x) => [x.reason, x.permanent === true])).toEqual([['networkerror', false]]);
  });

  it('a one-line delay with a 4xx reply as its cause names the address and removes nothing', () => {
    const report = explain('Zustellung verzögert für hans@example.net: 452 4.2.2 Postfach voll, neuer Versuch später\n');
    expect(report.kind).toBe('delay');
    expect(report.recipients.map((r) => [r.address, r.hardBounce, r.permanent === true])).toEqual([['hans@example.net', false, false]]);
  });

  it('full-width brackets around an address and an ideographic space after it read as their ASCII forms', () => {
    for (const [t, reason] of [
      ['［taro@example.com］：宛先不明\n', 'userunknown'],
      ['＜taro@example.com＞：メールボックスがいっぱいです\n', 'mailboxfull'],
      ['【li@example.com】：收件人地址不存在\n', 'userunknown'],
      ['「taro@example.com」　メールボックスがいっぱいです\n', 'mailboxfull'],
    ] as const) expect(read(t), t).toEqual([[t.includes('li@') ? 'li@example.com' : 'taro@example.com', reason]]);
  });
});
