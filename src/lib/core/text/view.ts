/**
 * A normalised view of pieces of the document: white space collapsed to single spaces,
 * with a map from every character of the view back to its offset in the document. Rules
 * match against the view (lower-cased), and a match maps back to a document span, so the
 * page can highlight the exact words that decided a verdict.
 */
import { budget, VIEW_CHAR_UNITS } from '../budget.ts';
import { LIMITS } from '../limits.ts';

/** A blank that white space folding turns into a space: space, tab, LF, CR, no-break space. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Where a run of words ends: a blank other than a space, or a space before a blank or at the end. */
const RE_GAP = /[\t\n\r\u00a0]| (?=[ \t\n\r\u00a0]|$)/g;

export class TextView {
  /** The normalised text (original case). */
  text = '';
  /**
   * The map from view offsets to document offsets, kept as runs rather than one number
   * per character: view offsets runStart[k] .. (the next run's start) map one to one to
   * document offsets runDoc[k] ... Words copied from the document are such runs, so a
   * view holds about one run per word.
   */
  private runStart: number[] = [];
  private runDoc: number[] = [];
  private lowerCache: string | null = null;

  /** Record that view offset `at` maps to document offset `doc` (offsets come in increasing order). */
  private mapFrom(at: number, doc: number): void {
    const k = this.runStart.length - 1;
    // The same run goes on when the document offset follows on too.
    if (k >= 0 && this.runDoc[k] + (at - this.runStart[k]) === doc) return;
    this.runStart.push(at);
    this.runDoc.push(doc);
  }

  /** Index of the run that holds view offset `i` (0 <= i < length). */
  private runAt(i: number): number {
    const starts = this.runStart;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Document offset of view offset `i` (0 <= i < length). */
  private docAt(i: number): number {
    const k = this.runAt(i);
    return this.runDoc[k] + (i - this.runStart[k]);
  }

  /** Copy the map of view[from, to) of `src` to this view, starting at view offset `at`. */
  private copyMap(src: TextView, from: number, to: number, at: number): void {
    if (from >= to) return;
    this.mapFrom(at, src.docAt(from));
    const starts = src.runStart;
    // From the run holding `from` on, not from the first run: `without` copies once per
    // match, and a scan from the start each time grew with matches x runs.
    for (let k = src.runAt(from) + 1; k < starts.length; k++) {
      const s = starts[k];
      if (s >= to) break;
      this.mapFrom(at + (s - from), src.runDoc[k]);
    }
  }

  /**
   * Append document[start, end). White space runs become one space; a space is put
   * between pieces.
   */
  append(document: string, start: number, end: number): this {
    // A view holds about LIMITS.maxViewLength characters at most: it reads at most twice
    // the room left (white space folds, so the view grows by at most what it reads).
    const room = LIMITS.maxViewLength - this.text.length;
    if (room <= 0) return this;
    if (end - start > 2 * room) {
      end = start + 2 * room;
      const c = document.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    budget().spend((end - start) * VIEW_CHAR_UNITS, start);
    let pendingSpace = this.text.length > 0;
    let out = '';
    const base = this.text.length;
    let pendingAt = start;
    // Words come in runs copied with one slice each: a run goes on through one plain space
    // between two words, and ends where any other blank (or a space before a blank or at
    // the end) opens a gap, found by one search rather than char by char.
    const text = document.slice(start, end);
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (isBlank(text.charCodeAt(i))) {
        if (!pendingSpace) pendingAt = start + i;
        pendingSpace = true;
        i++;
        while (i < n && isBlank(text.charCodeAt(i))) i++;
        continue;
      }
      if (pendingSpace) {
        if (base + out.length > 0) {
          this.mapFrom(base + out.length, pendingAt);
          out += ' ';
        }
        pendingSpace = false;
      }
      this.mapFrom(base + out.length, start + i);
      RE_GAP.lastIndex = i + 1;
      const gap = RE_GAP.exec(text);
      const runEnd = gap ? gap.index : n;
      out += text.slice(i, runEnd);
      i = runEnd;
    }
    this.text += out;
    this.lowerCache = null;
    return this;
  }

  get lower(): string {
    // (Turkish İ lower-cases to i and a combining dot, two characters, which would move every
    // offset after it: read as I, one character, so the view keeps its length.)
    return (this.lowerCache ??= (this.text.indexOf('\u0130') === -1 ? this.text : this.text.replace(/\u0130/g, 'I')).toLowerCase());
  }

  get length(): number {
    return this.text.length;
  }

  /** Document span of view[start, end). */
  span(start: number, end: number): [number, number] {
    const n = this.text.length;
    if (n === 0) return [0, 0];
    const s = this.docAt(Math.min(Math.max(start, 0), n - 1));
    const e = this.docAt(Math.min(Math.max(end - 1, 0), n - 1)) + 1;
    return [s, Math.max(s, e)];
  }

  /** Document span of the whole view. */
  whole(): [number, number] {
    return this.span(0, this.text.length);
  }

  /** A new view holding view[start, end). */
  slice(start: number, end: number): TextView {
    const v = new TextView();
    v.text = this.text.slice(start, end);
    // Where String.prototype.slice started (it truncates, and reads NaN as 0).
    const n = this.text.length;
    const rel = Math.trunc(start) || 0;
    const from = rel < 0 ? Math.max(n + rel, 0) : Math.min(rel, n);
    v.copyMap(this, from, from + v.text.length, 0);
    return v;
  }

  /**
   * A new view without the matches of `re` (a global regex), each replaced by one space.
   * Used to drop the `550-5.1.1 ` prefixes that flattened multi-line replies repeat.
   */
  without(re: RegExp): TextView {
    re.lastIndex = 0;
    if (!re.test(this.text)) return this;
    re.lastIndex = 0;
    const v = new TextView();
    let last = 0;
    let text = '';
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      v.copyMap(this, last, m.index, text.length);
      text += this.text.slice(last, m.index);
      if (text.length > 0 && text[text.length - 1] !== ' ') {
        v.mapFrom(text.length, this.docAt(m.index));
        text += ' ';
      }
      last = m.index + m[0].length;
      while (last < this.text.length && this.text.charCodeAt(last) === 32) last++;
    }
    v.copyMap(this, last, this.text.length, text.length);
    text += this.text.slice(last);
    v.text = text;
    return v.trimmed();
  }

