/**
 * Trend Micro InterScan Messaging Security Suite / InterScan MSS delivery notices (From
 * "InterScan MSS" or "InterScan Notification", "Message from InterScan Messaging
 * Security Suite"). Two shapes:
 *
 *   Sent <<< RCPT TO:<nobody@example.org>
 *   Received >>> 550 5.1.1 <nobody@example.org>... user unknown
 *
 * (note the arrows: "<<<" is what InterScan sent, ">>>" what it received), or
 *
 *   Unable to deliver message to <nobody@example.org> (and other recipients in the same
 *   domain). Please check if address is correct.
 *
 * where the request to check the address is InterScan's own statement that the address
 * was refused. Learnt from InterScan notices.
 */
import type { Format, RawRecipient, Found, ReasonHint } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, from } from './common.ts';
import { noticeLines, viewOfRest, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { endsSentence } from '../read/wrapped.ts';

const RE_SENT = /^\s*sent\s*<<<\s*(rcpt to|mail from|data|helo|ehlo)\b/i;
const RE_RECEIVED = /^\s*received\s*>>>\s*/i;
const RE_UNABLE = /unable to deliver message to\s*<?[^\s<>]+@[^\s<>]+>?/i;
/** How many more lines a hard-wrapped copy breaks one reply into, at most. */
const MAX_PIECES = 3;
const RE_CHECK = /please check if (?:the )?address is correct/i;

const COMMANDS: Record<string, SmtpCommand> = { 'rcpt to': 'RCPT', 'mail from': 'MAIL', data: 'DATA', helo: 'HELO', ehlo: 'EHLO' };

export const trendmicro: Format = {
  id: 'trendmicro',
  label: 'Trend Micro InterScan Messaging Security',
  reference: 'https://www.trendmicro.com/',
  needs: ['interscan messaging security', 'sent <<< rcpt to:'],
  needsFrom: ['interscan'],
  detect: (scan) => {
    return from(scan).includes('interscan') || headHas(scan, 'interscan messaging security') || (headHas(scan, 'sent <<< rcpt to:') && headHas(scan, 'received >>>'));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const out: RawRecipient[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const sent = RE_SENT.exec(line.text);
      if (sent) {
        const next = lines[i + 1];
        const got = next ? RE_RECEIVED.exec(next.text) : null;
        if (!got || !next) continue;
        const a = firstAddress(doc, line.start, line.end) ?? firstAddress(doc, next.start, next.end);
        const s = line.start + sent.index + sent[0].length - sent[1].length;
        const command: Found<SmtpCommand> = { value: COMMANDS[sent[1].toLowerCase()], start: s, end: s + sent[1].length };
        // The reply on one line; a hard-wrapped copy breaks it, the piece at the margin
        // ("Received >>> 550 5.1.1 <addr>... user" / "unknown"): the lines under it go on with
        // it while the line above stops mid-sentence.
        let j = i + 2;
        while (j < lines.length && j - i < 2 + MAX_PIECES && lines[j].text.trim() && !endsSentence(lines[j - 1].text) && !RE_SENT.test(lines[j].text) && !RE_RECEIVED.test(lines[j].text) && !RE_UNABLE.test(lines[j].text)) j++;
        const diagnostic =
          j > i + 2 ? viewOfLines(doc, [{ start: next.start + got[0].length, end: next.end, next: next.next }, ...lines.slice(i + 2, j)]) : viewOfRest(doc, next, next.start + got[0].length);
        out.push({ address: a ? foundAddress(a) : null, diagnostic, command });
        i = j - 1;
        continue;
      }
      const unable = RE_UNABLE.exec(line.text);
      if (unable) {
        const a = firstAddress(doc, line.start + unable.index, line.end);
        if (!a) continue;
        // The same address after its transcript: the transcript already says why.
        if (out.some((r) => r.address?.value.toLowerCase() === a.address.toLowerCase())) continue;
        // Its words: the rest of the line and the lines under it in its paragraph, where the
        // VirusWall NT notice puts the remote server's reply ("The remote server replied: 552
        // 5.2.2 …", flufl.bounce simplematch's kviv.be layout, "***** End of message *****"
        // after it).
        let j = i + 1;
        while (j < lines.length && lines[j].text.trim() && !/^\s*\*{3,}/.test(lines[j].text) && !RE_SENT.test(lines[j].text) && !RE_UNABLE.test(lines[j].text)) j++;
        const rest = { start: line.start + unable.index, end: line.end, next: line.next };
        const rcpt: RawRecipient = { address: foundAddress(a), diagnostic: j > i + 1 ? viewOfLines(doc, [rest, ...lines.slice(i + 1, j)]) : viewOfRest(doc, line, line.start + unable.index) };
        // "Please check if address is correct." ends the sentence, on its line or the next.
        const checkLine = RE_CHECK.test(line.text) ? line : lines[i + 1] && RE_CHECK.test(lines[i + 1].text) ? lines[i + 1] : null;
        const check = checkLine ? RE_CHECK.exec(checkLine.text) : null;
        if (checkLine && check) {
          const cs = checkLine.start + check.index;
          rcpt.hint = { reason: 'userunknown', start: cs, end: cs + check[0].length, note: 'InterScan: the address was refused; it asks to check that the address is correct' } as ReasonHint;
        }
        out.push(rcpt);
      }
    }
    return out.length ? { recipients: out } : null;
  },
};
