/**
 * OpenSMTPD's bounce(8) notices ("Delivery status notification: error|failed|warning|
 * delayed"), each line of the body indented four spaces except the recipient list:
 *
 *       Hi!
 *       This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.
 *       An error has occurred while attempting to deliver a message for
 *       the following list of recipients:
 *   nobody@example.org: 550 5.1.1 <nobody@example.org>... User Unknown
 *       Below is a copy of the original message:
 *
 * A warning says "A message is delayed for more than <time> for the following list of
 * recipients:" and "this is only a temporary failure report". Newer versions add an RFC
 * 3464 part with no Diagnostic-Code, so the reason is in the text only. Layout:
 * OpenSMTPD's bounce.c.
 *
 * When the failure is OpenSMTPD's own DNS verdict (mta.c), its words name the reason:
 * "No MX found for domain" (the domain exists but has no mail exchanger) and "Domain does
 * not accept mail" (a null MX) both mean the domain takes no mail.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { headHas, linesAfter } from './common.ts';
import { isBlank, type Line } from '../text/lines.ts';
import { continuesWrapped } from '../read/wrapped.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_LIST = /(?:the\s+following\s+list\s+of\s+recipients|for\s+the\s+following\s+recipients)\s*:[ \t]*/i;
const RE_ENTRY = /^([^\s:<>@]+@[^\s:<>]+):[ \t]*/;
const RE_NO_MAIL_HOST = /^(?:no\s+mx\s+found\s+for\s+domain|domain\s+does\s+not\s+accept\s+mail)\b/i;

/** The entry's words (`lines`, from after "addr:") as the recipient's diagnostic, command and hint. */
function describe(doc: string, rcpt: RawRecipient, lines: Line[]): void {
  if (!lines.length) return;
  const start = lines[0].start;
  const end = lines[lines.length - 1].end;
  rcpt.diagnostic = viewOfLines(doc, lines);
  const cmd = findCommand(doc, start, end);
  if (cmd) rcpt.command = cmd;
  const own = RE_NO_MAIL_HOST.exec(doc.slice(start, Math.min(end, start + 200)));
  if (own) rcpt.hint = { reason: 'notaccept', start, end: start + own[0].length, note: 'OpenSMTPD found no mail exchanger for the domain: it takes no mail' };
}

function listed(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const after of linesAfter(scan, RE_LIST)) {
    const out: RawRecipient[] = [];
    // The lines of the entry read last, and its opening line's text.
    let entry: Line[] = [];
    let entryText = '';
    for (const line of after) {
      if (isBlank(doc, line)) {
        if (out.length) break;
        continue;
      }
      const text = doc.slice(line.start, Math.min(line.end, line.start + 1000));
      const above = entry.length ? doc.slice(entry[entry.length - 1].start, entry[entry.length - 1].end) : null;
      const e = RE_ENTRY.exec(text);
      // A one-line entry that a hard-wrapped copy broke ("… <a@example.org>... Mailbox" /
      // "Full"): OpenSMTPD writes nothing else between its entries and the blank line after
      // them, so a line under an entry goes on with it, unless it opens an entry of its own
      // (one that goes on with a sentence broken off above does not).
      if (entry.length && above !== null && (!e || continuesWrapped(above, text, entryText))) {
        entry.push(line);
        describe(doc, out[out.length - 1], entry);
        continue;
      }
      if (!e) {
        if (out.length) break;
        continue;
      }
      const a = firstAddress(doc, line.start, line.start + e[1].length);
      if (!a) continue;
      const rcpt: RawRecipient = { address: { value: a.address, start: a.start, end: a.end } };
      const restStart = line.start + e[0].length;
      entry = restStart < line.end ? [{ start: restStart, end: line.end, next: line.next }] : [];
      entryText = text;
      describe(doc, rcpt, entry);
      out.push(rcpt);
    }
    if (out.length) return out;
  }
  return [];
}

export const opensmtpd: Format = {
  id: 'opensmtpd',
  label: 'OpenSMTPD',
  reference: 'https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/bounce.c',
  needs: ['this is the mailer-daemon, please do not reply'],
  detect: (scan) => {
    // (Not to its last words, "to this e-mail": a copy wrapped at 60 columns breaks the line there.)
    return headHas(scan, 'this is the mailer-daemon, please do not reply') && headHas(scan, 'list of recipients');
  },
  parse({ scan, dsn }) {
    const recipients = listed(scan);
    if (recipients.length === 0) return dsn.recipients.length ? { recipients: [] } : null;
    const delayed = headHas(scan, 'a message is delayed for more than') || headHas(scan, 'only a temporary failure report');
    return { recipients, ...(delayed ? { delayed: true } : {}) };
  },
};
