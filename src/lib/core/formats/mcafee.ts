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
import type { Format } from './types.ts';
import { bodyHead, headHas, hasHeader, subject } from './common.ts';
import { bracketedReplies } from './notice.ts';

const RE_HEADING = /(?<!-)-{2,}\s*the following addresses had delivery problems\s*-{2,}/i;
const RE_OWN_HEADING = /(?<!-)--- the following addresses had delivery problems ---(?!-)/;
const RE_LINE = /^\s*<[^\s<>@]+@[^\s<>]+>\s+\((.+)\)\s*$/;

export const mcafee: Format = {
  id: 'mcafee',
  label: 'McAfee Email Gateway',
  reference: 'McAfee Email Gateway delivery status notices ("deliveryproblems.txt"); learnt from these notices',
  // The heading alone is not McAfee's: RFC 3464's own example, and the older MTAs it
  // copied, write it with five dashes. McAfee writes three.
  needs: ['had delivery problems'],
  detect: (scan) =>
    headHas(scan, 'had delivery problems') &&
    (subject(scan) === 'delivery status' || RE_OWN_HEADING.test(bodyHead(scan)) || hasHeader(scan, 'x-nai-header')),
  parse({ scan }) {
    const recipients = bracketedReplies(scan, RE_HEADING, RE_LINE, '(');
    return recipients.length ? { recipients } : null;
  },
};
