/**
 * Symantec / Broadcom Email Security.cloud (formerly MessageLabs) notices, sent from
 * MAILER-DAEMON@messagelabs.com with the subject "Mail Delivery Failure":
 *
 *   This is the mail delivery agent at messagelabs.com.       (or "at Symantec Email
 *                                                               Security.cloud.")
 *   I was unable to deliver your message to the following addresses:
 *
 *   someone@example.org
 *
 *   Reason: 550 someone@example.org... No such user
 *
 *   The message subject was: ...
 *
 * The service accepted the message and then could not hand it on: the addresses stand
 * alone on their lines, and "Reason:" quotes the receiving server's refusal (continued on
 * the next lines when the reply had several), which is the best account of the cause.
 * Each "Reason:" applies to the addresses listed before it. The notices carry an
 * X-Msg-Ref header. Layout: Broadcom knowledge base article 162445 ("Outbound Mail
 * returned by MAILER-DAEMON@messagelabs.com") and these notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, headHas, from, hasHeader } from './common.ts';
import { noticeLines, findLine, foundAddress, isBlankText, viewOfRest } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import type { Line } from '../text/lines.ts';

const RE_VENDOR = /messagelabs|email security\.cloud|symantec|broadcom/;
const RE_LIST = /^\s*i was unable to deliver your message to the following addresses:?\s*$/i;
const RE_ADDRESS_ONLY = /^\s*<?[^\s<>@]+@[^\s<>]+?>?\s*$/;
const RE_REASON = /^\s*reason:\s*/i;
const RE_END = /^\s*the message (?:subject|date|identifier|reference) was:/i;

export const messagelabs: Format = {
  id: 'messagelabs',
  label: 'Broadcom Email Security.cloud (MessageLabs)',
  reference: 'https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html',
  // The sentence is shared with some qmail clones (x4.ts): the service must name itself.
  needs: ['i was unable to deliver your message to the following addresses'],
  detect: (scan) =>
    headHas(scan, 'i was unable to deliver your message to the following addresses') &&
    (RE_VENDOR.test(bodyHead(scan)) || from(scan).includes('messagelabs.com') || hasHeader(scan, 'x-msg-ref')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    let waiting: RawRecipient[] = [];
    for (let i = findLine(lines, RE_LIST) + 1; i > 0 && i < lines.length; i++) {
      const text = lines[i].text;
      if (RE_END.test(text)) break;
      if (RE_ADDRESS_ONLY.test(text)) {
        const a = firstAddress(doc, lines[i].start, lines[i].end);
        if (a) {
          const rcpt: RawRecipient = { address: foundAddress(a) };
          recipients.push(rcpt);
          waiting.push(rcpt);
        }
        continue;
      }
      const r = RE_REASON.exec(text);
      if (!r) continue;
      // "Reason:" and the lines after it, up to a blank line.
      const first = viewOfRest(doc, lines[i], lines[i].start + r[0].length);
      const said: Line[] = first ? [{ start: lines[i].start + r[0].length, end: lines[i].end, next: lines[i].next }] : [];
      let j = i + 1;
      for (; j < lines.length && !isBlankText(lines[j].text) && !RE_END.test(lines[j].text); j++) said.push(lines[j]);
      if (said.length) {
        const diagnostic = viewOfLines(doc, said);
        const command = findCommand(doc, said[0].start, said[said.length - 1].end) ?? undefined;
        for (const w of waiting) {
          w.diagnostic = diagnostic;
          if (command) w.command = command;
        }
      }
      waiting = [];
      i = j - 1;
    }
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
