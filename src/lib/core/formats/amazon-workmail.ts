/**
 * Amazon WorkMail: the bounce WorkMail sends through Amazon SES (From
 * MAILER-DAEMON@<region>.amazonses.com, X-Mailer: Amazon WorkMail). SES's opening and
 * recipient list, then "Technical report:" and the delivery-status fields written as
 * plain text in the same part:
 *
 *   An error occurred while trying to deliver the mail to the following recipients:
 *   nobody@example.org
 *   Technical report:
 *
 *   Reporting-MTA: dsn; a1-2.smtp-out.us-west-2.amazonses.com
 *   Action: failed
 *   Final-Recipient: rfc822; nobody@example.org
 *   Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>... User unknown
 *   Status: 5.1.1
 *
 * Those fields are read like any DSN (they are, in text form); this format lists the
 * recipients. Learnt from WorkMail's bounces.
 */
import type { Format } from './types.ts';
import { headHas } from './common.ts';
import { header } from '../scan.ts';
import { noticeLines, findLine, listedAddresses } from './notice.ts';

const OPENING = 'an error occurred while trying to deliver the mail to the following recipients';
const RE_LIST = /^\s*an error occurred while trying to deliver the mail to the following recipients:\s*$/i;

export const amazonWorkmail: Format = {
  id: 'amazon-workmail',
  label: 'Amazon WorkMail',
  reference: 'https://docs.aws.amazon.com/workmail/',
  needs: [OPENING],
  detect: (scan) => {
    if (!headHas(scan, OPENING)) return false;
    return headHas(scan, 'technical report:') || /amazon workmail/i.test(header(scan.headers, 'x-mailer')?.value ?? '');
  },
  parse({ scan }) {
    const lines = noticeLines(scan, 100);
    const list = findLine(lines, RE_LIST);
    if (list === -1) return null;
    const { found } = listedAddresses(scan.document, lines, list + 1);
    return found.length ? { recipients: found.map((address) => ({ address })) } : null;
  },
};
