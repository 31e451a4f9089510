/**
 * Facebook's bounce for mail to @facebook.com addresses (From "Facebook
 * <mailer-daemon@mx.facebook.com>", Subject "Sorry, your message could not be
 * delivered"): two English sentences, then a message/delivery-status part whose
 * Diagnostic-Code carries Facebook's own response code and its meaning:
 *
 *   This message was created automatically by Facebook.
 *
 *   Based on the email preferences of the person you're trying to email, this message
 *   could not be delivered.
 *
 *   Diagnostic-Code: smtp; 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences
 *
 * The letter's sentence is the same whatever the code (an address that does not exist,
 * RCP-P1, gets it too), so it decides nothing when the delivery-status part is there;
 * pasted alone, it is all there is to read, and names no recipient. The response codes
 * are documented at postmaster.facebook.com/response_codes. Learnt from these notices.
 */
import type { Format } from './types.ts';
import { headHas, namedRecipients } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf } from './notice.ts';

const OPENING = 'this message was created automatically by facebook';
/** Does the line hold a recipient's delivery-status fields, joined (Final-Recipient … Diagnostic-Code)? */
function holdsJoinedFields(text: string): boolean {
  const t = text.toLowerCase();
  const at = t.indexOf('final-recipient:');
  return at !== -1 && t.indexOf('diagnostic-code:', at) !== -1;
}
const RE_OPENING = /^\s*this message was created automatically by facebook\.?\s*$/i;

export const facebook: Format = {
  id: 'facebook',
  label: 'Facebook',
  reference: 'http://postmaster.facebook.com/response_codes',
  needs: [OPENING],
  detect: (scan) => headHas(scan, OPENING),
  parse({ scan, dsn }) {
    // The delivery-status part names the recipients and Facebook's code: read for everyone.
    if (dsn.recipients.length) return { recipients: [] };
    const lines = noticeLines(scan, 40);
    const at = findLine(lines, RE_OPENING);
    if (at === -1) return null;
    const [s, e] = paragraphAt(lines, at + 1);
    const diagnostic = viewOf(scan.document, lines, s, e);
    if (!diagnostic) return null;
    // Its delivery-status fields joined into one line by a mail view ("Final-Recipient:
    // rfc822; <addr> Action: failed … Diagnostic-Code: smtp; 550 5.1.1 RCP-P1 …") are no
    // fields: that line names the recipient and holds Facebook's code, so it is the words.
    let dsnLine = -1;
    for (let i = at + 1; i < lines.length && dsnLine === -1; i++) if (holdsJoinedFields(lines[i].text)) dsnLine = i;
    const words = dsnLine === -1 ? diagnostic : (viewOf(scan.document, lines, dsnLine, dsnLine + 1) ?? diagnostic);
    const named = namedRecipients(scan);
    if (named.length === 0) return { recipients: [{ address: null, diagnostic: words }] };
    return { recipients: named.map((r) => ({ ...r, diagnostic: words })) };
  },
};
