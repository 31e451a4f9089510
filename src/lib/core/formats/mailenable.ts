/**
 * MailEnable's non-delivery notices (subject "Message Delivery Failure", from the
 * postmaster of the sending host):
 *
 *   MailEnable: Message could not be delivered to some recipients.
 *   The following recipient(s) could not be reached:
 *
 *   	Recipient: [SMTP:nobody@example.org]
 *   	Reason: Remote SMTP Server Returned: 550 5.1.1 User unknown
 *
 *   	Recipient: [SMTP:gone@example.org]
 *   	Reason: ...
 *
 * Per recipient a "Recipient: [SMTP:<addr>]" line, then "Reason:" with the cause; a
 * refusal by the next server is quoted after "Remote SMTP Server Returned:". Learnt from
 * these notices as bounce handlers quote them (their test suites hold whole notices).
 * Its "The following recipient(s) could not be reached:" is Exchange 2003's sentence too,
 * so this reader comes before Exchange 2003's, and knows its notice by the
 * "[SMTP:<addr>]" form of the recipient, which no other layout writes.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress, isBlankText, type TextLine } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';

/** "Recipient: [SMTP:<addr>]" (the address at the margin or indented). */
const RE_RECIPIENT = /^[ \t]*recipient:[ \t]*\[smtp:[^\s\]@]+@/i;
/** "Reason:", and the lead of a quoted refusal after it. */
const RE_REASON = /^[ \t]*reason:[ \t]*(?:remote smtp server returned:[ \t]*)?/i;

export const mailenable: Format = {
  id: 'mailenable',
  label: 'MailEnable',
  reference: 'MailEnable non-delivery notices ("MailEnable: Message could not be delivered to some recipients.", "Recipient: [SMTP:…]", "Reason: Remote SMTP Server Returned: …"); learnt from these notices as bounce handlers quote them',
  needs: ['recipient: [smtp:', 'mailenable:'],
  detect: (scan) => headHas(scan, 'recipient: [smtp:') || (headHas(scan, 'mailenable:') && headHas(scan, 'could not be delivered to some recipients')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!RE_RECIPIENT.test(lines[i].text)) continue;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const rcpt: RawRecipient = { address: foundAddress(a) };
      // The reason on the next line (one blank line before it in a double-spaced copy),
      // with the lines that continue it up to a blank line or the next recipient.
      let j = i + 1;
      if (j < lines.length && isBlankText(lines[j].text) && j + 1 < lines.length && RE_REASON.test(lines[j + 1].text)) j++;
      const m = j < lines.length ? RE_REASON.exec(lines[j].text) : null;
      if (m) {
        const s = lines[j].start + m[0].length;
        const taken: TextLine[] = [{ ...lines[j], start: s }];
        let k = j + 1;
        while (k < lines.length && !isBlankText(lines[k].text) && !RE_RECIPIENT.test(lines[k].text)) taken.push(lines[k++]);
        const view = viewOfLines(doc, taken.filter((l) => l.end > l.start));
        if (view.length) {
          rcpt.diagnostic = view;
          const command = findCommand(doc, s, taken[taken.length - 1].end);
          if (command) rcpt.command = command;
        }
        i = k - 1;
      }
      recipients.push(rcpt);
    }
    return recipients.length ? { recipients } : null;
  },
};
