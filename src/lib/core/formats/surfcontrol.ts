/**
 * SurfControl (later Websense) E-mail Filter notices (X-Mailer "SurfControl E-mail
 * Filter", X-SEF-* headers):
 *
 *   Your message could not be sent.
 *   A transcript of the attempts to send the message follows.
 *   The number of attempts made: 1
 *   Addressed To: someone@example.org
 *
 *   Thu, 29 Apr 2010 23:34:45 +0900
 *   Failed to send to identified host,
 *   someone@example.org: [192.0.2.5], 550 someone@example.org... No such user
 *   --- Message non-deliverable.
 *
 * The recipients are the "Addressed To:" lines; each attempt names the address, the host
 * it tried in brackets and, after the comma, that host's reply. An RFC 3464 part may
 * follow. Learnt from these notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { endsSentence } from '../read/wrapped.ts';

const RE_TO = /^\s*addressed to:\s*<?[^\s<>]+@/i;
/** "someone@example.org: [192.0.2.5], 550 ..." */
/** How many more lines a hard-wrapped copy breaks one attempt into, at most. */
const MAX_PIECES = 3;
const RE_ATTEMPT = /^\s*<?([^\s<>@]+@[^\s<>:]+)>?:\s*\[([^\]\s]+)\],\s*(\S.*)$/;

export const surfcontrol: Format = {
  id: 'surfcontrol',
  label: 'SurfControl E-mail Filter',
  reference: 'SurfControl / Websense E-mail Filter notices ("Your message could not be sent."); learnt from these notices',
  needs: ['a transcript of the attempts to send the message follows'],
  detect: (scan) => headHas(scan, 'a transcript of the attempts to send the message follows'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const byAddress = new Map<string, RawRecipient>();
    for (const line of lines) {
      if (!RE_TO.test(line.text)) continue;
      const a = firstAddress(doc, line.start, line.end);
      if (a && !byAddress.has(a.address.toLowerCase())) byAddress.set(a.address.toLowerCase(), { address: foundAddress(a) });
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const m = RE_ATTEMPT.exec(line.text);
      if (!m) continue;
      const a = firstAddress(doc, line.start, line.end);
      if (!a) continue;
      let rcpt = byAddress.get(a.address.toLowerCase());
      if (!rcpt) byAddress.set(a.address.toLowerCase(), (rcpt = { address: foundAddress(a) }));
      const hs = line.start + line.text.indexOf('[' + m[2]) + 1;
      rcpt.remoteMta = { value: m[2].toLowerCase(), start: hs, end: hs + m[2].length };
      const s = line.start + line.text.lastIndexOf(m[3]);
      // The attempt on one line; a hard-wrapped copy breaks it, the piece at the margin ("…
      // 554 Service currently" / "unavailable"): the lines under it go on with it while the
      // line above stops mid-sentence (the "--- Message non-deliverable." rule opens its own).
      let j = i + 1;
      while (j < lines.length && j - i <= MAX_PIECES && lines[j].text.trim() && !endsSentence(lines[j - 1].text) && !/^\s*-{2,}/.test(lines[j].text) && !RE_ATTEMPT.test(lines[j].text)) j++;
      rcpt.diagnostic = viewOfLines(doc, [{ start: s, end: line.end, next: line.next }, ...lines.slice(i + 1, j)]);
    }
    const recipients = [...byAddress.values()];
    if (recipients.length === 0) return null;
    return { recipients };
  },
};
