/**
 * Helpers shared by the formats that read fixed-wording plain-text notices (IMail,
 * DragonFly, Domino, the Japanese carriers ...). Not a format itself: nothing here is
 * registered. Every value keeps its span in the document.
 */
import type { Scan, Range } from '../scan.ts';
import type { Found, RawRecipient, ReasonHint } from './types.ts';
import type { ReasonId } from '../types.ts';
import { eachLine, splitLines, type Line } from '../text/lines.ts';
import { firstAddress, type AddressMatch } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { textEnd, isReturnedStart } from '../read/text-blocks.ts';
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
      out.push({ start: line.start, end: line.end, next: line.next, text: doc.slice(line.start, Math.min(line.end, line.start + 400)) });
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

/** Does the text hold white space alone (as `\s` reads it)? ASCII by a char test, the rest by the pattern. */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0 || !RE_SPACE.test(text[i])) return false;
  }
  return true;
}

const RE_SPACE = /\s/;

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

/** A line that holds one address and nothing else (indented, bracketed or quoted). */
const RE_ADDRESS_ONLY = /^\s*[<"']?[^\s<>"'@]+@[^\s<>"'@]+?[>"']?\s*$/;

/**
 * The addresses listed one a line from line `from` on (blank lines before the list
 * skipped), up to the first line that is not an address: the recipient list of notices
 * such as "Delivery to the following recipients failed." Returns the recipients and the
 * index of the line after the list.
 */
export function listedAddresses(doc: string, lines: TextLine[], from: number): { found: Found[]; end: number } {
  const found: Found[] = [];
  let i = from;
  while (i < lines.length && isBlankText(lines[i].text)) i++;
  for (; i < lines.length && RE_ADDRESS_ONLY.test(lines[i].text); i++) {
    const a = addressOnLine(doc, lines[i]);
    if (a) found.push(a);
  }
  return { found, end: i };
}

/**
 * The first address on the returned original's "To:" line: from the returned headers of
 * a raw message, or in pasted text from the "To:" line after the line that starts the
 * returned original ("----- Original message -----"). The last resort for notices that
 * name no recipient themselves; callers mark it `returned-to`.
 */
export function returnedToAddress(scan: Scan): Found | null {
  const doc = scan.document;
  const to = scan.returnedHeaders.find((h) => h.name === 'to');
  if (to) {
    const a = firstAddress(doc, to.start, to.end);
    // Sent to several people, and the notice does not say which one failed: none is named.
    if (!a || firstAddress(doc, a.end, to.end)) return null;
    const cc = scan.returnedHeaders.find((h) => h.name === 'cc');
    if (cc && firstAddress(doc, cc.start, cc.end)) return null;
    return foundAddress(a);
  }
  for (const range of scan.bodies) {
    let inOriginal = false;
    let n = 0;
    for (const line of splitLines(doc, range.start, range.end)) {
      if (++n > 400) break;
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      if (!inOriginal) {
        inOriginal = isReturnedStart(text);
        continue;
      }
      if (/^cc:/i.test(text) && firstAddress(doc, line.start, line.end)) return null;
      if (!/^to:/i.test(text)) continue;
      const a = firstAddress(doc, line.start, line.end);
      // Sent to several people, and the notice does not say which one failed: none is named.
      if (!a || firstAddress(doc, a.end, line.end)) return null;
      return foundAddress(a);
    }
  }
  return null;
}

/**
 * Notices that list one recipient a line after a heading, the address first and the
 * server's reply after it between brackets (McAfee's `<a@b> (reply)`, the X1 layout's
 * `a@b [reply]`). `line` must capture the reply as group 1; `open` is its opening bracket.
 */
export function bracketedReplies(scan: Scan, heading: RegExp, line: RegExp, open: '(' | '['): RawRecipient[] {
  const doc = scan.document;
  const lines = noticeLines(scan);
  const recipients: RawRecipient[] = [];
  for (let i = findLine(lines, heading) + 1; i > 0 && i < lines.length; i++) {
    const m = line.exec(lines[i].text);
    if (!m) continue;
    const a = firstAddress(doc, lines[i].start, lines[i].end);
    if (!a) continue;
    const s = lines[i].start + lines[i].text.lastIndexOf(open + m[1]) + 1;
    recipients.push({ address: foundAddress(a), diagnostic: viewOfLines(doc, [{ start: s, end: s + m[1].length, next: lines[i].next }]) });
  }
  return recipients;
}

/**
 * The address blocks of Yahoo's notices after their introduction line: a line holding
 * only `<address>:`, then the server's words up to a blank line or the next block.
 * Yields the address and the indexes of the block's first line and of the line after it.
 */
export function* addressBlocks(doc: string, lines: TextLine[], intro: number, block: RegExp): Generator<{ found: Found; line: number; end: number }> {
  for (let i = findLine(lines, block, intro + 1); i !== -1; i = findLine(lines, block, i + 1)) {
    const a = firstAddress(doc, lines[i].start, lines[i].end);
    if (!a) continue;
    let e = i + 1;
    while (e < lines.length && !isBlankText(lines[e].text) && !block.test(lines[e].text)) e++;
    yield { found: foundAddress(a), line: i, end: e };
  }
}
