/**
 * A quick "can this text hold these words?" test: the set of runs of three neighbouring
 * characters (trigrams) of a text. Words can occur in the text only if each of their
 * trigrams does, so when one of them is missing the words are surely not there and the
 * search for them is saved; when all are there, the real search decides. The formats'
 * detection asks for dozens of phrases in the same head of the text, nearly all absent:
 * one pass over the head to note its trigrams costs less than those searches.
 *
 * Exact by construction: a missing trigram proves absence, and present words are always
 * found. The text is read as UTF-8 bytes and only the words' trigrams of ASCII characters
 * are asked (an ASCII character is the same byte in UTF-8, and no other character's bytes
 * are ASCII); a trigram is hashed into a small table, so two can share a place: that only
 * lets a search through.
 */

const BITS = 14;
const MASK = (1 << BITS) - 1;

/** The table place of the trigram of bytes (or ASCII character codes) a b c. */
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

const encoder = new TextEncoder();
/** The last text's UTF-8 bytes (grown as needed: at most 3 bytes a UTF-16 unit). */
let bytes = new Uint8Array(4096);

function see(text: string): void {
  if (++generation === 0x10000) {
    seen.fill(0);
    generation = 1;
  }
  if (bytes.length < text.length * 3) bytes = new Uint8Array(text.length * 3);
  const buf = bytes;
  const n = encoder.encodeInto(text, buf).written;
  const table = seen;
  const g = generation;
  let a = buf[0];
  let b = buf[1];
  for (let i = 2; i < n; i++) {
    const c = buf[i];
    table[place(a, b, c)] = g;
    a = b;
    b = c;
  }
  seenText = text;
}

/** The places of the words' trigrams of ASCII characters, the last first (endings tell phrases apart more often than openings). */
const placesOf = new Map<string, Uint16Array>();

function placesFor(words: string): Uint16Array {
  let places = placesOf.get(words);
  if (places) return places;
  const found: number[] = [];
  for (let i = words.length - 3; i >= 0; i--) {
    const a = words.charCodeAt(i);
    const b = words.charCodeAt(i + 1);
    const c = words.charCodeAt(i + 2);
    if (a < 128 && b < 128 && c < 128) found.push(place(a, b, c));
  }
  places = Uint16Array.from(found);
  // The formats ask for fixed phrases: the cache stays small.
  if (placesOf.size < 4096) placesOf.set(words, places);
  return places;
}

/** `text.includes(words)`, with the trigram test first (most words miss at their first trigram or so). */
export function holds(text: string, words: string): boolean {
  if (words.length < 3) return text.includes(words);
  if (seenText !== text) see(text);
  const places = placesFor(words);
  const table = seen;
  const g = generation;
  for (let i = 0; i < places.length; i++) if (table[places[i]] !== g) return false;
  return text.includes(words);
}
