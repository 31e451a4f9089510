/**
 * The phrase table against the server's words: every phrase that occurs, found in one
 * pass, each weighed by where it sits.
 *
 * A bounce often states its cause in one sentence and then gives advice: "Message rejected
 * due to spam classification. To fix this, set up SPF records", "... for more information
 * about SPF see https://...". A phrase in the sentence that states the cause counts more
 * than one in advice, a footer or a link, whatever the order of the table. So each hit
 * gets a tier:
 *
 *   0  a specific phrase in a cause sentence
 *   1  a broad ("weak") phrase in a cause sentence
 *   2  a specific phrase in advice or a link
 *   3  a broad phrase in advice or a link
 *
 * and the best hit is the one with the lowest tier, then the earliest place in the table.
 * Tiers 1-3 are "weak": a specific status code outranks them.
 */
import type { ReasonId } from '../types.ts';
import type { TextView } from '../text/view.ts';
import { PHRASE_GROUPS, WEAK_PHRASES, phraseId, phraseText } from '../../knowledge/phrases.ts';
import { accentAsApostrophe, localizedAdviceEndPattern, localizedAdvicePattern, localizedConditionPattern, localizedDenialPattern, localizedPossibleAfterPattern, mayHoldLocalizedAdvice, mayHoldLocalizedCondition, mayHoldLocalizedDenial, mayHoldLocalizedPossibleAfter } from '../../knowledge/languages/index.ts';
import { alternations } from '../text/alternation.ts';
import { NOT_AFTER, OTHER_WORDS } from '../../knowledge/word-bounds.ts';

export interface PhraseHit {
  /** Rule id, `phrase.<reason>.<slug>`. */
  id: string;
  reason: ReasonId;
  /** Index of the phrase group (its source is PHRASE_GROUPS[group].source). */
  group: number;
  /** Offsets in the view's text. */
  start: number;
  end: number;
  /** The words matched (lower case). */
  phrase: string;
  /** A broad phrase (WEAK_PHRASES). */
  weak: boolean;
  /** It sits in advice, a footer or a link, not in the sentence that states the cause. */
  advice: boolean;
  tier: number;
  rank: number;
  /**
   * It states no cause: it stands in a condition ("If the address does not exist, …"), a
   * list of possible causes ("Possible reasons: the mailbox is full, …") or after a negation
   * ("This is not a spam problem"). Such a hit never decides.
   */
  hedged: boolean;
}

export interface WordsReading {
  /** The hit that decides, or null. */
  best: PhraseHit | null;
  /** Every hit, in text order (at most MAX_HITS). */
  hits: PhraseHit[];
}

/** Enough for any real diagnostic; a pasted megabyte of phrases cannot grow the list without end. */
const MAX_HITS = 64;

interface PhraseInfo {
  id: string;
  group: number;
  rank: number;
  weak: boolean;
}

/**
 * All phrases of the table in one hash index, built once at load. A phrase is filed under
 * a number made from its first KEY characters (all of them when it is shorter); at a place
 * in the words the same number is made from the next characters, and only the phrases filed
 * under it are compared, longest first, so the first that fits is the longest phrase that
 * starts there, as an alternation of every phrase would find. The numbers are made one
 * character at a time, and a bit per number of the first n characters of any phrase says
 * whether some phrase starts so: most places stop after a character or two.
 */
const KEY = 8;
/** Bits of the number a bit table is indexed by. */
const FILTER_BITS = 14;
const FILTER_MASK = (1 << (FILTER_BITS - 3)) - 1;

interface PhraseIndex {
  /** By key length (1..KEY): phrases filed under each number, longest first (below KEY, phrases of just that length). */
  buckets: (Map<number, Bucket> | null)[];
  /**
   * One bit table per n (1..KEY), KEY tables in one array: bit `number & mask` of table n
   * is set when some phrase's first n characters make that number (its prefix filter).
   */
  prefixes: Uint8Array;
  /** The same for the numbers under which a phrase of just n characters is filed (n < KEY; table KEY: every phrase of KEY or more). */
  filed: Uint8Array;
}

interface IndexedPhrase {
  text: string;
  info: PhraseInfo;
  /**
   * The rest of each longer word that begins with the phrase's last word but is another word
   * (knowledge/word-bounds OTHER_WORDS: "ständig" for "ist voll"), and the words that make the
   * phrase another thing's right before it (NOT_AFTER): where the text holds one, the phrase
   * does not stand there. Null for most phrases.
   */
  notBefore: readonly string[] | null;
  notAfter: readonly string[] | null;
}

/** The rests of OTHER_WORDS after a phrase's last word, for a phrase as matched (null: none). */
function otherWordRests(text: string): string[] | null {
  let out: string[] | null = null;
  for (const o of OTHER_WORDS) {
    for (const w of o.words) {
      // The longest start of the word the phrase ends with, as a whole word of the phrase.
      for (let k = Math.min(w.length - 1, text.length); k >= 1; k--) {
        if (!text.endsWith(w.slice(0, k))) continue;
        if (text.length > k && isLetter(text.charCodeAt(text.length - k - 1))) continue;
        (out ??= []).push(w.slice(k));
        break;
      }
    }
  }
  return out;
}

/** NOT_AFTER by phrase. */
const NOT_AFTER_BY_PHRASE: ReadonlyMap<string, readonly string[]> = new Map(
  NOT_AFTER.flatMap((n) => n.phrases.map((p) => [p, n.before] as const)),
);

