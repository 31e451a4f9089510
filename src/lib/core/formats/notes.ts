/**
 * Lotus Notes' SMTP MTA ("Lotus SMTP MTA" in the Received lines; subject "Undeliverable
 * message"): the reason, then the address it applies to, between two rulers:
 *
 *   ------- Failure Reasons  --------
 *
 *   User not listed in public Name & Address Book
 *   nobody@example.org
 *
 *   ------- Returned Message --------
 *
 * Japanese installations write the same reasons in Japanese; "ディレクトリのリストにありません"
 * ("not in the directory's list") is the Japanese for the user-not-listed reason.
 * Learnt from Lotus SMTP MTA notices.
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, viewOf, foundAddress, isBlankText } from './notice.ts';
import { findAddresses } from '../read/address.ts';

const RE_START = /^\s*-{3,}\s*failure reasons\s*-{3,}/i;
const RE_END = /^\s*-{3,}\s*returned message\s*-{3,}/i;
/** The directory lookup found no such user (English and Japanese wording). */
const RE_NOT_LISTED = /not listed in (?:the )?(?:public )?(?:name (?:&|and) address book|directory)|ディレクトリのリストにありません/i;

export const notes: Format = {
  id: 'notes',
  label: 'Lotus Notes SMTP MTA',
  reference: 'https://help.hcl-software.com/domino/',
  needs: ['------- failure reasons'],
  detect: (scan) => headHas(scan, '------- failure reasons'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const start = findLine(lines, RE_START);
    if (start === -1) return null;
    let end = findLine(lines, RE_END, start + 1);
    if (end === -1) end = lines.length;
    const out: RawRecipient[] = [];
    let reasonFrom = -1;
    for (let i = start + 1; i < end; i++) {
      const line = lines[i];
      if (isBlankText(line.text)) continue;
      const addrs = findAddresses(doc, line.start, line.end);
      const onlyAddress = addrs.length > 0 && line.text.trim().replace(/[<>]/g, '').length <= addrs[0].end - addrs[0].start + 2;
      if (!onlyAddress) {
        // A reason line: it applies to the addresses that follow it.
        if (reasonFrom === -1 || (i > 0 && findAddresses(doc, lines[i - 1].start, lines[i - 1].end).length > 0)) reasonFrom = i;
        continue;
      }
      let diagnostic;
      let hint: ReasonHint | undefined;
      if (reasonFrom !== -1) {
        let e = reasonFrom;
        while (e < i && !isBlankText(lines[e].text) && findAddresses(doc, lines[e].start, lines[e].end).length === 0) e++;
        diagnostic = viewOf(doc, lines, reasonFrom, e);
        for (let k = reasonFrom; k < e; k++) {
          const m = RE_NOT_LISTED.exec(lines[k].text);
          if (m) {
            const s = lines[k].start + m.index;
            hint = { reason: 'userunknown', start: s, end: s + m[0].length, note: 'Notes found no such user in its directory' };
            break;
          }
        }
      }
      out.push({ address: foundAddress(addrs[0]), diagnostic, ...(hint ? { hint } : {}) });
    }
    return out.length ? { recipients: out } : null;
  },
};
