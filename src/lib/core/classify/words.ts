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
 * starts there, as an alternation of every phrase would find. A bit per number says whether
 * anything is filed under it: most places cost a few character reads.
 */
const KEY = 8;
/** Bits of the number a bit table is indexed by. */
const FILTER_BITS = 14;
const FILTER_MASK = (1 << (FILTER_BITS - 3)) - 1;

interface PhraseIndex {
  /** By key length (1..KEY): phrases filed under each number, longest first. */
  buckets: (Map<number, Bucket> | null)[];
  /** By key length: one bit per number (masked to FILTER_BITS) under which something is filed. */
  filters: (Uint8Array | null)[];
  /** One bit per first character of a phrase (masked to FILTER_BITS). */
  firstFilter: Uint8Array;
  patternGroups: number[];
}

interface IndexedPhrase {
  text: string;
  info: PhraseInfo;
}

/**
 * The phrases filed under one number, and for each its character right after the first
 * KEY (-1 when it has no more): dozens of phrases open with the same words ("mailbox ",
 * "account "), and mostly differ there, so that character is compared first, from one
 * small array rather than from each phrase.
 */
interface Bucket {
  phrases: IndexedPhrase[];
  after: Int32Array;
}

/** The number of `text[at, at + length)`: the same for a phrase and for the words. */
function keyOf(text: string, at: number, length: number): number {
  let h = 0;
  for (let i = 0; i < length; i++) h = (Math.imul(h, 31) + text.charCodeAt(at + i)) | 0;
  return h;
}

