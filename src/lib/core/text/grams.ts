/**
 * A quick "can this text hold these words?" test: the set of runs of three neighbouring
 * characters (trigrams) of a text. Words can occur in the text only if each of their
 * trigrams does, so when one of them is missing the words are surely not there and the
 * search for them is saved; when all are there, the real search decides. The formats'
 * detection asks for dozens of phrases in the same head of the text, nearly all absent:
 * one pass over the head to note its trigrams costs less than those searches.
 *
 * Exact by construction: a missing trigram proves absence, and present words are always
 * found (a character is folded to its low 7 bits and a trigram hashed into a small table,
 * so two trigrams can share a place: that only lets a search through).
 */

const BITS = 14;
const MASK = (1 << BITS) - 1;

/** The table place of the trigram a b c (each folded to 7 bits). */
function place(a: number, b: number, c: number): number {
  return ((a << 9) ^ (b << 4) ^ c) & MASK;
}

/**
 * The trigrams seen in the last text asked about (the detection asks of one head many
 * times in a row): per place, the number of the text it was last seen in, so that a new
 * text starts with none seen without clearing the table (cleared once the numbers wrap).
 */
const seen = new Uint16Array(1 << BITS);
let seenText: string | null = null;
let generation = 0;

function see(text: string): void {
  if (++generation === 0x10000) {
    seen.fill(0);
    generation = 1;
  }
  const table = seen;
  const g = generation;
  const n = text.length;
  let a = text.charCodeAt(0) & 127;
  let b = text.charCodeAt(1) & 127;
  for (let i = 2; i < n; i++) {
    const c = text.charCodeAt(i) & 127;
    table[place(a, b, c)] = g;
    a = b;
    b = c;
  }
  seenText = text;
}

/** `text.includes(words)`, with the trigram test first (the words' trigrams read as they go: most words miss within a few). */
export function holds(text: string, words: string): boolean {
  if (words.length < 3) return text.includes(words);
  if (seenText !== text) see(text);
  const table = seen;
  const g = generation;
  let c = words.charCodeAt(words.length - 1) & 127;
  let b = words.charCodeAt(words.length - 2) & 127;
  for (let i = words.length - 3; i >= 0; i--) {
    const a = words.charCodeAt(i) & 127;
    if (table[place(a, b, c)] !== g) return false;
    c = b;
    b = a;
  }
  return text.includes(words);
}
