/**
 * TransWARE Active!hunter (a Japanese mail filter) bounces, subject "FAILURE NOTICE :"
 * and an X-AHMailID header. Sendmail's headings, its own recipient lines:
 *
 *     ----- The following addresses had permanent fatal errors -----
 *
 *   >>> someone@example.org <someone@example.org>
 *
 *     ----- Transcript of session follows -----
 *   550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
 *
 * Each ">>> address <address>" line is a recipient; the first reply line of the
 * transcript is the reason. Learnt from these bounces.
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, headHas, hasHeader } from './common.ts';
import { noticeLines, foundAddress, findLine, viewOf } from './notice.ts';
import { firstAddress } from '../read/address.ts';

const RE_RECIPIENT = /^\s*>>>\s+\S+\s+<([^\s<>@]+@[^\s<>]+)>\s*$/;
const RE_TRANSCRIPT = /(?<!-)-{3,}\s*transcript of session follows\s*-{3,}/i;
const RE_REPLY = /^[0-9A-Za-z]/;

export const activehunter: Format = {
  id: 'activehunter',
  label: 'Active!hunter',
  reference: 'TransWARE Active!hunter bounces (">>> address <address>" under sendmail\'s headings); learnt from these bounces',
  needs: ['the following addresses had permanent fatal errors'],
  detect: (scan) =>
    headHas(scan, 'the following addresses had permanent fatal errors') &&
    (hasHeader(scan, 'x-ahmailid') || /^[ \t]*>>>[ \t]+[^\s@]+@\S+\s+<[^\s@]+@\S+>[ \t]*$/m.test(bodyHead(scan))),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const recipients: RawRecipient[] = [];
    for (const line of lines) {
      if (!RE_RECIPIENT.test(line.text)) continue;
      const a = firstAddress(doc, line.start + line.text.indexOf('<'), line.end);
      if (a) recipients.push({ address: foundAddress(a) });
    }
    if (recipients.length === 0) return null;
    const t = findLine(lines, RE_TRANSCRIPT);
    const r = t === -1 ? -1 : findLine(lines, RE_REPLY, t + 1);
    const diagnostic = r === -1 ? undefined : viewOf(doc, lines, r, r + 1);
    if (diagnostic) for (const rcpt of recipients) rcpt.diagnostic = diagnostic;
    return { recipients };
  },
};
