/**
 * PowerMTA's delivery reports (subject "Delivery report"):
 *
 *   Hello, this is the mail server on mta.example.net.
 *
 *   I am sending you this message to inform you on the delivery status of a
 *   message you previously sent.  Immediately below you will find a list of
 *   the affected recipients;  also attached is a Delivery Status Notification
 *   (DSN) report in standard format, as well as the headers of the original
 *   message.
 *
 *     <someone@example.org>  delivery failed; will not continue trying
 *
 * One line per recipient: the address and PowerMTA's summary ("delivery failed; will
 * not continue trying" is final; a delay says it will continue trying). The summary
 * names no cause: that is in the attached DSN (its Diagnostic-Code) and in PowerMTA's
 * own category line, "X-PowerMTA-BounceCategory: bad-mailbox", which the classifier
 * reads as the vendor's verdict (knowledge/vendor-categories.ts). Pasted without them,
 * the line alone says only that delivery failed. Layout: PowerMTA User's Guide (DSN
 * and bounce categories), and these reports.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress, viewOfRest } from './notice.ts';
import { firstAddress } from '../read/address.ts';

const RE_LINE = /^\s*<([^\s<>@]+@[^\s<>]+)>\s+(delivery\b.*)$/i;
const RE_DELAYED = /\bwill continue trying|\bdelayed\b/i;

export const powermta: Format = {
  id: 'powermta',
  label: 'PowerMTA',
  reference: 'https://www.bird.com/en-us/powermta',
  needs: ['hello, this is the mail server on', 'will not continue trying'],
  detect: (scan) => headHas(scan, 'hello, this is the mail server on') || headHas(scan, 'will not continue trying'),
  parse({ scan, dsn }) {
    const doc = scan.document;
    const recipients: RawRecipient[] = [];
    let delayed = true;
    for (const line of noticeLines(scan)) {
      const m = RE_LINE.exec(line.text);
      if (!m) continue;
      const a = firstAddress(doc, line.start, line.end);
      if (!a) continue;
      const rest = line.start + line.text.indexOf(m[2]);
      const rcpt: RawRecipient = { address: foundAddress(a) };
      const diagnostic = viewOfRest(doc, line, rest);
      if (diagnostic) rcpt.diagnostic = diagnostic;
      if (!RE_DELAYED.test(m[2]) || /\bnot continue\b/i.test(m[2])) delayed = false;
      recipients.push(rcpt);
    }
    if (recipients.length === 0 && dsn.recipients.length === 0) return null;
    return delayed && recipients.length ? { recipients, delayed } : { recipients };
  },
};
