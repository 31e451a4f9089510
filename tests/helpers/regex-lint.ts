/**
 * A static ReDoS check for the engine's regular expressions, and a scanner that finds
 * every regex literal in a source file.
 *
 * The check parses a pattern (JavaScript syntax) into a small tree whose atoms are sets of
 * characters (ASCII exactly, everything above it as a space or not), then looks for
 * the shapes that make a backtracking engine slow on hostile input:
 *
 * - `nested`: a repeat without bound of a group that itself holds a repeat, where the
 *   iterations cannot be told apart: `(a+)+`, `(?:[a-z]+,?)+`. Exponential. A group whose
 *   every iteration must take a character the inner repeat cannot (`(?:\.[a-z]+)+`) is fine.
 * - `alternation`: a repeat without bound of alternatives that can start with the same
 *   character: `(?:a|ab)*`, `(?:\w|\d)+`. Exponential.
 * - `adjacent`: two repeats without bound that can share a run of characters, with nothing
 *   between them that must take a character neither can: `\s*:?\s*x`, `\d+\.?\d+x`. The
 *   run can be split between them in as many ways as it is long: polynomial per attempt.
 * - `start-scan`: a search that can start at every character of a long run and read the
 *   run to its end from each start: `\s+said`, `\b[a-z][a-z.]*:`, `\(.*\)$`. Quadratic over
 *   the run, the classic "search from each position". Fine when the pattern is anchored
 *   (`^` without the m flag, or sticky), when a lookbehind or `\b` forbids starting inside
 *   the run (`(?<![a-z])[a-z]+@`), or when a match can always end right after the run (so the
 *   first start succeeds).
 *
 * Repeats bounded by at most BOUNDED (`{0,61}`) count as fixed: they cost a constant per
 * start. The check errs on the side of flagging; a flagged pattern is rewritten, never
 * excused.
 */

// ---- character sets --------------------------------------------------------------------

