/**
 * MailScanner's warning to the sender of a message it found a virus in (its template
 * sender.virus.report.txt, sent from the gateway's postmaster with the subject "Warning: E-mail
 * viruses detected"):
 *
 *   Our virus detector has just been triggered by a message you sent:-
 *     To: someone@example.org
 *     Subject: Quarterly figures
 *     Date: Tue Mar  3 09:14:22 2026
 *   Any infected parts of the message have not been delivered.
 *   …
 *   The virus detector said this about the message:
 *   Report: Clamd: setup.exe was infected by Win.Test.EICAR_HDB-1
 *
 * The recipients are the "To:" line of the list under the opening (several addresses may
 * stand on it, comma-separated); the words are the scanner's "Report:" lines, and the layout
 * itself says a virus was found, so it sets that as the hint. No DSN part. Learnt from
 * MailScanner's reports/en/sender.virus.report.txt.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, foundAddress, hintOn, isBlankText, viewOf, viewOfRest } from './notice.ts';
import { findAddresses } from '../read/address.ts';
import type { TextView } from '../text/view.ts';

const OPENING = 'our virus detector has just been triggered by a message you sent';
const RE_OPENING = /^\W*our virus detector has just been triggered by a message you sent/i;
const RE_TO = /^\W*to:\s*\S/i;
/** The end of the message's fields under the opening: its sentence, a blank line. */
const RE_FIELDS_END = /^\W*any infected parts/i;
/** The To: field on the opening's line, as a view that joined the lines shows it. */
const RE_TO_INLINE = /:-\s+to:\s*/i;
/** What follows the To: field's addresses on a joined line. */
const RE_FIELD_AFTER_TO = /\s(?:subject|date):|\bany infected parts/i;
const RE_REPORT_INLINE = /\breport:\s*\S/i;
const RE_SAID = /\bthe virus detector said this about the message:/i;
const RE_REPORT = /^\W*report:\s*\S/i;

export const mailscanner: Format = {
  id: 'mailscanner',
  label: 'MailScanner',
  reference: 'MailScanner reports/en/sender.virus.report.txt ("Our virus detector has just been triggered by a message you sent:-")',
  needs: [OPENING],
  detect: (scan) => headHas(scan, OPENING),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const open = findLine(lines, RE_OPENING);
    if (open === -1) return null;
    // The message's fields: the To: line among them, before the sentence that closes them
    // (blank lines between them where a copy doubled every line break); where a view joined
    // the lines, the opening's own line holds them ("… you sent:- To: a@… Subject: …").
    let toStart = -1;
    let toEnd = -1;
    const joined = RE_TO_INLINE.exec(lines[open].text);
    if (joined) {
      toStart = lines[open].start + joined.index + joined[0].length;
      const rest = lines[open].text.slice(joined.index + joined[0].length);
      const stop = RE_FIELD_AFTER_TO.exec(rest);
      toEnd = stop ? toStart + stop.index : lines[open].end;
    } else {
      for (let i = open + 1, seen = 0; i < lines.length && seen < 6; i++) {
        if (isBlankText(lines[i].text)) continue;
        if (RE_FIELDS_END.test(lines[i].text)) break;
        seen++;
        if (RE_TO.test(lines[i].text)) {
          toStart = lines[i].start;
          toEnd = lines[i].end;
          break;
        }
      }
    }
    if (toStart === -1) return null;
    const found = findAddresses(doc, toStart, toEnd);
    if (found.length === 0) return null;
    let diagnostic: TextView | undefined;
    const said = findLine(lines, RE_SAID, open);
    if (said !== -1) {
      // The scanner's "Report:" lines (on the heading's line where a view joined them).
      const inline = RE_REPORT_INLINE.exec(lines[said].text);
      if (inline) diagnostic = viewOfRest(doc, lines[said], lines[said].start + inline.index);
      else {
        let from = said + 1;
        while (from < lines.length && isBlankText(lines[from].text)) from++;
        let end = from;
        while (end < lines.length && RE_REPORT.test(lines[end].text)) end++;
        diagnostic = viewOf(doc, lines, from, end);
      }
    }
    const hint = hintOn(lines[open], /virus detector/i, 'virusdetected', 'MailScanner\'s warning: its virus detector found a virus in the message, whose infected parts were not delivered');
    const recipients: RawRecipient[] = found.map((a) => ({ address: foundAddress(a), ...(diagnostic ? { diagnostic } : {}), hint }));
    return { recipients };
  },
};
