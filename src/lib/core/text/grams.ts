/**
 * A quick "can this text hold these words?" test: the set of runs of three neighbouring
 * characters (trigrams) of a text. Words can occur in the text only if each of their
 * trigrams does, so when one is missing the words are surely not there and the search for
 * them is saved; when all are there, the real search decides. The formats' detection asks
 * for dozens of phrases in the same head of the text, nearly all absent: one pass over the
 * head to note its trigrams costs less than those searches. (Pairs of characters let
 * through too many English phrases whose every pair a bounce's head holds somewhere.)
 *
 * Exact by construction: a missing trigram proves absence, and present words are always
 * found (a character is folded to its low 7 bits and a trigram to a slot of the table, so
 * two trigrams can share a slot: that only lets a search through).
 */

/** Slots in the table: a head holds some hundreds of trigrams, a few percent of them. */
const SLOT_BITS = 14;

/**
 * The trigrams seen in the last text asked about (the detection asks of one head many
 * times in a row): per slot, the number of the text it was last seen in, so that a new
 * text starts with none seen without clearing the table (cleared once the numbers wrap).
 */
const seen = new Uint16Array(1 << SLOT_BITS);
let seenText: string | null = null;
let generation = 0;

/** The slot of three characters folded to 7 bits each and kept as one 21-bit number. */
function slot(three: number): number {
  return Math.imul(three, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

function see(text: string): void {
  if (++generation === 0x10000) {
    seen.fill(0);
    generation = 1;
  }
  const g = generation;
  // (The first two characters also note a slot each, with the missing ones as zeros: that
  // only lets a search through.)
  let three = 0;
  for (let i = 0; i < text.length; i++) {
    three = ((three << 7) | (text.charCodeAt(i) & 127)) & 0x1fffff;
    seen[slot(three)] = g;
  }
  seenText = text;
}

/** `text.includes(words)`, with the trigram test first (the words' trigrams read as it goes: most words miss within a few). */
export function holds(text: string, words: string): boolean {
  if (words.length < 3) return text.includes(words);
  if (seenText !== text) see(text);
  let three = ((words.charCodeAt(0) & 127) << 7) | (words.charCodeAt(1) & 127);
  for (let i = 2; i < words.length; i++) {
    three = ((three << 7) | (words.charCodeAt(i) & 127)) & 0x1fffff;
    if (seen[slot(three)] !== generation) return false;
  }
  return text.includes(words);
}
