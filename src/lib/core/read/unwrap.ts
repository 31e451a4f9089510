/**
 * Text as a narrow mail app shows it, its sentences broken over short lines:
 *
 *   Your message wasn't delivered to
 *   cleo@example.com because the address
 *   couldn't be found, or is unable to
 *   receive mail.
 *
 * `unwrapped` gives the same text with each such break made a space, one character for one
 * (a CRLF becomes two spaces), so every offset into it is an offset into the original. A
 * break stays where either line is a structure of its own rather than a piece of a
 * sentence: a blank line, an address alone on its line, a recipient line (`<a@example.org>:`),
 * a field (`Subject: ...`), a quoted, transcript or listed line (`>`, `<<<`, `-`, `*`);
 * nothing joins onto a line that ends with a colon (a list or a reply follows), and a line
 * that opens with a reply code joins nothing before it (its reply may go on below it).
 *
 * The engine reads a paste this way only when, as it stands, nothing in it could be read.
 */
import { splitLines } from '../text/lines.ts';

/** Line lengths (without indentation) that a narrow view breaks at. */
const NARROW = 78;
/** How many lines a text needs before it can be a wrapped one. */
const MIN_LINES = 3;
/** Largest text unwrapped (pastes of a notice are small). */
const MAX_LENGTH = 16384;

/** A line that stands on its own: see the module comment. */
const RE_OWN_LINE =
  /^[ \t]*(?:$|[>*\u2022-]|<<<|<?[^\s<>@]+@[^\s<>@]+>?:?[ \t]*$|<[^\s<>@]+@[^\s<>@]+>:|[^\s<>@:]+@[^\s<>@:]+:|[A-Za-z][\w-]{0,30}:[ \t])/;
/** A line that starts something new (a reply), though it may go on to the next line. */
const RE_OPENS = /^[ \t]*(?:[245]\d\d[ -]|[245]\.\d{1,3}\.\d{1,3}\b)/;

export function unwrapped(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  let short = 0;
  let words = 0;
  for (const l of lines) {
    const len = text.slice(l.start, l.end).trim().length;
    if (len === 0) continue;
    words++;
    if (len <= NARROW) short++;
  }
  // Most lines short: a narrow view's breaks.
  if (words < MIN_LINES || short < words * 0.8) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = text.slice(lines[i].start, lines[i].end);
    const b = text.slice(lines[i + 1].start, lines[i + 1].end);
    if (RE_OWN_LINE.test(a) || RE_OWN_LINE.test(b) || RE_OPENS.test(b) || /:[ \t]*$/.test(a)) continue;
    // The break (LF, CR or CRLF) becomes as many spaces.
    out += text.slice(from, lines[i].end) + ' '.repeat(lines[i].next - lines[i].end);
    from = lines[i].next;
  }
  if (from === 0) return null;
  return out + text.slice(from);
}

/** How many lines with words a text needs before it can be a double-spaced copy. */
const MIN_SPACED_LINES = 3;

/**
 * Text copied out of a view that puts a blank line between all its lines (each line a
 * paragraph of its own, as some web mail views copy them):
 *
 *   nobody@example.org
 *
 *      Error Type: SMTP
 *
 *      Remote server replied: 550 5.1.1 User unknown
 *
 * `singleSpaced` gives the same text with each such blank line joined onto the line above
 * it (the break before it made spaces, one character for one, so every offset into it is
 * an offset into the original): the lines stand together again as the notice wrote them.
 * Where two or more blank lines stand in a row (a paragraph break in such a copy), one stays.
 * Only a text in which no two lines with words stand next to each other, with at least three
 * of them, is such a copy; null otherwise.
 *
 * The engine reads a paste this way only when, as it stands, nothing in it could be read.
 */
export function singleSpaced(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const lines = splitLines(text);
  const blank = lines.map((l) => text.slice(l.start, l.end).trim().length === 0);
  let words = 0;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    words++;
    if (i + 1 < lines.length && !blank[i + 1]) return null;
  }
  if (words < MIN_SPACED_LINES) return null;
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (blank[i] || !blank[i + 1] || i + 2 >= lines.length) continue;
    // The break after a line with words, before the blank line under it, becomes as many spaces.
    out += text.slice(from, lines[i].end) + ' '.repeat(lines[i].next - lines[i].end);
    from = lines[i].next;
  }
  if (from === 0) return null;
  return out + text.slice(from);
}

/** Longer than this, a line is a paragraph a mail view joined, not a line a notice wrapped. */
const JOINED = 2 * NARROW;

/**
 * Are the lines with words (four in five) no longer than a notice writes them (a reply may
 * run past the wrap width, not past twice it)? A copy with a blank line between all its
 * lines keeps the notice's lines; text whose mail view joined each paragraph into one line
 * has blank lines between long ones, and is no such copy (its blank lines are the
 * paragraphs' own).
 */
export function mostlyShortLines(text: string): boolean {
  let words = 0;
  let short = 0;
  for (const l of splitLines(text)) {
    const len = text.slice(l.start, l.end).trim().length;
    if (len === 0) continue;
    words++;
    if (len <= JOINED) short++;
  }
  return short >= words * 0.8;
}

/**
 * A paste whose every line with words is indented by the same run of spaces or tabs, as a
 * forum's code block, a ticket's quote or a copy out of an indented view shows it: the text
 * without that indentation (the lines keep their own indentation beyond it), or null. A
 * common indentation carries no meaning, but a layout's reader looks for its fields and
 * headings at the start of a line ("Action: failed", "Diagnostic-Code: …").
 *
 * One look at the first line with words settles most texts: it is not indented.
 */
export function dedented(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  const first = /\S/.exec(text);
  if (!first) return null;
  let lineStart = first.index;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  if (lineStart === first.index) return null;
  // The common indentation: the first line's, cut to what every other line with words shares.
  let prefix = text.slice(lineStart, first.index);
  const lines = splitLines(text);
  for (const l of lines) {
    let k = 0;
    while (k < prefix.length && l.start + k < l.end && text.charCodeAt(l.start + k) === prefix.charCodeAt(k)) k++;
    if (l.start + k >= l.end || !/\S/.test(text.slice(l.start + k, l.end))) continue; // blank (or all indentation)
    if (k === 0) return null;
    if (k < prefix.length) prefix = prefix.slice(0, k);
  }
  let out = '';
  for (const l of lines) {
    let k = 0;
    while (k < prefix.length && l.start + k < l.end && (text.charCodeAt(l.start + k) === 32 || text.charCodeAt(l.start + k) === 9)) k++;
    out += text.slice(l.start + k, l.next);
  }
  return out;
}