/**
 * The phrases filed under one number, and for each its character right after the first
 * KEY (-1 when it has no more): dozens of phrases open with the same words ("mailbox ",
 * "account "), and mostly differ there, so that character is compared first, from one
 * small array rather than from each phrase.
 */
interface Bucket {
  phrases: IndexedPhrase[];
  after: Int32Array;
  /**
   * For a bucket of many phrases (BY_NEXT or more): by the character after the first KEY,
   * the places of the phrases that can fit with it there (those with that character next,
   * and those that end at KEY), in the bucket's order; `open` for any other character (only
   * those that end at KEY). Null for a small bucket, whose `after` is read in full.
   */
  byNext: Map<number, Int32Array> | null;
  open: Int32Array;
}

/** Phrases in a bucket from which on it is read through `byNext` rather than in full. */
const BY_NEXT = 8;

/** Bytes of one bit table. */
const TABLE = 1 << (FILTER_BITS - 3);

/** Is bit `key` (masked) of bit table `n` set? */
function hasBit(tables: Uint8Array, n: number, key: number): boolean {
  return (tables[n * TABLE + ((key >>> 3) & FILTER_MASK)] & (1 << (key & 7))) !== 0;
}

function setBit(tables: Uint8Array, n: number, key: number): void {
  tables[n * TABLE + ((key >>> 3) & FILTER_MASK)] |= 1 << (key & 7);
}

/** Every phrase as matched (its spellings too), with its rule, group and rank: made once at load. */
const PHRASE_INFO: ReadonlyMap<string, PhraseInfo> = (() => {
  // Rank: the group's place in the table, then the phrase's place in its group.
  const info = new Map<string, PhraseInfo>();
  PHRASE_GROUPS.forEach((g, i) => {
    g.phrases.forEach((p, j) => {
      const text = phraseText(p);
      if (info.has(text)) return;
      const entry = { id: phraseId(g.reason, p), group: i, rank: i * 10_000 + j + 1, weak: WEAK_PHRASES.has(text) };
      info.set(text, entry);
      // The same words as a text that was never normalised may hold them: decomposed
      // accents (NFD), a curly apostrophe; a word's last accented vowel typed as the vowel
      // and an apostrophe ("e' sospeso", accentAsApostrophe).
      for (const variant of [text.normalize('NFD'), text.replace(/'/g, '\u2019'), accentAsApostrophe(text) ?? text]) if (variant !== text && !info.has(variant)) info.set(variant, entry);
    });
  });
  return info;
})();

const PHRASE_INDEX: PhraseIndex = (() => {
  const info = PHRASE_INFO;
  const lists: (Map<number, IndexedPhrase[]> | null)[] = [];
  for (let n = 0; n <= KEY; n++) lists.push(null);
  const prefixes = new Uint8Array((KEY + 1) * TABLE);
  const filed = new Uint8Array((KEY + 1) * TABLE);
  for (const [text, entry] of info) {
    const n = Math.min(KEY, text.length);
    let key = 0;
    for (let k = 1; k <= n; k++) setBit(prefixes, k, (key = (Math.imul(key, 31) + text.charCodeAt(k - 1)) | 0));
    setBit(filed, n, key);
    const byKey = (lists[n] ??= new Map());
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ text, info: entry, notBefore: otherWordRests(text), notAfter: NOT_AFTER_BY_PHRASE.get(text) ?? null });
  }
  for (const byKey of lists) for (const list of byKey?.values() ?? []) list.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  const buckets = lists.map((byKey) => {
    if (!byKey) return null;
    const out = new Map<number, Bucket>();
    for (const [key, phrases] of byKey) {
      const after = Int32Array.from(phrases, (p) => (p.text.length > KEY ? p.text.charCodeAt(KEY) : -1));
      const places = (fits: (a: number) => boolean): Int32Array => Int32Array.from(after.keys()).filter((k) => fits(after[k]));
      const open = places((a) => a === -1);
      let byNext: Map<number, Int32Array> | null = null;
      if (phrases.length >= BY_NEXT) {
        byNext = new Map();
        for (const a of after) if (a !== -1 && !byNext.has(a)) byNext.set(a, places((b) => b === -1 || b === a));
      }
      out.set(key, { phrases, after, byNext, open });
    }
    return out;
  });
  return { buckets, prefixes, filed };
})();

/**
 * The longest phrase of the table that starts at `at`, or null: the numbers of the next
 * 1..KEY characters in turn, until no phrase starts with those characters; the longest
 * phrase of just n characters seen so far is the answer unless one of KEY or more fits.
 */
function longestAt(text: string, at: number): IndexedPhrase | null {
  const { buckets, prefixes, filed } = PHRASE_INDEX;
  let found: IndexedPhrase | null = null;
  let h = 0;
  const most = Math.min(KEY, text.length - at);
  for (let n = 1; n <= most; n++) {
    h = (Math.imul(h, 31) + text.charCodeAt(at + n - 1)) | 0;
    if (!hasBit(prefixes, n, h)) break;
    if (!hasBit(filed, n, h)) continue;
    const bucket = buckets[n]!.get(h);
    if (!bucket) continue;
    const { phrases, after, byNext } = bucket;
    if (n < KEY) {
      // Phrases of just n characters: the one that is these characters, if any.
      for (let k = 0; k < phrases.length; k++) {
        if (startsAt(text, phrases[k].text, at)) {
          found = phrases[k];
          break;
        }
      }
      continue;
    }
    const next = at + KEY < text.length ? text.charCodeAt(at + KEY) : -2;
    if (byNext !== null) {
      // (The same phrases in the same order as the loop below lets through.)
      const places = byNext.get(next) ?? bucket.open;
      for (let i = 0; i < places.length; i++) if (startsAt(text, phrases[places[i]].text, at)) return phrases[places[i]];
      continue;
    }
    for (let k = 0; k < after.length; k++) if ((after[k] === -1 || after[k] === next) && startsAt(text, phrases[k].text, at)) return phrases[k];
  }
  return found;
}

/**
 * The phrases and patterns of some reasons, to tell at once that words hold no hit of them
 * (`mayHoldReason`): an alternation of every phrase as matched whose rule is of one of the
 * reasons (text/alternation.ts), and the patterns of their groups.
 */
interface ReasonGate {
  phrases: RegExp[];
  patterns: RegExp[];
}

function reasonGate(reasons: ReadonlySet<ReasonId>): ReasonGate {
  const phrases: string[] = [];
  for (const [text, info] of PHRASE_INFO) if (reasons.has(PHRASE_GROUPS[info.group].reason)) phrases.push(text);
  return {
    phrases: alternations(phrases, ''),
    patterns: PHRASE_GROUPS.flatMap((g) => (reasons.has(g.reason) ? (g.patterns ?? []).map((p) => p.re) : [])),
  };
}

/**
 * Can `readWords` of words whose `lower` text this is give a hit of one of these reasons?
 * False only when it cannot: a phrase hit is a phrase as matched standing in the text, and a
 * pattern hit a match of the pattern, so when no phrase of those reasons stands anywhere in
 * the text and none of their patterns matches, there is none (the phrases compared in a
 * search for all of them at once, which costs a fraction of reading the words). For sets of
 * reasons made once (module constants): each set's gate is made on first use and kept.
 */
export function mayHoldReason(lower: string, reasons: ReadonlySet<ReasonId>): boolean {
  let gate = reasonGates.get(reasons);
  if (!gate) reasonGates.set(reasons, (gate = reasonGate(reasons)));
  for (const re of gate.phrases) if (re.test(lower)) return true;
  for (const re of gate.patterns) if (re.test(lower)) return true;
  return false;
}

const reasonGates = new Map<ReadonlySet<ReasonId>, ReasonGate>();

/** `text.startsWith(words, at)`, compared from the end: phrases filed together share their start. */
function startsAt(text: string, words: string, at: number): boolean {
  if (at + words.length > text.length) return false;
  for (let i = words.length - 1; i >= 0; i--) if (text.charCodeAt(at + i) !== words.charCodeAt(i)) return false;
  return true;
}

/** a-z or 0-9 (the text is lower-cased). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * A character of a word in a script that writes spaces between words: a-z, 0-9, the Latin
 * letters of Latin-1 and Latin Extended-A/B (not × and ÷), combining accents, Greek and
 * Cyrillic. Chinese, Japanese and Korean are not: their phrases stand inside compounds
 * (knowledge/word-bounds NOT_AFTER says where one does not).
 */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x52f);
}

