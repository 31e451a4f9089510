/**
 * Greylisting: a receiving server refuses the first attempt from a sender it has not seen
 * before with a temporary answer, on purpose, and accepts the same message when the sending
 * server retries after a few minutes. Nothing is listed and nobody has to ask for removal:
 * a server that retries as RFC 5321 §4.5.4.1 asks gets through by itself.
 *
 * The refusal is read as the reason `blocked` (the sending server is held back), but its
 * words are greylisting's own, so the title, the headline and the steps are these rather
 * than a blocklist's ("get it delisted" would send people after a listing that does not
 * exist). Wordings followed, each with where it is seen:
 * - Postgrey: "450 4.2.0 <…>: Recipient address rejected: Greylisted, see
 *   http://postgrey.schweikert.ch/help/<domain>.html" (Postgrey's documentation);
 * - policy servers that key on the sender: "450 4.2.0 <…>: Sender address rejected:
 *   Greylisted for 300 seconds", "Client host rejected: Greylisted" (observed wordings;
 *   spam-mail-blocker.de's greylisting help page lists "4.2.0 Sender address rejected:
 *   Greylisted for XX sec.");
 * - milter-greylist "451 4.7.1 Greylisting in action, please come back later"; Exim
 *   greylistd / ACLs "451 4.7.1 Temporarily blocked by greylisting", "Greylisted, see … or
 *   wait 300 seconds" (observed wordings); Zoho "451 4.7.1 Greylisted, try again after some
 *   time" (Zoho's SMTP error page); German "Greylisting aktiv".
 * The words are matched on the server's reply, lower case.
 */
import type { ReasonInfo } from './types.ts';
import { GREYLISTED_TITLE } from './variant-titles.ts';

/** Greylisting's own word, in the spellings servers use ("greylisted", "graylisting", "grey-listed", "grey listed"). */
// (And its transliterations: Japanese グレイリスティング / グレーリスト, Chinese 灰名单, Russian грейлистинг / серый список.)
export const GREYLIST_WORDS = /\bgr[ae]y[- ]?list|グレイリスト|グレーリスト|灰名单|灰名單|грейлист|серы[йм] спис/;

/** What a greylisting refusal is, in the words of a reason (it replaces the `blocked` wording). */
export const GREYLISTED: Pick<ReasonInfo, 'title' | 'verdict' | 'unsure' | 'todo' | 'actions' | 'adminActions' | 'owner'> = {
  title: GREYLISTED_TITLE,
  verdict: '{server} greylisted the message: it delays mail from senders it has not seen before and accepts it on a retry',
  // Greylisting's own word is in the reply: the same words at every confidence.
  unsure: '{server} greylisted the message: it delays mail from senders it has not seen before and accepts it on a retry',
  todo: 'resend it; nothing is listed and the address is fine',
  owner: 'sender-admin',
  actions: [
    'Resend the message: greylisting lets a message through when it is tried again after a few minutes. The address is fine, and nothing is listed that needs removing.',
    'If messages to this server keep coming back like this, forward this bounce to your email admin or email provider: their server gives up on a temporary answer too soon.',
  ],
  adminActions: [
    'Make sure the sending server retries a temporary (4xx) answer after a few minutes and keeps the message queued for hours, as RFC 5321 §4.5.4.1 asks; greylisting lets the retry through.',
    'Retry from the same IP address: a pool of outgoing IPs can be greylisted anew on every attempt.',
  ],
};
