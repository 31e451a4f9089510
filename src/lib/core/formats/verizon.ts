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

// A mail view that joins the lines of a paragraph puts "Error: …" on the line of the first
// sentence, and the original's From/To/Subject on the line of "Original Message:".
const RE_MMS = /^\s*message could not be delivered to(?: mobile\b|[ \t]*$)/i;
/** The first sentence, also when a narrow view broke it before "mobile". */
const RE_MMS_HEAD = /message could not be delivered to\s+mobile\b/;
const RE_ERROR = /^\s*error:\s*/i;
const RE_ERROR_IN = /\berror:[ \t]*/i;
const RE_ORIGINAL = /^\s*original message:/i;
/** The original's To field, on its line or inside a joined one, up to the next field's name. */
const RE_TO_FIELD = /(?:^|\s)to:[ \t]*/i;
const RE_NEXT_FIELD = /\s(?:subject|date|cc|from|message-id):\s/i;

export const verizon: Format = {
  id: 'verizon',
  label: 'Verizon Wireless (vtext.com / vzwpix.com)',
  reference: 'https://www.verizon.com/support/',
  needs: ['message could not be delivered to', 'error message below:'],
  detect: (scan) => {
    const head = bodyHead(scan);
    if (headHas(scan, 'message could not be delivered to') && RE_MMS_HEAD.test(head)) return true;
    return headHas(scan, 'error message below:') && (from(scan).includes('@vtext.com') || /rcpt to:\s*\S+@vtext\.com\b/.test(head));
  },
  parse(input) {
    const { scan } = input;
    const doc = scan.document;
    const lines = noticeLines(scan, 100);
    const mms = findLine(lines, RE_MMS);
    if (mms === -1) return apacheJames.parse(input);
    const joinedErr = RE_ERROR_IN.exec(lines[mms].text);
    const err = joinedErr ? mms : findLine(lines, RE_ERROR, mms + 1);
    const errAt = joinedErr ? joinedErr.index + joinedErr[0].length : err === -1 ? 0 : RE_ERROR.exec(lines[err].text)![0].length;
    const diagnostic = err === -1 ? undefined : viewOfRest(doc, lines[err], lines[err].start + errAt);
    const original = findLine(lines, RE_ORIGINAL, mms + 1);
    const out: RawRecipient[] = [];
    for (let i = original === -1 ? lines.length : original; i < lines.length; i++) {
      const line = lines[i];
      const from = i === original ? RE_ORIGINAL.exec(line.text)![0].length : 0;
      const to = i === original ? RE_TO_FIELD.exec(line.text.slice(from)) : /^\s*to:[ \t]*/i.exec(line.text);
      if (!to) continue;
      const vs = from + to.index + to[0].length;
      const next = RE_NEXT_FIELD.exec(line.text.slice(vs));
      const ve = next ? vs + next.index : line.text.length;
      for (const a of findAddresses(doc, line.start + vs, line.start + ve)) out.push({ address: foundAddress(a), ...(diagnostic ? { diagnostic } : {}) });
      break;
    }
    if (out.length === 0 && diagnostic) out.push({ address: null, diagnostic });
    return out.length ? { recipients: out } : null;
  },
};
