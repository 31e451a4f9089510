/**
 * Bounce wording in languages other than English, one file per language: what each
 * language's notices and servers say for each reason family, the headings and sentences
 * of its failure and delay notices, and the lines that introduce a list of failed
 * recipients. Every wording carries its source.
 *
 * The engine consults this data wherever wording gates reading:
 *
 * - the phrase table (`knowledge/phrases.ts`) takes each language's reason wordings as
 *   phrase groups, placed right after the English group of the same reason;
 * - what looks like a bounce or an error, what is a delay warning, what says the server
 *   gave up, and what introduces a list of recipients (`core/read/cues.ts`,
 *   `core/read/text-blocks.ts`) ask the matchers below.
 *
 * Matching is case-insensitive, on NFC text with single spaces between words, a straight
 * or curly apostrophe; a decomposed (NFD) spelling of a wording is matched too, so a pasted
 * text that was never normalised still reads. Each matcher is a few alternations of plain
 * literals (linear in the text; checked by the ReDoS lint; see `core/text/alternation.ts`
 * for why a few).
 */
import type { ReasonId } from '../../core/types.ts';
import { alternations, escapePhrase } from '../../core/text/alternation.ts';
import { mayHoldAny, wordingGrams, type WordingGrams } from '../../core/text/grams.ts';
import type { Phrase, PhraseGroup } from '../phrases.ts';
import { FAMILIES, type Family, type LanguageWording, type Wording } from './types.ts';
import { de } from './de.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { it } from './it.ts';
import { pt } from './pt.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { sv } from './sv.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';
import { ru } from './ru.ts';
import { ko } from './ko.ts';
import { tr } from './tr.ts';

export type { Family, LanguageWording, Wording } from './types.ts';
export { FAMILIES } from './types.ts';

/** Every language, in the order their phrases are tried within a reason. */
export const LANGUAGES: readonly LanguageWording[] = [de, fr, es, it, pt, nl, pl, sv, ja, zh, ru, ko, tr];

