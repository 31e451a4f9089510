/**
 * The trigram test in front of the formats' phrase searches (text/grams.ts) must answer
 * exactly as `includes` does: it may only save searches, never change an answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/lib/core/text/grams.ts';
import { LANGUAGES, hasLocalizedDelayWords, headHasLocalizedDelayWords } from '../../src/lib/knowledge/languages/index.ts';

describe('holds (trigram test, then the search)', () => {
  it('finds words that are there and rejects words that are not', () => {
    const head = 'this is the mail system at host mx.example.org.\n\ni\'m sorry to have to inform you';
    expect(holds(head, 'this is the mail system at host')).toBe(true);
    expect(holds(head, 'inform you')).toBe(true);
    expect(holds(head, 'qmail-send')).toBe(false);
    // A trigram missing ("e h"): no search.
    expect(holds(head, 'the host is')).toBe(false);
    // All trigrams present, the words absent: the search decides.
    expect(holds(head, 'sorry to host')).toBe(false);
    expect(holds(head, '')).toBe(true);
    expect(holds(head, 'q')).toBe(false);
    expect(holds('', 'a')).toBe(false);
    expect(holds('ab', 'ab')).toBe(true);
    // Non-ASCII text (characters fold to their low 7 bits: a shared slot lets the search decide).
    expect(holds('почтовым сервером yandex', 'почтовым сервером yandex')).toBe(true);
    expect(holds('почтовым сервером yandex', 'сервером mail.ru')).toBe(false);
  });

  it('answers as includes does, for any text and words, asked in any order', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', ':', '-', 'é', 'п', '\u0161', '\u00e1', '\n');
    const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [t, w] of pairs) {
          const words = w.slice(0, 1 + (w.length % 6));
          expect(holds(t, words)).toBe(t.includes(words));
          // A part of the text is always found, however the bits were left by the last text.
          const at = t.length >> 1;
          expect(holds(t, t.slice(at, at + 4))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('headHasLocalizedDelayWords (the wordings\' trigrams, then the patterns)', () => {
  const wordings = LANGUAGES.flatMap((l) => l.delayed.map((w) => w.text));

  it('finds a delay wording of any language in a lower-cased opening, and passes over English', () => {
    for (const w of wordings) {
      const head = `delivery status notification\n\n${w}\n\nreporting-mta: dns; mx.example.org`.toLowerCase();
      expect(headHasLocalizedDelayWords(head), w).toBe(true);
      expect(headHasLocalizedDelayWords(head.normalize('NFD')), w).toBe(hasLocalizedDelayWords(head.normalize('NFD')));
    }
    expect(headHasLocalizedDelayWords('this is the mail system at host mx.example.org.\n\ni\'m sorry to have to inform you')).toBe(false);
  });

  it('answers as the patterns do, for lower-cased texts that hold wordings whole, cut, decomposed or in capitals', () => {
    const piece = fc.oneof(
      fc.constantFrom(...wordings).chain((w) =>
        fc.record({ cut: fc.nat({ max: 6 }), nfd: fc.boolean(), upper: fc.boolean(), curly: fc.boolean() }).map(({ cut, nfd, upper, curly }) => {
          let s = w.slice(0, Math.max(1, w.length - cut));
          if (nfd) s = s.normalize('NFD');
          if (upper) s = s.toUpperCase();
          if (curly) s = s.replace(/'/g, '\u2019');
          return s;
        }),
      ),
      fc.constantFrom('mail delivery ', 'the message ', 'x', ' ', '\n', 'é', 'п', 'retry '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
        const head = pieces.join(' ').toLowerCase();
        // Another text in between: the trigrams are those of the text asked about.
        holds('an unrelated text', 'unrelated');
        expect(headHasLocalizedDelayWords(head)).toBe(hasLocalizedDelayWords(head));
      }),
      { numRuns: 2000 },
    );
  });
});
