/**
 * Sendmail 5 and the MTAs that kept its layout (old Unix vendors' sendmail, mail
 * appliances built on it): the returned mail holds only the session transcript, from
 * "----- Transcript of session follows -----" up to "----- Unsent message follows -----"
 * (or "----- No message was collected -----"), with no list of failed addresses and no
 * DSN part. Per remote host there is a "While talking to <host>:" section with the
 * command sent (">>> RCPT To:<...>") and the reply ("<<< 550 ..."), then sendmail's own
 * verdict, per address ("554 <nobody@example.org>... Remote protocol error") or per host
 * ("550 example.org (smtp)... 550 Host unknown"; "421 example.org (smtp)... Deferred:
 * Connection timed out").
 *
 * Each address line is a recipient; its reason is the remote reply it follows (when that
 * reply was not yet given to another address) and sendmail's words after the "... ", and
 * its stage is the command that reply answered. Learnt from sendmail 5's savemail.c
 * output as bounces of this age show it; the subject is "Returned mail: <reason>".
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, subject, linesAfter } from './common.ts';
import type { Line } from '../text/lines.ts';
import { firstAddress, findAddresses } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const RE_TRANSCRIPT = /(?<!-)-{3,} ?transcript of session follows ?-{3,}/i;
const RE_END =
  /^\s*-{3,} ?(?:unsent message follows|no message was collected|original message follows|message header follows|the following addresses had)/i;
/** sendmail's verdict on one address: "554 <nobody@example.org>... reason". */
const RE_ADDRESS_VERDICT = /^\s*[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?<?([^\s<>@]+@[^\s<>]+?)>?\.\.\.\s*/;
/** sendmail's verdict on one host: "421 example.org (smtp)... Deferred: ...". */
const RE_HOST_VERDICT = /^\s*[245]\d\d[ -]([a-z0-9.-]+\.[a-z]{2,}\.?) \([a-z]+\)\.\.\.\s*/i;
const RE_SENT = /^\s*>>>\s*([A-Za-z]+)/;
const RE_GOT = /^\s*<<<\s*/;
/** A transcript line that opens something of its own: a command, a reply, a verdict, "While talking to". */
const RE_PIECE_OPENS = /^\s*(?:>>>|<<<|[245]\d\d[ -]|(?:\.\.\.\s*)?while talking to\b|-{3,})/i;
const COMMANDS: Record<string, SmtpCommand> = { rcpt: 'RCPT', mail: 'MAIL', data: 'DATA', helo: 'HELO', ehlo: 'EHLO' };

/** What the line above was: a reply ("<<< …"), an address's verdict (its recipient and lines), or else. */
interface Above {
  reply: boolean;
  entry: { rcpt: RawRecipient; lines: Line[] } | null;
}

/** The recipients of a transcript-only bounce, or none when no address line is there. */
export function transcriptRecipients(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const after of linesAfter(scan, RE_TRANSCRIPT)) {
    const out: RawRecipient[] = [];
    let command: Found<SmtpCommand> | null = null;
    let reply: Line[] = [];
    let hostVerdict: { host: string; lines: Line[] } | null = null;
    let above: Above | null = null;
    for (const line of after) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
      if (RE_END.test(text)) break;
      const was = above as Above | null;
      above = { reply: false, entry: null };
      // A hard-wrapped copy breaks a reply or a verdict, the piece at the margin ("<<< 550 …
      // You cannot send E-Mail to" / "yourself (…).", "… Remote protocol error:" /
      // "Connection reset by peer …"): every line of the transcript opens with a command, a
      // reply, a code or "While talking to", so a line of none of those shapes right under a
      // reply or a verdict goes on with it.
      if (was && (was.reply || was.entry) && text.trim() && !RE_PIECE_OPENS.test(text)) {
        if (was.reply) reply.push(line);
        else if (was.entry) {
          was.entry.lines.push(line);
          was.entry.rcpt.diagnostic = viewOfLines(doc, was.entry.lines);
        }
        above = { reply: was.reply, entry: was.entry };
        continue;
      }
      if (/^\s*(?:\.\.\.\s*)?while talking to\b/i.test(text)) {
        command = null;
        reply = [];
        continue;
      }
      const sent = RE_SENT.exec(text);
      if (sent) {
        const value = COMMANDS[sent[1].toLowerCase()];
        const s = line.start + text.indexOf(sent[1]);
        command = value ? { value, start: s, end: s + sent[1].length } : null;
        reply = [];
        continue;
      }
      const got = RE_GOT.exec(text);
      if (got) {
        reply.push({ start: line.start + got[0].length, end: line.end, next: line.next });
        above.reply = true;
        continue;
      }
      const v = RE_ADDRESS_VERDICT.exec(text);
      if (!v) {
        const h = RE_HOST_VERDICT.exec(text);
        if (h && !hostVerdict) hostVerdict = { host: h[1], lines: [...reply, line] };
        continue;
      }
      const a = firstAddress(doc, line.start, line.start + v[0].length);
      if (!a) continue;
      const restStart = line.start + v[0].length;
      // The words after "... " are sendmail's; when they quote a reply code of their
      // own ("... 550 Host unknown"), that code is the remote one, so start there.
      const own = /^\s*[245]\d\d\b/.test(doc.slice(restStart, line.end)) ? { start: restStart, end: line.end, next: line.next } : line;
      const lines = reply.length ? [...reply, own] : [own];
      const rcpt: RawRecipient = { address: { value: a.address, start: a.start, end: a.end }, diagnostic: viewOfLines(doc, lines) };
      if (reply.length && command) rcpt.command = command;
      out.push(rcpt);
      above.entry = { rcpt, lines };
      reply = [];
      command = null;
    }
    if (out.length) return out;
    if (hostVerdict) return returnedRecipients(doc, after, hostVerdict);
  }
  return [];
}

