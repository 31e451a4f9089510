/**
 * Postmark's API refusal of a send to recipients it has marked inactive: what an app's log
 * or an SDK's exception shows when it sends through Postmark to an address that bounced
 * hard, complained or was suppressed by hand. The error comes as JSON (ErrorCode 406) or as
 * its message alone, after the SDK's exception name ("InactiveRecipientsError: …"):
 *
 *   {"ErrorCode":406,"Message":"You tried to send to recipient(s) that have been marked as
 *   inactive. Found inactive addresses: jane@example.com. Inactive recipients are ones that
 *   have generated a hard bounce, a spam complaint, or a manual suppression."}
 *
 * Postmark sent nothing: each listed address is on its suppression list (the phrase table
 * reads "marked as inactive" as `suppressed`), and the list names every one of them.
 * Source: postmarkapp.com/developer/api/overview#error-codes (406 "Inactive recipient").
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { findAddresses } from '../read/address.ts';
import { foundAddress } from './notice.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const MARKER = 'found inactive addresses:';

export const postmarkApi: Format = {
  id: 'postmark-api',
  label: 'Postmark API error',
  reference: 'https://postmarkapp.com/developer/api/overview#error-codes',
  needs: [MARKER],
  detect: (scan) => headHas(scan, MARKER),
  parse({ scan }) {
    const doc = scan.document;
    const lower = doc.slice(0, 65536).toLowerCase();
    const at = lower.indexOf(MARKER);
    if (at === -1) return null;
    // The list runs to the end of its sentence: a full stop before a space, a quote or the line's end.
    const from = at + MARKER.length;
    const stop = /\.(?=\s|"|'|$)|[\r\n]/.exec(doc.slice(from, from + 8192));
    const to = stop ? from + stop.index : Math.min(doc.length, from + 8192);
    // The message, from the sentence before the list to the end of the line it stands on.
    let start = lower.lastIndexOf('you tried to send', at);
    if (start === -1) start = at;
    let end = doc.indexOf('\n', to);
    if (end === -1) end = doc.length;
    const diagnostic = viewOfLines(doc, [{ start, end, next: end }]).trimmed();
    const recipients: RawRecipient[] = [];
    for (const a of findAddresses(doc, from, to)) recipients.push({ address: foundAddress(a), diagnostic });
    return recipients.length ? { recipients } : null;
  },
};