/** Every character above U+007F counts as one of two: a space (U+00A0, U+2028 ...) or not. */
const OTHER_SPACE = 128;
const OTHER = 129;
const SIZE = 130;
/** The characters above U+007F that \s matches. */
const UNICODE_SPACES = [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** A set of ASCII characters plus the two stand-ins for everything above. */
export class CharSet {
  constructor(readonly bits: Uint32Array = new Uint32Array(5)) {}

  static of(...codes: number[]): CharSet {
    const s = new CharSet();
    for (const c of codes) s.add(c);
    return s;
  }

  static range(from: number, to: number): CharSet {
    const s = new CharSet();
    for (let c = from; c <= Math.min(to, 127); c++) s.add(c);
    if (to > 127) {
      s.add(OTHER);
      if (UNICODE_SPACES.some((c) => c >= from && c <= to)) s.add(OTHER_SPACE);
    }
    return s;
  }

  /** Add a code point (above U+007F: its stand-in). */
  add(c: number): void {
    if (c >= 128 && c !== OTHER_SPACE && c !== OTHER) c = /\s/u.test(String.fromCodePoint(c)) ? OTHER_SPACE : OTHER;
    this.bits[c >> 5] |= 1 << (c & 31);
  }

  has(c: number): boolean {
    return (this.bits[c >> 5] & (1 << (c & 31))) !== 0;
  }

  union(o: CharSet): CharSet {
    return new CharSet(this.bits.map((w, i) => w | o.bits[i]));
  }

  intersect(o: CharSet): CharSet {
    return new CharSet(this.bits.map((w, i) => w & o.bits[i]));
  }

  complement(): CharSet {
    const b = this.bits.map((w) => ~w >>> 0);
    b[4] &= (1 << (SIZE - 128)) - 1;
    return new CharSet(b);
  }

  isEmpty(): boolean {
    return this.bits.every((w) => w === 0);
  }

  subsetOf(o: CharSet): boolean {
    return this.bits.every((w, i) => (w & ~o.bits[i]) === 0);
  }

  /** Both cases of every ASCII letter (the i flag). */
  folded(): CharSet {
    const s = new CharSet(Uint32Array.from(this.bits));
    for (let c = 65; c <= 90; c++) {
      if (this.has(c) || this.has(c + 32)) {
        s.add(c);
        s.add(c + 32);
      }
    }
    return s;
  }

  /** A short readable form, for messages: `[a-z0-9.]`. */
  toString(): string {
    const parts: string[] = [];
    let c = 0;
    while (c < 128) {
      if (!this.has(c)) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 < 128 && this.has(e + 1)) e++;
      const show = (x: number) => (x > 32 && x < 127 ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0')}`);
      parts.push(e > c + 1 ? `${show(c)}-${show(e)}` : e === c + 1 ? show(c) + show(e) : show(c));
      c = e + 1;
    }
    if (this.has(OTHER_SPACE)) parts.push('(non-ASCII space)');
    if (this.has(OTHER)) parts.push('(non-ASCII)');
    return `[${parts.join('')}]`;
  }
}

const DIGIT = CharSet.range(48, 57);
const WORD = CharSet.range(48, 57).union(CharSet.range(65, 90)).union(CharSet.range(97, 122)).union(CharSet.of(95));
const SPACE = CharSet.of(9, 10, 11, 12, 13, 32, OTHER_SPACE);
const LINE_END = CharSet.of(10, 13);
const ALL = new CharSet().complement();
const DOT = ALL.intersect(LINE_END.complement());
/** What \p{...} may stand for: letters and digits of any script. */
const PROPERTY = WORD.union(CharSet.of(OTHER));

// ---- the tree --------------------------------------------------------------------------

export type Node =
  | { kind: 'set'; set: CharSet }
  | { kind: 'assert'; what: '^' | '$' | '\\b' | '\\B' }
  | { kind: 'look'; behind: boolean; negative: boolean; body: Node }
  | { kind: 'group'; body: Node }
  | { kind: 'alt'; branches: Node[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'rep'; min: number; max: number; body: Node }
  | { kind: 'backref' };

export interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  y: boolean;
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly flags: Flags,
  ) {}

  fail(msg: string): never {
    throw new Error(`${msg} at ${this.i} in /${this.src}/`);
  }

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) this.fail('unexpected )');
    return n;
  }

  alt(): Node {
    const branches = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
  }

  seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      let atom = this.atom();
      atom = this.quantified(atom);
      items.push(atom);
    }
    return { kind: 'seq', items };
  }

  quantified(atom: Node): Node {
    const s = this.src;
    const c = s[this.i];
    let min = -1;
    let max = -1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal brace
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same shapes, the same cost
    if (atom.kind === 'assert' || atom.kind === 'look') return atom;
    return this.quantified({ kind: 'rep', min, max, body: atom });
  }

  atom(): Node {
    const s = this.src;
    const c = s[this.i];
    if (c === '(') {
      this.i++;
      if (s[this.i] === '?') {
        const kind = s.slice(this.i, this.i + 3);
        if (kind.startsWith('?:')) this.i += 2;
        else if (kind === '?<=' || kind === '?<!' || kind.startsWith('?=') || kind.startsWith('?!')) {
          const behind = kind[1] === '<';
          const negative = behind ? kind[2] === '!' : kind[1] === '!';
          this.i += behind ? 3 : 2;
          const body = this.alt();
          if (s[this.i] !== ')') this.fail('unclosed group');
          this.i++;
          return { kind: 'look', behind, negative, body };
        } else if (kind.startsWith('?<')) {
          const close = s.indexOf('>', this.i);
          if (close === -1) this.fail('bad group name');
          this.i = close + 1;
        } else this.fail('unknown group');
      }
      const body = this.alt();
      if (s[this.i] !== ')') this.fail('unclosed group');
      this.i++;
      return { kind: 'group', body };
    }
    if (c === '[') return this.set(this.klass());
    if (c === '.') {
      this.i++;
      return this.set(this.flags.s ? ALL : DOT);
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { kind: 'assert', what: c };
    }
    if (c === '\\') {
      const n = s[this.i + 1];
      if (n === 'b' || n === 'B') {
        this.i += 2;
        return { kind: 'assert', what: n === 'b' ? '\\b' : '\\B' };
      }
      if (/[1-9]/.test(n) || (n === 'k' && s[this.i + 2] === '<')) {
        this.i += 2;
        if (n === 'k') this.i = s.indexOf('>', this.i) + 1;
        else while (/\d/.test(s[this.i] ?? '')) this.i++;
        return { kind: 'backref' };
      }
      return this.set(this.escape(false));
    }
    if (c === '*' || c === '+' || c === '?') this.fail('nothing to repeat');
    this.i++;
    return this.set(CharSet.of(s.codePointAt(this.i - 1)!));
  }

  set(cs: CharSet): Node {
    return { kind: 'set', set: this.flags.i ? cs.folded() : cs };
  }

  /** The code point the last escape stands for (-1: a class such as \d). */
  code = -1;

  /** An escape at this.i (the backslash); inside a class \b is a backspace. */
  escape(inClass: boolean): CharSet {
    const cs = this.escapeSet(inClass);
    this.code = this.code >= 0 ? this.code : -1;
    return cs;
  }

  private single(code: number): CharSet {
    this.code = code;
    return CharSet.of(code);
  }

  private escapeSet(inClass: boolean): CharSet {
    const s = this.src;
    const n = s[this.i + 1];
    this.code = -1;
    this.i += 2;
    switch (n) {
      case 'd':
        return DIGIT;
      case 'D':
        return DIGIT.complement();
      case 'w':
        return WORD;
      case 'W':
        return WORD.complement();
      case 's':
        return SPACE;
      case 'S':
        return SPACE.complement();
      case 't':
        return this.single(9);
      case 'n':
        return this.single(10);
      case 'r':
        return this.single(13);
      case 'f':
        return this.single(12);
      case 'v':
        return this.single(11);
      case '0':
        return this.single(0);
      case 'b':
        if (inClass) return this.single(8);
        break;
      case 'x': {
        const h = s.slice(this.i, this.i + 2);
        this.i += 2;
        return this.single(parseInt(h, 16));
      }
      case 'u': {
        if (s[this.i] === '{') {
          const close = s.indexOf('}', this.i);
          const code = parseInt(s.slice(this.i + 1, close), 16);
          this.i = close + 1;
          return this.single(code);
        }
        const h = s.slice(this.i, this.i + 4);
        this.i += 4;
        return this.single(parseInt(h, 16));
      }
      case 'c':
        this.i++;
        return this.single(s.charCodeAt(this.i - 1) % 32);
      case 'p':
      case 'P': {
        // A Unicode property: counted as letters and digits of any script, or (negated)
        // as anything (a superset, so the check can only flag more).
        const close = s.indexOf('}', this.i);
        this.i = close + 1;
        return n === 'P' ? ALL : PROPERTY;
      }
    }
    return this.single(n.codePointAt(0)!);
  }

  klass(): CharSet {
    const s = this.src;
    this.i++; // [
    let negate = false;
    if (s[this.i] === '^') {
      negate = true;
      this.i++;
    }
    let set = new CharSet();
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: CharSet;
      let loCode = -1;
      if (s[this.i] === '\\') {
        lo = this.escape(true);
        loCode = this.code;
      } else {
        loCode = s.codePointAt(this.i)!;
        lo = CharSet.of(loCode);
        this.i++;
      }
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && loCode >= 0) {
        this.i++;
        let hiCode: number;
        if (s[this.i] === '\\') {
          this.escape(true);
          hiCode = this.code;
        } else {
          hiCode = s.codePointAt(this.i)!;
          this.i++;
        }
        set = set.union(CharSet.range(loCode, hiCode));
        continue;
      }
      set = set.union(lo);
    }
    if (s[this.i] !== ']') this.fail('unclosed class');
    this.i++;
    if (this.flags.i) set = set.folded();
    return negate ? set.complement() : set;
  }
}

