/**
 * Words of a reason that a row of the decision table (knowledge/decisions.ts) replaces, where
 * the row found the reason's own words say more than the bounce does. The reason stays (the
 * taxonomy is fixed); the title, the headline and the steps follow what the text says.
 *
 * - `decision.mail-hosts-not-in-dns`: Exim's "all relevant MX records point to non-existent
 *   hosts" (routers/dnslookup.c: the domain's MX names hosts that have no address, or only
 *   addresses ignore_target_hosts drops) and "all host address lookups failed permanently"
 *   (transports/smtp.c). The domain exists; its mail hosts cannot be found, which the
 *   domain's admin fixes in its DNS (RFC 5321 §5.1: the MX names the hosts that take the
 *   domain's mail, and their addresses are looked up next). The reason stays `hostunknown`
 *   (Sisimai Lhost/Exim.pm files both so), but "the domain does not exist" is not what the
 *   words say, and nothing says the address is bad.
 */
import type { ReasonInfo } from './types.ts';
import { MAIL_HOSTS_MISSING_TITLE } from './variant-titles.ts';

export type RowWording = Pick<ReasonInfo, 'title' | 'verdict' | 'likely' | 'todo' | 'actions' | 'adminActions' | 'owner' | 'hardBounce'>;

export const ROW_WORDINGS: Readonly<Record<string, RowWording>> = {
  'decision.mail-hosts-not-in-dns': {
    title: MAIL_HOSTS_MISSING_TITLE,
    verdict: "The mail servers named for the recipient's domain cannot be found",
    likely: "The mail servers named for the recipient's domain probably cannot be found",
    todo: "tell the recipient another way: their mail admin must fix the domain's MX records",
    owner: 'recipient-admin',
    hardBounce: false,
    actions: [
      "Tell the recipient another way (phone, chat) that mail to {address} cannot be delivered: their domain's MX records name mail servers that cannot be found, which their mail admin fixes in the domain's DNS.",
      'Keep the address: the domain exists, and nothing says the mailbox is bad. Resend once the recipient says their mail set-up is fixed.',
    ],
    adminActions: [
      "Check the domain with dig MX, then dig A and dig AAAA for each host the MX names: a host with no address is the fault, and it is the recipient domain's DNS to fix.",
      "If those hosts do have addresses, check your own server's settings for addresses it is told to ignore (Exim: ignore_target_hosts) and your resolver.",
    ],
  },
};
