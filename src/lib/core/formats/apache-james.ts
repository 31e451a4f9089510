/**
 * Apache James' bounce notice (its Bounce / NotifySender mailets), as James-based
 * services send it:
 *
 *   Error: Invalid user address
 *
 *   Error message below:
 *   550 - Requested action not taken: no such user here
 *
 *   Message details:
 *     Subject: Hello
 *     MAIL FROM: sender@example.com
 *     RCPT TO: nobody@example.org
 *
 * The reply follows "Error message below:"; the failed recipients are the "RCPT TO:"
 * lines of the message details (the envelope, not a transcript). James' DSN bounce says
 * "Hi. This is the James mail server at <host>." and lists the addresses under "Failed
 * recipient(s):" and the reply under "Error message:". Learnt from James notices; the
 * mailets are described in the James server documentation.
 */
import type { Format, RawRecipient } from './types.ts';
import { copyRecipient, headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';
import { headerRecipients } from '../read/text-blocks.ts';

const RE_ERROR = /^\s*error message(?: below)?:\s*$/i;
const RE_FAILED = /^\s*failed recipient\(s\):\s*$/i;
const RE_DETAILS = /^\s*message details:\s*$/i;
const RE_RCPT = /^\s*rcpt to:\s*/i;

export const apacheJames: Format = {
  id: 'apache-james',
  label: 'Apache James',
  reference: 'https://james.apache.org/',
  needs: ['error message below:', 'failed recipient(s):'],
  detect: (scan) => {
    return (
      (headHas(scan, 'error message below:') && headHas(scan, 'message details:')) ||
      (headHas(scan, 'failed recipient(s):') && headHas(scan, 'error message:') && headHas(scan, 'james'))
    );
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const err = findLine(lines, RE_ERROR);
    if (err === -1) return null;
    const [ds, de] = paragraphAt(lines, err + 1, RE_DETAILS);
    const diagnostic = viewOf(doc, lines, ds, de);
    const out: RawRecipient[] = [];
    const failed = findLine(lines, RE_FAILED);
    if (failed !== -1) {
      const [fs, fe] = paragraphAt(lines, failed + 1, RE_ERROR);
      for (let i = fs; i < fe; i++) for (const a of findAddresses(doc, lines[i].start, lines[i].end)) out.push({ address: foundAddress(a), diagnostic });
    }
    const details = findLine(lines, RE_DETAILS, err + 1);
    if (details !== -1 && out.length === 0) {
      for (let i = details + 1; i < lines.length; i++) {
        const m = RE_RCPT.exec(lines[i].text);
        if (!m) continue;
        for (const a of findAddresses(doc, lines[i].start + m[0].length, lines[i].end)) out.push({ address: foundAddress(a), diagnostic });
      }
    }
    if (out.length === 0) {
      const named = headerRecipients(scan);
      // (Copied field by field, not spread: see copyRecipient.)
      for (const r of named) {
        const c = copyRecipient(r);
        c.diagnostic = diagnostic;
        out.push(c);
      }
      if (!named.length) out.push({ address: null, diagnostic });
    }
    return { recipients: out };
  },
};
