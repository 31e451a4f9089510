/**
 * Trustwave (formerly Marshal) MailMarshal SMTP gateway, subject "Undeliverable Mail:
 * "<original subject>"":
 *
 *   Your message:
 *      From:    sender@example.com
 *      Subject: Hello
 *
 *   Could not be delivered because of
 *
 *   550 5.1.1 User unknown
 *
 *   The following recipients were affected:
 *       nobody@example.org
 *
 *   Additional Information
 *   ======================
 *   Remote-MTA:         <192.0.2.2>
 *
 * The reply follows "Could not be delivered because of", the addresses follow "The
 * following recipients were affected:". Learnt from MailMarshal notices.
 */
import type { Format, RawRecipient, Found } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';

const RE_BECAUSE = /^\s*could not be delivered because of\b/i;
const RE_AFFECTED = /^\s*the following recipients were affected:?\s*$/i;
const RE_REMOTE = /^\s*remote-mta:\s*<?([^>\s]+)>?/i;

export const mailmarshal: Format = {
  id: 'mailmarshal',
  label: 'Trustwave MailMarshal',
  reference: 'https://www.trustwave.com/',
  needs: ['could not be delivered because of'],
  detect: (scan) => {
    return headHas(scan, 'could not be delivered because of') && headHas(scan, 'the following recipients were affected');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const because = findLine(lines, RE_BECAUSE);
    const affected = findLine(lines, RE_AFFECTED);
    if (because === -1 || affected === -1) return null;
    // The words may stand on the same line as the marker or in the next paragraph.
    const line = lines[because];
    const restAt = line.text.toLowerCase().indexOf('because of') + 'because of'.length;
    const sameLine = line.text.slice(restAt).trim();
    const [ds, de] = sameLine ? [because, because + 1] : paragraphAt(lines, because + 1, RE_AFFECTED);
    let diagnostic = viewOf(doc, lines, ds, de);
    if (sameLine && diagnostic) diagnostic = diagnostic.slice(diagnostic.text.toLowerCase().indexOf('because of') + 'because of'.length, diagnostic.length).trimmed();
    let remoteMta: Found | undefined;
    const r = findLine(lines, RE_REMOTE, affected);
    if (r !== -1) {
      const m = RE_REMOTE.exec(lines[r].text);
      if (m) {
        const s = lines[r].start + m.index + m[0].indexOf(m[1]);
        remoteMta = { value: m[1], start: s, end: s + m[1].length };
      }
    }
    const [as, ae] = paragraphAt(lines, affected + 1);
    const out: RawRecipient[] = [];
    for (let i = as; i < ae; i++) {
      const found = findAddresses(doc, lines[i].start, lines[i].end);
      // The list is one address a line; the first line without one ends it, where a copy
      // lost the blank line before "Additional Information" (whose "Original Sender:" is
      // the sender, never a recipient).
      if (found.length === 0) break;
      for (const a of found) out.push({ address: foundAddress(a), diagnostic, ...(remoteMta ? { remoteMta } : {}) });
    }
    return out.length ? { recipients: out } : null;
  },
};