/** A wording as it is matched: NFC, lower case, single spaces, no edge blanks. */
export function normalizeWording(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A wording as servers that cannot send accents write it: the marks dropped ("Boite du
 * destinataire pleine", "Adresse IP source bloquee", Orange's replies; "Usuario
 * desconocido"), "ß" as "ss", "ł" as "l", and in German the umlauts also as "ae", "oe", "ue"
 * ("Empfaenger unbekannt", "Speicherplatz ueberschritten"); and as it reads after a wrong
 * charset garbled its accented letters (`mojibake`, `replacedAccents`, and Polish ISO-8859-2 shown as
 * windows-1250: "wielko¶ci"); Turkish dotless ı as i (capitals read in lower case), and Japanese
 * katakana in their half-width forms (`halfWidthKatakana`). The spellings other than the wording's
 * own, as matched (lower case); none when it has no such letter.
 */
export function foldedSpellings(text: string): string[] {
  const nfc = normalizeWording(text);
  const out = new Set<string>();
  // (Turkish dotless ı as i: a text in capitals has I for both, which reads as i in lower case, "ALICININ POSTA KUTUSU DOLU".)
  const strip = (t: string) => t.replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ı/g, 'i').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  out.add(strip(nfc));
  const narrow = halfWidthKatakana(nfc);
  if (narrow) out.add(narrow);
  // Polish ą ś ź in ISO-8859-2 bytes shown as windows-1250 says, as a mail app shows a mislabelled notice ("wielko¶ci").
  if (/[ąśźĄŚŹ]/.test(nfc)) out.add(nfc.replace(/[ąśźĄŚŹ]/g, (c) => LATIN2_AS_CP1250[c]));
  if (/[äöü]/.test(nfc)) out.add(strip(nfc.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')));
  const garbled = mojibake(nfc);
  if (garbled) out.add(garbled);
  const lost = replacedAccents(nfc);
  if (lost) out.add(lost);
  out.delete(nfc);
  return [...out];
}

/** The letters where ISO-8859-2 and windows-1250 differ, as ISO-8859-2's bytes read in windows-1250. */
/** (ź reads Ľ, matched lower-cased as ľ; the capitals are lower-cased before, their forms kept for the record.) */
const LATIN2_AS_CP1250: Record<string, string> = { ą: '\u00b1', ś: '\u00b6', ź: '\u013e', Ą: '\u02c7', Ś: '\u00a6', Ź: '\u00ac' };

/** Full-width katakana and the Japanese marks that have a half-width form, in JIS X 0201 order from U+FF61 (。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜). */
const HALF_WIDTH_KANA_FROM = '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';

/**
 * A Japanese wording in half-width katakana (JIS X 0201, U+FF61-FF9F), as the mail systems of
 * Japanese mobile carriers and older gateways wrote their notices in Shift_JIS ("ﾒｰﾙﾎﾞｯｸｽ容量ｵｰﾊﾞｰ"):
 * each katakana its half-width form, a voiced one (ボ, パ) the plain one and ﾞ or ﾟ. Null when the
 * wording has no katakana.
 */
export function halfWidthKatakana(text: string): string | null {
  if (!/[\u30a1-\u30fc]/.test(text)) return null;
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD');
    const plain = base[0];
    const mark = base.length > 1 ? (base[1] === '\u3099' ? 'ﾞ' : base[1] === '\u309a' ? 'ﾟ' : '') : '';
    const at = HALF_WIDTH_KANA_FROM.indexOf(plain);
    // (ヴ is ウ and ﾞ; small and other marks without a half-width form stay as they are.)
    out += at >= 0 && (plain >= '\u30a1' || plain === 'ー' || plain === '・') ? String.fromCharCode(0xff61 + at) + mark : ch;
  }
  return out === text ? null : out;
}

/**
 * A wording of a Latin-script language as it reads after its Latin-1 (or Latin-2) bytes were
 * decoded as UTF-8, the other common garbling: each accented letter one replacement character
 * U+FFFD ("Empf\uFFFDnger unbekannt", "buz\uFFFDn lleno", "brevl\uFFFDda \uFFFDr full"). Null
 * under the same terms as `mojibake`.
 */
export function replacedAccents(text: string): string | null {
  if (!/[\u00a0-\u017f]/.test(text) || /[^\u0000-\u017f]/.test(text)) return null;
  return text.replace(/[\u00a0-\u017f]/g, '\ufffd');
}

/** The windows-1252 characters of the bytes 0x80–0x9F (the five it leaves undefined read as the C1 control, as Latin-1 does). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * A wording of a Latin-script language as it reads after its UTF-8 bytes were decoded as
 * windows-1252 or Latin-1, the usual mislabelled charset of a mail app, web form or terminal
 * that a bounce was copied through ("EmpfÃ¤nger unbekannt", "BuzÃ³n lleno", "brevlÃ¥da"):
 * lower-cased as the wordings are, the no-break space of "à" (0xC3 0xA0) as the space a paste
 * is read with. Null when the wording has no letter of Latin-1 Supplement or Latin
 * Extended-A, or any letter beyond them (Cyrillic, Japanese, Chinese: their garbled forms
 * keep no word a server could be recognised by).
 */
export function mojibake(text: string): string | null {
  if (!/[\u00a0-\u017f]/.test(text) || /[^\u0000-\u017f]/.test(text)) return null;
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    out += byte < 0x80 ? String.fromCharCode(byte) : byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : byte === 0xa0 ? ' ' : String.fromCharCode(byte);
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A wording as it is typed where the keyboard has no accented letters: a word's final
 * accented vowel written as the plain vowel and a straight apostrophe, the usual Italian
 * habit ("e' sospeso" for "è sospeso", "non esiste piu'" for "più", "perche'"). Null when
 * the wording ends no word with such a vowel. Matched as another spelling of the same
 * wording (the same rule), as a decomposed accent is.
 */
export function accentAsApostrophe(text: string): string | null {
  const out = text.replace(/([àèéìíòóùú])(?=$|[\s.,;:!?)])/g, (v) => `${v.normalize('NFD')[0]}'`);
  return out === text ? null : out;
}

/**
 * The phrase groups of every language, each placed right after the last group of its
 * reason in `base` (so a language's "mailbox full" ranks with English "mailbox full").
 * One group per language, reason and source; a wording the base or an earlier language
 * already has is left out (a phrase stands once in the table, and its rule id must be unique).
 */
export function withLanguageGroups(base: readonly PhraseGroup[], idOf: (reason: ReasonId, phrase: Phrase) => string, slugOf?: (text: string) => string): PhraseGroup[] {
  // A phrase stands once in the table, and each rule id names one phrase.
  const seen = new Set<string>();
  for (const g of base) {
    for (const p of g.phrases) {
      const text = typeof p === 'string' ? p : p.text;
      seen.add(text);
      seen.add(typeof p === 'string' ? idOf(g.reason, text) : `phrase.${g.reason}.${p.slug}`);
    }
  }
  const byReason = new Map<ReasonId, PhraseGroup[]>();
  // The wordings read before other reasons' (Wording.first), placed after their reason's first English group.
  const firstByReason = new Map<ReasonId, PhraseGroup[]>();
  for (const lang of LANGUAGES) {
    for (const family of FAMILIES) {
      const bySource = new Map<string, Phrase[]>();
      const firstSources = new Set<string>();
      for (const w of lang.reasons[family] ?? []) {
        if (w.first) firstSources.add(w.source);
        // The wording as written, then as written without its accents (foldedSpellings).
        for (const text of [normalizeWording(w.text), ...foldedSpellings(w.text)]) {
          if (seen.has(text)) continue;
          let phrase: Phrase = text;
          let id = idOf(family, text);
          // A garbled spelling whose slug drops its garbled characters ("messaggio \ufffd troppo
          // grande" and "messaggio troppo grande"): named with those characters spelt out.
          if (seen.has(id) && slugOf && /[^\p{L}\p{M}\p{N}\s']/u.test(text)) {
            phrase = { text, slug: slugOf(text.replace(/[^\p{L}\p{M}\p{N}\s']/gu, (c) => ` u${c.codePointAt(0)!.toString(16)} `)) };
            id = idOf(family, phrase);
          }
          if (seen.has(id)) continue;
          seen.add(text);
          seen.add(id);
          const key = w.first ? `first\u0000${w.source}` : w.source;
          let list = bySource.get(key);
          if (!list) bySource.set(key, (list = []));
          list.push(phrase);
        }
      }
      for (const [key, phrases] of bySource) {
        const early = key.startsWith('first\u0000');
        const source = early ? key.slice('first\u0000'.length) : key;
        const into = early ? firstByReason : byReason;
        let groups = into.get(family);
        if (!groups) into.set(family, (groups = []));
        groups.push({ reason: family, phrases, source: `${lang.name}: ${source}` });
      }
    }
  }
  const lastOf = new Map<ReasonId, number>();
  const firstOf = new Map<ReasonId, number>();
  base.forEach((g, i) => {
    lastOf.set(g.reason, i);
    if (!firstOf.has(g.reason)) firstOf.set(g.reason, i);
  });
  const out: PhraseGroup[] = [];
  base.forEach((g, i) => {
    out.push(g);
    if (firstOf.get(g.reason) === i) out.push(...(firstByReason.get(g.reason) ?? []));
    if (lastOf.get(g.reason) === i) out.push(...(byReason.get(g.reason) ?? []));
  });
  // A family with no English group of its own (none today) goes last.
  for (const [reason, groups] of byReason) if (!lastOf.has(reason)) out.push(...(firstByReason.get(reason) ?? []), ...groups);
  return out;
}

/**
 * The spellings a wording is matched in: as written, decomposed (NFD), and with a curly
 * apostrophe. Words are matched with single spaces between them: a pattern that lets any
 * run of white space stand there scans several times slower, and the words the engine
 * reads for a recipient have their white space collapsed already.
 */
function spellings(text: string): string[] {
  const nfc = normalizeWording(text);
  const out = new Set([nfc, nfc.normalize('NFD'), ...foldedSpellings(text)]);
  const typed = accentAsApostrophe(nfc);
  if (typed) out.add(typed);
  for (const s of [...out]) if (s.includes("'")) out.add(s.replace(/'/g, '\u2019'));
  return [...out];
}

/** Case-insensitive alternations of the wordings (`^…` or `…$` when anchored). */
function matcher(wordings: Iterable<Wording>, anchor: 'start' | 'end' | 'heading' | 'label' | 'label-only' | null = null, flags = 'i', byKey?: Map<string, RegExp>): RegExp[] {
  // One alternative per spelling: the same words listed by two sources (or two languages)
  // would only make the patterns longer.
  const all = new Set<string>();
  for (const w of wordings) for (const s of spellings(w.text)) all.add(s);
  const wrap = (body: string) =>
    anchor === 'start'
      ? `^(?:${body})`
      : anchor === 'end'
        ? `(?:${body})$`
        : // Where a line's words start, after a short rule at most (no wording starts with a rule character).
          anchor === 'heading'
          ? `(?:^|[\\n\\r])([-=*_ \\t>]{0,40})(${body})`
          : // A label at a line's start and its colon ("Von:", "宛先："); 'label-only': nothing after it.
            anchor === 'label' || anchor === 'label-only'
            ? `^[ \\t>*]{0,20}(?:${body})[ \\t\\u3000]{0,4}[:\\uff1a]${anchor === 'label-only' ? '[ \\t\\u3000]{0,8}$' : ''}`
            : body;
  return alternations([...all], flags, escapePhrase, wrap, undefined, byKey);
}

/**
 * Patterns anchored at a text's start, found by the text's first character (lower-cased, as
 * the wordings are): only the one pattern that holds the wordings starting with it is tried.
 */
function startMatcher(wordings: Iterable<Wording>): Map<string, RegExp> {
  const byKey = new Map<string, RegExp>();
  matcher(wordings, 'start', 'i', byKey);
  return byKey;
}

/** Does a start-anchored pattern match the text (which starts with a wording's first character, if any)? */
function startsWith(byKey: ReadonlyMap<string, RegExp>, text: string): boolean {
  if (text.length === 0) return false;
  const re = byKey.get(text[0].toLowerCase());
  return re !== undefined && re.test(text);
}

/** Does one of the patterns match? */
function any(res: readonly RegExp[], text: string): boolean {
  for (const re of res) if (re.test(text)) return true;
  return false;
}

function reasonWordings(families: readonly Family[] = FAMILIES): Wording[] {
  return LANGUAGES.flatMap((l) => families.flatMap((f) => l.reasons[f] ?? []));
}

interface Matchers {
  /** A failure or delay notice's headings and sentences: the message says it is a report on delivery. */
  notice: RegExp[];
  /** A notice's words or a reason's: the words read for a recipient are a bounce's or an error's. */
  report: RegExp[];
  /** Words that say delivery is delayed and will be retried. */
  delay: RegExp[];
  /** Words that say the sending server gave up (the expired family). */
  gaveUp: RegExp[];
  /** Words that call a failure temporary. */
  temporary: RegExp[];
  /** A line that introduces the list of failed recipients. */
  listLead: RegExp[];
  /** Words that end right before a recipient's address. */
  recipientBefore: RegExp[];
  /** Words that start right after a recipient's address (by their first character). */
  recipientAfter: Map<string, RegExp>;
  /** The same without the reasons' wordings: a notice's own words after the address. */
  recipientAfterNotice: Map<string, RegExp>;
  /** A language's own words after a recipient's address, that open a notice's title. */
  recipientTitle: Map<string, RegExp>;
  /** Headings that start the returned original where a line's words start, after a rule (`g`; the rule and the heading captured). */
  returnedStart: RegExp[];
  /** Words that open the reason under a list of recipients (at the start). */
  reasonLead: Map<string, RegExp>;
  /** Labels of a server's reply (searched for, `g`). */
  errorLabel: RegExp[];
  /** A recipient's bare label at a line's start, with nothing after its colon. */
  toLabel: RegExp[];
  /** A mail client's From or Sent label at a line's start. */
  clientHeader: RegExp[];
  /** The opening words of a warning to a mailbox's user that it is almost full. */
  quotaWarning: RegExp[];
  listRemoved: RegExp[];
  /** A full mailbox with no possessive, and the owner's "you can no longer send or receive". */
  ownerFull: RegExp[];
  ownerCannotSend: RegExp[];
}

let matchers: Matchers | null = null;

/** Built on first use. */
function getMatchers(): Matchers {
  return (matchers ??= {
    notice: matcher(LANGUAGES.flatMap((l) => [...l.failed, ...l.delayed])),
    report: matcher([...LANGUAGES.flatMap((l) => [...l.failed, ...l.delayed]), ...reasonWordings()]),
    delay: matcher(LANGUAGES.flatMap((l) => l.delayed)),
    gaveUp: matcher(reasonWordings(['expired'])),
    temporary: matcher(LANGUAGES.flatMap((l) => l.temporary ?? [])),
    // A success report's lead introduces its list of recipients too (read as delivered: formats/text.ts), as English "Delivery to these recipients or groups is complete" does.
    listLead: matcher(LANGUAGES.flatMap((l) => [...l.listLead, ...(l.delivered ?? [])])),
    recipientBefore: matcher(LANGUAGES.flatMap((l) => l.recipientBefore), 'end'),
    recipientTitle: startMatcher(LANGUAGES.flatMap((l) => l.recipientAfter)),
    returnedStart: matcher(LANGUAGES.flatMap((l) => l.returnedStart), 'heading', 'gi'),
    reasonLead: startMatcher(LANGUAGES.flatMap((l) => l.reasonLead)),
    errorLabel: matcher(LANGUAGES.flatMap((l) => l.errorLabel), null, 'gi'),
    recipientAfter: startMatcher([...LANGUAGES.flatMap((l) => [...l.recipientAfter, ...l.failed]), ...reasonWordings()]),
    recipientAfterNotice: startMatcher(LANGUAGES.flatMap((l) => [...l.recipientAfter, ...l.failed])),
    toLabel: matcher(LANGUAGES.flatMap((l) => l.toLabel ?? []), 'label-only'),
    clientHeader: matcher(LANGUAGES.flatMap((l) => [...(l.clientFrom ?? []), ...(l.clientSent ?? [])]), 'label'),
    quotaWarning: matcher(LANGUAGES.flatMap((l) => l.quotaWarning ?? [])),
    listRemoved: matcher(LANGUAGES.flatMap((l) => l.listRemoved ?? [])),
    ownerFull: matcher(LANGUAGES.flatMap((l) => l.ownerFull ?? [])),
    ownerCannotSend: matcher(LANGUAGES.flatMap((l) => l.ownerCannotSend ?? [])),
  });
}

/** Does the text hold a localised failure or delay notice's headings or sentences? */
export function hasLocalizedNoticeWords(text: string): boolean {
  return any(getMatchers().notice, text);
}

/** Does the text hold a localised notice's words of failure or delay, or a reason's wording? */
export function hasLocalizedReportWords(text: string): boolean {
  return any(getMatchers().report, text);
}

/** Does the text say, in another language, that delivery is delayed and will be retried? */
export function hasLocalizedDelayWords(text: string): boolean {
  return any(getMatchers().delay, text);
}

/** The delay wordings' trigrams (see mayHoldAny), built on first use. */
let delayGrams: WordingGrams[] | null = null;

/**
 * `hasLocalizedDelayWords` of the lower-cased opening of a message (`scan.headLower`,
 * whose trigrams the formats' detection has noted already): the wordings' trigrams are
 * looked up first, and the patterns run only when one wording can be there.
 */
export function headHasLocalizedDelayWords(head: string): boolean {
  if (!delayGrams) {
    const all = new Set<string>();
    for (const w of LANGUAGES.flatMap((l) => l.delayed)) for (const s of spellings(w.text)) all.add(s);
    delayGrams = [...all].map(wordingGrams);
  }
  return mayHoldAny(head, delayGrams) && any(getMatchers().delay, head);
}

/** The success reports' wordings, built on first use. */
let deliveredRes: RegExp[] | null = null;

/** Where the text says, in another language, that the message was delivered (a success report); null: nowhere. */
export function findLocalizedDeliveredWords(text: string): { index: number; length: number } | null {
  deliveredRes ??= matcher(LANGUAGES.flatMap((l) => l.delivered ?? []));
  let best: RegExpExecArray | null = null;
  for (const re of deliveredRes) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best ? { index: best.index, length: best[0].length } : null;
}

/** The read receipts' patterns (see `LanguageWording.readReceipt`). */
export interface ReceiptPatterns {
  /** The opening words, after one line at most (the subject with its prefix, "Gelesen: …"), at the text's start. */
  opening: RegExp;
  /** A quoted Subject line's label at a line's start. */
  subject: RegExp;
  read: RegExp;
  deleted: RegExp;
  /** The receipt's own opening sentence (Thunderbird's "This is a Return Receipt for the mail that you sent to …"), at the text's start. */
  statement: RegExp;
}

let receiptRes: ReceiptPatterns | null = null;

/** One alternation of wordings whose " … " stands for up to 200 characters (a date). */
function gapPattern(wordings: Iterable<Wording>): string {
  const all = new Set<string>();
  for (const w of wordings) for (const s of spellings(w.text)) all.add(s.split('…').map((p) => escapePhrase(p.trim())).join('.{1,200}?'));
  return [...all].join('|') || '(?!)';
}

/** The read receipts' words in every language, built on first use. */
export function localizedReceiptPatterns(): ReceiptPatterns {
  if (receiptRes) return receiptRes;
  const r = LANGUAGES.flatMap((l) => (l.readReceipt ? [l.readReceipt] : []));
  return (receiptRes = {
    // After the opening words: the end of the line, or a space and more words on it.
    opening: new RegExp(`^\\s*(?:[^\\n]{1,200}\\n\\s*)?(?:${gapPattern(r.flatMap((x) => x.opening))})(?=[\\s:,]|$)`, 'i'),
    subject: new RegExp(`\\n[ \\t>]*(?:${gapPattern(r.flatMap((x) => x.subject))})[ \\t]*[:\\uff1a]`, 'i'),
    read: new RegExp(gapPattern(r.flatMap((x) => x.read)), 'i'),
    deleted: new RegExp(gapPattern(r.flatMap((x) => x.deleted)), 'i'),
    statement: new RegExp(`^\\s*(?:[^\\n]{1,200}\\n\\s*)?(?:${gapPattern(r.flatMap((x) => x.statement ?? []))})`, 'i'),
  });
}

/** Does the text say, in another language, that the sending server gave up? */
export function hasLocalizedGaveUpWords(text: string): boolean {
  return any(getMatchers().gaveUp, text);
}

/** Does the text (a subject or a notice's opening line) warn, in another language, that the reader's own mailbox is almost full ("Ihr Postfach ist fast voll")? */
export function hasLocalizedQuotaWarningWords(text: string): boolean {
  return any(getMatchers().quotaWarning, text);
}

/** Does the text say, in another language, that the reader was removed from a mailing list ("Sie wurden von der Mailingliste … abgemeldet")? */
export function hasLocalizedListRemovedWords(text: string): boolean {
  return any(getMatchers().listRemoved, text);
}

/** Does the text say a mailbox is full with no possessive, as an owner notice opens ("La cassetta postale è piena")? */
export function hasLocalizedOwnerFullWords(text: string): boolean {
  return any(getMatchers().ownerFull, text);
}

/** Does the text tell the reader they can no longer send or receive ("Non è possibile inviare o ricevere", "送受信できません")? */
export function hasLocalizedOwnerCannotSendWords(text: string): boolean {
  return any(getMatchers().ownerCannotSend, text);
}

/** Does the text call the failure temporary in another language ("vorübergehender Fehler", "временная ошибка")? */
export function hasLocalizedTemporaryWords(text: string): boolean {
  return any(getMatchers().temporary, text);
}

/**
 * Every language's words that open a condition or a list of possible causes (`conditions`),
 * in one global pattern: words of alphabetic scripts only where a word starts and ends
 * (Polish "jeśli" is not inside another word), Japanese and Chinese words anywhere. Matched
 * against lower-cased text with single spaces.
 */
let conditionPattern: RegExp | null = null;
/**
 * The same words as a plain alternation, with no look-around and no `u` flag: what any
 * match of the pattern holds. Most texts hold none of them, and this finds that several
 * times faster than the pattern, whose look-behind is tried at every place.
 */
let conditionWords: RegExp | null = null;
export function localizedConditionPattern(): RegExp {
  if (conditionPattern) return conditionPattern;
  const cjk: string[] = [];
  const words: string[] = [];
  for (const l of LANGUAGES) {
    for (const w of l.conditions ?? []) {
      const t = normalizeWording(w.text);
      (/[\u3040-\u30ff\u3400-\u9fff]/.test(t) ? cjk : words).push(escapePhrase(t));
    }
  }
  const parts: string[] = [];
  if (words.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  conditionWords = new RegExp(words.length + cjk.length ? [...words, ...cjk].join('|') : '(?!)');
  return (conditionPattern = new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu'));
}

let possibleAfterPattern: RegExp | null = null;
/** The same words as a plain alternation (no look-around, no `u` flag): what any match holds, found fast. */
let possibleAfterWords: RegExp | null = null;
/**
 * Every language's words that make the sentence before them a possibility (`possibleAfter`), one
 * global pattern over the lower-cased text with single spaces: words of alphabetic scripts where
 * a word starts and ends, Japanese words anywhere.
 */
export function localizedPossibleAfterPattern(): RegExp {
  if (possibleAfterPattern) return possibleAfterPattern;
  const cjk: string[] = [];
  const words: string[] = [];
  for (const l of LANGUAGES) {
    for (const w of l.possibleAfter ?? []) {
      const t = normalizeWording(w.text);
      (/[\u3040-\u30ff\u3400-\u9fff]/.test(t) ? cjk : words).push(escapePhrase(t));
    }
  }
  const parts: string[] = [];
  if (words.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  possibleAfterWords = new RegExp(words.length + cjk.length ? [...words, ...cjk].join('|') : '(?!)');
  return (possibleAfterPattern = new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu'));
}

/** Can the text hold a word of `possibleAfter` (a fast test before the pattern)? */
export function mayHoldLocalizedPossibleAfter(text: string): boolean {
  if (!possibleAfterWords) localizedPossibleAfterPattern();
  return possibleAfterWords!.test(text);
}

let advicePattern: RegExp | null = null;
/** The same words as a plain alternation (no look-around, no `u` flag): what any match holds, found fast. */
let adviceWords: RegExp | null = null;
/**
 * Every language's words that open advice (`advice`), one global pattern over the lower-cased
 * text with single spaces: at the text's start or after a stop, colon, comma or bracket and a
 * space (the start of a sentence or clause; a line break is a space there), words of
 * alphabetic scripts whole, Japanese and Chinese words after a stop or at the start too.
 */
export function localizedAdvicePattern(): RegExp {
  if (advicePattern) return advicePattern;
  const all: string[] = [];
  for (const l of LANGUAGES) {
    for (const w of l.advice ?? []) {
      for (const t of new Set([normalizeWording(w.text), ...foldedSpellings(w.text)])) all.push(escapePhrase(t));
    }
  }
  adviceWords = new RegExp(all.length ? all.join('|') : '(?!)');
  // (At a clause start: the text's start, or a stop, colon, comma, bracket or dash and a space;
  // Chinese and Japanese full stops and colons with or without the space.)
  const body = all.length ? `(?:^|(?<=[.;:!?,(\u2013\u2014-] )|(?<=[\u3002\uff1a\uff0c\uff01\uff1f] ?))(?:${all.join('|')})(?![\p{L}\p{N}])` : '(?!)';
  return (advicePattern = new RegExp(body, 'gu'));
}

let adviceEndPattern: RegExp | null = null;
/**
 * Every language's words that end a clause of advice (`adviceEnds`), one global plain
 * alternation over the lower-cased text (no look-around: the words are Japanese, whole in
 * themselves).
 */
export function localizedAdviceEndPattern(): RegExp {
  if (adviceEndPattern) return adviceEndPattern;
  const all: string[] = [];
  for (const l of LANGUAGES) {
    for (const w of l.adviceEnds ?? []) {
      for (const t of new Set([normalizeWording(w.text), ...foldedSpellings(w.text)])) all.push(escapePhrase(t));
    }
  }
  return (adviceEndPattern = new RegExp(all.length ? all.join('|') : '(?!)', 'g'));
}

/** Might the (lower-cased) text hold one of the advice openers? False only when no match of localizedAdvicePattern() can be in it. */
export function mayHoldLocalizedAdvice(text: string): boolean {
  if (!adviceWords) localizedAdvicePattern();
  return adviceWords!.test(text);
}

let denialPattern: RegExp | null = null;
/** The same words as a plain alternation (no look-around, no `u` flag): what any match holds, found fast. */
let denialWords: RegExp | null = null;
/**
 * The languages' denials (a scan or a check that found nothing: "kein Virus gefunden",
 * "Spamprüfung: bestanden"), one global pattern over the lower-cased text: each match's span
 * denies the cause words inside it.
 */
export function localizedDenialPattern(): RegExp {
  if (denialPattern) return denialPattern;
  const cjk: string[] = [];
  const words: string[] = [];
  for (const l of LANGUAGES) {
    for (const w of l.denials ?? []) {
      for (const t of new Set([normalizeWording(w.text), ...foldedSpellings(w.text)])) (/[\u3040-\u30ff\u3400-\u9fff]/.test(t) ? cjk : words).push(escapePhrase(t));
    }
  }
  const parts: string[] = [];
  if (words.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length) parts.push(`(?:${cjk.join('|')})`);
  denialWords = new RegExp(words.length + cjk.length ? [...words, ...cjk].join('|') : '(?!)');
  return (denialPattern = new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu'));
}

/** Might the (lower-cased) text hold one of the denials? False only when no match of localizedDenialPattern() can be in it. */
export function mayHoldLocalizedDenial(text: string): boolean {
  if (!denialWords) localizedDenialPattern();
  return denialWords!.test(text);
}

/** Might the (lower-cased) text hold one of the condition words? False only when no match of localizedConditionPattern() can be in it. */
export function mayHoldLocalizedCondition(text: string): boolean {
  if (!conditionWords) localizedConditionPattern();
  return conditionWords!.test(text);
}

/** Does this line introduce, in another language, a list of failed recipients? */
export function isLocalizedListLead(text: string): boolean {
  return any(getMatchers().listLead, text);
}

/** Separators between an address and the words that name it: brackets, quotes, ":", white space, CJK commas and stops. */
// Also the full-width colon, comma, stop and brackets of Japanese and Chinese notices ("宛先：", "收件人（<addr>）",
// "【宛先】<addr>", "「<addr>」") and the quotation marks of European clients ("„<addr>“", "«<addr>»").
const SEPARATORS = ' \t:=<>"\'()[],;.-\u3000\uff1a\u3001\uff0c\u3002\uff08\uff09\u3010\u3011\u300c\u300d\u300e\u300f\uff1c\uff1e\uff3b\uff3d\u201c\u201d\u201e\u00ab\u00bb';

/**
 * Do these words, right before an address, name it the recipient in another language
 * ("Empfänger: ", "Votre message à ")? Separators at their end are skipped.
 */
export function endsWithLocalizedRecipientCue(before: string): boolean {
  let e = before.length;
  while (e > 0 && SEPARATORS.includes(before[e - 1])) e--;
  if (e === 0 || !getEdges().last.has(before[e - 1].toLowerCase())) return false;
  return any(getMatchers().recipientBefore, before.slice(0, e));
}

/**
 * The characters the recipient cues can end with (before an address) and start with
 * (after one): most addresses have neither beside them, and are passed over without a
 * search.
 */
let edges: { last: Set<string>; first: Set<string>; titleFirst: Set<string> } | null = null;

function getEdges(): { last: Set<string>; first: Set<string>; titleFirst: Set<string> } {
  if (edges) return edges;
  const last = new Set<string>();
  const first = new Set<string>();
  const titleFirst = new Set<string>();
  for (const l of LANGUAGES) {
    for (const w of l.recipientBefore) for (const s of spellings(w.text)) last.add(s[s.length - 1]);
    for (const w of [...l.recipientAfter, ...l.failed]) for (const s of spellings(w.text)) first.add(s[0]);
    for (const w of l.recipientAfter) for (const s of spellings(w.text)) titleFirst.add(s[0]);
  }
  for (const w of reasonWordings()) for (const s of spellings(w.text)) first.add(s[0]);
  return (edges = { last, first, titleFirst });
}

/**
 * Do these words, right after an address, name it the recipient in another language: the
 * language's own words ("へのメッセージを配信できませんでした"), or a reason's or failure
 * notice's wording ("<…>: Postfach voll")? Separators at their start are skipped. With
 * `reasonToo` false, a reason's wording does not count (only the notice's own words).
 */
export function startsWithLocalizedRecipientCue(after: string, reasonToo = true): boolean {
  let s = 0;
  while (s < after.length && SEPARATORS.includes(after[s])) s++;
  return s < after.length && getEdges().first.has(after[s].toLowerCase()) && startsWith(reasonToo ? getMatchers().recipientAfter : getMatchers().recipientAfterNotice, after.slice(s));
}

/**
 * Is the rest of a line after an address a notice's title that names it the recipient
 * ("<…> へのメッセージを配信できませんでした。"), whose reason follows in the next paragraph?
 */
export function isLocalizedRecipientTitle(after: string): boolean {
  let s = 0;
  while (s < after.length && SEPARATORS.includes(after[s])) s++;
  return s < after.length && getEdges().titleFirst.has(after[s].toLowerCase()) && startsWith(getMatchers().recipientTitle, after.slice(s));
}

/**
 * Are these words, from a line's start to an address, a recipient's bare label in another
 * language ("An: ", "Кому: <", "宛先：Taro Yamada <")? A display name between the colon and
 * a bracketed address is passed over.
 */
export function isLocalizedToLabel(before: string): boolean {
  if (before.length > 120) return false;
  let e = before.length;
  while (e > 0 && (before[e - 1] === ' ' || before[e - 1] === '\t' || before[e - 1] === '"' || before[e - 1] === "'")) e--;
  if (e > 0 && before[e - 1] === '<') {
    e--;
    // "Label: Display Name <": back to the colon, when what stands between is a name.
    const colon = Math.max(before.lastIndexOf(':', e), before.lastIndexOf('\uff1a', e));
    if (colon !== -1 && before.slice(colon + 1, e).indexOf('@') === -1) e = colon + 1;
  }
  return any(getMatchers().toLabel, before.slice(0, e));
}

/** Does this line open with a mail client's From or Sent label in another language ("Von:", "Gesendet:", "差出人:")? */
export function isLocalizedClientHeaderLine(line: string): boolean {
  return any(getMatchers().clientHeader, line.slice(0, 80));
}

/** Headings that name the original's headers, which may stand at a line start with nothing before them. */
const RE_HEADERS_WORD = /kopfzeilen|en-t[eê]tes|encabezados|intestazioni|cabe[cç]alhos|koppen|nag[lł][oó]wki|rubriker|ヘッダー|邮件头|标头|標頭|заголовки|헤더|üstbilgileri/i;

/**
 * Where the returned original starts in a text, by a localised heading at the start of a
 * line ("Ursprüngliche Nachrichtenkopfzeilen:", "----- Message d'origine -----"): the
 * offset of that line's start, or -1. A heading stands where the line's words start, after
 * a short rule at most (40 characters of dashes, blanks, '>' …); one that does not name
 * the headers counts only after a rule of dashes, as in English ("-----Original Message-----").
 */
export function findLocalizedReturnedStart(text: string): number {
  let best = -1;
  for (const re of getMatchers().returnedStart) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // The line starts after the line break the match opens with (or at the text's start).
      const ls = m.index === 0 && text.charCodeAt(0) !== 10 && text.charCodeAt(0) !== 13 ? 0 : m.index + 1;
      if (best !== -1 && ls >= best) break;
      let rule = 0;
      for (let i = 0; i < m[1].length; i++) {
        const c = m[1].charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 62) rule++;
      }
      if (rule >= 2 || RE_HEADERS_WORD.test(m[2])) {
        best = ls;
        break;
      }
    }
  }
  return best;
}

/** Do these words open the reason under a list of recipients, in another language ("Grund:", "Motivo:")? */
export function startsWithLocalizedReasonLead(text: string): boolean {
  let s = 0;
  while (s < text.length && (text[s] === ' ' || text[s] === '\t' || text[s] === '\n' || text[s] === '\r')) s++;
  return startsWith(getMatchers().reasonLead, text.slice(s, s + 80));
}

/** The reason wordings too broad to overrule a specific status code, as matched. */
export function broadWordings(): string[] {
  return LANGUAGES.flatMap((l) => (l.broad ?? []).flatMap((b) => [normalizeWording(b), ...foldedSpellings(b)]));
}

/** A colon and a reply code, as after a label ("Fehler: 550 …", "エラー：550 …"). */
const RE_COLON_CODE = /[:\uff1a][ \t]{0,8}['"]?[245]\d\d[ -]/;
const RE_COLON_CODE_AT = /[ \t]{0,8}[:\uff1a][ \t]{0,8}['"]?[245]\d\d[ -]/y;

/**
 * Does the text label a server's reply in another language: a word such as "Fehler",
 * "Erreur" or "エラー" right before a colon and a reply code?
 */
export function hasLocalizedLabelledReply(text: string): boolean {
  if (!RE_COLON_CODE.test(text)) return false;
  for (const re of getMatchers().errorLabel) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A label is a word of its own ("Serverfehler", not "…fehlerhaft").
      const prev = text.charCodeAt(m.index - 1);
      if (m.index > 0 && ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122))) continue;
      RE_COLON_CODE_AT.lastIndex = m.index + m[0].length;
      if (RE_COLON_CODE_AT.test(text)) return true;
    }
  }
  return false;
}