  /**
   * A new view without the matches of `re` (a global regex), nothing in their place: for an
   * aside inside a sentence that the regex takes with its own spacing ("サイズ（18MB）が" →
   * "サイズが", "messaggio (18 MB) supera" → "messaggio supera").
   */
  cut(re: RegExp): TextView {
    re.lastIndex = 0;
    if (!re.test(this.text)) return this;
    re.lastIndex = 0;
    const v = new TextView();
    let last = 0;
    let text = '';
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      v.copyMap(this, last, m.index, text.length);
      text += this.text.slice(last, m.index);
      last = m.index + m[0].length;
    }
    v.copyMap(this, last, this.text.length, text.length);
    text += this.text.slice(last);
    v.text = text;
    return v;
  }

  /** The two views one after the other, a space between. */
  static join(a: TextView, b: TextView): TextView {
    const v = new TextView();
    const gap = a.text.length > 0 && b.text.length > 0 && !a.text.endsWith(' ');
    v.text = a.text + (gap ? ' ' : '') + b.text;
    v.copyMap(a, 0, a.text.length, 0);
    if (gap) v.mapFrom(a.text.length, b.docAt(0));
    v.copyMap(b, 0, b.text.length, a.text.length + (gap ? 1 : 0));
    return v;
  }

  /** Drop leading and trailing spaces. */
  trimmed(): TextView {
    let s = 0;
    let e = this.text.length;
    while (s < e && this.text.charCodeAt(s) === 32) s++;
    while (e > s && this.text.charCodeAt(e - 1) === 32) e--;
    return s === 0 && e === this.text.length ? this : this.slice(s, e);
  }
}
