/**
 * MailFoundry gateway notices (subject "Message delivery has failed"):
 *
 *   Unable to deliver message to: <someone@example.org>
 *   Delivery failed for the following reason:
 *   Server mx.example.org[192.0.2.222] failed with: 550 <someone@example.org> No such user here
 *
 *   This has been a permanent failure.  No further delivery attempts will be made.
 *
 * (also "mx.example.org[192.0.2.222] responded with failure: 552 ..."). Per recipient
 * the "Unable to deliver message to:" line and the reason under "Delivery failed for the
 * following reason:", up to a blank line or the closing "This has been a ... failure"
 * sentence. The gateway's Received header reads "(MAILFOUNDRY) id". Learnt from these
 * notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress, viewOf, viewOfRest, isBlankText } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';

const RE_TO = /^\s*unable to deliver message to:\s*<?[^\s<>]+@/i;
const RE_REASON = /^\s*delivery failed for the following reason:\s*$/i;
const RE_REASON_JOINED = /\bdelivery failed for the following reason:[ \t]*(?=\S)/i;
const RE_CLOSE = /^\s*this has been a (?:permanent|temporary) failure/i;

export const mailfoundry: Format = {
  id: 'mailfoundry',
  label: 'MailFoundry',
  reference: 'MailFoundry gateway notices ("Unable to deliver message to:"); learnt from these notices',
  needs: ['delivery failed for the following reason:'],
  detect: (scan) => headHas(scan, 'delivery failed for the following reason:') && headHas(scan, 'unable to deliver message to:'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!RE_TO.test(lines[i].text)) continue;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const rcpt: RawRecipient = { address: foundAddress(a) };
      // A copy whose mail view joined the lines: the reason after its lead on the same line.
      const joined = RE_REASON_JOINED.exec(lines[i].text);
      if (joined) {
        const s = lines[i].start + joined.index + joined[0].length;
        const diagnostic = viewOfRest(doc, lines[i], s);
        if (diagnostic) {
          rcpt.diagnostic = diagnostic;
          const command = findCommand(doc, s, lines[i].end);
          if (command) rcpt.command = command;
        }
      } else if (i + 1 < lines.length && RE_REASON.test(lines[i + 1].text)) {
        let j = i + 2;
        while (j < lines.length && !isBlankText(lines[j].text) && !RE_CLOSE.test(lines[j].text) && !RE_TO.test(lines[j].text)) j++;
        const diagnostic = viewOf(doc, lines, i + 2, j);
        if (diagnostic) {
          rcpt.diagnostic = diagnostic;
          const command = findCommand(doc, lines[i + 2].start, lines[j - 1].end);
          if (command) rcpt.command = command;
        }
        i = j - 1;
      }
      recipients.push(rcpt);
    }
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
