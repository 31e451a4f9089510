/**
 * Where the human-readable text ends (read/text-blocks.ts `textEnd`): at the first line
 * whose first 160 characters read as the start of the returned original
 * (RE_RETURNED_START), else at a localised heading. The search looks only at the lines
 * that hold its cue words or start with a rule: it must find the same line as reading
 * every line in turn.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RE_RETURNED_START, textEnd } from '../../src/lib/core/read/text-blocks.ts';
import { findLocalizedReturnedStart } from '../../src/lib/knowledge/languages/index.ts';

/** Every line in turn (the definition; a line ends at LF or CR). */
function byEveryLine(text: string): number {
  let end = text.length;
  for (let ls = 0; ls <= text.length; ) {
    let le = ls;
    while (le < text.length && text[le] !== '\n' && text[le] !== '\r') le++;
    if (RE_RETURNED_START.test(text.slice(ls, Math.min(le, ls + 160)))) {
      end = ls;
      break;
    }
    ls = le + 1;
  }
  const localized = findLocalizedReturnedStart(text.slice(0, end));
  return localized !== -1 ? localized : end;
}

describe('textEnd', () => {
  it('ends the text at the line that starts the returned original', () => {
    const text = 'Delivery failed.\nThe message follows below.\n-- a note\n------ This is a copy of the message, including all the headers. ------\nTo: someone@example.org\n';
    expect(textEnd(text, { start: 0, end: text.length })).toBe(text.indexOf('------ This'));
    const words = 'Your message could not be delivered.\n\n   Below this line is a copy of the message.\n';
    expect(textEnd(words, { start: 0, end: words.length })).toBe(words.indexOf('   Below'));
    const type = 'x\nContent-Type: message/rfc822\n';
    expect(textEnd(type, { start: 0, end: type.length })).toBe(2);
    // A rule after words on its line starts nothing; nor does a line with no cue.
    const none = 'See -- the original message is attached.\nmessage follows nothing\n';
    expect(textEnd(none, { start: 0, end: none.length })).toBe(none.length);
  });

  it('finds the same line as reading every line', () => {
    const piece = fc.constantFrom(
      '-', '--', '==', '*', '_', ' ', '\t', '\u00a0', '\n', '\r\n', 'x', 'message', 'Message ', ' follows', ' headers', ' below', ' reads',
      'original', 'Original ', 'is a copy', ' of the ', 'returned', 'undelivered', 'rfc822', 'content-type: ', 'message/rfc822', 'copy of', 'your ', 'headers of ',
      // Each wording whole (the search must find every one of them).
      'Original message headers', 'unsent message below', 'Your message reads', 'headers of your returned message follow', 'Below this line is a copy',
      'this is a copy of the message', 'original message follows', 'Content-Type: message/rfc822', '----- Undelivered',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(textEnd(t, { start: 0, end: t.length })).toBe(byEveryLine(t));
      }),
      { numRuns: 2000 },
    );
  });
});
