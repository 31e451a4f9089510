/**
 * BIGLOBE (and the cable operators on its platform: postmaster@biglobe.ne.jp and others,
 * Subject "Returned mail: ..."): a Japanese paragraph, then two dashed headings, the
 * recipients under the first and the reason under the second:
 *
 *      ----- The following addresses had delivery problems -----
 *   nobody@example.org
 *
 *      ----- Non-delivered information -----
 *   The number of messages in recipient's mailbox exceeded the local limit.
 *
 * The original follows as message/rfc822. Learnt from BIGLOBE's notices.
 */
import type { Format } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, listedAddresses, paragraphAt, viewOf, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import type { TextView } from '../text/view.ts';

// The headings; a mail view that joins the lines of a paragraph puts the list, or the
// reason, on the heading's own line after it.
const RE_LIST = /^\s*-{3,}\s*the following addresses had delivery problems\s*-{3,}/i;
const RE_INFO = /^\s*-{3,}\s*non-delivered information\s*-{3,}/i;

export const biglobe: Format = {
  id: 'biglobe',
  label: 'BIGLOBE',
  reference: 'https://support.biglobe.ne.jp/',
  needs: ['----- non-delivered information -----'],
  detect: (scan) => {
    return headHas(scan, '----- non-delivered information -----') && headHas(scan, 'the following addresses had delivery problems');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 100);
    const list = findLine(lines, RE_LIST);
    if (list === -1) return null;
    let { found } = listedAddresses(doc, lines, list + 1);
    // The list on the heading's line (joined): each address after the heading.
    const listLine = lines[list];
    const afterList = listLine.start + (RE_LIST.exec(listLine.text)?.[0].length ?? listLine.text.length);
    if (found.length === 0 || afterList < listLine.end) {
      const inline = [];
      for (let a = firstAddress(doc, afterList, listLine.end); a; a = firstAddress(doc, a.end, listLine.end)) inline.push(foundAddress(a));
      if (inline.length) found = inline;
    }
    if (found.length === 0) return null;
    const info = findLine(lines, RE_INFO, list);
    let diagnostic: TextView | undefined;
    if (info !== -1) {
      const line = lines[info];
      const m = RE_INFO.exec(line.text);
      let rs = line.start + (m ? m[0].length : line.text.length);
      while (rs < line.end && /\s/.test(doc[rs])) rs++;
      const [s, e] = paragraphAt(lines, info + 1);
      const block = rs < line.end ? [{ ...line, start: rs, text: doc.slice(rs, line.end) }, ...(s === info + 1 ? lines.slice(s, e) : [])] : lines.slice(s, e);
      diagnostic = viewOf(doc, block, 0, block.length);
    }
    const command = diagnostic ? findCommand(doc, ...diagnostic.whole()) : null;
    return { recipients: found.map((address) => ({ address, ...(diagnostic ? { diagnostic } : {}), ...(command ? { command } : {}) })) };
  },
};