export function parseRegex(source: string, flags: string): Node {
  return new Parser(source, { i: flags.includes('i'), m: flags.includes('m'), s: flags.includes('s'), y: flags.includes('y') }).parse();
}

// ---- properties of a tree ---------------------------------------------------------------

/** Repeats bounded by at most this many count as a fixed cost per start. */
export const BOUNDED = 1000;

function unbounded(n: Node): n is Extract<Node, { kind: 'rep' }> {
  return n.kind === 'rep' && n.max > BOUNDED;
}

/** Every character the node can consume (assertions consume none). */
function charsOf(n: Node): CharSet {
  switch (n.kind) {
    case 'set':
      return n.set;
    case 'assert':
    case 'look':
      return new CharSet();
    case 'backref':
      return ALL;
    case 'group':
    case 'rep':
      return charsOf(n.body);
    case 'alt':
      return n.branches.reduce((a, b) => a.union(charsOf(b)), new CharSet());
    case 'seq':
      return n.items.reduce((a, b) => a.union(charsOf(b)), new CharSet());
  }
}

/** Can the node match the empty string? */
function nullable(n: Node): boolean {
  switch (n.kind) {
    case 'set':
      return false;
    case 'assert':
    case 'look':
    case 'backref':
      return true;
    case 'group':
      return nullable(n.body);
    case 'rep':
      return n.min === 0 || nullable(n.body);
    case 'alt':
      return n.branches.some(nullable);
    case 'seq':
      return n.items.every(nullable);
  }
}

