/**
 * Netscape Messaging Server (and the iPlanet servers after it), long run by ISPs and
 * phone carriers, writes its notices under one heading, then the cause in words, then
 * the recipients, then a closing line:
 *
 *   This Message was undeliverable due to the following reason:
 *
 *   The user(s) account is temporarily over quota.
 *
 *   <nobody@example.org>
 *
 *   Please reply to <Postmaster@example.net>
 *   if you feel this message to be in error.
 *
 * Longer causes run over several paragraphs ("Your message was not delivered because the
 * destination computer was not found. ...") with the recipients under "The following
 * recipients did not receive this message:". When a remote server refused them, each
 * recipient has its own lines instead:
 *
 *       Recipient: <nobody@example.org>
 *       Reason:    5.1.1 <nobody@example.org>... User unknown
 *
 * and a one-line cause may name its recipient itself ("<nobody@example.org> has
 * restricted SMS e-mail"). The address in "Please reply to <…>" is the postmaster's, never
 * a recipient. Learnt from these notices as list managers (GNU Mailman's flufl.bounce
 * "Netscape" detector) and bounce handlers quote them.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, foundAddress, isBlankText, viewOfRest, type TextLine } from './notice.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import type { Line } from '../text/lines.ts';
import { firstAddress, findAddresses } from '../read/address.ts';
import type { TextView } from '../text/view.ts';

const RE_HEADING = /^\s*this message was undeliverable due to the following reason:\s*$/i;
/** The closing lines: the postmaster's address, not a recipient's. */
const RE_CLOSE = /^\s*please reply to\b/i;
/** The line that introduces the recipients under a long cause. */
const RE_LIST_LEAD = /^\s*the following recipients? did not receive this message:?\s*$/i;
const RE_RECIPIENT = /^\s*recipient:\s*/i;
const RE_REASON = /^\s*reason:\s*/i;

export const netscape: Format = {
  id: 'netscape',
  label: 'Netscape / iPlanet Messaging Server',
  reference: 'Netscape Messaging Server notices ("This Message was undeliverable due to the following reason:"); learnt from these notices',
  needs: ['this message was undeliverable due to the following reason'],
  detect: (scan) => headHas(scan, 'this message was undeliverable due to the following reason'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const heading = findLine(lines, RE_HEADING);
    if (heading === -1) return null;
    let end = findLine(lines, RE_CLOSE, heading + 1);
    if (end === -1) end = lines.length;
    const recipients = perRecipient(doc, lines, heading + 1, end);
    if (recipients.length) return { recipients };
    return causeThenList(doc, lines, heading + 1, end);
  },
};

/** "Recipient: <…>" lines, each with the "Reason:" line after it. */
function perRecipient(doc: string, lines: TextLine[], from: number, end: number): RawRecipient[] {
  const out: RawRecipient[] = [];
  for (let i = from; i < end; i++) {
    const m = RE_RECIPIENT.exec(lines[i].text);
    if (!m) continue;
    const a = firstAddress(doc, lines[i].start + m[0].length, lines[i].end);
    if (!a) continue;
    const rcpt: RawRecipient = { address: foundAddress(a) };
    const r = i + 1 < end ? RE_REASON.exec(lines[i + 1].text) : null;
    if (r) {
      // The reason runs on over indented lines until a blank line or the next recipient.
      let j = i + 2;
      while (j < end && !isBlankText(lines[j].text) && !RE_RECIPIENT.test(lines[j].text)) j++;
      const reason: Line[] = [{ start: lines[i + 1].start + r[0].length, end: lines[i + 1].end, next: lines[i + 1].next }, ...lines.slice(i + 2, j)];
      const diagnostic = viewOfLines(doc, reason);
      if (diagnostic.length) rcpt.diagnostic = diagnostic;
      i = j - 1;
    }
    out.push(rcpt);
  }
  return out;
}

/**
 * The cause in the paragraphs under the heading, the recipients after it: in the paragraph
 * that holds addresses (after "The following recipients did not receive this message:"
 * when there is one). A recipient named on a cause line keeps that line as its words.
 */
function causeThenList(doc: string, lines: TextLine[], from: number, end: number): { recipients: RawRecipient[] } | null {
  const lead = findLine(lines.slice(0, end), RE_LIST_LEAD, from);
  // Where the cause ends: at the list's lead, else at the first line that holds an address.
  let causeEnd = lead;
  if (causeEnd === -1) {
    causeEnd = from;
    while (causeEnd < end && lines[causeEnd].text.indexOf('@') === -1) causeEnd++;
  }
  const causeLines = lines.slice(from, causeEnd).filter((l) => !isBlankText(l.text));
  const cause: TextView | undefined = causeLines.length ? viewOfLines(doc, causeLines) : undefined;
  const recipients: RawRecipient[] = [];
  const seen = new Set<string>();
  for (let i = lead === -1 ? causeEnd : lead + 1; i < end; i++) {
    const line = lines[i];
    if (line.text.indexOf('@') === -1) continue;
    for (const a of findAddresses(doc, line.start, line.end)) {
      if (seen.has(a.address)) continue;
      seen.add(a.address);
      // "<nobody@example.org> has restricted SMS e-mail": the rest of its line is its cause.
      const rest = viewOfRest(doc, line, a.end + (doc[a.end] === '>' ? 1 : 0));
      const words = rest && /[a-z]{3}/i.test(rest.text) ? rest : cause;
      recipients.push(words ? { address: foundAddress(a), diagnostic: words } : { address: foundAddress(a) });
    }
  }
  return recipients.length ? { recipients } : null;
}
