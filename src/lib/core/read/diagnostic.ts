/**
 * Shared pieces for reading the server's own words out of a bounce.
 */
import { TextView } from '../text/view.ts';
import type { Line } from '../text/lines.ts';
import { appendReplyLines } from '../parse/smtp-reply.ts';

// The code comes first, then a lookbehind checks what stands before it, so that the engine
// scans for the code's digits rather than trying a blank at every position (the same
// matches as /(?:^|\s)([245]\d\d)[ -].../ but for where they start, which is not read).
// The first reply may also open after a quote or a bracket, as a notice quotes it: Outlook's
// "Remote Server returned '550-5.7.26 This message ... fails to 550-5.7.26 pass ...'".
const RE_FIRST_PREFIX = /([245]\d\d)(?<=(?:^|[\s'"(\[<])[245]\d\d)[ -]([245]\.[0-7]\.\d{1,3}\s)?/;

const prefixPatterns = new Map<string, RegExp>();

/** The pattern of a repeated prefix ("550-5.7.26 " or "550 5.7.26 " after other words), cached. */
function prefixPattern(code: string, status: string | null): RegExp {
  const key = code + ' ' + (status ?? '');
  let re = prefixPatterns.get(key);
  if (!re) {
    const st = status ? status.replace(/\./g, '\\.') : null;
    // The code comes before the lookbehind (which then checks it again, with the two chars
    // before it) so that the engine can scan for the code's digits instead of testing the
    // lookbehind at every position. Same matches as `(?<=\S\s)550...`.
    re = new RegExp(`${code}(?<=\\S\\s${code})(?:-${st ? `(?:${st}\\s)?` : ''}|\\s${st ? `${st}\\s` : '(?!)'})`, 'g');
    // Codes are few (a reply code and a status); the cache stays small.
    if (prefixPatterns.size < 512) prefixPatterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Drop the prefix that a multi-line reply repeats on every line (`550-5.7.26 `), once
 * the lines have been flattened into one (a DSN Diagnostic-Code, a wrapped paste). Only
 * later copies of the first prefix go; the first stays, so the codes are still read.
 */
export function dropRepeatedPrefixes(view: TextView): TextView {
  const m = RE_FIRST_PREFIX.exec(view.text);
  if (!m) return view;
  const from = m.index + m[0].length;
  // Most diagnostics hold their reply code once: then there is nothing to drop.
  if (view.text.indexOf(m[1], from) === -1) return view;
  const re = prefixPattern(m[1], m[2] ? m[2].trim() : null);
  const head = view.slice(0, from);
  const tail = view.slice(from, view.length);
  const cleaned = tail.without(re);
  if (cleaned === tail) return view;
  return TextView.join(head, cleaned);
}

/** A view of the given lines, with repeated reply prefixes dropped. */
export function viewOfLines(document: string, lines: Line[]): TextView {
  return dropRepeatedPrefixes(appendReplyLines(new TextView(), document, lines));
}

