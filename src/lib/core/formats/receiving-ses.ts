/**
 * Amazon SES (receiving): the bounce SES sends when a receipt rule of the receiving
 * domain has a "Bounce" action. The text part says only "This message could not be
 * delivered."; the delivery-status part that follows (Reporting-MTA
 * inbound-smtp.<region>.amazonaws.com, header X-SES-Outgoing) carries the reply code,
 * status and message that the domain's owner chose for the rule. SES offers ready
 * templates for them ("550 5.1.1 Mailbox does not exist", "552 5.2.2 Mailbox full",
 * "552 5.3.4 Message too large", "500 5.6.1 Message content rejected", "450 4.0.0
 * Temporary failure"), but the owner may write any text. So the reason is read from
 * those words like any server's reply. Layout: AWS, "Return bounce response action"
 * (https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-bounce.html).
 */
import type { Format } from './types.ts';
import { bodyHead, hasHeader } from './common.ts';

const RE_OPENING = /^\s*this message could not be delivered\./;

export const receivingSes: Format = {
  id: 'receiving-ses',
  label: 'Amazon SES (receiving)',
  reference: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-bounce.html',
  needs: ['this message could not be delivered.'],
  detect: (scan) => {
    if (!RE_OPENING.test(bodyHead(scan))) return false;
    if (hasHeader(scan, 'x-ses-outgoing')) return true;
    const doc = scan.document;
    return scan.dsn.some((r) => /\binbound-smtp\.[a-z0-9-]+\.amazonaws\.com\b/i.test(doc.slice(r.start, Math.min(r.end, r.start + 400))));
  },
  // The recipients, codes and words are all in the delivery-status part, read for everyone.
  parse: ({ dsn }) => (dsn.recipients.length ? { recipients: [] } : null),
};