/** Can the node match the empty string without passing an assertion (so it can simply be skipped)? */
function skippable(n: Node): boolean {
  switch (n.kind) {
    case 'set':
    case 'assert':
    case 'look':
    case 'backref':
      return false;
    case 'group':
      return skippable(n.body);
    case 'rep':
      return n.min === 0 || skippable(n.body);
    case 'alt':
      return n.branches.some(skippable);
    case 'seq':
      return n.items.every(skippable);
  }
}

/** Characters a match of the node can start with. */
function firstOf(n: Node): CharSet {
  switch (n.kind) {
    case 'set':
      return n.set;
    case 'assert':
    case 'look':
      return new CharSet();
    case 'backref':
      return ALL;
    case 'group':
    case 'rep':
      return firstOf(n.body);
    case 'alt':
      return n.branches.reduce((a, b) => a.union(firstOf(b)), new CharSet());
    case 'seq': {
      let s = new CharSet();
      for (const it of n.items) {
        s = s.union(firstOf(it));
        if (!nullable(it)) break;
      }
      return s;
    }
  }
}

/** Characters a match of the node can end with. */
function lastOf(n: Node): CharSet {
  switch (n.kind) {
    case 'seq': {
      let s = new CharSet();
      for (let k = n.items.length - 1; k >= 0; k--) {
        s = s.union(lastOf(n.items[k]));
        if (!nullable(n.items[k])) break;
      }
      return s;
    }
    case 'alt':
      return n.branches.reduce((a, b) => a.union(lastOf(b)), new CharSet());
    case 'group':
    case 'rep':
      return lastOf(n.body);
    default:
      return firstOf(n);
  }
}

/** Can the node fail once reached (does it require a character, or test something)? */
function canFail(n: Node): boolean {
  switch (n.kind) {
    case 'set':
    case 'assert':
    case 'look':
    case 'backref':
      return true;
    case 'group':
      return canFail(n.body);
    case 'rep':
      return n.min > 0 && canFail(n.body);
    case 'alt':
      return n.branches.every(canFail);
    case 'seq':
      return n.items.some(canFail);
  }
}

/**
 * Can the node match somewhere inside a long run of characters from `c` (taking only
 * characters of `c`, its assertions holding there)?
 */
