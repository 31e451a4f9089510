/**
 * Zoho Mail's notices (from mailer-daemon@mail.zoho.com). A bounce ("Undelivered Mail
 * Returned to Sender") puts each recipient on one line, the reply split into labelled
 * pieces:
 *
 *   nobody@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <...>... User Unknown
 *   nobody@example.net Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.
 *
 * A delay warning ("Mail Delivery Status Notification (Delay)", "Message will be retried
 * for N more day(s)") lists them in brackets:
 *
 *   [Status: Error, Address: <nobody@example.org>, ResponseCode 421, , Host not reachable.]
 *
 * A temporary (4xx) reply in these notices means Zoho kept retrying: in a final bounce it
 * gave up when its retry time ran out, in a warning it is still retrying; either way the
 * message is held up by time, which we state as the hint. Learnt from Zoho's notices.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { headHas, subject } from './common.ts';
import { splitLines } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { isReturnedStart } from '../read/text-blocks.ts';
import { continuesWrapped, endsSentence } from '../read/wrapped.ts';

const RE_LINE = /^[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]+(\S.*?\bERROR_CODE\s*:.*)/i;
const RE_BRACKET = /^[ \t]*\[Status:[^,\]]*,\s*Address:\s*<([^>\s]+)>,\s*(ResponseCode(?=\s)(?:[^\]]*[^\]\s])?)\s*(?:\]\s*)?$/i;

/** A line that may open an entry: an address first, or "[Status:". */
const RE_OPENS = /^[ \t]*(?:<?[^\s<>@]+@|\[Status:)/i;

/** How many lines a hard-wrapped copy breaks one entry into, at most. */
const MAX_PIECES = 4;

function entries(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  const out: RawRecipient[] = [];
  for (const range of scan.bodies) {
    const lines = splitLines(doc, range.start, range.end);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const text = doc.slice(line.start, Math.min(line.end, line.start + 1000));
      if (/^received\s*:/i.test(text) || isReturnedStart(text)) break;
      if (!RE_OPENS.test(text)) continue;
      // Zoho writes each entry on one line; a hard-wrapped copy breaks it, the pieces at the
      // margin ("… ERROR_CODE :550, ERROR_CODE" / ":5.1.1 <addr>... User Unknown"): the lines
      // under it go on with it while the line above stops mid-sentence, also one that opens
      // with an address shaped unlike the entry ("… ERROR_CODE :5.1.1" / "<addr>... User Unknown").
      let j = i + 1;
      let whole = text;
      while (j < lines.length && j - i < MAX_PIECES) {
        const next = doc.slice(lines[j].start, Math.min(lines[j].end, lines[j].start + 1000));
        const above = doc.slice(lines[j - 1].start, Math.min(lines[j - 1].end, lines[j - 1].start + 1000));
        if (!next.trim() || endsSentence(above) || (RE_OPENS.test(next) && !continuesWrapped(above, next, text)) || /^received\s*:/i.test(next)) break;
        whole += ' ' + next.trim();
        j++;
      }
      const m = j > i + 1 ? (RE_LINE.exec(whole) ?? RE_BRACKET.exec(whole)) : (RE_LINE.exec(text) ?? RE_BRACKET.exec(text));
      if (!m) continue;
      const at = text.indexOf(m[1]);
      if (at === -1) continue;
      const a = firstAddress(doc, line.start, line.start + at + m[1].length);
      if (!a) continue;
      const rcpt: RawRecipient = { address: { value: a.address, start: a.start, end: a.end } };
      let view;
      if (j > i + 1) {
        // The words after the address on the first line, and the pieces under it.
        const rest = text.indexOf(m[2].slice(0, Math.min(m[2].length, 8)), at + m[1].length);
        const first = rest === -1 ? [] : [{ start: line.start + rest, end: line.end, next: line.next }];
        view = viewOfLines(doc, [...first, ...lines.slice(i + 1, j)]);
        i = j - 1;
      } else {
        const restStart = line.start + text.indexOf(m[2], at + m[1].length);
        view = viewOfLines(doc, [{ start: restStart, end: restStart + m[2].length, next: line.next }]);
      }
      if (view.length) {
        rcpt.diagnostic = view;
        const code = /(?:error_code\s*:|responsecode\s+)(4\d\d)\b/i.exec(view.text);
        if (code) {
          const [s, e] = view.span(code.index, code.index + code[0].length);
          rcpt.hint = { reason: 'expired', start: s, end: e, note: `Zoho kept retrying a temporary failure (${code[1]})` };
        }
      }
      out.push(rcpt);
    }
    if (out.length) break;
  }
  return out;
}

export const zoho: Format = {
  id: 'zoho',
  label: 'Zoho Mail',
  reference: 'https://www.zoho.com/mail/help/bounce-back-messages.html',
  needs: ['error_code :', '[status: '],
  detect: (scan) => {
    return headHas(scan, 'error_code :') || (headHas(scan, '[status: ') && headHas(scan, 'responsecode'));
  },
  parse({ scan }) {
    const recipients = entries(scan);
    if (recipients.length === 0) return null;
    const delayed = subject(scan).includes('(delay)') || headHas(scan, 'will be retried for');
    return { recipients, ...(delayed ? { delayed: true } : {}) };
  },
};
