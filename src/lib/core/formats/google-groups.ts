/**
 * Google Groups: when a message to a group cannot be posted, Google's mailer
 * (mailer-daemon@googlemail.com, "Delivery Status Notification (Failure)") sends a
 * letter in the sender's language: a greeting that names the sender, a paragraph saying
 * that the group (named in brackets) may not exist or that the sender may not post to it,
 * a list of possible causes, a pointer to https://groups.google.com/support/ and the
 * signature "Google Groups"; the original follows after "----- Original message -----".
 * The group address is in X-Failed-Recipients. There is no SMTP reply: the layout itself
 * is the verdict (the group refused the sender's post, for good: Google does not retry it).
 *
 * Pasted without its headers, the notice is still told by the help link and the
 * signature, which stay in English whatever the language. The group address then comes
 * from the returned original's "To:" line, kept only when its local part is the group
 * name the notice gives. Learnt from the notices in many languages that Google sends.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { copyRecipient, headHas, from, hasHeader } from './common.ts';
import { headerRecipients } from '../read/text-blocks.ts';
import { noticeLines, paragraphAt, viewOf, returnedToAddress } from './notice.ts';

const SUPPORT_LINK = 'groups.google.com/support';

/**
 * The returned original's To:, kept only when its local part is named in the notice's
 * explanation (the group name in brackets).
 */
function returnedTo(scan: Scan, explanation: string): RawRecipient | null {
  const a = returnedToAddress(scan);
  if (!a) return null;
  const local = a.value.slice(0, a.value.lastIndexOf('@')).toLowerCase();
  if (!local || !explanation.toLowerCase().includes(local)) return null;
  return { address: a, addressSource: 'returned-to' };
}

export const googleGroups: Format = {
  id: 'google-groups',
  label: 'Google Groups',
  reference: 'https://support.google.com/groups/',
  needs: [SUPPORT_LINK],
  detect: (scan) => {
    // A Gmail bounce to a group address quotes the remote server; this notice never does.
    if (!headHas(scan, SUPPORT_LINK) || headHas(scan, 'the response from the remote server')) return false;
    return headHas(scan, 'google groups') || hasHeader(scan, 'x-failed-recipients') || from(scan).includes('mailer-daemon');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 80);
    // The explanation: the first paragraph of some length after the greeting line.
    let diagnostic;
    for (let i = 0; i < lines.length; ) {
      const [s, e] = paragraphAt(lines, i);
      if (s >= lines.length) break;
      const length = lines.slice(s, e).reduce((n, l) => n + l.text.trim().length, 0);
      if (length >= 60 && !lines[s].text.includes(SUPPORT_LINK)) {
        diagnostic = viewOf(doc, lines, s, e);
        break;
      }
      i = e;
    }
    if (!diagnostic) return null;
    const [ds, de] = diagnostic.whole();
    const hint = {
      reason: 'rejected' as const,
      start: ds,
      end: de,
      note: 'Google Groups did not take the post: the group may not exist, or the sender is not allowed to post to it',
    };
    let named: RawRecipient[] = headerRecipients(scan);
    if (named.length === 0) {
      const to = returnedTo(scan, diagnostic.text);
      named = [to ?? { address: null }];
    }
    // Google does not retry a post it refused: the notice is the final word (its
    // explanation stands for the action a DSN would state).
    const action = { value: 'failed', start: ds, end: de };
    return {
      recipients: named.map((r) => {
        // (Copied field by field, not spread: see copyRecipient.)
        const c = copyRecipient(r);
        c.diagnostic = diagnostic;
        c.hint = hint;
        c.action = action;
        return c;
      }),
    };
  },
};