/** Does `text` go on at `at` with one of the words? */
function goesOnWith(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/** Does one of the words end right before `at`? */
function comesAfter(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/** The tier of a hit that states no cause (see PhraseHit.hedged): below every other. */
const HEDGED_TIER = 4;

function tierOf(weak: boolean, advice: boolean): number {
  return (advice ? 2 : 0) + (weak ? 1 : 0);
}

function better(a: PhraseHit, b: PhraseHit | null): boolean {
  return !b || a.tier < b.tier || (a.tier === b.tier && a.rank < b.rank);
}

/** Read the words: every phrase hit, and the one that decides. */
export function readWords(view: TextView): WordsReading {
  const text = view.lower;
  const { prefixes } = PHRASE_INDEX;
  const hits: PhraseHit[] = [];
  let advice: AdviceSpans | null = null;
  let hedges: AdviceSpans | null = null;
  let best: PhraseHit | null = null;
  let inWord = false;
  for (let at = 0; at < text.length; at++) {
    // A phrase starts a word ("mime" is not in "mimecast", "полон" not in "выполнен").
    const c = text.charCodeAt(at);
    const wordChar = isLetter(c);
    if (wordChar && inWord) continue;
    inWord = wordChar;
    // Most places start no phrase at all (a space, a digit of a code).
    if (!hasBit(prefixes, 1, c)) continue;
    const found = longestAt(text, at);
    if (!found) continue;
    const phrase = found.text;
    const p = found.info;
    // A short single word must also end one ("dns" is not in "dnswl").
    if (phrase.length <= 5 && !phrase.includes(' ') && isWordChar(phrase.charCodeAt(phrase.length - 1)) && at + phrase.length < text.length && isWordChar(text.charCodeAt(at + phrase.length))) continue;
    // Nor inside another word that begins with its last word ("ist voll" in "ist vollständig"),
    // nor after words that make it another thing's ("SPFレコードが登録されていません").
    if (found.notBefore !== null && goesOnWith(text, at + phrase.length, found.notBefore)) continue;
    if (found.notAfter !== null && comesAfter(text, at, found.notAfter)) continue;
    advice ??= adviceSpans(text);
    hedges ??= hedgeSpans(text);
    const inAdvice = advice.covers(at);
    const hedged = hedges.covers(at) || negated(text, at, at + phrase.length) || orNot(text, at + phrase.length) || namesAFilter(text, at, at + phrase.length);
    const hit: PhraseHit = {
      id: p.id,
      reason: PHRASE_GROUPS[p.group].reason,
      group: p.group,
      start: at,
      end: at + phrase.length,
      phrase,
      weak: p.weak,
      advice: inAdvice,
      tier: hedged ? HEDGED_TIER : tierOf(p.weak, inAdvice),
      rank: p.rank,
      hedged,
    };
    if (hits.length < MAX_HITS) hits.push(hit);
    if (!hedged && better(hit, best)) best = hit;
  }
  // Patterns say what phrases cannot; only groups that could beat the best hit need trying.
  const end = best && best.tier === 0 ? best.group : PHRASE_GROUPS.length;
  // Only the patterns that can match are visited, in table order: those with no cue, and
  // those whose cue the words hold (found in one pass, when a cued pattern comes before
  // the end). Most words hold a few cues of the table's hundred and more patterns.
  const cued = FIRST_CUED_GROUP < end;
  const tried = cued ? heldScratch : UNCUED;
  const n = cued ? heldPatterns(text) : UNCUED.length;
  for (let i = 0; i < n; i++) {
    const p = PATTERNS[tried[i]];
    if (p.group >= end) break;
    const m = p.re.exec(text);
    if (!m) continue;
    advice ??= adviceSpans(text);
    hedges ??= hedgeSpans(text);
    const inAdvice = advice.covers(m.index);
    const hedged = hedges.covers(m.index) || negated(text, m.index, m.index + m[0].length) || orNot(text, m.index + m[0].length);
    const hit: PhraseHit = {
      id: p.id,
      reason: p.reason,
      group: p.group,
      start: m.index,
      end: m.index + m[0].length,
      phrase: m[0],
      weak: false,
      advice: inAdvice,
      tier: hedged ? HEDGED_TIER : tierOf(false, inAdvice),
      // Before the phrases of its own group.
      rank: p.group * 10_000,
      hedged,
    };
    if (hits.length < MAX_HITS) hits.push(hit);
    if (!hedged && better(hit, best)) best = hit;
  }
  return { best, hits };
}

/**
 * The patterns' cues (the words each needs), all found in one pass: a search for each in
 * turn cost several times more, with thirty of them. An alternation finds one cue at a
 * place, the longest; the cues that start there too are its prefixes, and are counted
 * with it.
 */
const CUES = [...new Set(PHRASE_GROUPS.flatMap((g) => (g.patterns ?? []).flatMap((p) => [...(p.cue === undefined ? [] : [p.cue]), ...(p.cues ?? [])])))];
const RE_CUES = new RegExp(
  [...CUES]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
/**
 * Every pattern of the table in table order, with its group, rule id, and the words it
 * needs (`needs`: one of them must be in the words; its cue alone, when it has one, else its
 * any-of cues; empty: none, and `cued` is false).
 */
const PATTERNS = PHRASE_GROUPS.flatMap((g, group) =>
  (g.patterns ?? []).map((p) => {
    const needs = p.cue !== undefined ? [p.cue] : (p.cues ?? []);
    return { group, reason: g.reason, id: `phrase.${g.reason}.${p.slug}`, re: p.re, needs, cued: needs.length > 0 };
  }),
);

/**
 * For each cue, the places in PATTERNS of the patterns it lets through: those that need it,
 * or one of its prefixes (which the words then hold too, found with it). Found, a cue marks
 * them at once: a call costs the cues found, not a look at every pattern's list of cues.
 */
const PATTERNS_BY_CUE = new Map(CUES.map((c) => [c, PATTERNS.flatMap((p, j) => (p.needs.some((d) => c.startsWith(d)) ? [j] : []))]));

/** The places in PATTERNS of the patterns that need no cue, in order. */
const UNCUED: Int32Array = Int32Array.from(PATTERNS.flatMap((p, j) => (p.cued ? [] : [j])));

/** The group of the first pattern that needs a cue (past the table when none does). */
const FIRST_CUED_GROUP = PATTERNS.find((p) => p.cued)?.group ?? PHRASE_GROUPS.length;

/**
 * Which patterns this call let through so far: pattern j holds one of the words it needs
 * when `cueHeld[j]` holds the call's number (so no set is made per call, and none is cleared).
 */
const cueHeld = new Float64Array(Math.max(1, PATTERNS.length));
let cueCall = 0;

/**
 * The places in PATTERNS, in order, of the patterns that can match the text: those that
 * need no cue, and those one of whose cues occurs in it (`text.includes(cue)` for each).
 * Written into one scratch array, `heldScratch[0, n)` (read before the next call, kept by
 * none), so that a call allocates nothing: returns n.
 */
function heldPatterns(text: string): number {
  const call = ++cueCall;
  let n = 0;
  for (const j of UNCUED) heldScratch[n++] = j;
  if (CUES.length > 0) {
    RE_CUES.lastIndex = 0;
    for (let m = RE_CUES.exec(text); m; m = RE_CUES.exec(text)) {
      for (const j of PATTERNS_BY_CUE.get(m[0])!) {
        if (cueHeld[j] === call) continue;
        cueHeld[j] = call;
        heldScratch[n++] = j;
      }
      // From the next place, not past the match: cues may overlap.
      RE_CUES.lastIndex = m.index + 1;
    }
  }
  // In order (an insertion sort: a few places, mostly in order already).
  for (let i = 1; i < n; i++) {
    const j = heldScratch[i];
    let k = i - 1;
    while (k >= 0 && heldScratch[k] > j) {
      heldScratch[k + 1] = heldScratch[k];
      k--;
    }
    heldScratch[k + 1] = j;
  }
  return n;
}

/** heldPatterns' scratch: each pattern at most once. */
const heldScratch = new Int32Array(Math.max(1, PATTERNS.length));

// ---------------------------------------------------------------------------------------
// Advice, footers and links

/** Ranges of the text that give advice or a link rather than the cause. */
export interface AdviceSpans {
  covers(at: number): boolean;
  /** [start, end) pairs, in order. */
  ranges: number[];
}

/**
 * Words that open advice wherever they stand ("..., for more information see ..."), and
 * words that open it only at the start of a sentence or clause ("Please ...", "See ...").
 * Both run to the end of their sentence. Learnt from how Gmail, Microsoft, Yahoo, Mimecast,
 * Proofpoint and others append help to their replies.
 */
const RE_ADVICE =
  /\b(?:to (?:fix|resolve|correct|remedy|avoid) (?:this|the|these|it)|to (?:request|learn|find out|get) (?:removal|delisted|more|help)|for (?:more|further|additional|detailed|complete) (?:info|information|details|help|assistance|guidance)|for (?:details|instructions|assistance|help|information) (?:on|about|see|visit|go|please|refer|contact|regarding)|learn more|read more|more info(?:rmation)? (?:at|is available|can be found)|if you (?:believe|think|feel|are the|have any|need)|please (?:visit|see|refer to|go to|check|review|read|contact|ask|consult|click|direct|follow)|visit|see|refer to|go to|contact|consult|please)\b|https?:\/\/|\bwww\./g;

/** Markers that count only at the start of a sentence or clause ("see" is advice in "See https://...", not in "as you can see"). */
const CLAUSE_START_ONLY = new Set(['visit', 'see', 'refer to', 'go to', 'contact', 'consult', 'please']);

/** At the start of the text, a sentence or a clause (after . ; : ! ? , ( - or a reply code). */
function atClauseStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = text[i];
  if ('.;:!?,(-[>"\''.includes(c)) return true;
  // "550 5.7.1 Please ..." or "550-Please ...": a reply code, then the advice.
  let j = i;
  while (j >= 0 && text.charCodeAt(j) !== 32) j--;
  return /^[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?$/.test(text.slice(j + 1, i + 1)) || /^[245]\.\d{1,3}\.\d{1,3}$/.test(text.slice(j + 1, i + 1));
}

/** Japanese and Chinese full stops, exclamation and question marks end a sentence without a space. */
const isCjkStop = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f;

/** The end of the sentence that holds `at`: the next ". ", "! ", "? ", "; " or "。", or the end. */
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) return i + 1;
    if (isCjkStop(c)) return i + 1;
  }
  return text.length;
}

