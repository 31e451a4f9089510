import type { ReasonInfo } from '../types.ts';
import { GREYLISTED } from '../greylisting.ts';

/**
 * Greylisting: a deliberate temporary refusal of a sender the receiving server has not seen
 * before, that a retry gets past (knowledge/greylisting.ts: Postgrey, milter-greylist, Exim's
 * greylistd, Zoho). A deferral on purpose, not a block of the sending server: Sisimai's
 * taxonomy has no reason for it (it files "greylisted, please try again in" under
 * SpamDetected), Mailgun's event reasons and ZoneMTA's bounce categories name it on its own
 * ("greylisted", "greylist").
 */
export const reason: ReasonInfo = {
  id: 'greylisted',
  ...GREYLISTED,
  meaning: 'The receiving server turned the message away for now on purpose, because it had not seen this sender before, and accepts it when the sending server tries again a few minutes later.',
  causes: [
    'The receiving server greylists mail from senders, servers or networks it has not seen before.',
    'The sending server retried from another IP address of its pool, which the receiver had not seen yet.',
    'The sending server gave up on the temporary answer too soon, before the receiver would let it through.',
  ],
  failure: true,
  hardBounce: false,
  retry: 'later',
  adminNote:
    'Greylisting (Postgrey, milter-greylist, greylistd) answers 450 or 451 to a new (client IP, sender, recipient) triplet and accepts the same triplet after a delay, usually 1 to 5 minutes: a queue that retries as RFC 5321 §4.5.4.1 asks gets through by itself.',
};
