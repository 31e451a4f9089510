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
/** Whether that text holds a character outside ASCII. */
let seenNonAscii = false;

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
  let high = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    high |= c;
    three = ((three << 7) | (c & 127)) & 0x1fffff;
    seen[slot(three)] = g;
  }
  seenText = text;
  seenNonAscii = high > 127;
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

/**
 * `holds(text, words)` with the words' slots given (`slotsOf(words)`, made once at load):
 * the same answer, without making them again at each call.
 */
export function holdsWithSlots(text: string, words: string, slots: Int32Array): boolean {
  if (words.length < 3) return text.includes(words);
  if (seenText !== text) see(text);
  const g = generation;
  for (let k = 0; k < slots.length; k++) if (seen[slots[k]] !== g) return false;
  return text.includes(words);
}

/**
 * What `mayHoldAny` needs of a wording: the slots of its trigrams made of ASCII characters
 * only, and whether it holds a character outside ASCII.
 */
export interface WordingGrams {
  slots: Int32Array;
  nonAscii: boolean;
}

export function wordingGrams(words: string): WordingGrams {
  const slots: number[] = [];
  let nonAscii = false;
  for (let i = 0; i < words.length; i++) if (words.charCodeAt(i) > 127) nonAscii = true;
  for (let i = 2; i < words.length; i++) {
    const a = words.charCodeAt(i - 2);
    const b = words.charCodeAt(i - 1);
    const c = words.charCodeAt(i);
    if (a > 127 || b > 127 || c > 127) continue;
    slots.push(slot((a << 14) | (b << 7) | c));
  }
  return { slots: Int32Array.from(slots), nonAscii };
}

/**
 * Can a lower-cased text hold one of these lower-case wordings, matched case-insensitively
 * (a pattern with the i flag and no u flag)? False only when none can be there: each misses
 * one of its ASCII trigrams, or holds a character outside ASCII while the text holds none.
 * Exact in that direction: such a pattern folds ASCII letters only to each other (no other
 * character folds to one), the text has no upper-case ASCII letter left, so an ASCII
 * trigram of a wording it holds stands in it as written; and no ASCII character of the text
 * matches one outside ASCII. (Wordings shorter than three characters always can.)
 */
export function mayHoldAny(text: string, wordings: readonly WordingGrams[]): boolean {
  if (seenText !== text) see(text);
  const g = generation;
  for (const w of wordings) {
    if (w.nonAscii && !seenNonAscii) continue;
    const slots = w.slots;
    let k = 0;
    while (k < slots.length && seen[slots[k]] === g) k++;
    if (k === slots.length) return true;
  }
  return false;
}

/** The slots `holds` looks up for a word (none for a word shorter than three characters). */
export function slotsOf(words: string): Int32Array {
  const out: number[] = [];
  if (words.length < 3) return new Int32Array(0);
  let three = ((words.charCodeAt(0) & 127) << 7) | (words.charCodeAt(1) & 127);
  for (let i = 2; i < words.length; i++) {
    three = ((three << 7) | (words.charCodeAt(i) & 127)) & 0x1fffff;
    out.push(slot(three));
  }
  return Int32Array.from(out);
}

/**
 * How often each slot's trigrams stand in these texts (lower-cased as a head is): a
 * measure, made once at load from our own tables, of how common a trigram is in a bounce.
 */
export function slotCounts(texts: Iterable<string>): Uint32Array {
  const counts = new Uint32Array(1 << SLOT_BITS);
  for (const t of texts) for (const s of slotsOf(t.toLowerCase())) counts[s]++;
  return counts;
}

/**
 * The same slots, the least common first (by `counts`, then as they were): `holdsWithSlots`
 * needs every one of them seen, in any order, and a word whose rarest trigram a head lacks
 * is then passed over at the first look instead of after its common ones ("the", "ion").
 */
export function rarestFirst(slots: Int32Array, counts: Uint32Array): Int32Array {
  return Int32Array.from([...slots.keys()].sort((a, b) => counts[slots[a]] - counts[slots[b]] || a - b), (k) => slots[k]);
}
