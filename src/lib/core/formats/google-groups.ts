/**
 * Google Groups: when a message to a group cannot be posted, Google's mailer
 * (mailer-daemon@googlemail.com, "Delivery Status Notification (Failure)") sends a
 * letter in the sender's language saying that the group may not exist or that the
 * sender may not post to it, lists possible causes, points at
 * https://groups.google.com/support/ and signs "Google Groups". The group address is in
 * X-Failed-Recipients. There is no SMTP reply: the layout itself is the verdict (the
 * group refused the sender's post). Learnt from the notices in many languages that
 * Google sends (the wording differs by language; the link and signature do not).
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, from, hasHeader } from './common.ts';
import { headerRecipients } from '../read/text-blocks.ts';
import { noticeLines, paragraphAt, viewOf } from './notice.ts';

const SUPPORT_LINK = 'groups.google.com/support';

export const googleGroups: Format = {
  id: 'google-groups',
  label: 'Google Groups',
  reference: 'https://support.google.com/groups/',
  detect: (scan) => {
    const head = bodyHead(scan);
    // A Gmail bounce to a group address quotes the remote server; this notice never does.
    if (!head.includes(SUPPORT_LINK) || head.includes('the response from the remote server')) return false;
    return hasHeader(scan, 'x-failed-recipients') || from(scan).includes('mailer-daemon');
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
    if (named.length === 0) named = [{ address: null }];
    return { recipients: named.map((r) => ({ ...r, diagnostic, hint })) };
  },
};
