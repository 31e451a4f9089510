/**
 * The Courier mail server's delivery status notifications: "This is a delivery status
 * notification from <host>, running the Courier mail server, version ...", a line of
 * dashes, then a heading in capitals and the recipients:
 *
 *                              UNDELIVERABLE MAIL
 *   Your message to the following recipients cannot be delivered:
 *
 *   <someone@example.org>:
 *       mx.example.org [192.0.2.45]:
 *   >>> RCPT TO:<someone@example.org>
 *   <<< 550 5.1.1 <someone@example.org>... User Unknown
 *
 * "DELAYS IN DELIVERING YOUR MESSAGE" heads a warning that delivery is delayed. Per
 * recipient: the "<addr>:" line, the remote host and address (indented), the command
 * Courier sent (">>> ...", the SMTP stage) and the server's reply ("<<< ..."); Courier's
 * own verdicts stand on a "<<<" line too ("No such domain.", "DNS lookup failed.", "This
 * domain's DNS violates RFC 1035." — the last names a broken domain, a fault on the
 * receiving side). The subject is "NOTICE: mail delivery status." (or "WARNING: delayed
 * mail."); an RFC 3464 part follows. Layout: courier/module.dsn (https://www.courier-mta.org/courierdsn.html).
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, subject } from './common.ts';
import { noticeLines, findLine, isBlankText, foundAddress, hintOn } from './notice.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import type { Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';

const RE_LIST = /^\s*(?:your message to the following recipients cannot be delivered|undeliverable mail|delays in delivering your message)\b/i;
const RE_RECIPIENT = /^<([^\s<>@]+@[^\s<>]+)>:\s*$/;
const RE_HOST = /^\s+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})\.?\s*(?:\[[0-9a-f.:]+\])?:\s*$/i;
const RE_SENT = /^>>>\s*(RCPT|MAIL|DATA|HELO|EHLO|STARTTLS|AUTH)\b/i;
const RE_RULE = /^\s*-{10,}\s*$/;
const RE_BROKEN_DNS = /this domain's dns violates rfc 1035/i;

function recipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const lines = noticeLines(scan);
  let i = findLine(lines, RE_LIST);
  if (i === -1) return [];
  const out: RawRecipient[] = [];
  for (i++; i < lines.length; i++) {
    const m = RE_RECIPIENT.exec(lines[i].text);
    if (!m) {
      if (RE_RULE.test(lines[i].text) && out.length) break;
      continue;
    }
    const a = firstAddress(doc, lines[i].start, lines[i].end);
    if (!a) continue;
    const rcpt: RawRecipient = { address: foundAddress(a) };
    let j = i + 1;
    let from = j;
    for (; j < lines.length; j++) {
      const text = lines[j].text;
      if (isBlankText(text) || RE_RECIPIENT.test(text) || RE_RULE.test(text)) break;
      const host = RE_HOST.exec(text);
      if (host && j === i + 1) {
        const s = lines[j].start + text.indexOf(host[1]);
        rcpt.remoteMta = { value: host[1].toLowerCase(), start: s, end: s + host[1].length };
        from = j + 1;
        continue;
      }
      const sent = RE_SENT.exec(text);
      if (sent) {
        const s = lines[j].start + 4 + text.slice(4).indexOf(sent[1]);
        rcpt.command = { value: sent[1].toUpperCase() as SmtpCommand, start: s, end: s + sent[1].length } satisfies Found<SmtpCommand>;
      }
    }
    // The reply lines without their "<<< " marks, and any words of Courier's own; the
    // host line and the command sent are kept apart.
    const said: Line[] = [];
    for (let k = from; k < j; k++) {
      const got = /^<<<\s?/.exec(lines[k].text);
      if (got) said.push({ start: lines[k].start + got[0].length, end: lines[k].end, next: lines[k].next });
      else if (!RE_SENT.test(lines[k].text)) said.push(lines[k]);
    }
    if (said.length) rcpt.diagnostic = viewOfLines(doc, said);
    for (let k = from; k < j; k++) {
      if (RE_BROKEN_DNS.test(lines[k].text)) {
        rcpt.hint = hintOn(lines[k], RE_BROKEN_DNS, 'systemerror', "the recipient domain's DNS is broken (Courier)");
        break;
      }
    }
    out.push(rcpt);
    i = j - 1;
  }
  return out;
}

export const courier: Format = {
  id: 'courier',
  label: 'Courier mail server',
  reference: 'https://www.courier-mta.org/courierdsn.html',
  needs: ['courier mail server', 'following recipients cannot be delivered', 'delays in delivering your message'],
  needsSubject: ['notice: mail delivery status', 'warning: delayed mail'],
  detect: (scan) =>
    subject(scan).startsWith('notice: mail delivery status') ||
    subject(scan).startsWith('warning: delayed mail') ||
    headHas(scan, 'courier mail server') ||
    headHas(scan, 'following recipients cannot be delivered') ||
    headHas(scan, 'delays in delivering your message'),
  parse({ scan, dsn }) {
    const list = recipients(scan);
    if (list.length === 0 && dsn.recipients.length === 0) return null;
    const delayed = subject(scan).startsWith('warning: delayed mail') || headHas(scan, 'delays in delivering your message');
    return delayed ? { recipients: list, delayed } : { recipients: list };
  },
};
