/**
 * The wording of bounces in other languages (src/lib/knowledge/languages): every wording of
 * every language is walked and must read as what it is filed under, so the data cannot rot.
 *
 * - a reason wording on a bare recipient line (`<nobody@example.org>: <wording>`) gives that
 *   recipient, a bounce, the wording's reason, and evidence on the localised words;
 * - a failure notice's words make a recipient line with no English in it a bounce;
 * - a delay notice's words above a temporary reply make the report a delay;
 * - a line that introduces the failed recipients lists the address below it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { hasReplyShape } from '../../src/lib/core/read/cues.ts';
import { FAMILIES, LANGUAGES, normalizeWording, endsWithLocalizedRecipientCue, findLocalizedReturnedStart, foldedSpellings, accentAsApostrophe, startsWithLocalizedReasonLead } from '../../src/lib/knowledge/languages/index.ts';
import { PHRASE_GROUPS, WEAK_PHRASES } from '../../src/lib/knowledge/phrases.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru'];

function read(text: string) {
  const report = explain(text);
  return { report, r: report.recipients[0] };
}

describe('the languages', () => {
  it('have golden samples (tests/fixtures/samples/lang-<code>-*), at least two for each language asked for', ({ expect }) => {
    const samples = readdirSync(join(import.meta.dirname, '../fixtures/samples'));
    for (const code of ASKED) expect(samples.filter((s) => s.startsWith(`lang-${code}-`)).length, code).toBeGreaterThanOrEqual(2);
  });
  it('cover the languages asked for, each with wording for every reason family, notices, list leads and delays', ({ expect }) => {
    const codes = LANGUAGES.map((l) => l.code);
    for (const code of ASKED) expect(codes).toContain(code);
    for (const lang of LANGUAGES.filter((l) => ASKED.includes(l.code))) {
      for (const f of FAMILIES) expect((lang.reasons[f] ?? []).length, `${lang.code} ${f}`).toBeGreaterThan(0);
      expect(lang.failed.length, lang.code).toBeGreaterThan(3);
      expect(lang.listLead.length, lang.code).toBeGreaterThan(0);
      expect(lang.delayed.length, lang.code).toBeGreaterThan(2);
    }
  });

  it('say where every wording comes from, and hold each wording once per language', ({ expect }) => {
    for (const lang of LANGUAGES) {
      const seen = new Map<string, string>();
      for (const f of FAMILIES) {
        for (const w of lang.reasons[f] ?? []) {
          expect(w.source.length, `${lang.code} ${w.text}`).toBeGreaterThan(10);
          const text = normalizeWording(w.text);
          expect(text.length, `${lang.code} ${f}`).toBeGreaterThan(1);
          expect(seen.has(text), `${lang.code}: "${text}" in ${f} and ${seen.get(text)}`).toBe(false);
          seen.set(text, f);
        }
      }
      for (const w of [...lang.failed, ...lang.listLead, ...lang.delayed]) expect(w.source.length, `${lang.code} ${w.text}`).toBeGreaterThan(10);
      // A broad wording is one of the language's reason wordings, and the phrase table knows it as broad.
      for (const b of lang.broad ?? []) {
        expect(seen.has(normalizeWording(b)), `${lang.code}: broad "${b}"`).toBe(true);
        expect(WEAK_PHRASES.has(normalizeWording(b)), `${lang.code}: broad "${b}"`).toBe(true);
      }
    }
  });

  it('give their reason wordings to the phrase table, with the language and source named', ({ expect }) => {
    const inTable = new Map<string, string>();
    for (const g of PHRASE_GROUPS) for (const p of g.phrases) inTable.set(typeof p === 'string' ? p : p.text, g.reason);
    for (const lang of LANGUAGES) {
      for (const f of FAMILIES) for (const w of lang.reasons[f] ?? []) expect(inTable.has(normalizeWording(w.text)), `${lang.code} ${w.text}`).toBe(true);
    }
    expect(PHRASE_GROUPS.some((g) => g.source.startsWith('German: '))).toBe(true);
  });

  for (const lang of LANGUAGES) {
    describe(`${lang.name} (${lang.code})`, () => {
      it('reads every reason wording on a bare recipient line as its reason, with the evidence on the words', ({ expect }) => {
        for (const f of FAMILIES) {
          for (const w of lang.reasons[f] ?? []) {
            const text = `<nobody@example.org>: ${w.text}`;
            const { report, r } = read(text);
            const what = `${lang.code} ${f}: ${text}`;
            expect(report.kind, what).toBe('bounce');
            expect(r?.address, what).toBe('nobody@example.org');
            expect(r?.reason, what).toBe(f);
            const reason = r.evidence.find((e) => e.field === 'reason');
            expect(reason, what).toBeDefined();
            // The evidence lies on the localised words (inside them, or all of them).
            const at = report.document.indexOf(w.text);
            expect(at, what).toBeGreaterThan(0);
            expect(reason!.start, what).toBeGreaterThanOrEqual(at);
            expect(reason!.end, what).toBeLessThanOrEqual(at + w.text.length);
            expect(reason!.end, what).toBeGreaterThan(reason!.start);
            // The same words decomposed (NFD), or with a curly apostrophe, read the same.
            for (const variant of [w.text.normalize('NFD'), w.text.replace(/'/g, '\u2019')]) {
              if (variant === w.text) continue;
              expect(read(`<nobody@example.org>: ${variant}`).r?.reason, `${what} (${variant === w.text.normalize('NFD') ? 'NFD' : 'curly apostrophe'})`).toBe(f);
            }
            // And as a server that cannot send accents writes them ("Boite pleine", "Empfaenger unbekannt").
            for (const folded of foldedSpellings(w.text)) expect(read(`<nobody@example.org>: ${folded}`).r?.reason, `${what} (${folded})`).toBe(f);
            // And typed with a word's last accented vowel as the vowel and an apostrophe ("e' sospeso").
            const typed = accentAsApostrophe(normalizeWording(w.text));
            if (typed) expect(read(`<nobody@example.org>: ${typed}`).r?.reason, `${what} (${typed})`).toBe(f);
          }
        }
      });

      it('reads a recipient line as a bounce when it holds a failure notice\'s words', ({ expect }) => {
        for (const w of lang.failed) {
          const text = `<nobody@example.org>: ${w.text}`;
          const { report, r } = read(text);
          expect(report.kind, `${lang.code}: ${text}`).toBe('bounce');
          expect(r?.address, `${lang.code}: ${text}`).toBe('nobody@example.org');
        }
      });

      it('calls a notice with its delay words above a temporary reply a delay', ({ expect }) => {
        for (const w of lang.delayed) {
          const text = `${w.text}\n\n<nobody@example.org>: 451 4.3.0 Temporary local problem - please try later\n`;
          const { report, r } = read(text);
          expect(report.kind, `${lang.code}: ${w.text}`).toBe('delay');
          expect(r?.address, `${lang.code}: ${w.text}`).toBe('nobody@example.org');
        }
      });

      it('reads the recipients listed under a line that introduces them', ({ expect }) => {
        for (const w of lang.listLead) {
          // Under the notice's heading; the words read for the recipient are the introducing line.
          const text = `${lang.failed[0].text}\n\n${w.text}:\n\n    nobody@example.org\n`;
          const { report, r } = read(text);
          expect(report.kind, `${lang.code}: ${w.text}`).toBe('bounce');
          expect(r?.address, `${lang.code}: ${w.text}`).toBe('nobody@example.org');
          expect(r?.diagnostic ?? '', `${lang.code}: ${w.text}`).toContain(w.text);
        }
      });

      it('reads an address mid-sentence as the recipient when its words name it so', ({ expect }) => {
        const reason = lang.reasons.userunknown?.[0]?.text ?? lang.reasons.mailboxfull![0].text;
        for (const w of lang.recipientBefore) {
          expect(endsWithLocalizedRecipientCue(`${w.text}: `), `${lang.code}: ${w.text}`).toBe(true);
          const text = `${lang.failed[0].text}\n\n* ${w.text} nobody@example.org\n\n${reason}\n`;
          expect(read(text).r?.address, `${lang.code}: ${w.text}`).toBe('nobody@example.org');
        }
        for (const w of lang.recipientAfter) {
          const text = `${lang.failed[0].text}\n\n* nobody@example.org ${w.text}\n\n${reason}\n`;
          expect(read(text).r?.address, `${lang.code}: ${w.text}`).toBe('nobody@example.org');
        }
      });

      it('ends the notice at a heading that starts the returned original', ({ expect }) => {
        for (const w of lang.returnedStart) {
          const notice = `${lang.failed[0].text}\n\n`;
          expect(findLocalizedReturnedStart(`${notice}----- ${w.text} -----\nTo: someone@example.com\n`), `${lang.code}: ${w.text}`).toBe(notice.length);
          // Inside a sentence it starts nothing.
          expect(findLocalizedReturnedStart(`${notice}See the ${w.text} below.\n`), `${lang.code}: ${w.text}`).toBe(-1);
        }
      });

      it('reads a reply labelled in its words as an SMTP reply', ({ expect }) => {
        for (const w of lang.errorLabel) {
          expect(hasReplyShape(`${w.text}: 550 5.1.1 x`), `${lang.code}: ${w.text}`).toBe(true);
          expect(hasReplyShape(`${w.text}\uff1a550 x`), `${lang.code}: ${w.text}`).toBe(true);
          // A number in prose after the word is no reply.
          expect(hasReplyShape(`${w.text} 550 x`), `${lang.code}: ${w.text}`).toBe(false);
        }
      });

      it('knows the words that open the reason under a list', ({ expect }) => {
        for (const w of lang.reasonLead) expect(startsWithLocalizedReasonLead(`  ${w.text}: x`), `${lang.code}: ${w.text}`).toBe(true);
        expect(startsWithLocalizedReasonLead('nobody@example.org')).toBe(false);
      });
    });
  }
});
