/**
 * chasquid's delivery status notifications (internal/queue/dsn.go), subject "Mail delivery
 * failed: returning message to sender" as Exim's, with X-Failed-Recipients:
 *
 *   Delivery of your message to the following recipient(s) failed permanently:
 *
 *     - nobody@example.org
 *
 *   ----- Technical details -----
 *
 *   - "nobody@example.org" (EMAIL) failed permanently with error:
 *       550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown
 *
 *   - "other@example.org" (EMAIL) failed repeatedly and timed out, last error:
 *       451 4.7.1 Greylisting in action, please come back later
 *
 *   ----- Original message -----
 *
 * Each recipient has its own entry under "Technical details": the quoted address, its type,
 * then its error on the lines below (the receiving server's reply, or chasquid's own words).
 * The generic reader would give every recipient the first entry's words; this reads each
 * entry's own. A recipient given up after retries ("failed repeatedly and timed out") keeps
 * its last error, which the classifier reads as any other. Learnt from chasquid's source.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas, fromText } from './common.ts';
import { noticeLines, foundAddress, viewOf, isBlankText, type TextLine } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';

/** An entry's first line: '- "addr" (TYPE) failed …' (the rest may be broken onto the next line). */
const RE_ENTRY = /^[ \t]*-[ \t]*"[^\s"<>@]+@[^\s"<>]+"/;
/** Where an entry's heading ends: "error:" (the error follows, on this line or below). */
const RE_ERROR_LABEL = /\berror:[ \t]*/i;
/** A section rule: "----- Original message -----". */
const RE_SECTION = /^[ \t]*-{5}[ \t]/;

/** One entry from line `i`: its recipient, and the index of the line after it. */
function entry(doc: string, lines: TextLine[], i: number): { rcpt: RawRecipient; next: number } | null {
  const a = firstAddress(doc, lines[i].start, lines[i].end);
  if (!a) return null;
  const rcpt: RawRecipient = { address: foundAddress(a) };
  // The heading ends at "error:", on this line or (a narrow view broke it) one of the next two.
  let h = i;
  let m = RE_ERROR_LABEL.exec(lines[h].text);
  while (!m && h < i + 2 && h + 1 < lines.length && !isBlankText(lines[h + 1].text) && !RE_ENTRY.test(lines[h + 1].text)) m = RE_ERROR_LABEL.exec(lines[++h].text);
  if (!m) return { rcpt, next: i + 1 };
  let e = h + 1;
  while (e < lines.length && !RE_ENTRY.test(lines[e].text) && !RE_SECTION.test(lines[e].text)) e++;
  const rest = lines[h].start + m.index + m[0].length;
  const words = lines.slice(h + 1, e).filter((l) => !isBlankText(l.text));
  const view = rest < lines[h].end ? viewOfLines(doc, [{ start: rest, end: lines[h].end, next: lines[h].next }, ...words]) : viewOf(doc, words, 0, words.length);
  if (view && view.length) {
    rcpt.diagnostic = view;
    const command = findCommand(doc, rest, lines[e - 1]?.end ?? lines[h].end);
    if (command) rcpt.command = command;
  }
  return { rcpt, next: e };
}

export const chasquid: Format = {
  id: 'chasquid',
  label: 'chasquid',
  reference: 'chasquid\'s delivery status notifications (internal/queue/dsn.go: "Delivery of your message to the following recipient(s) failed permanently:", "----- Technical details -----", \'- "addr" (EMAIL) failed permanently with error:\')',
  // (A short phrase, which a narrow view does not break.)
  needs: ['technical details -----'],
  detect: (scan) => headHas(scan, '----- technical details -----') && headHas(scan, 'failed'),
  parse(input) {
    const doc = input.scan.document;
    const lines = noticeLines(input.scan);
    const recipients: RawRecipient[] = [];
    let i = lines.findIndex((l) => /technical details -{5}/i.test(l.text));
    if (i === -1) return null;
    for (i++; i < lines.length; ) {
      if (RE_SECTION.test(lines[i].text)) break;
      const got = RE_ENTRY.test(lines[i].text) ? entry(doc, lines, i) : null;
      if (!got) {
        i++;
        continue;
      }
      recipients.push(got.rcpt);
      i = got.next;
    }
    return recipients.length ? { recipients } : fromText(input);
  },
};
