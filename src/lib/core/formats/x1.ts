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
import type { Format } from './types.ts';
import { headHas } from './common.ts';
import { bracketedReplies } from './notice.ts';

const RE_HEADING = /-{3}\s*the following addresses had delivery errors\s*-{3}/i;
const RE_LINE = /^\s*<?[^\s<>\[@]+@[^\s<>\[]+?>?\s+\[(.+)\]\s*$/;

export const x1: Format = {
  id: 'x1',
  label: 'Unnamed MTA ("The following addresses had delivery errors")',
  reference: 'Notices of this layout as Sisimai describes them (lib/Sisimai/Lhost/X1.pm); learnt from these notices',
  needs: ['the following addresses had delivery errors'],
  detect: (scan) => headHas(scan, 'the following addresses had delivery errors'),
  parse({ scan }) {
    const recipients = bracketedReplies(scan, RE_HEADING, RE_LINE, '[');
    return recipients.length ? { recipients } : null;
  },
};