/**
 * The start of the Japanese clause that ends at `at`: back to a full stop, a comma ("、") or a
 * space (Japanese leaves none inside a sentence: in the white-space-collapsed text a space is
 * where a line broke, and a notice's lines often end without "。"), no further than `floor`.
 */
function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (isCjkStop(c) || c === 0x3001 || c === 32) return i + 1;
  }
  return floor;
}

/** A word of three letters or more, outside an address or host name. */
const RE_WORD = /(?:^|[\s(:;,])[a-z]{3,}(?=[\s.,;:!?)]|$)/;

/** Find the advice and link ranges of a (lower-case, white-space-collapsed) text. */
export function adviceSpans(text: string): AdviceSpans {
  const ranges: number[] = [];
  RE_ADVICE.lastIndex = 0;
  let coveredTo = 0;
  let linksOnly = true;
  for (let m = RE_ADVICE.exec(text); m; m = RE_ADVICE.exec(text)) {
    const word = m[0];
    const at = m.index;
    // Inside a range already found: its sentence end (or link end) is known. Skipping here
    // keeps the whole scan linear, however many markers one sentence holds.
    if (at < coveredTo) continue;
    let end: number;
    if (word.startsWith('http') || word === 'www.') {
      // A link runs to the next space.
      end = text.indexOf(' ', at);
      if (end === -1) end = text.length;
    } else {
      if (CLAUSE_START_ONLY.has(word) && !atClauseStart(text, at)) continue;
      end = sentenceEnd(text, at + word.length);
      linksOnly = false;
    }
    const n = ranges.length;
    if (n && ranges[n - 1] === at) ranges[n - 1] = end;
    else ranges.push(at, end);
    coveredTo = end;
  }
  // When a reply is nothing but a link ("553 http://www.spamhaus.org/query/bl?ip=..."), the
  // link is the statement: there is no cause sentence for it to count less than.
  if (ranges.length && linksOnly) {
    let rest = '';
    let from = 0;
    for (let k = 0; k < ranges.length; k += 2) {
      rest += text.slice(from, ranges[k]) + ' ';
      from = ranges[k + 1];
    }
    rest += text.slice(from);
    if (!RE_WORD.test(rest)) ranges.length = 0;
  }
  // The languages' words that open advice ("Tipp: …", "Vérifiez …", "提示：…", knowledge/languages `advice`), each to its sentence's end.
  const opened = mayHoldLocalizedAdvice(text) ? spansOf(localizedAdvicePattern(), text) : [];
  // The languages' words that end advice (Japanese "…か確認してください"), each back to its clause's start.
  const ended = hasCjk(text) ? endedSpans(localizedAdviceEndPattern(), text) : [];
  return new Ranges(union(ranges, union(opened, ended)));
}