const PHRASE_INDEX: PhraseIndex = (() => {
  // Rank: the group's place in the table, then the phrase's place in its group.
  const info = new Map<string, PhraseInfo>();
  PHRASE_GROUPS.forEach((g, i) => {
    g.phrases.forEach((p, j) => {
      const text = phraseText(p);
      if (info.has(text)) return;
      const entry = { id: phraseId(g.reason, p), group: i, rank: i * 10_000 + j + 1, weak: WEAK_PHRASES.has(text) };
      info.set(text, entry);
      // The same words as a text that was never normalised may hold them: decomposed
      // accents (NFD), a curly apostrophe.
      for (const variant of [text.normalize('NFD'), text.replace(/'/g, '\u2019')]) if (variant !== text && !info.has(variant)) info.set(variant, entry);
    });
  });
  const lists: (Map<number, IndexedPhrase[]> | null)[] = [];
  const filters: (Uint8Array | null)[] = [];
  for (let n = 0; n <= KEY; n++) {
    lists.push(null);
    filters.push(null);
  }
  const firstFilter = new Uint8Array(1 << (FILTER_BITS - 3));
  for (const [text, entry] of info) {
    const c = text.charCodeAt(0);
    firstFilter[(c >>> 3) & FILTER_MASK] |= 1 << (c & 7);
    const n = Math.min(KEY, text.length);
    const key = keyOf(text, 0, n);
    const byKey = (lists[n] ??= new Map());
    const filter = (filters[n] ??= new Uint8Array(1 << (FILTER_BITS - 3)));
    filter[(key >>> 3) & FILTER_MASK] |= 1 << (key & 7);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push({ text, info: entry });
  }
  for (const byKey of lists) for (const list of byKey?.values() ?? []) list.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  const buckets = lists.map((byKey) => {
    if (!byKey) return null;
    const out = new Map<number, Bucket>();
    for (const [key, phrases] of byKey) out.set(key, { phrases, after: Int32Array.from(phrases, (p) => (p.text.length > KEY ? p.text.charCodeAt(KEY) : -1)) });
    return out;
  });
  // The few groups with patterns, in table order: readWords tries those alone, not every group.
  const patternGroups: number[] = [];
  PHRASE_GROUPS.forEach((g, i) => {
    if (g.patterns) patternGroups.push(i);
  });
  return { buckets, filters, firstFilter, patternGroups };
})();

/** The longest phrase of the table that starts at `at`, or null. */
function longestAt(text: string, at: number): IndexedPhrase | null {
  const { buckets, filters } = PHRASE_INDEX;
  // The numbers of the next 1..KEY characters, made in one pass.
  const keys = KEYS;
  let h = 0;
  const most = Math.min(KEY, text.length - at);
  for (let n = 1; n <= most; n++) keys[n] = h = (Math.imul(h, 31) + text.charCodeAt(at + n - 1)) | 0;
  for (let n = most; n > 0; n--) {
    const filter = filters[n];
    const key = keys[n];
    if (!filter || (filter[(key >>> 3) & FILTER_MASK] & (1 << (key & 7))) === 0) continue;
    const bucket = buckets[n]!.get(key);
    if (!bucket) continue;
    const { phrases, after } = bucket;
    const next = text.charCodeAt(at + KEY);
    for (let k = 0; k < after.length; k++) if ((after[k] === -1 || after[k] === next) && startsAt(text, phrases[k].text, at)) return phrases[k];
  }
  return null;
}

/** `text.startsWith(words, at)`, compared from the end: phrases filed together share their start. */
function startsAt(text: string, words: string, at: number): boolean {
  if (at + words.length > text.length) return false;
  for (let i = words.length - 1; i >= 0; i--) if (text.charCodeAt(at + i) !== words.charCodeAt(i)) return false;
  return true;
}

/** Scratch for longestAt. */
const KEYS = new Int32Array(KEY + 1);

/** a-z or 0-9 (the text is lower-cased). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

function tierOf(weak: boolean, advice: boolean): number {
  return (advice ? 2 : 0) + (weak ? 1 : 0);
}

function better(a: PhraseHit, b: PhraseHit | null): boolean {
  return !b || a.tier < b.tier || (a.tier === b.tier && a.rank < b.rank);
}

/** Read the words: every phrase hit, and the one that decides. */
export function readWords(view: TextView): WordsReading {
  const text = view.lower;
  const { patternGroups, firstFilter } = PHRASE_INDEX;
  const hits: PhraseHit[] = [];
  let advice: AdviceSpans | null = null;
  let best: PhraseHit | null = null;
  for (let at = 0; at < text.length; at++) {
    // A phrase starts a word ("mime" is not in "mimecast").
    const c = text.charCodeAt(at);
    if (isWordChar(c) && isWordChar(text.charCodeAt(at - 1))) continue;
    // Most places start no phrase at all (a space, a digit of a code).
    if ((firstFilter[(c >>> 3) & FILTER_MASK] & (1 << (c & 7))) === 0) continue;
    const found = longestAt(text, at);
    if (!found) continue;
    const phrase = found.text;
    const p = found.info;
    // A short single word must also end one ("dns" is not in "dnswl").
    if (phrase.length <= 5 && !phrase.includes(' ') && isWordChar(phrase.charCodeAt(phrase.length - 1)) && isWordChar(text.charCodeAt(at + phrase.length))) continue;
    advice ??= adviceSpans(text);
    const inAdvice = advice.covers(at);
    const hit: PhraseHit = {
      id: p.id,
      reason: PHRASE_GROUPS[p.group].reason,
      group: p.group,
      start: at,
      end: at + phrase.length,
      phrase,
      weak: p.weak,
      advice: inAdvice,
      tier: tierOf(p.weak, inAdvice),
      rank: p.rank,
    };
    if (hits.length < MAX_HITS) hits.push(hit);
    if (better(hit, best)) best = hit;
  }
  // Patterns say what phrases cannot; only groups that could beat the best hit need trying.
  const end = best && best.tier === 0 ? best.group : PHRASE_GROUPS.length;
  let cues: Set<string> | null = null;
  for (const g of patternGroups) {
    if (g >= end) break;
    const patterns = PHRASE_GROUPS[g].patterns!;
    for (const p of patterns) {
      if (p.cue !== undefined && !(cues ??= cuesIn(text)).has(p.cue)) continue;
      const m = p.re.exec(text);
      if (!m) continue;
      advice ??= adviceSpans(text);
      const inAdvice = advice.covers(m.index);
      const hit: PhraseHit = {
        id: `phrase.${PHRASE_GROUPS[g].reason}.${p.slug}`,
        reason: PHRASE_GROUPS[g].reason,
        group: g,
        start: m.index,
        end: m.index + m[0].length,
        phrase: m[0],
        weak: false,
        advice: inAdvice,
        tier: tierOf(false, inAdvice),
        // Before the phrases of its own group.
        rank: g * 10_000,
      };
      if (hits.length < MAX_HITS) hits.push(hit);
      if (better(hit, best)) best = hit;
    }
  }
  return { best, hits };
}

/**
 * The patterns' cues (the words each needs), all found in one pass: a search for each in
 * turn cost several times more, with thirty of them. An alternation finds one cue at a
 * place, the longest; the cues that start there too are its prefixes, and are counted
 * with it.
 */
const CUES = [...new Set(PHRASE_GROUPS.flatMap((g) => (g.patterns ?? []).flatMap((p) => (p.cue === undefined ? [] : [p.cue]))))];
const RE_CUES = new RegExp(
  [...CUES]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
const CUE_PREFIXES = new Map(CUES.map((c) => [c, CUES.filter((d) => c.startsWith(d))]));

/** The cues that occur in the text (`text.includes(cue)` for each). */
function cuesIn(text: string): Set<string> {
  const found = new Set<string>();
  if (CUES.length === 0) return found;
  RE_CUES.lastIndex = 0;
  for (let m = RE_CUES.exec(text); m; m = RE_CUES.exec(text)) {
    for (const c of CUE_PREFIXES.get(m[0])!) found.add(c);
    // From the next place, not past the match: cues may overlap.
    RE_CUES.lastIndex = m.index + 1;
  }
  return found;
}

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

/** The end of the sentence that holds `at`: the next ". ", "! ", "? " or "; ", or the end. */
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 59) && (i + 1 === text.length || text.charCodeAt(i + 1) === 32)) return i + 1;
  }
  return text.length;
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
  return {
    ranges,
    covers(pos: number): boolean {
      for (let k = 0; k < ranges.length; k += 2) {
        if (pos < ranges[k]) return false;
        if (pos < ranges[k + 1]) return true;
      }
      return false;
    },
  };
}
