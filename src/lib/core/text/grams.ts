/**
 * A quick "can this text hold these words?" test: the set of pairs of neighbouring
 * characters (bigrams) of a text, kept as bits. Words can occur in the text only if each
 * of their pairs does, so when one of their bits is missing the words are surely not
 * there and the search for them is saved; when all are set, the real search decides.
 * The formats' detection asks for dozens of phrases in the same head of the text, nearly
 * all absent: one pass over the head to set the bits costs less than those searches.
 *
 * Exact by construction: a missing bit proves absence, and present words are always
 * found (a character is folded to its low 7 bits, so two characters can share a bit:
 * that only lets a search through).
 */

/** 128 x 128 pairs. */
const BITS = 1 << 14;

/** The bits of the last text asked about (the detection asks of one head many times in a row). */
const bits = new Int32Array(BITS >>> 5);
let bitsOfText: string | null = null;

function setBits(text: string): void {
  bits.fill(0);
  let a = text.charCodeAt(0) & 127;
  for (let i = 1; i < text.length; i++) {
    const b = text.charCodeAt(i) & 127;
    const x = (a << 7) | b;
    bits[x >>> 5] |= 1 << (x & 31);
    a = b;
  }
  bitsOfText = text;
}

/** The pairs of each set of words asked about, worked out once (the words are the engine's own constants). */
const pairsOfWords = new Map<string, Int32Array>();

function pairsOf(words: string): Int32Array {
  let xs = pairsOfWords.get(words);
  if (xs === undefined) {
    if (pairsOfWords.size >= 4096) pairsOfWords.clear();
    xs = new Int32Array(Math.max(0, words.length - 1));
    for (let i = 1; i < words.length; i++) xs[i - 1] = ((words.charCodeAt(i - 1) & 127) << 7) | (words.charCodeAt(i) & 127);
    pairsOfWords.set(words, xs);
  }
  return xs;
}

/** `text.includes(words)`, with the bigram test first. */
export function holds(text: string, words: string): boolean {
  if (bitsOfText !== text) setBits(text);
  const xs = pairsOf(words);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k];
    if ((bits[x >>> 5] & (1 << (x & 31))) === 0) return false;
  }
  return text.includes(words);
}
