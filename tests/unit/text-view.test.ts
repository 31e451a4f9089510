/**
 * TextView keeps a map from its normalised text back to document offsets (as runs, one
 * per word). These properties compare it with the plainest possible reference: one
 * document offset per character.
 */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { TextView } from '../../src/lib/core/text/view.ts';

/** The reference: collapse blanks the same way, remembering every character's offset. */
function reference(doc: string, ranges: [number, number][]): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (const [start, end] of ranges) {
    let pending = text.length > 0;
    let pendingAt = start;
    for (let i = start; i < end; i++) {
      const c = doc.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
        if (!pending) pendingAt = i;
        pending = true;
        continue;
      }
      if (pending) {
        if (text.length > 0) {
          text += ' ';
          map.push(pendingAt);
        }
        pending = false;
      }
      text += doc[i];
      map.push(i);
    }
  }
  return { text, map };
}

const docArb = fc.array(fc.constantFrom('a', 'b', 'X', '5', '.', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '550-', '-'), { maxLength: 60 }).map((parts) => parts.join(''));

describe('TextView', () => {
  it('maps every view range back to the document like the per-character reference', ({ expect }) => {
    fc.assert(
      fc.property(docArb, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), (doc, raw) => {
        const ranges = raw.map(([a, b]): [number, number] => {
          const s = a % (doc.length + 1);
          const e = s + (b % (doc.length - s + 1));
          return [s, e];
        });
        const view = new TextView();
        for (const [s, e] of ranges) view.append(doc, s, e);
        const ref = reference(doc, ranges);
        expect(view.text).toBe(ref.text);
        for (let i = 0; i < ref.text.length; i++) {
          for (let j = i + 1; j <= ref.text.length; j++) {
            expect(view.span(i, j)).toEqual([ref.map[i], Math.max(ref.map[i], ref.map[j - 1] + 1)]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the map through slice, join and without', ({ expect }) => {
    const doc = 'host mx.example.org said: 550-5.1.1 no such\r\n   550-5.1.1 user here';
    const view = new TextView().append(doc, 0, doc.length);
    const cut = view.without(/550-5\.1\.1 (?=user)/g);
    expect(cut.text).toBe('host mx.example.org said: 550-5.1.1 no such user here');
    const i = cut.lower.indexOf('user');
    const [s, e] = cut.span(i, i + 4);
    expect(doc.slice(s, e)).toBe('user');
    const tail = cut.slice(i, cut.length);
    expect(doc.slice(...tail.whole())).toBe('user here');
    const joined = TextView.join(view.slice(0, 4), tail);
    expect(joined.text).toBe('host user here');
    const [js, je] = joined.span(5, 9);
    expect(doc.slice(js, je)).toBe('user');
  });
});
