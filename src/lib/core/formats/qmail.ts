/**
 * qmail-send bounces ("Hi. This is the qmail-send program at ..."; netqmail, notqmail and
 * IndiMail keep the layout): one paragraph per address, "<addr>:" on a line of its own,
 * then what qmail-remote or the local delivery program said, up to "--- Below this line
 * is a copy of the message." (or "--- Enclosed is a copy of the message."). Layout:
 * qmail-send.c and qmail-remote.c.
 *
 * qmail-remote says at which stage the remote host refused in its own words, which we
 * read as the SMTP stage: "Connected to <ip> but greeting failed." (connection), "... but
 * my name was rejected." (HELO), "... but sender was rejected." (MAIL FROM), "<ip> does
 * not like recipient." (RCPT TO), "<ip> failed on DATA command." and "<ip> failed after I
 * sent the message." (DATA). When a temporary failure outlives the queue, qmail-send adds
 * "I'm not going to try again; this message has been in the queue too long." after the
 * last error: the error before it is the cause, so it is what we keep as the diagnostic.
 * Two qmail-remote verdicts name the reason themselves: "Sorry, I couldn't find a mail
 * exchanger or IP address. (#5.4.4)" (the domain exists but names no mail host: it takes
 * no mail), and vpopmail's vdelivermail "account is locked" (the mailbox is disabled).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import type { Scan } from '../scan.ts';
import type { SmtpCommand } from '../types.ts';
import { bodyHead, subject, fromText } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { RE_RETURNED_START } from '../read/text-blocks.ts';
import type { TextView } from '../text/view.ts';

const RE_ADDRESS_LINE = /^<([^<>\s@]+@[^<>\s]+)>:?\s*$/;
const RE_COPY = /^---\s*(?:below this line is a copy|enclosed is a copy)/i;
const RE_QUEUE_TOO_LONG = /i'm not going to try again; this message has been in the queue too long\.?/gi;

const STAGES: { re: RegExp; command: SmtpCommand }[] = [
  { re: /\bbut (greeting failed)\b/i, command: 'CONN' },
  { re: /\bbut (my name was rejected)\b/i, command: 'HELO' },
  { re: /\bbut (sender was rejected)\b/i, command: 'MAIL' },
  { re: /\bdoes not like (recipient)\b/i, command: 'RCPT' },
  { re: /\bfailed on (DATA command)\b/i, command: 'DATA' },
  { re: /\bfailed (after I sent the message)\b/i, command: 'DATA' },
];

const VERDICTS: { re: RegExp; reason: ReasonHint['reason']; note: string }[] = [
  { re: /couldn't find a mail exchanger or ip address/i, reason: 'notaccept', note: 'qmail found no mail server for the domain: it takes no mail' },
  { re: /vdelivermail: account is locked/i, reason: 'suspend', note: 'the mailbox is locked (vpopmail)' },
];

function stageOf(doc: string, s: number, e: number): RawRecipient['command'] {
  const text = doc.slice(s, e);
  for (const { re, command } of STAGES) {
    const m = re.exec(text);
    if (m) {
      const at = s + m.index + m[0].indexOf(m[1]);
      return { value: command, start: at, end: at + m[1].length };
    }
  }
  return findCommand(doc, s, e) ?? undefined;
}

/** The error without qmail-send's "queue too long" sentence, when an error is left. */
function cause(view: TextView): TextView {
  const cut = view.without(RE_QUEUE_TOO_LONG);
  return cut !== view && /[a-z]{3}/i.test(cut.text) ? cut : view;
}

function paragraphs(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  for (const range of scan.bodies) {
    let current: { address: RawRecipient['address']; lines: Line[] } | null = null;
    const flush = (): void => {
      if (!current) return;
      const rcpt: RawRecipient = { address: current.address };
      if (current.lines.length) {
        const whole = viewOfLines(doc, current.lines);
        const [s, e] = whole.whole();
        const command = stageOf(doc, s, e);
        if (command) rcpt.command = command;
        rcpt.diagnostic = cause(whole);
        for (const v of VERDICTS) {
          const m = v.re.exec(doc.slice(s, e));
          if (m) {
            rcpt.hint = { reason: v.reason, start: s + m.index, end: s + m.index + m[0].length, note: v.note };
            break;
          }
        }
      }
      out.push(rcpt);
      current = null;
    };
    for (const line of splitLines(doc, range.start, range.end)) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
      if (RE_COPY.test(text) || RE_RETURNED_START.test(text)) break;
      const m = RE_ADDRESS_LINE.exec(text.trim());
      if (m) {
        flush();
        const a = firstAddress(doc, line.start, line.end);
        current = { address: a ? { value: a.address, start: a.start, end: a.end } : null, lines: [] };
        continue;
      }
      if (isBlank(doc, line)) {
        if (current && current.lines.length) flush();
        continue;
      }
      if (current) current.lines.push(line);
    }
    flush();
    if (out.length) break;
  }
  return out;
}

export const qmail: Format = {
  id: 'qmail',
  label: 'qmail',
  reference: 'https://cr.yp.to/qmail.html',
  detect: (scan) =>
    bodyHead(scan).includes('this is the qmail-send program') ||
    bodyHead(scan).includes('qmail-send') ||
    (subject(scan) === 'failure notice' && bodyHead(scan).includes("i'm afraid i wasn't able to deliver your message")),
  parse(input) {
    const recipients = paragraphs(input.scan);
    if (recipients.length) return { recipients };
    return fromText(input);
  },
};
