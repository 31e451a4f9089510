/**
 * A notice from an MTA that does not name itself (Sisimai calls this layout "X1"), from
 * "Mail Deliver System" <MAILER-DAEMON@...>, subject "Returned Mail: <reason>":
 *
 *   The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
 *   from sender@example.com
 *
 *   ---The following addresses had delivery errors---
 *
 *   someone@example.org [User unknown]
 *
 * One line per recipient: the address, then the reason in square brackets. Learnt from
 * these notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_HEADING = /-{3}\s*the following addresses had delivery errors\s*-{3}/i;
const RE_LINE = /^\s*<?[^\s<>\[@]+@[^\s<>\[]+?>?\s+\[(.+)\]\s*$/;

export const x1: Format = {
  id: 'x1',
  label: 'Unnamed MTA ("The following addresses had delivery errors")',
  reference: 'Notices of this layout as Sisimai describes them (lib/Sisimai/Lhost/X1.pm); learnt from these notices',
  detect: (scan) => headHas(scan, 'the following addresses had delivery errors'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    for (let i = findLine(lines, RE_HEADING) + 1; i > 0 && i < lines.length; i++) {
      const m = RE_LINE.exec(lines[i].text);
      if (!m) continue;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const s = lines[i].start + lines[i].text.lastIndexOf('[' + m[1]) + 1;
      recipients.push({ address: foundAddress(a), diagnostic: viewOfLines(doc, [{ start: s, end: s + m[1].length, next: lines[i].next }]) });
    }
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
