/**
 * A quick "can this text hold these words?" test: the set of pairs of neighbouring
 * characters (bigrams) of a text. Words can occur in the text only if each
 * of their pairs does, so when one of their pairs is missing the words are surely not
 * there and the search for them is saved; when all are there, the real search decides.
 * The formats' detection asks for dozens of phrases in the same head of the text, nearly
 * all absent: one pass over the head to note its pairs costs less than those searches.
 *
 * Exact by construction: a missing pair proves absence, and present words are always
 * found (a character is folded to its low 7 bits, so two pairs can share a place:
 * that only lets a search through).
 */

/**
 * The pairs seen in the last text asked about (the detection asks of one head many times
 * in a row): per pair of 7-bit characters, the number of the text it was last seen in, so
 * that a new text starts with none seen without clearing the table (cleared once the
 * numbers wrap).
 */
const seen = new Uint16Array(1 << 14);
let seenText: string | null = null;
let generation = 0;

function see(text: string): void {
  if (++generation === 0x10000) {
    seen.fill(0);
    generation = 1;
  }
  const g = generation;
  // The pair's first character kept shifted into place (one shift per character, not per pair read back).
  let a = (text.charCodeAt(0) & 127) << 7;
  for (let i = 1; i < text.length; i++) {
    const b = text.charCodeAt(i) & 127;
    seen[a | b] = g;
    a = b << 7;
  }
  seenText = text;
}

/** `text.includes(words)`, with the bigram test first (the words' pairs read as it goes: most words miss within a few). */
export function holds(text: string, words: string): boolean {
  if (seenText !== text) see(text);
  let a = (words.charCodeAt(0) & 127) << 7;
  for (let i = 1; i < words.length; i++) {
    const b = words.charCodeAt(i) & 127;
    if (seen[a | b] !== generation) return false;
    a = b << 7;
  }
  return text.includes(words);
}
