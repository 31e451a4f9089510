/**
 * Verizon Wireless's email gateways. Mail to a phone's text address (@vtext.com) comes
 * back from post_master@vtext.com in Apache James' notice layout (`apache-james`, whose
 * reader this uses): "Error: <summary>", the reply after "Error message below:", the
 * envelope under "Message details:" ("RCPT TO: 5550100@vtext.com"). Mail to the
 * picture-message gateway (@vzwpix.com) comes back from sysadmin@...vzwpix.com:
 *
 *   Message could not be delivered to mobile.
 *   Error: No valid recipients for this MM
 *
 *   Original Message:
 *   From: Sender <sender@example.com>
 *   To: 5550100@vzwpix.com
 *   Subject: ...
 *
 * The recipient is that "To:" line and the reason the "Error:" line. Learnt from these
 * notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, headHas, from } from './common.ts';
import { apacheJames } from './apache-james.ts';
import { noticeLines, findLine, viewOfRest, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';

const RE_MMS = /^\s*message could not be delivered to mobile\.?\s*$/i;
const RE_ERROR = /^\s*error:\s*/i;
const RE_ORIGINAL = /^\s*original message:\s*$/i;

export const verizon: Format = {
  id: 'verizon',
  label: 'Verizon Wireless (vtext.com / vzwpix.com)',
  reference: 'https://www.verizon.com/support/',
  needs: ['message could not be delivered to mobile', 'error message below:'],
  detect: (scan) => {
    const head = bodyHead(scan);
    if (headHas(scan, 'message could not be delivered to mobile')) return true;
    return headHas(scan, 'error message below:') && (from(scan).includes('@vtext.com') || /rcpt to:\s*\S+@vtext\.com\b/.test(head));
  },
  parse(input) {
    const { scan } = input;
    const doc = scan.document;
    const lines = noticeLines(scan, 100);
    const mms = findLine(lines, RE_MMS);
    if (mms === -1) return apacheJames.parse(input);
    const err = findLine(lines, RE_ERROR, mms + 1);
    const diagnostic = err === -1 ? undefined : viewOfRest(doc, lines[err], lines[err].start + RE_ERROR.exec(lines[err].text)![0].length);
    const original = findLine(lines, RE_ORIGINAL, mms + 1);
    const out: RawRecipient[] = [];
    for (let i = original === -1 ? lines.length : original + 1; i < lines.length; i++) {
      if (!/^\s*to:/i.test(lines[i].text)) continue;
      for (const a of findAddresses(doc, lines[i].start, lines[i].end)) out.push({ address: foundAddress(a), ...(diagnostic ? { diagnostic } : {}) });
      break;
    }
    if (out.length === 0 && diagnostic) out.push({ address: null, diagnostic });
    return out.length ? { recipients: out } : null;
  },
};
