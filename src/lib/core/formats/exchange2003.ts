/**
 * Microsoft Exchange 5.5 to 2003 non-delivery reports (the Internet Mail Service, the
 * Internet Mail Connector and Exchange 2000/2003's SMTP service):
 *
 *   Your message
 *
 *     To:      someone@example.org
 *     Subject: ...
 *     Sent:    Thu, 29 Apr 2010 09:00:00 +0900
 *
 *   did not reach the following recipient(s):
 *
 *   someone@example.org on Thu, 29 Apr 2010 09:00:05 +0900
 *       The recipient name is not recognized
 *       The MTS-ID of the original message is: c=us;a= ;p=example;l=HOST-0123
 *       MSEXCH:IMS:EXAMPLE:SITE:HOST 0 (000C05A6) Unknown Recipient
 *
 * Exchange 2000/2003 write "Your message did not reach some or all of the intended
 * recipients." and "The following recipient(s) could not be reached:", each address
 * indented, with the reason and the remote server's reply ("<mx.example.org #5.1.1
 * SMTP;550 5.1.1 User unknown>") under it. The subject is "Undeliverable: <subject>";
 * headers X-MS-Embedded-Report or X-Mailer "Internet Mail Service (5.5...)" mark the
 * older servers. Each recipient is "<address> on <date>"; the lines indented under it up
 * to the next address or blank line are its reason (the MTS-ID lines, which identify
 * the message, are left out). Some gateways copy the sentence with the address on the
 * marker line itself ("Did not reach the following recipient: <addr>"); then that
 * sentence is all the notice says. Learnt from these reports and Microsoft's NDR
 * documentation for Exchange 2000/2003.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas, hasHeader } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { isReturnedStart } from '../read/text-blocks.ts';

const RE_LIST = /(?:did not reach the following recipient(?:\(s\)|s)?|the following recipient\(s\) (?:could|cannot) (?:not )?be reached)\s*:[ \t]*/i;
const RE_DETECT = /did not reach the following recipient|following recipient\(s\) (?:could not|cannot) be reached|did not reach some or all of the intended recipients|\bmsexch:/;
/** "someone@example.org on 4/29/01 11:34:45 PM": the address opens the line, a date follows. */
const RE_RECIPIENT = /^[ \t]*(?:[^\s@]*\(?smtp=)?<?[^\s<>@]+@[^\s<>]+?>?\)?[ \t]+on[ \t]+\S/i;
/** The message identifier Exchange adds under each recipient, and its wrapped tail. */
const RE_MTS_ID = /^\s*the mts-id of the original message is:/i;
const RE_MTS_TAIL = /^(?=\S*;l=)\S*\s*$/;
/** A display name before " on <date>", no address: "Public, John Q.", "'TEST1'". */
const RE_NAME_ON = /^[ \t]*'?[^\s@'<>:][^@<>:\n]{0,60}?'?(?=[ \t]+on[ \t])/;
/** What follows the address of "<address> on <date>" (its closing bracket first). */
const RE_ON_DATE = /^[>)]*[ \t]+on[ \t]+\S/i;
/**
 * The whole "on <date>" after the address ("on 4/29/01 11:34:45 PM", "on 03/03/2026 09:20",
 * "on Thu, 29 Apr 2010 09:00:05 +0900"): what follows it on a joined line is the reason.
 */
const RE_ON_FULL_DATE = /^[>)]*[ \t]+on[ \t]+(?:[a-z]{3},?[ \t]+)?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]m\b)?(?:[ \t]+[+-]\d{4})?|^[>)]*[ \t]+on[ \t]+(?:[a-z]{3},?[ \t]+)?\d{1,2}[ \t]+[a-z]{3}[ \t]+\d{2,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]+[+-]\d{4})?/i;

