/**
 * Line scanning that keeps offsets. Pasted text arrives with LF, CRLF, CR or a mix, so
 * every reader in the engine goes through these helpers rather than splitting on '\n'.
 */
import { budget, LINE_UNITS } from '../budget.ts';

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character of the line, before its line ending. */
  end: number;
  /** Offset of the next line's start (after the line ending). */
  next: number;
}

/** All lines of `text[from, to)`, each with its offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  for (const line of eachLine(text, from, to)) lines.push(line);
  return lines;
}

/**
 * The lines of `text[from, to)` one at a time. Prefer it to splitLines in a loop: a loop
 * that stops early reads no further, and a long text of short lines is not kept as
 * millions of objects at once (holding them cost more in garbage collection than reading).
 * Each line is charged to the run's work budget (see budget.ts).
 */
export function eachLine(text: string, from = 0, to = text.length): IterableIterator<Line> {
  return new LineWalk(text, from, to);
}

// The first CR at or after `crFrom` in `crText` (-1: none). Texts are mostly LF-only, so a
// search for CR runs to the text's end: walkers over many parts of one text (a reader's
// blocks) would each run it again, which grew with blocks x text. The answer holds for any
// start between crFrom and that CR, so one search serves them all. It is a position in a
// text, not an answer about it: a new text is searched anew.
let crText: string | null = null;
let crFrom = 0;
let crAt = -1;

/** The first CR at or after `from` (-1 when none). */
function nextCr(text: string, from: number): number {
  if (text === crText && from >= crFrom && (crAt === -1 || from <= crAt)) return crAt;
  crText = text;
  crFrom = from;
  crAt = text.indexOf('\r', from);
  return crAt;
}

/** The iterator of eachLine: a plain object rather than a generator, which costs less per line. */
class LineWalk implements IterableIterator<Line> {
  // The next LF and CR at or after `start`; each is searched again only once passed, so
  // a text without any CR costs one search for it, not one per line.
  private lf: number;
  private cr: number;
  private start: number;
  private readonly work = budget();

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.lf = text.indexOf('\n', from);
    this.cr = nextCr(text, from);
    this.start = from;
  }

  [Symbol.iterator](): IterableIterator<Line> {
    return this;
  }

  next(): IteratorResult<Line> {
    const { text, to, start } = this;
    if (start >= to) return { done: true, value: undefined };
    let lf = this.lf;
    let cr = this.cr;
    if (lf !== -1 && lf < start) this.lf = lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) this.cr = cr = nextCr(text, start);
    const crHit = cr !== -1 && cr < to;
    const lfHit = lf !== -1 && lf < to;
    let end: number;
    let next: number;
    if (crHit && (!lfHit || cr < lf)) {
      end = cr;
      next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
    } else if (lfHit) {
      end = lf;
      next = lf + 1;
    } else {
      end = to;
      next = to;
    }
    if (next > to) next = to;
    this.work.spend(next - start + LINE_UNITS, start);
    this.start = next;
    return { done: false, value: { start, end, next } };
  }
}

/**
 * `needle` in text[from, end), without reading past `end`: a search to the text's end from
 * every line would grow with lines x length. -1 when it is not there.
 */
export function indexWithin(text: string, needle: string, from: number, end: number): number {
  if (from >= end) return -1;
  const i = text.slice(from, end).indexOf(needle);
  return i === -1 ? -1 : from + i;
}

/** True when `text[line.start, line.end)` holds only spaces and tabs. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Replace CRLF and lone CR by LF (for text the engine composes itself). */
export function toLf(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