function fitsInside(n: Node, c: CharSet, flags: Flags): boolean {
  switch (n.kind) {
    case 'set':
      return !n.set.intersect(c).isEmpty();
    case 'assert':
      if (n.what === '^' || n.what === '$') return flags.m && !c.intersect(LINE_END).isEmpty();
      if (n.what === '\\b') return !c.intersect(WORD).isEmpty() && !c.intersect(WORD.complement()).isEmpty();
      return true;
    case 'look': {
      const body = flatItems(n.body);
      // (?<![x]) inside a run of c, c within [x]: the char before is always one of them.
      if (n.behind && n.negative && body.length === 1 && body[0].kind === 'set') return !c.subsetOf(body[0].set);
      if (n.behind && !n.negative) return body.every((b) => nullable(b) || fitsInside(b, c, flags));
      // (?![x]) inside a run of c, c within [x]: the next char is always one of them.
      if (!n.behind && n.negative && body.length === 1 && body[0].kind === 'set') return !c.subsetOf(body[0].set);
      return true;
    }
    case 'backref':
      return true;
    case 'group':
      return fitsInside(n.body, c, flags);
    case 'rep':
      return n.min === 0 || fitsInside(n.body, c, flags);
    case 'alt':
      return n.branches.some((b) => fitsInside(b, c, flags));
    case 'seq':
      return n.items.every((b) => fitsInside(b, c, flags));
  }
}

/** The items of a sequence with plain groups of one branch opened up. */
function flatItems(n: Node): Node[] {
  if (n.kind === 'seq') return n.items.flatMap(flatItems);
  if (n.kind === 'group' && n.body.kind !== 'alt') return flatItems(n.body);
  return [n];
}

function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  switch (n.kind) {
    case 'look':
    case 'group':
    case 'rep':
      walk(n.body, visit);
      break;
    case 'alt':
      n.branches.forEach((b) => walk(b, visit));
      break;
    case 'seq':
      n.items.forEach((b) => walk(b, visit));
      break;
  }
}

/**
 * For every node: can the match still fail after it (something later requires a char or
 * tests something)? When nothing can, the engine never comes back to try the node again.
 */
function followFails(root: Node): Map<Node, boolean> {
  const out = new Map<Node, boolean>();
  const visit = (n: Node, after: boolean): void => {
    out.set(n, after);
    switch (n.kind) {
      case 'seq':
        n.items.forEach((it, k) => visit(it, after || n.items.slice(k + 1).some(canFail)));
        break;
      case 'alt':
        n.branches.forEach((b) => visit(b, after));
        break;
      case 'group':
        visit(n.body, after);
        break;
      case 'rep':
        // Another iteration may follow, and it may fail.
        visit(n.body, after || (n.max > 1 && canFail(n.body)));
        break;
      case 'look':
        visit(n.body, false);
        break;
    }
  };
  visit(root, false);
  return out;
}

/** The nodes from `from` down to `to` (both included), or null. */
function pathTo(from: Node, to: Node): Node[] | null {
  if (from === to) return [from];
  const kids: Node[] = from.kind === 'seq' ? from.items : from.kind === 'alt' ? from.branches : from.kind === 'group' || from.kind === 'rep' || from.kind === 'look' ? [from.body] : [];
  for (const k of kids) {
    const p = pathTo(k, to);
    if (p) return [from, ...p];
  }
  return null;
}

// ---- the shapes --------------------------------------------------------------------------

export interface Finding {
  shape: 'nested' | 'alternation' | 'adjacent' | 'start-scan' | 'unparsable';
  detail: string;
}

/**
 * Is `inner` (inside the body of a repeat) told apart between iterations: does every way
 * through the iteration also take something that starts or ends with a char `inner` cannot
 * take (the quotes around `"[^"]*"`, the dot of `\.[a-z]+`)?
 */
function delimited(body: Node, inner: Node): boolean {
  const path = pathTo(body, inner);
  if (!path) return false;
  const c = charsOf(inner);
  for (let k = 0; k < path.length - 1; k++) {
    const node = path[k];
    if (node.kind !== 'seq') continue;
    for (const it of node.items) {
      if (it === path[k + 1] || nullable(it)) continue;
      if (firstOf(it).intersect(c).isEmpty() || lastOf(it).intersect(c).isEmpty()) return true;
    }
  }
  return false;
}

