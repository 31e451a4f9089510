/**
 * Splitting an mbox (mboxo / mboxrd) into its messages.
 *
 * An mbox is text whose first non-empty line is a separator line:
 *
 *     From MAILER-DAEMON  Thu Apr 29 23:34:45 2015
 *     From <> Thu Apr 29 23:45:10 2008
 *     From () 2019-10-02 05:04:34 +0000
 *
 * Later separators count only at the start of a line that follows a blank line (that is
 * how mbox writers leave them, and how body lines such as "From here on..." are told
 * apart: writers escape real body lines as ">From ", and we also demand a date-like shape),
 * or, where a writer left no blank line (Eudora's "From ???@??? date" right after the end
 * of the message before), when the line after it opens a header block ("Name: value").
 * A byte order mark before the first separator (a file saved by a Windows tool) is skipped.
 * Offsets are string indices; callers that hold bytes can decode them as latin1, where one
 * character is one byte, and use the ranges on the bytes directly.
 *
 * Pure TypeScript: no DOM or Node APIs. Never throws.
 */
import { LIMITS } from '../limits.ts';

export interface MboxRange {
  /** First character of the message (just after its separator line). */
  start: number;
  /**
   * End of the message (exclusive): the end of the text, or the start of the blank line
   * that precedes the next separator line (mbox writers add that line; it is not content).
   */
  end: number;
}

export interface MboxSplit {
  messages: MboxRange[];
  /** True when the text starts with an mbox separator line. */
  isMbox: boolean;
  /** True when more than LIMITS.maxMboxMessages messages were found and the rest were not split off. */
  truncated: boolean;
}

const WEEKDAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}\b/;
const TIME = /\b\d{1,2}:\d{1,2}\b/;
const YEAR = /\b\d{4}\b/;
/** Longest separator line looked at; real ones are well under 200 characters. */
const MAX_SEPARATOR_LENGTH = 1000;

/**
 * Is `line` an mbox separator? "From ", a sender token (an address, MAILER-DAEMON, <>, ()),
 * white space, then a date that starts with a weekday or month name (asctime and its
 * variants) or an ISO date, and that holds a time of day and a four-digit year.
 */
export function isMboxSeparator(line: string): boolean {
  if (!line.startsWith('From ') || line.length > MAX_SEPARATOR_LENGTH) return false;
  let i = 5;
  while (line.charCodeAt(i) === 32) i++; // tolerate "From  sender"
  const tokenStart = i;
  while (i < line.length && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9) i++;
  if (i === tokenStart || i >= line.length) return false;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  const date = line.slice(i);
  return (WEEKDAY_OR_MONTH.test(date) || ISO_DATE.test(date)) && TIME.test(date) && YEAR.test(date);
}

/**
 * Where the line that starts at `pos` ends: the index of its CR or LF, the text's length
 * when it runs to the end, or -1 when it is longer than `limit` (then it is no separator).
 */
function lineEnd(text: string, pos: number, limit: number): number {
  const stop = Math.min(text.length, pos + limit);
  for (let i = pos; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return stop === text.length ? stop : -1;
}

/** Index just past the line terminator at `i` (CRLF, LF or CR). */
function pastTerminator(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

/** If a separator line starts at `p`, the index just past it; otherwise -1. */
function separatorAt(text: string, p: number): number {
  const e = lineEnd(text, p, MAX_SEPARATOR_LENGTH + 1);
  if (e === -1 || !isMboxSeparator(text.slice(p, e))) return -1;
  return pastTerminator(text, e);
}

/** Start of the terminator that ends the line before position `p` (a line start, p > 0), or -1. */
function previousTerminator(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  if (c === 10) return p >= 2 && text.charCodeAt(p - 2) === 13 ? p - 2 : p - 1;
  if (c === 13) return p - 1;
  return -1;
}

/** True when position `p` (a line start, p > 0) follows an empty line. */
function followsBlankLine(text: string, p: number): boolean {
  const e = previousTerminator(text, p);
  if (e === -1) return false;
  if (e === 0) return true;
  const d = text.charCodeAt(e - 1);
  return d === 10 || d === 13;
}

/**
 * Index of the next separator line at or after `from` that follows a blank line, or -1.
 * Exposed so that readers of very large files can look for the next message in a window.
 */
export function findNextSeparator(text: string, from: number): number {
  let p = text.indexOf('From ', Math.max(0, from));
  while (p !== -1) {
    if (p > 0 && previousTerminator(text, p) !== -1) {
      const after = separatorAt(text, p);
      if (after !== -1 && (followsBlankLine(text, p) || opensHeaderBlock(text, after))) return p;
    }
    p = text.indexOf('From ', p + 5);
  }
  return -1;
}

/** A header field's name and colon at a line start ("Return-Path:", "X-GM-THRID:"). */
const RE_FIELD_START = /[!-9;-~]{1,76}:/y;

/** Does a header field ("Name: value", its value on the line) start at `p`, and another field or a fold follow it? */
function opensHeaderBlock(text: string, p: number): boolean {
  RE_FIELD_START.lastIndex = p;
  if (!RE_FIELD_START.test(text)) return false;
  const e = lineEnd(text, p, MAX_SEPARATOR_LENGTH + 1);
  if (e === -1) return false;
  const next = pastTerminator(text, e);
  if (next >= text.length) return false;
  const c = text.charCodeAt(next);
  if (c === 32 || c === 9) return true;
  RE_FIELD_START.lastIndex = next;
  return RE_FIELD_START.test(text);
}

/**
 * Split `text` into messages. A text that does not start with a separator line is one
 * message (`isMbox: false`, the whole text). Handles LF, CRLF and CR line ends.
 */
export function splitMbox(text: string): MboxSplit {
  try {
    return split(text);
  } catch {
    return { messages: [{ start: 0, end: text.length }], isMbox: false, truncated: false };
  }
}

function split(text: string): MboxSplit {
  const whole: MboxSplit = { messages: [{ start: 0, end: text.length }], isMbox: false, truncated: false };
  // Skip a byte order mark (as UTF-8 read one char per byte, or decoded), then leading
  // blank (white-space-only) lines to the first non-empty line.
  let first = text.startsWith('\u00ef\u00bb\u00bf') ? 3 : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = first; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c === 10 || c === 13) first = i = pastTerminator(text, i);
    else break;
  }
  if (first >= text.length) return whole;
  let start = separatorAt(text, first);
  if (start === -1) return whole;

  const messages: MboxRange[] = [];
  let truncated = false;
  let sep = findNextSeparator(text, start);
  while (sep !== -1) {
    if (messages.length + 1 >= LIMITS.maxMboxMessages) {
      truncated = true;
      break;
    }
    // The blank line before a separator belongs to the mbox, not to the message.
    messages.push({ start, end: Math.max(start, previousTerminator(text, sep)) });
    start = separatorAt(text, sep);
    sep = findNextSeparator(text, start);
  }
  messages.push({ start, end: truncated ? Math.max(start, previousTerminator(text, sep)) : text.length });
  return { messages, isMbox: true, truncated };
}
