/**
 * maddy's delivery reports (internal/dsn/dsn.go), subject "Undelivered Mail Returned to
 * Sender" as Postfix's:
 *
 *   This is the mail delivery system at mx.example.com.
 *
 *   Unfortunately, your message could not be delivered to one or more
 *   recipients. The usual cause of this problem is invalid
 *   recipient address or maintenance at the recipient side.
 *
 *   Contact the postmaster for further assistance, provide the Message ID (below):
 *
 *   Message ID: …
 *   Arrival: …
 *   Last delivery attempt: …
 *
 *   Delivery to nobody@example.org failed with error: SMTP error 550: <the server's words>
 *
 * One "Delivery to <rcpt> failed with error: <error>" line a recipient; its error is the
 * receiving server's reply ("SMTP error <code>: <words>") or maddy's own words. The fixed
 * sentence's "usual cause" names possible causes, not this one: it is never read as the
 * recipient's words. The report's machine-readable part (Final-Recipient, Status) is read
 * as every DSN's. A copy that broke the recipient's line is read by the generic reader.
 * Learnt from maddy's source.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas, fromText } from './common.ts';
import { noticeLines, foundAddress, viewOfRest } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';

/** "Delivery to <rcpt> failed with error: " (the error follows on the line). */
const RE_ENTRY = /^[ \t]*delivery to[ \t]+<?[^\s<>@]+@[^\s<>]+?>?[ \t]+failed with error:[ \t]*/i;

export const maddy: Format = {
  id: 'maddy',
  label: 'maddy',
  reference: 'maddy Mail Server\'s delivery reports (internal/dsn/dsn.go: "This is the mail delivery system at …", "Delivery to <rcpt> failed with error: …")',
  // (Short phrases, which a narrow view does not break.)
  needs: ['usual cause of this'],
  detect: (scan) => headHas(scan, 'usual cause of this') && headHas(scan, 'this is the mail delivery system at'),
  parse(input) {
    const { scan, dsn } = input;
    const doc = scan.document;
    const recipients: RawRecipient[] = [];
    for (const line of noticeLines(scan)) {
      const m = RE_ENTRY.exec(line.text);
      if (!m) continue;
      const a = firstAddress(doc, line.start, line.start + m[0].length);
      if (!a) continue;
      const rcpt: RawRecipient = { address: foundAddress(a) };
      const s = line.start + m[0].length;
      const diagnostic = viewOfRest(doc, line, s);
      if (diagnostic) {
        rcpt.diagnostic = diagnostic;
        const command = findCommand(doc, s, line.end);
        if (command) rcpt.command = command;
      }
      recipients.push(rcpt);
    }
    if (recipients.length) return { recipients };
    // A copy that broke the line before "with error:" (a narrow view): the generic reader.
    return dsn.recipients.length ? { recipients } : fromText(input);
  },
};
