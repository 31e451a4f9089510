/**
 * A mailing-list manager's refusal of a post, sent to the poster in its own words, with no
 * SMTP reply and no delivery report:
 *
 *   You are not allowed to post to this mailing list, and your message has been
 *   automatically rejected.  If you think that your messages are being rejected in
 *   error, contact the mailing list owner at <list>-owner@…            (Mailman 2, Moderate.py)
 *
 *   Your request to the <List> mailing list … has been rejected by the list moderator.
 *                                                                      (Mailman 2, a moderator's refusal)
 *   Your message to the <list> mailing-list was rejected for the following reasons:
 *                                                                      (Mailman 3)
 *   Your message for list <list@…> has been rejected. You are not allowed to send
 *   messages to this list …                                            (Sympa-style notices, observed wording)
 *
 * The list refused the sender's post (a non-member, a closed list, a moderator's
 * decision): the layout is the verdict (`rejected`, the sender's side), never a bad
 * address. The list's own address is the recipient only where the notice names it right
 * after "list" ("for list staff@…"); the owner's and request addresses are contacts.
 * A message only held for a moderator is no refusal, and is not read here.
 */
import type { Format, FormatResult } from './types.ts';
import { headHas } from './common.ts';
import { firstAddress } from '../read/address.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress } from './notice.ts';

/** The words with which list managers refuse a post. */
const RE_REFUSAL =
  /\b(?:you are not allowed to post to this (?:mailing )?list|(?:has been|was) rejected by the (?:list )?moderator|mailing-list was rejected for the following reasons?|you are not allowed to send messages to (?:this|the) list)\b/i;

/** A reply code as servers write one: such a notice is a server's bounce, read by the MTA readers. */
const RE_REPLY_CODE = /(?:^|[\s(:])[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b/;

/** "list <addr>", "list: <addr>": the list's own address, named as the one posted to. */
const RE_LIST_BEFORE = /\blist:?[ \t]*<?$/i;

export const listManager: Format = {
  id: 'list-manager',
  label: 'Mailing-list manager (Mailman, Sympa)',
  reference: 'https://gitlab.com/mailman/mailman (Mailman 2 Moderate.py and Mailman 3 templates: "You are not allowed to post to this mailing list"); observed wording of Sympa-style notices',
  needs: ['not allowed to post', 'rejected by the', 'mailing-list was rejected', 'not allowed to send messages to'],
  detect: (scan) =>
    scan.dsn.length === 0 &&
    (headHas(scan, 'not allowed to post') || headHas(scan, 'rejected by the') || headHas(scan, 'mailing-list was rejected') || headHas(scan, 'not allowed to send messages to')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 80);
    const at = findLine(lines, RE_REFUSAL);
    if (at === -1) return null;
    // The refusal's paragraph, from its first line (the sentence may start a line above).
    let start = at;
    while (start > 0 && !/^\s*$/.test(lines[start - 1].text)) start--;
    const [, end] = paragraphAt(lines, start);
    const diagnostic = viewOf(doc, lines, start, end);
    if (!diagnostic || RE_REPLY_CODE.test(diagnostic.text)) return null;
    const [ds, de] = diagnostic.whole();
    let address = null;
    for (let i = start; i < end && !address; i++) {
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (a && RE_LIST_BEFORE.test(doc.slice(Math.max(lines[i].start, a.start - 12), a.start))) address = foundAddress(a);
    }
    const hint = {
      reason: 'rejected' as const,
      start: ds,
      end: de,
      note: 'the mailing list refused the post: the sender may not post to it (not a member, a closed list, or a moderator\'s decision); no address is bad',
    };
    const result: FormatResult = { recipients: [{ address, diagnostic, hint, action: { value: 'failed', start: ds, end: de } }] };
    return result;
  },
};