/** `nested` and `alternation`: exponential shapes under a repeat without bound. */
function exponential(root: Node, follow: Map<Node, boolean>, out: Finding[]): void {
  walk(root, (n) => {
    if (!unbounded(n) || !follow.get(n)) return;
    walk(n.body, (inner) => {
      if (inner.kind === 'rep' && inner.max >= 2 && !delimited(n.body, inner)) {
        out.push({ shape: 'nested', detail: `a repeat of ${charsOf(inner.body)} inside a repeat, with nothing between iterations to tell them apart` });
      }
      if (inner.kind === 'alt' && !delimited(n.body, inner)) {
        for (let i = 0; i < inner.branches.length; i++) {
          for (let j = i + 1; j < inner.branches.length; j++) {
            const overlap = firstOf(inner.branches[i]).intersect(firstOf(inner.branches[j]));
            if (!overlap.isEmpty()) out.push({ shape: 'alternation', detail: `alternatives under a repeat can both start with ${overlap}` });
          }
        }
      }
    });
  });
}

/** The sequences of the pattern: every branch and every group body, plain groups opened up. */
function sequences(root: Node): Node[][] {
  const out: Node[][] = [];
  walk(root, (n) => {
    if (n.kind === 'alt') for (const b of n.branches) out.push(flatItems(b));
    else if ((n.kind === 'group' || n.kind === 'rep' || n.kind === 'look') && n.body.kind !== 'alt') out.push(flatItems(n.body));
  });
  if (root.kind !== 'alt') out.push(flatItems(root));
  return out;
}

/** `adjacent`: two repeats without bound that can split one run between them in many ways. */
function adjacent(root: Node, follow: Map<Node, boolean>, flags: Flags, out: Finding[]): void {
  for (const items of sequences(root)) {
    for (let a = 0; a < items.length; a++) {
      const r1 = items[a];
      if (!unbounded(r1)) continue;
      const c1 = charsOf(r1);
      for (let b = a + 1; b < items.length; b++) {
        const r2 = items[b];
        if (unbounded(r2) && follow.get(r2)) {
          const shared = c1.intersect(charsOf(r2));
          const middle = items.slice(a + 1, b);
          if (
            !shared.isEmpty() &&
            !lastOf(r1).intersect(shared).isEmpty() &&
            !firstOf(r2).intersect(shared).isEmpty() &&
            middle.every((m) => skippable(m) || fitsInside(m, shared, flags))
          ) {
            out.push({ shape: 'adjacent', detail: `two repeats can split a run of ${shared} between them in many ways` });
          }
        }
        // Something that must take a char the first repeat cannot ends its run.
        if (!nullable(r2) && !fitsInside(r2, c1, flags)) break;
      }
    }
  }
}

/** `start-scan`: a search that starts at every char of a run and reads the run from each. */
function startScan(root: Node, follow: Map<Node, boolean>, flags: Flags, out: Finding[]): void {
  if (flags.y) return;
  const branches = root.kind === 'alt' ? root.branches.map(flatItems) : [flatItems(root)];
  for (const items of branches) {
    if (items[0]?.kind === 'assert' && items[0].what === '^' && !flags.m) continue;
    for (let k = 0; k < items.length; k++) {
      const r = items[k];
      if (!unbounded(r)) continue;
      const c = charsOf(r);
      // Each start inside the run must be possible: the prefix fits inside a run of c.
      if (!items.slice(0, k).every((p) => skippable(p) || fitsInside(p, c, flags))) continue;
      // And the match must be able to fail after the run (else the first start matches).
      if (!follow.get(r)) continue;
      out.push({ shape: 'start-scan', detail: `a match can start at every char of a run of ${c} and read the run to its end from each` });
      break;
    }
  }
}

