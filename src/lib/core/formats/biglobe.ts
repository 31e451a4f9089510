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
import { noticeLines, findLine, listedAddresses, paragraphAt, viewOf } from './notice.ts';
import { findCommand } from '../read/command.ts';
import type { TextView } from '../text/view.ts';

const RE_LIST = /^\s*-{3,}\s*the following addresses had delivery problems\s*-{3,}\s*$/i;
const RE_INFO = /^\s*-{3,}\s*non-delivered information\s*-{3,}\s*$/i;

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
    const { found } = listedAddresses(doc, lines, list + 1);
    if (found.length === 0) return null;
    const info = findLine(lines, RE_INFO, list + 1);
    let diagnostic: TextView | undefined;
    if (info !== -1) {
      const [s, e] = paragraphAt(lines, info + 1);
      diagnostic = viewOf(doc, lines, s, e);
    }
    const command = diagnostic ? findCommand(doc, ...diagnostic.whole()) : null;
    return { recipients: found.map((address) => ({ address, ...(diagnostic ? { diagnostic } : {}), ...(command ? { command } : {}) })) };
  },
};
