/**
 * Ipswitch IMail Server ("X-Mailer: <SMTP32 vN>", subject "Undeliverable Mail"): one
 * line per failed recipient, "<what went wrong>: <address>", then "Original message
 * follows." and the original. IMail words its own failures in fixed sentences:
 *
 *   Unknown user: nobody@example.com
 *   Invalid final delivery userid: nobody@example.com     (no such local mailbox)
 *   User mailbox exceeds allowed size: nobody@example.com (over quota)
 *   Delivery failed 20 attempts: nobody@example.com       (retries used up)
 *
 * When the next server refused the message, it writes "undeliverable to <address>",
 * then "Body of message generated response:" and that server's reply. Pasted without
 * its headers, the notice is known by one of those sentences. Learnt from IMail notices
 * (Ipswitch IMail Server, SMTP32 service).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import type { ReasonId } from '../types.ts';
import { bodyHead, headHas, subject, from } from './common.ts';
import { header } from '../scan.ts';
import { noticeLines, findLine, paragraphAt, viewOf, viewOfRest, isBlankText, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';

/** IMail's own sentences and the reason each states. */
const OWN: { re: RegExp; reason: ReasonId; note: string }[] = [
  { re: /^\s*unknown user\b/i, reason: 'userunknown', note: 'IMail: no such user' },
  { re: /^\s*invalid final delivery userid\b/i, reason: 'userunknown', note: 'IMail: no local mailbox by that name' },
  { re: /^\s*user mailbox exceeds allowed size\b/i, reason: 'mailboxfull', note: "IMail: the recipient's mailbox is over its size limit" },
  { re: /^\s*delivery failed \d+ attempts\b/i, reason: 'expired', note: 'IMail gave up after its retries' },
];

const RE_OWN_LINE = /^[ \t]*(?:unknown user|invalid final delivery userid|user mailbox exceeds allowed size|delivery failed \d+ attempts):\s*<?[^\s<>@]+@/m;
const RE_LINE = /^\s*([A-Za-z][^:<>@]{3,80}):\s*<?([^\s<>@]+@[^\s<>]+?)>?\s*$/;
const RE_UNDELIVERABLE = /^\s*undeliverable to\s+\S+@\S+/i;
const RE_RESPONSE = /^\s*body of message generated response:/i;

export const imail: Format = {
  id: 'imail',
  label: 'Ipswitch IMail Server',
  reference: 'https://www.imailserver.com/',
  // (Each way detect fits needs one of these: IMail's own lines in the head, an
  // "undeliverable" subject, or a postmaster sender.)
  needs: ['body of message generated response:', 'original message follows'],
  needsSubject: ['undeliverable'],
  needsFrom: ['postmaster'],
  detect: (scan) => {
    // (The X-Mailer is looked up only for a notice whose subject or sender fits.)
    if ((subject(scan).includes('undeliverable') || from(scan).includes('postmaster')) && (header(scan.headers, 'x-mailer')?.value ?? '').toLowerCase().startsWith('<smtp32 v')) return true;
    if (subject(scan).startsWith('undeliverable mail') && (headHas(scan, 'original message follows') || headHas(scan, 'body of message generated response')))
      return true;
    // Pasted without headers: IMail's own sentence before an address, or the line that
    // introduces the next server's reply, is enough.
    const head = bodyHead(scan);
    return headHas(scan, 'body of message generated response:') || (headHas(scan, 'original message follows') && RE_OWN_LINE.test(head));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 120);
    const out: RawRecipient[] = [];
    // "undeliverable to <addr>" + "Body of message generated response:" + the reply.
    const u = findLine(lines, RE_UNDELIVERABLE);
    if (u !== -1) {
      const addrs = findAddresses(doc, lines[u].start, lines[u].end);
      const r = findLine(lines, RE_RESPONSE, u);
      let diagnostic;
      if (r !== -1) {
        let s = r + 1;
        while (s < lines.length && isBlankText(lines[s].text)) s++;
        let e = s;
        while (e < lines.length && !isBlankText(lines[e].text)) e++;
        diagnostic = viewOf(doc, lines, s, e) ?? viewOfRest(doc, lines[r], lines[r].start + lines[r].text.indexOf(':') + 1);
      } else {
        const [s, e] = paragraphAt(lines, u + 1);
        diagnostic = viewOf(doc, lines, s, e);
      }
      for (const a of addrs) out.push({ address: foundAddress(a), diagnostic });
      if (out.length) return { recipients: out };
    }
    for (const line of lines) {
      const m = RE_LINE.exec(line.text);
      if (!m) continue;
      const addrs = findAddresses(doc, line.start, line.end);
      if (addrs.length === 0) continue;
      const diagnostic = viewOf(doc, [line], 0, 1);
      const own = OWN.find((o) => o.re.test(line.text));
      const rcpt: RawRecipient = { address: foundAddress(addrs[addrs.length - 1]), diagnostic };
      if (own) {
        const s = line.start + line.text.indexOf(m[1]);
        rcpt.hint = { reason: own.reason, start: s, end: s + m[1].length, note: own.note } as ReasonHint;
      }
      out.push(rcpt);
    }
    return out.length ? { recipients: out } : null;
  },
};
