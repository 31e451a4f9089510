/**
 * McAfee Email Gateway (formerly IronMail/Secure Computing; also the hosted MX Logic
 * service) delivery notices, subject "Delivery Status", a text part named
 * "deliveryproblems.txt":
 *
 *       --- The following addresses had delivery problems ---
 *
 *   <someone@example.org>   (5.1.1 <someone@example.org>... User unknown)
 *
 * One line per recipient: the address in angle brackets, then the server's reply in
 * parentheses. A message/delivery-status part follows (often with only
 * Original-Recipient), and the appliance marks its messages with an "X-NAI-Header:
 * Modified by McAfee ..." header. The same heading between five dashes is older and not
 * McAfee's (RFC 3464's example DSN has it): that is left to the generic readers. Learnt
 * from these notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, headHas, hasHeader, subject } from './common.ts';
import { noticeLines, findLine, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_HEADING = /(?<!-)-{2,}\s*the following addresses had delivery problems\s*-{2,}/i;
const RE_OWN_HEADING = /(?<!-)--- the following addresses had delivery problems ---(?!-)/;
const RE_LINE = /^\s*<([^\s<>@]+@[^\s<>]+)>\s+\((.+)\)\s*$/;

export const mcafee: Format = {
  id: 'mcafee',
  label: 'McAfee Email Gateway',
  reference: 'McAfee Email Gateway delivery status notices ("deliveryproblems.txt"); learnt from these notices',
  // The heading alone is not McAfee's: RFC 3464's own example, and the older MTAs it
  // copied, write it with five dashes. McAfee writes three.
  detect: (scan) =>
    headHas(scan, 'had delivery problems') &&
    (subject(scan) === 'delivery status' || RE_OWN_HEADING.test(bodyHead(scan)) || hasHeader(scan, 'x-nai-header')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    for (let i = findLine(lines, RE_HEADING) + 1; i > 0 && i < lines.length; i++) {
      const m = RE_LINE.exec(lines[i].text);
      if (!m) continue;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const s = lines[i].start + lines[i].text.lastIndexOf('(' + m[2]) + 1;
      recipients.push({ address: foundAddress(a), diagnostic: viewOfLines(doc, [{ start: s, end: s + m[2].length, next: lines[i].next }]) });
    }
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
