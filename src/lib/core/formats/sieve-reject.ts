/**
 * Dovecot's rejection mail: what its LDA and LMTP send back when the recipient's Sieve
 * script rejects a message (the "reject" action of RFC 5429) or, in older set-ups, when the
 * mailbox is over quota. Subject "Rejected: <subject>", text from the `rejection_reason`
 * setting (default "Your message to <%t> was automatically rejected:%n%r", Dovecot's
 * doc/example-config/conf.d/15-lda.conf; Pigeonhole uses it for Sieve's reject):
 *
 *   Your message to <jane@example.com> was automatically rejected:
 *   Quota exceeded (mailbox for user is full)
 *
 * As a raw message it is an MDN (multipart/report; report-type=disposition-notification,
 * "Disposition: automatic-action/MDN-sent-automatically; deleted", as RFC 5429 has a
 * reject sent after delivery): it is a refusal, not a read receipt, so this reader stands
 * before the MDN reader. The recipient is the address in the sentence; the reason is the
 * paragraph under it (%r: the script's own words, or the quota message), which the
 * classifier reads. With no cause in those words the verdict stays unsure.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress, isBlankText, paragraphAt, viewOf, viewOfRest, type TextLine } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { sentByPerson } from '../read/cues.ts';

/** "Your message to <addr> was automatically rejected:" (the rest of the line may hold the reason). */
const RE_LEAD = /^[ \t>]*your message to[ \t]+<?[^\s<>@]+@[^\s<>]+?>?[ \t]+was automatically rejected:?/i;
/** The same sentence broken by a narrow view: its start on one line ... */
const RE_LEAD_HEAD = /^[ \t>]*your message to[ \t]+<?[^\s<>@]+@[^\s<>]+?>?((?:[ \t]+was)?(?:[ \t]+automatically)?)[ \t]*$/i;
/** ... and its end at the start of the next. */
const RE_LEAD_TAIL = /^[ \t>]*((?:was[ \t]+)?(?:automatically[ \t]+)?)rejected:?/i;

/** Where the sentence ends, as [line index, offset in the document], or null when line i does not open it. */
function leadAt(lines: TextLine[], i: number): [number, number] | null {
  const m = RE_LEAD.exec(lines[i].text);
  if (m) return [i, lines[i].start + m[0].length];
  const head = RE_LEAD_HEAD.exec(lines[i].text);
  if (!head || i + 1 >= lines.length) return null;
  const tail = RE_LEAD_TAIL.exec(lines[i + 1].text);
  if (!tail || `${head[1]} ${tail[1]}`.replace(/\s+/g, ' ').trim() !== 'was automatically') return null;
  return [i + 1, lines[i + 1].start + tail[0].length];
}

export const sieveReject: Format = {
  id: 'sieve-reject',
  label: 'Dovecot / Sieve rejection',
  reference: 'Dovecot LDA/LMTP rejection_reason ("Your message to <%t> was automatically rejected:%n%r", doc/example-config/conf.d/15-lda.conf); RFC 5429 (Sieve reject)',
  // (The two words apart: a narrow view may break the line between them.)
  needs: ['automatically'],
  detect: (scan) => headHas(scan, 'automatically') && headHas(scan, 'rejected'),
  parse({ scan }) {
    if (sentByPerson(scan)) return null;
    const doc = scan.document;
    const lines = noticeLines(scan, 60);
    const recipients: RawRecipient[] = [];
    for (let i = 0; i < lines.length; i++) {
      const lead = leadAt(lines, i);
      if (!lead) continue;
      const [k, at] = lead;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const rcpt: RawRecipient = { address: foundAddress(a) };
      // The reason: the rest of the line, else the paragraph right under it.
      const rest = viewOfRest(doc, lines[k], at);
      if (rest && !isBlankText(rest.text)) rcpt.diagnostic = rest;
      else if (k + 1 < lines.length && !isBlankText(lines[k + 1].text)) {
        const [s, e] = paragraphAt(lines, k + 1);
        const view = viewOf(doc, lines, s, e);
        if (view) rcpt.diagnostic = view;
      }
      recipients.push(rcpt);
      i = k;
    }
    return recipients.length ? { recipients } : null;
  },
};