/** The recipients after "did not reach the following recipient(s):". */
function listed(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const m = RE_LIST.exec(doc.slice(range.start, range.end));
    if (!m) continue;
    const markerStart = range.start + m.index;
    const after = markerStart + m[0].length;
    let end = after;
    while (end < range.end && doc.charCodeAt(end) !== 10 && doc.charCodeAt(end) !== 13) end++;
    const same = firstAddress(doc, after, end);
    if (same) {
      // The address on the marker line: the sentence is the only statement of failure.
      const view = viewOfLines(doc, [{ start: markerStart, end, next: end }]);
      return [{ address: { value: same.address, start: same.start, end: same.end }, diagnostic: view }];
    }
    const out: { rcpt: RawRecipient; lines: Line[]; margin: boolean }[] = [];
    let skipTail = false;
    let blank = false;
    for (const line of splitLines(doc, after, range.end)) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      if (isReturnedStart(text)) break;
      if (isBlank(doc, line)) {
        blank = true;
        continue;
      }
      // A list whose first address stood at the margin without a date (hMailServer's
      // "The following recipient(s) could not be reached:" then "<address>" and its indented
      // "Error Type:" lines): after a blank line, another address at the margin opens the
      // next recipient.
      const marginAddress = /^<?[^\s<>@]+@/.test(text);
      if (RE_RECIPIENT.test(text) || (out.length === 0 && /^\S/.test(text)) || (blank && marginAddress && out.length > 0 && out[0].margin)) {
        const a = firstAddress(doc, line.start, line.end);
        if (a) {
          // A copy whose mail view joined the lines under the address onto it ("nobody@example.org
          // Error Type: SMTP Remote server replied: 550 …"): the rest of the line is its reason
          // (not the date of "<address> on <date>").
          const rest = doc.slice(a.end, Math.min(line.end, a.end + 300));
          // (After "on <date>", what a joined line goes on with is the reason too.)
          const date = RE_ON_FULL_DATE.exec(rest);
          const from = date ? a.end + date[0].length : a.end;
          const tail = date ? rest.slice(date[0].length) : rest;
          const lines: Line[] = /[a-z]{3}/i.test(tail) && (date !== null || !RE_ON_DATE.test(rest)) ? [{ start: from, end: line.end, next: line.next }] : [];
          out.push({ rcpt: { address: { value: a.address, start: a.start, end: a.end } }, lines, margin: marginAddress && date === null });
          skipTail = false;
          blank = false;
          continue;
        }
      }
      // A recipient Exchange names by its display name only, no address ("Public, John Q. on
      // 2/10/00 9:54 AM", "'TEST1' on 20.07.01 17:26": Microsoft KB articles on Exchange 5.5's
      // MTA quote them so, for a directory entry or a distribution list): a recipient whose
      // address the report does not give.
      const named = RE_NAME_ON.exec(text);
      const nameDate = named ? RE_ON_FULL_DATE.exec(text.slice(named[0].length)) : null;
      if (named && nameDate && (out.length === 0 || blank || out[out.length - 1].lines.length > 0)) {
        // (A joined line goes on with the reason after the date.)
        const from = line.start + named[0].length + nameDate[0].length;
        const lines: Line[] = /[a-z]{3}/i.test(doc.slice(from, line.end)) ? [{ start: from, end: line.end, next: line.next }] : [];
        out.push({ rcpt: { address: null }, lines, margin: false });
        skipTail = false;
        blank = false;
        continue;
      }
      // After a blank line only another recipient continues the list.
      if (out.length === 0 || (blank && out[out.length - 1].lines.length)) break;
      blank = false;
      if (RE_MTS_ID.test(text)) {
        skipTail = true;
        continue;
      }
      if (skipTail && RE_MTS_TAIL.test(text)) continue;
      skipTail = false;
      out[out.length - 1].lines.push(line);
    }
    for (const o of out) {
      if (!o.lines.length) continue;
      // A recipient named by display name whose reply quotes its address ("'Hans Müller' on …"
      // then "550 5.1.1 <hans@example.org>... User unknown"): that address is the recipient's.
      if (o.rcpt.address === null) {
        for (const l of o.lines) {
          const a = firstAddress(doc, l.start, l.end);
          // (Not the sender's address a refusal of the sender quotes: "<a@…>: Sender address rejected", "MAIL FROM:<a@…>".)
          if (a && !/sender|from/i.test(doc.slice(Math.max(l.start, a.start - 12), a.start) + doc.slice(a.end, Math.min(l.end, a.end + 24)))) {
            o.rcpt.address = { value: a.address, start: a.start, end: a.end };
            break;
          }
        }
      }
      o.rcpt.diagnostic = viewOfLines(doc, o.lines);
      const command = findCommand(doc, o.lines[0].start, o.lines[o.lines.length - 1].end);
      if (command) o.rcpt.command = command;
    }
    if (out.length) return out.map((o) => o.rcpt);
  }
  return [];
}

export const exchange2003: Format = {
  id: 'exchange2003',
  label: 'Microsoft Exchange 5.5 – 2003',
  reference: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-server',
  detect: (scan) => {
    const head = bodyHead(scan);
    return ((headHas(scan, 'did not reach') || headHas(scan, 'be reached') || headHas(scan, 'msexch:')) && RE_DETECT.test(head)) || hasHeader(scan, 'x-ms-embedded-report');
  },
  parse({ scan, dsn }) {
    const recipients = listed(scan);
    if (recipients.length === 0 && dsn.recipients.length === 0) return null;
    return { recipients };
  },
};