/** The findings for one regular expression (empty: no known slow shape). */
export function lintRegex(source: string, flags: string): Finding[] {
  let root: Node;
  const f: Flags = { i: flags.includes('i'), m: flags.includes('m'), s: flags.includes('s'), y: flags.includes('y') };
  try {
    root = parseRegex(source, flags);
  } catch (err) {
    return [{ shape: 'unparsable', detail: (err as Error).message }];
  }
  const follow = followFails(root);
  const out: Finding[] = [];
  exponential(root, follow, out);
  adjacent(root, follow, f, out);
  startScan(root, follow, f, out);
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = x.shape + x.detail;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- finding regex literals in source --------------------------------------------------

export interface RegexLiteral {
  source: string;
  flags: string;
  line: number;
}

const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * Every regex literal in a JavaScript/TypeScript source: a small tokenizer that skips
 * comments, strings and template literals (with `${}` nesting), and reads a `/` as the
 * start of a regex where an expression may start (after an operator, an opening bracket, a
 * comma, a keyword such as `return`, or at the start), as a division elsewhere.
 */
export function findRegexLiterals(code: string): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let i = 0;
  let line = 1;
  // The last significant token: 'expr' (identifier, number, `)` or `]`: a `/` divides), else 'op'.
  let last: 'expr' | 'op' = 'op';
  const braces: ('block' | 'template')[] = [];
  const n = code.length;
  const readString = (q: string) => {
    i++;
    while (i < n && code[i] !== q) {
      if (code[i] === '\\') i++;
      else if (code[i] === '\n') line++;
      i++;
    }
    i++;
  };
  /** Read template text from i (after ` or }) to its end or to a `${`; true when `${` opened. */
  const readTemplate = (): boolean => {
    while (i < n) {
      const c = code[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') {
        i++;
        return false;
      }
      if (c === '$' && code[i + 1] === '{') {
        i += 2;
        braces.push('template');
        return true;
      }
      i++;
    }
    return false;
  };
  while (i < n) {
    const c = code[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      while (i < n && code[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (code[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      readString(c);
      last = 'expr';
      continue;
    }
    if (c === '`') {
      i++;
      last = readTemplate() ? 'op' : 'expr';
      continue;
    }
    if (c === '{') {
      braces.push('block');
      i++;
      last = 'op';
      continue;
    }
    if (c === '}') {
      const kind = braces.pop();
      i++;
      if (kind === 'template') last = readTemplate() ? 'op' : 'expr';
      else last = 'op';
      continue;
    }
    if (c === '/') {
      if (last === 'op') {
        const startLine = line;
        let k = i + 1;
        let inClass = false;
        while (k < n) {
          const d = code[k];
          if (d === '\\') {
            k += 2;
            continue;
          }
          if (d === '\n') throw new Error(`unterminated regex literal at line ${startLine}`);
          if (inClass) {
            if (d === ']') inClass = false;
          } else if (d === '[') inClass = true;
          else if (d === '/') break;
          k++;
        }
        const source = code.slice(i + 1, k);
        k++;
        let f = k;
        while (f < n && /[a-z]/.test(code[f])) f++;
        out.push({ source, flags: code.slice(k, f), line: startLine });
        i = f;
        last = 'expr';
        continue;
      }
      i++;
      last = 'op';
      continue;
    }
    if (/[A-Za-z0-9_$]/.test(c)) {
      let k = i;
      while (k < n && /[A-Za-z0-9_$]/.test(code[k])) k++;
      const word = code.slice(i, k);
      i = k;
      last = KEYWORDS_BEFORE_EXPRESSION.has(word) ? 'op' : 'expr';
      continue;
    }
    if (c === ')' || c === ']') {
      i++;
      last = 'expr';
      continue;
    }
    // Any other punctuation (operators, `(`, `[`, `,`, `;`, `:`, `?`, `.`) may precede an expression.
    // `.` comes before a property name, never a regex; treating it as 'op' is harmless.
    i++;
    last = 'op';
  }
  return out;
}