/**
 * A transcript whose only verdict is per host ("421 example.org (smtp)... Deferred: ...")
 * names no address: the recipients are then those of the unsent message's To: and Cc:
 * at that host's domain (or the one address there, when it names only one).
 */
function returnedRecipients(doc: string, after: Line[], verdict: { host: string; lines: Line[] }): RawRecipient[] {
  let i = after.findIndex((l) => /^\s*-{3,} ?unsent message follows/i.test(doc.slice(l.start, Math.min(l.end, l.start + 80))));
  if (i === -1) return [];
  const found: Found[] = [];
  for (i++; i < after.length && found.length === 0; i++) {
    const line = after[i];
    const text = doc.slice(line.start, Math.min(line.end, line.start + 400));
    if (!text.trim()) break;
    if (!/^(?:to|cc):/i.test(text)) continue;
    for (const a of findAddresses(doc, line.start + 3, line.end)) found.push({ value: a.address, start: a.start, end: a.end });
  }
  const host = verdict.host.toLowerCase().replace(/\.$/, '');
  const atHost = found.filter((a) => {
    const domain = a.value.slice(a.value.lastIndexOf('@') + 1).toLowerCase();
    return domain === host || host.endsWith('.' + domain) || domain.endsWith('.' + host);
  });
  const chosen = atHost.length ? atHost : found.length === 1 ? found : [];
  const diagnostic = viewOfLines(doc, verdict.lines);
  return chosen.map((address) => ({ address, addressSource: 'returned-to' as const, diagnostic }));
}

export const v5sendmail: Format = {
  id: 'v5sendmail',
  label: 'Sendmail 5 (transcript only)',
  reference: 'sendmail 5 savemail.c: "Transcript of session follows" / "Unsent message follows"; learnt from bounces of this layout',
  // The same messages sendmail's own format takes, without its list of failed addresses;
  // parse returns null (and sendmail reads the message) unless the transcript names them.
  needs: ['transcript of session follows'],
  needsSubject: ['returned mail:', 'warning: could not send message'],
  detect: (scan) =>
    (subject(scan).startsWith('returned mail:') ||
      subject(scan).startsWith('warning: could not send message') ||
      headHas(scan, 'transcript of session follows')) &&
    !headHas(scan, 'the following addresses had'),
  parse({ scan, dsn }) {
    if (dsn.recipients.length > 0) return null;
    const recipients = transcriptRecipients(scan);
    if (recipients.length === 0) return null;
    return subject(scan).startsWith('warning: could not send message') ? { recipients, delayed: true } : { recipients };
  },
};
