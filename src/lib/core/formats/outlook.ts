/**
 * Outlook.com / Hotmail's older delivery notices, written by the Windows SMTP service
 * (Microsoft SMTPSVC, which Hotmail ran and which Windows servers and Exchange 2000/2003
 * still use): a fixed English sentence, then the recipients, one a line and indented.
 * The reason is only in the message/delivery-status part that follows.
 *
 *   This is an automatically generated Delivery Status Notification.
 *
 *   Delivery to the following recipients failed.
 *
 *          nobody@example.org
 *
 * The warning adds "THIS IS A WARNING MESSAGE ONLY." and says "Delivery to the following
 * recipients has been delayed."; the final notice after the retry time ran out without
 * ever reaching the destination says "Unable to deliver message to the following
 * recipients, due to being unable to connect successfully to the destination mail
 * server." (Status 4.4.7 in its DSN). Learnt from these notices (Subject "Delivery Status
 * Notification (Failure)" or "(Delay)", from postmaster@... of the sending domain).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, listedAddresses, hintOn } from './notice.ts';

const OPENING = 'this is an automatically generated delivery status notification';
const RE_VERDICT = /^\s*(?:delivery to the following recipients (?:failed|has been delayed|succeeded|was relayed)|unable to deliver message to the following recipients\b)/i;
const RE_UNABLE_TO_CONNECT = /unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server/i;

export const outlook: Format = {
  id: 'outlook',
  label: 'Outlook.com / Hotmail (Windows SMTP service)',
  reference: 'Learnt from Outlook.com and Hotmail delivery notices (Windows SMTP service)',
  needs: [OPENING],
  detect: (scan) => {
    return headHas(scan, OPENING) && (headHas(scan, 'delivery to the following recipients') || headHas(scan, 'unable to deliver message to the following recipients'));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 100);
    const at = findLine(lines, RE_VERDICT);
    if (at === -1) return null;
    const verdict = lines[at];
    const delayed = /has been delayed/i.test(verdict.text);
    if (/succeeded|was relayed/i.test(verdict.text)) return null; // a success report: the DSN says so
    let hint: ReasonHint | undefined;
    if (RE_UNABLE_TO_CONNECT.test(verdict.text)) {
      hint = hintOn(
        verdict,
        RE_UNABLE_TO_CONNECT,
        'expired',
        'the Windows SMTP service gave up when its retry time ran out, never having reached the destination server',
      );
    }
    const { found } = listedAddresses(doc, lines, at + 1);
    if (found.length === 0) return null;
    const recipients: RawRecipient[] = found.map((address) => (hint ? { address, hint } : { address }));
    return { recipients, ...(delayed ? { delayed } : {}) };
  },
};
