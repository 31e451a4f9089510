/**
 * A normalised view of pieces of the document: white space collapsed to single spaces,
 * with a map from every character of the view back to its offset in the document. Rules
 * match against the view (lower-cased), and a match maps back to a document span, so the
 * page can highlight the exact words that decided a verdict.
 */

export class TextView {
  /** The normalised text (original case). */
  text = '';
  /** map[i] = document offset of text[i]. */
  private map: number[] = [];
  private lowerCache: string | null = null;

  /**
   * Append document[start, end). White space runs become one space; a space is put
   * between pieces.
   */
  append(document: string, start: number, end: number): this {
    let pendingSpace = this.text.length > 0;
    let out = '';
    const map = this.map;
    let pendingAt = start;
    for (let i = start; i < end; i++) {
      const c = document.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
        if (!pendingSpace) pendingAt = i;
        pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        if (this.text.length + out.length > 0) {
          out += ' ';
          map.push(pendingAt);
        }
        pendingSpace = false;
      }
      out += document[i];
      map.push(i);
    }
    this.text += out;
    this.lowerCache = null;
    return this;
  }

  get lower(): string {
    return (this.lowerCache ??= this.text.toLowerCase());
  }

  get length(): number {
    return this.text.length;
  }

  /** Document span of view[start, end). */
  span(start: number, end: number): [number, number] {
    if (this.map.length === 0) return [0, 0];
    const s = this.map[Math.min(Math.max(start, 0), this.map.length - 1)];
    const e = this.map[Math.min(Math.max(end - 1, 0), this.map.length - 1)] + 1;
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
    v.map = this.map.slice(start, end);
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
    const map: number[] = [];
    for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      text += this.text.slice(last, m.index);
      for (let i = last; i < m.index; i++) map.push(this.map[i]);
      if (text.length > 0 && text[text.length - 1] !== ' ') { text += ' '; map.push(this.map[m.index]); }
      last = m.index + m[0].length;
      while (last < this.text.length && this.text.charCodeAt(last) === 32) last++;
    }
    text += this.text.slice(last);
    for (let i = last; i < this.text.length; i++) map.push(this.map[i]);
    v.text = text;
    v.map = map;
    return v.trimmed();
  }

  /** The two views one after the other, a space between. */
  static join(a: TextView, b: TextView): TextView {
    const v = new TextView();
    const gap = a.text.length > 0 && b.text.length > 0 && !a.text.endsWith(' ');
    v.text = a.text + (gap ? ' ' : '') + b.text;
    v.map = gap ? [...a.map, b.map[0], ...b.map] : [...a.map, ...b.map];
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