/** Any Japanese or Chinese letter? */
function hasCjk(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(text);
}

/** The ranges of each match of a global pattern from its clause's start (never before the range before) to its sentence's end. */
function endedSpans(re: RegExp, text: string): number[] {
  const ranges: number[] = [];
  re.lastIndex = 0;
  let coveredTo = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < coveredTo) continue;
    const start = clauseStart(text, m.index, coveredTo);
    const end = sentenceEnd(text, m.index + m[0].length);
    const n = ranges.length;
    if (n && ranges[n - 1] >= start) ranges[n - 1] = end;
    else ranges.push(start, end);
    coveredTo = end;
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return ranges;
}

/** AdviceSpans over [start, end) pairs (one method on the prototype, no closure per text). */
class Ranges implements AdviceSpans {
  constructor(readonly ranges: number[]) {}

  covers(pos: number): boolean {
    const ranges = this.ranges;
    for (let k = 0; k < ranges.length; k += 2) {
      if (pos < ranges[k]) return false;
      if (pos < ranges[k + 1]) return true;
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------
// Conditions, possibilities and negations: words that name a cause without stating it

/**
 * Words that open a condition or a list of possible causes, each running to the end of its
 * sentence: "If the address does not exist, please check the spelling", "Possible reasons:
 * the mailbox is full, the address does not exist, or …", "Common causes include …",
 * "This can happen when the mailbox is full", "This might mean <addr> is not a valid address,
 * or doesn't exist, or …" (SimpleLogin's notice); and the conditions of other languages whose
 * word for "if" is no other common word: German "falls", "wenn", "sofern", French and
 * Spanish "si", Italian "qualora", Dutch "indien", Chinese "如果"; and where the word for "if"
 * has other uses, only where its place leaves one reading: Italian and Portuguese "se" (also
 * a reflexive pronoun) before an article or "not" ("Se l'indirizzo non esiste", "Se o
 * endereço não existir"; a pronoun comes before a verb; not before "la", "lo", "le", which
 * follow Spanish's pronoun "se" too: "no se le pudo entregar"), Swedish "om" (also "about") at the
 * start of a sentence ("Om adressen inte finns, …"; "Läs mer om felet" is about). Japanese
 * puts the condition before its word "場合" (case): "アドレスが存在しない場合は、…" is a
 * condition from the clause's start (hedgeSpans). Dutch "als" (also "as": "aangemerkt als spam",
 * German "als Spam eingestuft") only at the start of a sentence and before an article or
 * pronoun ("Als het adres niet bestaat, …", "Als u …"), Chinese "若" (if) but not
 * "若干" (several). The other languages' words with no other common use ("Mögliche
 * Ursachen:", "jeśli", "если", "考えられる原因") are data (knowledge/languages, `conditions`).
 * Observed in the help text that notices
 * and help desks append to a bare refusal ("554 Delivery failed"), and in notices that list
 * every cause they cannot tell apart. A question ("Why are messages to unknown users or full
 * mailboxes returned?", "How can I avoid my mail being marked as spam?": the titles of help links
 * and FAQ entries that notices append) names a topic, not this message's cause: it runs to its "?";
 * so does "What is a user unknown error?" (a help link's title) and "What does this mean?".
 * Help text that says what an error USUALLY means ("This error usually means that the address does
 * not exist, or …", "typically indicates") explains the code in general, not this message; two
 * causes the server cannot tell apart ("Either there is no such mailbox here or its owner does not
 * take mail from you", "either" opening the sentence or clause; inside one, "aligned with either SPF
 * or DKIM", it names what a cause is about) state neither; a list of the server's rules ("our rules: mail to unknown users
 * and mail without a Date: header are refused") says what it refuses in general, not which rule
 * refused this message; and a legend of codes ("5.1.1 = the address does not exist; 5.2.2 = mailbox
 * full", a gateway's footer) explains each code, each item to its ";" (audit30 round).
 * A possibility or a guess ("possibly because the recipient does not exist", "perhaps", "probably",
 * "The email address might be misspelled or it might not exist", Outlook's and Microsoft 365's
 * NDR text; "The account or domain may not exist", Exim's help text in the Sisimai corpus; "the
 * address appears to be invalid") names a cause without stating it, to the end of its sentence
 * (audit32 round); the other languages' words are data (`conditions`, `possibleAfter`).
 */
const RE_HEDGE =
  /\b(?:if|whether|unless|in case|falls|sofern|qualora|indien)\b|(?<![a-z\u00c0-\u024f])(?:si|s'il|wenn)(?= )|(?<![a-z\u00c0-\u024f'-])se (?=(?:il|gli|i|un|una|uno|o|a|os|as|um|uma|non|não|nao|nessun|nessuna|nenhum|nenhuma)\b|l')|(?:^|[.!?;:] )om (?=[a-zåäö])|(?:^|[.!?] )als (?=(?:het|de|u|uw|je|er|dit|deze|een|dat) )|如果|若(?!干)|\b(?:possible|probable|potential|likely|common|typical|usual) (?:reasons?|causes?|explanations?)\b|\b(?:reasons?|causes?) (?:include|could be|may be|might be|can be)\b|\bthis (?:can|could|may|might) (?:happen|occur|be (?:due|because|caused))\b|\b(?:this|that|it|which) (?:can|could|may|might) (?:mean|indicate)\b|\b(?:one|any) of the following\b|\b(?:why|how) (?:are|is|do|does|did|was|were|can|could|would|should|might|may|will)(?= )|\bwhat (?:is|are|does|do|causes?)(?= [^.!?]{0,80}\?)|\b(?:this|that|it|which)(?: (?:error|code|reply|message|bounce|status))? (?:usually|typically|often|generally|normally|commonly|mostly) (?:means|indicates)\b|(?<=(?:^|[.;:!?,(] ?|[245]\.\d{1,3}\.\d{1,3} |[245]\d\d[ -]))either\b|\b(?:our|these|the following|local) rules(?: are)?:|(?:^|[\s;,(])[245]\.\d{1,3}\.\d{1,3} ?(?:=|means|stands for) |\b(?:possibly|perhaps|probably|presumably|maybe)\b|\b(?:may|might) (?:not |no longer )?(?:exist|be (?:invalid|misspelled|mistyped|incorrect|wrong|unknown|disabled|inactive|deactivated|closed|deleted|full))\b|\b(?:appears?|seems?) to be (?:invalid|incorrect|wrong|unknown|misspelled|mistyped|inactive|disabled)\b|場合/g;

/**
 * A scan or a check that found nothing, in English, as filtering gateways list their checks
 * beside the cause ("Virus scan: no virus found", "No viruses detected", "Virus: clean", "Spam
 * check: passed"; amavisd-new's and mail gateways' scan summaries as observed): the cause words
 * inside are denied, as the languages' `denials` (knowledge/languages).
 */
const RE_DENIAL =
  /\b(?:no (?:viruse?s?|malware|threats?|infections?) (?:(?:was|were) )?(?:found|detected)|(?:virus(?:es)?|anti-?virus|malware)(?: (?:scan|check))?(?: result)?: ?(?:clean|none|passed|ok|not found|no viruse?s? (?:found|detected))|spam (?:check|scan|test)(?: result)?: ?(?:passed|clean|ok|none))\b/g;

/** Find the condition and possibility ranges of a (lower-case, white-space-collapsed) text. */
export function hedgeSpans(text: string): AdviceSpans {
  const ranges = spansOf(RE_HEDGE, text);
  const other = union(
    mayHoldLocalizedCondition(text) ? spansOf(localizedConditionPattern(), text) : [],
    mayHoldLocalizedPossibleAfter(text) ? sentenceSpansOf(localizedPossibleAfterPattern(), text) : [],
  );
  // A scan or a check that found nothing, in the notices' languages ("kein Virus gefunden",
  // "Spamprüfung: bestanden") and in English: only the words of the denial itself (the cause
  // beside it stands).
  const local = mayHoldLocalizedDenial(text) ? matchSpans(localizedDenialPattern(), text) : [];
  const english = text.includes('virus') || text.includes('malware') || text.includes('threat') || text.includes('infection') || text.includes('spam ') ? matchSpans(RE_DENIAL, text) : [];
  return new Ranges(union(union(ranges, other), union(local, english)));
}

/** The ranges (start, end, …, in order) of each match of a global pattern, the match alone. */
function matchSpans(re: RegExp, text: string): number[] {
  const ranges: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    ranges.push(m.index, m.index + m[0].length);
  }
  return ranges;
}

/** The ranges (start, end, start, end, …, in order) from each match of a global pattern to the end of its sentence. */
function spansOf(re: RegExp, text: string): number[] {
  const ranges: number[] = [];
  re.lastIndex = 0;
  let coveredTo = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < coveredTo) continue;
    const end = sentenceEnd(text, m.index + m[0].length);
    // "場合" ends its condition: the clause before it is conditional (never looking back
    // past the range before, so the scan stays linear).
    const start = m[0] === '場合' ? clauseStart(text, m.index, coveredTo) : m.index;
    const n = ranges.length;
    if (n && ranges[n - 1] >= start) ranges[n - 1] = end;
    else ranges.push(start, end);
    coveredTo = end;
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return ranges;
}

/**
 * The ranges of each match's whole sentence, from the stop before it (no further back than the
 * range before, nor than 300 characters) to its end: a word that makes the sentence before it a
 * possibility ("존재하지 않거나 잘못 입력되었을 수 있습니다", "mevcut olmayabilir").
 */
function sentenceSpansOf(re: RegExp, text: string): number[] {
  const ranges: number[] = [];
  re.lastIndex = 0;
  let coveredTo = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < coveredTo) continue;
    let start = Math.max(coveredTo, m.index - 300);
    for (let i = m.index - 1; i >= start; i--) {
      const c = text.charCodeAt(i);
      if (isCjkStop(c) || ((c === 46 || c === 33 || c === 63 || c === 59 || c === 58) && text.charCodeAt(i + 1) === 32)) {
        start = i + 1;
        break;
      }
    }
    const end = sentenceEnd(text, m.index + m[0].length);
    const n = ranges.length;
    if (n && ranges[n - 1] >= start) ranges[n - 1] = end;
    else ranges.push(start, end);
    coveredTo = end;
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return ranges;
}

