/**
 * qmail-send bounces ("Hi. This is the qmail-send program at ..."; netqmail, notqmail,
 * s/qmail, IndiMail and qmail-ldap keep the layout): one paragraph per address, "<addr>:"
 * on a line of its own, then what qmail-remote or the local delivery program said, up to
 * "--- Below this line is a copy of the message." (or "--- Enclosed is a copy of the
 * message."). A paste often starts at "I'm afraid I wasn't able to deliver your message
 * to the following addresses.", which is qmail's alone. Layout: qmail-send.c,
 * qmail-remote.c and qmail-local.c.
 *
 * qmail-remote says at which stage the remote host refused in its own words, which we
 * read as the SMTP stage: "Connected to <ip> but greeting failed." (connection), "... but
 * my name was rejected." (HELO), "... but sender was rejected." (MAIL FROM), "<ip> does
 * not like recipient." (RCPT TO), "<ip> failed on DATA command." and "<ip> failed after I
 * sent the message." (DATA); "Sorry, no SMTP connection got far enough; most progress was
 * RCPT TO." names the last stage any attempt reached. When a temporary failure outlives
 * the queue, qmail-send adds "I'm not going to try again; this message has been in the
 * queue too long." after the last error: the error before it is the cause, so it is what
 * we keep as the diagnostic.
 *
 * Some verdicts are qmail's own words and name the reason themselves (`VERDICTS`):
 * qmail-remote's "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)" (the
 * domain names no mail host: it takes no mail) and "no SMTP connection got far enough"
 * (every attempt broke off); qmail-local's "Unable to open/write/chdir ..." (the mailbox
 * on the receiving host is broken) and a .qmail program that could not be run ("bad
 * interpreter"); vpopmail's vdelivermail "account is locked" (the mailbox is disabled);
 * qmail-ldap's "Automatic homedir creator crashed" (the receiving host failed). Learnt
 * from the qmail, vpopmail and qmail-ldap sources as Sisimai's qmail module quotes them.
 *
 * The clones that write the same blocks under their own opening sentence are read by
 * `x4.ts`, with this file's reader.
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import type { Scan } from '../scan.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, fromText } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { isReturnedStart } from '../read/text-blocks.ts';
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
  { re: /\bmost progress was (RCPT TO)\b/i, command: 'RCPT' },
  { re: /\bmost progress was (MAIL FROM)\b/i, command: 'MAIL' },
  { re: /\bmost progress was (DATA)\b/i, command: 'DATA' },
];

const VERDICTS: { re: RegExp; reason: ReasonHint['reason']; note: string; unless?: RegExp }[] = [
  { re: /couldn't find a mail exchanger or ip address/i, reason: 'notaccept', note: 'qmail found no mail server for the domain: it takes no mail' },
  { re: /vdelivermail: account is locked/i, reason: 'suspend', note: 'the mailbox is locked (vpopmail)' },
  // Patched qmail-remote quotes the remote reply after it ("... said: 550 Unknown user"):
  // then the reply decides.
  {
    re: /no smtp connection got far enough/i,
    reason: 'networkerror',
    note: 'qmail could not complete an SMTP session with any of the receiving servers',
    unless: /\bsaid:?\s*[245]\d\d\b/i,
  },
  {
    re: /^[ \t]*unable to (?:open|read|write|chdir|switch|create|fork|run|forward|access|lock|stat|rename)\b[^\r\n]*/im,
    reason: 'systemerror',
    note: 'the receiving host could not write to the mailbox (qmail-local)',
  },
  { re: /automatic homedir creator crashed|temporary error in automatic homedir creation/i, reason: 'systemerror', note: 'the receiving host failed to create the mailbox (qmail-ldap)' },
  { re: /bad interpreter: no such file or directory/i, reason: 'mailererror', note: 'the program a .qmail file runs for this address could not be started' },
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

/** The "<addr>:" paragraphs of a qmail-style bounce (also used by the qmail clones' format). */
export function qmailParagraphs(scan: Scan): RawRecipient[] {
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
          if (m && !(v.unless && v.unless.test(doc.slice(s, e)))) {
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
      if (RE_COPY.test(text) || isReturnedStart(text)) break;
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
  needs: ['qmail-send', 'hi. this is the qmail', "i'm afraid i wasn't able to deliver your message"],
  detect: (scan) =>
    headHas(scan, 'qmail-send') ||
    headHas(scan, 'hi. this is the qmail') ||
    headHas(scan, "i'm afraid i wasn't able to deliver your message"),
  parse(input) {
    const recipients = qmailParagraphs(input.scan);
    if (recipients.length) return { recipients };
    return fromText(input);
  },
};
