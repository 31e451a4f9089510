/**
 * Helpers shared by the formats that read fixed-wording plain-text notices (IMail,
 * DragonFly, Domino, the Japanese carriers ...). Not a format itself: nothing here is
 * registered. Every value keeps its span in the document.
 */
import type { Scan, Range } from '../scan.ts';
import type { Found, ReasonHint } from './types.ts';
import type { ReasonId } from '../types.ts';
import { eachLine, type Line } from '../text/lines.ts';
import { firstAddress, type AddressMatch } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { textEnd } from '../read/text-blocks.ts';
import type { TextView } from '../text/view.ts';

/** One line of the human-readable text, with its text (at most 400 characters read). */
export interface TextLine extends Line {
  text: string;
}

/**
 * The lines of the human-readable parts, up to where the returned original starts.
 * `limit` caps how many lines are read per part.
 */
export function noticeLines(scan: Scan, limit = 400, ranges: Range[] = scan.bodies): TextLine[] {
  const doc = scan.document;
  const out: TextLine[] = [];
  for (const range of ranges) {
    const end = textEnd(doc, range);
    let n = 0;
    for (const line of eachLine(doc, range.start, end)) {
      if (++n > limit) break;
      out.push({ ...line, text: doc.slice(line.start, Math.min(line.end, line.start + 400)) });
    }
  }
  return out;
}

/** An address match as a Found. */
export function foundAddress(a: AddressMatch): Found {
  return { value: a.address, start: a.start, end: a.end };
}

/** The first address on a line, as a Found. */
export function addressOnLine(doc: string, line: Line): Found | null {
  const a = firstAddress(doc, line.start, line.end);
  return a ? foundAddress(a) : null;
}

/** Index of the first line at or after `from` whose text matches `re`; -1 when none. */
export function findLine(lines: TextLine[], re: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (re.test(lines[i].text)) return i;
  return -1;
}

/**
 * The paragraph that starts at or after line `from` (blank lines before it skipped),
 * as line indexes [start, end). Stops at a blank line or at a line matching `stop`.
 */
export function paragraphAt(lines: TextLine[], from: number, stop?: RegExp): [number, number] {
  let i = from;
  while (i < lines.length && isBlankText(lines[i].text)) i++;
  const start = i;
  while (i < lines.length && !isBlankText(lines[i].text) && !(stop && stop.test(lines[i].text))) i++;
  return [start, i];
}

export function isBlankText(text: string): boolean {
  return !/\S/.test(text);
}

/** A diagnostic view of lines[start, end), or undefined when empty. */
export function viewOf(doc: string, lines: TextLine[], start: number, end: number): TextView | undefined {
  if (end <= start) return undefined;
  const view = viewOfLines(doc, lines.slice(start, end));
  return view.length ? view : undefined;
}

/** A view of part of one line: document[start, line end). */
export function viewOfRest(doc: string, line: Line, start: number): TextView | undefined {
  if (start >= line.end) return undefined;
  const view = viewOfLines(doc, [{ start, end: line.end, next: line.next }]);
  return view.length ? view : undefined;
}

/** A reason hint over a line's match of `re` (or the whole line when it has no match). */
export function hintOn(line: TextLine, re: RegExp, reason: ReasonId, note: string): ReasonHint {
  const m = re.exec(line.text);
  const s = m ? line.start + m.index : line.start;
  const e = m ? s + m[0].length : line.end;
  return { reason, start: s, end: e, note };
}