/** Two lists of ranges in order, as one (overlapping ranges joined). */
function union(a: number[], b: number[]): number[] {
  // One side empty (the usual case): the other as it is, no copy.
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
    const s = fromA ? a[i] : b[j];
    const e = fromA ? a[i + 1] : b[j + 1];
    if (fromA) i += 2;
    else j += 2;
    const n = out.length;
    if (n && out[n - 1] >= s) out[n - 1] = Math.max(out[n - 1], e);
    else out.push(s, e);
  }
  return out;
}

/**
 * Words right before a place that deny what follows: "This is not a spam problem", "not
 * about the recipient address", "not due to …", "not because the user does not exist" (the subject
 * of the denied words may stand between). (Phrases that hold their own negation,
 * "not found", "does not exist", start at the negation and are not affected; nor are causes
 * worded as a lack, "the sender isn't on the recipient's list", which no linking word follows.)
 */
const RE_NEGATED = /\b(?:not|never) (?:a |an |the )?(?:(?:about|due to|because(?: of)?|caused by|related to|considered|classified as|flagged as|treated as|a problem with|an issue with) (?:a |an |the )?(?:(?:user|recipient|address|mailbox|account|domain)(?:'s)? )?)?$/;

/**
 * "No spam was detected", "no virus was found": "no" before the phrase and a finding after it
 * deny it. ("No" alone denies nothing: "no MX record", "no such user" are causes.)
 */
const RE_NO_BEFORE = /\bno $/;
const RE_FINDING_AFTER = /^[a-z ]{0,40}?\b(?:was|were|has been|have been|is|are) (?:detected|found|present|identified)\b/;

/**
 * "Or not" right after a cause: the server names two states it cannot tell apart, the cause
 * and a refusal of another kind, so neither is stated. Aruba's PEC refusal "Indirizzo
 * destinatario sconosciuto o non abilitato alla ricezione di posta non certificata" (unknown,
 * or not enabled to receive uncertified mail: guide.pec.it, "Risoluzione agli errori comuni"),
 * and the same in other words: "address unknown or not accepting mail", "desconocido o no
 * habilitado", "unbekannt oder nicht freigeschaltet", "неизвестен или не …". Not where the
 * alternative is that it cannot receive mail: Gmail's "the address couldn't be found or can't
 * receive mail" in its translations ("non è stato trovato o non può ricevere email", "не
 * найден или не может получать письма") says only that mail to it cannot be delivered.
 */
const RE_OR_NOT = /^,? (?:or|oder|ou|o|of|lub|albo|eller|или) (?:not|nicht|non|no|não|nao|niet|nie|inte|не)(?= |$)(?! (?:can|could|kann|peut|puede|può|pode|kan|kunnen|może|moze|может))/;

function orNot(text: string, end: number): boolean {
  return text.charCodeAt(end) === 32 || text.charCodeAt(end) === 44 ? RE_OR_NOT.test(text.slice(end, end + 24)) : false;
}

/**
 * "Spam" or "virus" as the name of the filter that acted, not what it found:
 * - a product named for both, "our Spam & Virus Firewall" (Barracuda's notices), "the
 *   anti-virus gateway": its "virus" names no virus (its "spam" still reads, as the
 *   Barracuda reader reads these notices);
 * - a filter that is out of order, "virus scanner temporarily unavailable", "spam filter
 *   error, try again later" (amavis's and milters' 451 replies while ClamAV or SpamAssassin
 *   is down: Sisimai Reason/SystemError): nothing was found, the receiver's system failed.
 * "Blocked by our virus scanner" still names a finding.
 */
const RE_FILTER_NOUN = /^(?:[ -]?(?:scanner|scanning|scan|filter|filtering|firewall|gateway|engine|checker|check|protection|software|wall|blocker|service|daemon|milter))\b/;
const RE_NAMED_FOR_BOTH = /(?:\banti-|\bspam ?(?:&|and|\/|or) ?)$/;
const RE_OUT_OF_ORDER = /^[^.;]{0,40}?\b(?:temporar(?:il)?y (?:unavailable|failure|error|problem)|unavailable|not (?:responding|available|running)|timed? ?out|time-?out|failure|failed|error|is down|down for|crashed|misconfigured)\b/;

function namesAFilter(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  // Only "spam…" and "virus…" phrases (a cheap first test: most hits are neither).
  if (c !== 115 && c !== 118) return false;
  const phrase = text.slice(at, end);
  if (phrase !== 'virus' && phrase !== 'spam' && phrase !== 'anti-virus' && phrase !== 'antivirus') return false;
  const after = text.slice(end, end + 60);
  const noun = RE_FILTER_NOUN.exec(after);
  if (!noun) return false;
  if (phrase === 'virus' && RE_NAMED_FOR_BOTH.test(text.slice(Math.max(0, at - 12), at))) return true;
  return RE_OUT_OF_ORDER.test(after.slice(noun[0].length));
}

/** Is the phrase at `at` (ending at `end`) denied by the words around it? */
function negated(text: string, at: number, end: number): boolean {
  if (at < 3) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  if (RE_NEGATED.test(before)) return true;
  return RE_NO_BEFORE.test(before) && RE_FINDING_AFTER.test(text.slice(end, end + 80));
}
