/**
 * Amazon SES (sending): the bounce message SES mails back to the sender
 * (MAILER-DAEMON@...amazonses.com, "Delivery Status Notification (Failure)", headers
 * X-SES-Outgoing). Two layouts:
 *
 *   An error occurred while trying to deliver the mail to the following recipients:
 *   nobody@example.org
 *
 * with the reason only in the message/delivery-status part that follows (its
 * Diagnostic-Code holds the remote server's reply), and the older one, where the text
 * says it all:
 *
 *   The following message to <nobody@example.org> was undeliverable.
 *   The reason for the problem:
 *   5.1.0 - Unknown address error 550-'5.1.1 <nobody@example.org>... User unknown'
 *
 * In the older line the status and its description before the quote are SES's own
 * summary of the code; the words in quotes after the reply code are the remote server's,
 * so they are the diagnostic. When those words name SES's own envelope sender (the
 * bounce address @...amazonses.com), the remote refused the sender at MAIL FROM. Learnt from SES bounces; SES documents its sending and
 * bounce handling at https://docs.aws.amazon.com/ses/latest/dg/send-email-concepts-process.html.
 * The JSON notifications SES publishes are `amazon-ses-notification`.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { bodyHead, headHas } from './common.ts';
import { noticeLines, findLine, listedAddresses, viewOf, viewOfRest, addressOnLine, paragraphAt } from './notice.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import type { TextView } from '../text/view.ts';

const RE_LIST = /^\s*an error occurred while trying to deliver the mail to the following recipients:\s*$/i;
const RE_WAS_UNDELIVERABLE = /\bwas\s+undeliverable\b/i;
// (Its last words may stand on the next line in a copy hard-wrapped at 60 columns.)
const RE_MESSAGE_TO = /^\s*the following message to <[^>\s@]+@[^>\s]+> was(?: undeliverable\b|\s*$)/i;
const RE_MESSAGE_TO_BROKEN = /^\s*the following message to\s*$/i;
const RE_ADDRESS_WAS = /^\s*<[^>\s@]+@[^>\s]+> was(?: undeliverable\b|\s*$)/i;
/** The label of the reason, alone on its line (or with the reason after it, where a view joined the lines). */
const RE_REASON = /^\s*the reason for the problem:\s*/i;
/** "5.1.0 - Unknown address error 550-'": SES's summary, then the remote reply in quotes. */
/** SES's envelope sender (the bounce address it sends from), in angle brackets. */
const RE_SES_SENDER = /<[^<>\s@]+@(?:[a-z0-9-]+\.)*amazonses\.com>/i;
const RE_SES_SUMMARY = /^\s*[245]\.\d{1,3}\.\d{1,3} - [^'"\n]*?\b[245]\d\d[- ]['"]/;

/**
 * A reply that names SES's own envelope sender ("<0000...@email-bounces.amazonses.com>...
 * Access denied") refused the sender at MAIL FROM, not the recipient.
 */
function senderRefused(doc: string, start: number, end: number): Found<SmtpCommand> | null {
  const m = RE_SES_SENDER.exec(doc.slice(start, end));
  return m ? { value: 'MAIL', start: start + m.index + 1, end: start + m.index + m[0].length - 1 } : null;
}

export const amazonSes: Format = {
  id: 'amazon-ses',
  label: 'Amazon SES',
  reference: 'https://docs.aws.amazon.com/ses/latest/dg/send-email-concepts-process.html',
  needs: ['an error occurred while trying to deliver the mail to the following recipients', 'the reason for the problem'],
  detect: (scan) => {
    return (
      headHas(scan, 'an error occurred while trying to deliver the mail to the following recipients') ||
      (headHas(scan, 'the reason for the problem') && headHas(scan, 'undeliverable') && RE_WAS_UNDELIVERABLE.test(bodyHead(scan)))
    );
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const list = findLine(lines, RE_LIST);
    if (list !== -1) {
      const { found } = listedAddresses(doc, lines, list + 1);
      if (found.length) return { recipients: found.map((address) => ({ address })) };
    }
    let at = findLine(lines, RE_MESSAGE_TO);
    // A narrow view breaks the line before the address ("The following message to" /
    // "<addr> was undeliverable."): the address is on the next line.
    const broken = at === -1 ? findLine(lines, RE_MESSAGE_TO_BROKEN) : -1;
    if (broken !== -1 && broken + 1 < lines.length && RE_ADDRESS_WAS.test(lines[broken + 1].text)) at = broken + 1;
    if (at !== -1) {
      const address = addressOnLine(doc, lines[at]);
      const reason = findLine(lines, RE_REASON, at + 1);
      let diagnostic: TextView | undefined;
      const label = reason === -1 ? null : RE_REASON.exec(lines[reason].text);
      if (reason !== -1 && label && label[0].length < lines[reason].text.trimEnd().length) {
        // The reason on the label's line: the rest of it.
        diagnostic = viewOfRest(doc, lines[reason], lines[reason].start + label[0].length);
      } else if (reason !== -1) {
        const [s, e] = paragraphAt(lines, reason + 1);
        const first = lines[s];
        const summary = first ? RE_SES_SUMMARY.exec(first.text) : null;
        if (summary && e === s + 1) {
          // Only the remote server's words: after the opening quote, without the closing one.
          const start = first.start + summary[0].length;
          const close = Math.max(first.text.lastIndexOf("'"), first.text.lastIndexOf('"'));
          const end = close > summary[0].length - 1 ? first.start + close : first.end;
          diagnostic = viewOfRest(doc, { ...first, end }, start);
        } else if (summary && e > s + 1 && e - s <= 4) {
          // The same, its line broken by a hard-wrapped copy ("… 550-'5.2.2 <addr>..." /
          // "Mailbox Full'"): the quote closes on the last piece.
          const last = lines[e - 1];
          const close = Math.max(last.text.lastIndexOf("'"), last.text.lastIndexOf('"'));
          if (close !== -1) {
            const pieces = [{ start: first.start + summary[0].length, end: first.end, next: first.next }, ...lines.slice(s + 1, e - 1), { ...last, end: last.start + close }];
            const view = viewOfLines(doc, pieces);
            if (view.length) diagnostic = view;
          }
        }
        diagnostic ??= viewOf(doc, lines, s, e);
      }
      const rcpt: RawRecipient = { address };
      if (diagnostic) {
        rcpt.diagnostic = diagnostic;
        const [s, e] = diagnostic.whole();
        const command = findCommand(doc, s, e) ?? senderRefused(doc, s, e);
        if (command) rcpt.command = command;
      }
      return { recipients: [rcpt] };
    }
    return null;
  },
};
