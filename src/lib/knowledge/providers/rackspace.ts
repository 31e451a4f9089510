/**
 * Rackspace Email (Cloud Office; MX hosts mx1.emailsrvr.com ...). Its replies end with a code
 * of its own in brackets, "(G2)", "(G1F)", "(G30)". Codes and meanings from Rackspace's
 * "Common email bounce messages" (docs.rackspace.com/docs/common-email-bounces) and its
 * postmaster codes as smtp.codes/rackspace lists them (from Rackspace's own postmaster site,
 * postmaster.emailsrvr.com, which the rules below link: a third party's list is not the
 * provider's word); replies below use reserved names.
 */
import type { Provider } from './types.ts';

const BOUNCES = 'https://docs.rackspace.com/docs/common-email-bounces';
const POSTMASTER = 'https://postmaster.emailsrvr.com';

export const rackspace: Provider = {
  id: 'rackspace',
  label: 'Rackspace Email',
  hosts: ['emailsrvr.com'],
  // Its codes in brackets are its signature; "ACL dns_rbl;" starts its blocklist refusals
  // ("554 5.7.1 ACL dns_rbl; Client host [192.0.2.1] blocked using Spamhaus PBL ... (G1)"),
  // which the list they name decides (blocked, or a poor reputation for SenderScore).
  markers: ['emailsrvr.com', 'acl dns_rbl;', '(g1a)', '(g1b)', '(g1c)', '(g1e)', '(g1f)', '(g2)', '(g6)', '(g7)', '(g8)', '(g9)', '(g15)', '(g16)', '(g17)', '(g28)', '(g30)'],
  code: /\((g[0-9]{1,2}[a-f]?)\)/,
  reference: BOUNCES,
  rules: [
    // 421 Too many concurrent connections from this client (G2)
    { id: 'provider.rackspace.connections', code: 'g2', contains: [], reason: 'toomanyconn', note: 'Rackspace: too many connections at once from your IP; keep to five or fewer', docs: BOUNCES },
    // 450 4.7.1 Client host 192.0.2.1 has no PTR record (G1F)
    { id: 'provider.rackspace.no-ptr', code: 'g1f', contains: [], reason: 'requireptr', note: 'Rackspace requires a reverse DNS (PTR) record for the sending IP', docs: POSTMASTER },
    // 450 4.2.1 <user@example.com>: Mailbox received too much email in a short period of time (G30)
    { id: 'provider.rackspace.mailbox-rate', code: 'g30', contains: [], reason: 'speeding', note: 'Rackspace: the mailbox is receiving too much mail at once; the sending server retries', docs: POSTMASTER },
    // 451 4.7.1 Received too many messages from a new or untrusted IP (G28)
    { id: 'provider.rackspace.new-ip', code: 'g28', contains: [], reason: 'speeding', note: 'Rackspace limits how much a new or untrusted IP may send; raise the volume slowly', docs: POSTMASTER },
    // 450 4.4.6 Routing loop detected (G16)
    { id: 'provider.rackspace.loop', code: 'g16', contains: [], reason: 'networkerror', note: 'Rackspace found a mail loop; if it lasts, write to postmaster@emailsrvr.com', docs: POSTMASTER },
    // 450 4.4.0 <user@example.com> Temporary DMARC DNS lookup failure (G1E)
    { id: 'provider.rackspace.dmarc-lookup', code: 'g1e', contains: [], reason: 'networkerror', note: "Rackspace could not look up the sender domain's DMARC policy for now; the sending server retries", docs: POSTMASTER },
    // 4.4.1 <user@example.com> The recipient's server was temporarily unavailable to accept your message (G6)
    { id: 'provider.rackspace.split-temporary', code: 'g6', contains: [], reason: 'networkerror', note: "Rackspace passes this domain's mail on to another server (split domain routing), which did not take it for now", docs: BOUNCES },
    // (550 5.7.1 <user@example.com>: The recipient's server refused to accept your message (G7):
    // the other server of a split domain refused, for a reason the reply does not give; no rule,
    // so it stays unsure.)
    // 550 5.1.1 <user@example.com>: Email address could not be found, or was misspelled (G8) / (G9)
    { id: 'provider.rackspace.no-such-address', code: ['g8', 'g9'], contains: [], reason: 'userunknown', note: 'Rackspace: no such address in the domain it hosts', docs: BOUNCES },
    // 550 5.7.1 Email rejected per DMARC policy for [example.com] (G15)
    { id: 'provider.rackspace.dmarc', code: 'g15', contains: [], reason: 'authfailure', note: "Rackspace: the message failed the From domain's DMARC policy of reject", docs: BOUNCES },
    // 550 5.3.4 Message too large (G17)
    { id: 'provider.rackspace.too-large', code: 'g17', contains: [], reason: 'mesgtoobig', note: 'Rackspace takes messages of up to 75 MB', docs: BOUNCES },
    // 550 5.7.0 [blocked file] - Your message has been rejected because it contains a banned file attachment (G1A) / (G1B) / (G1C)
    { id: 'provider.rackspace.blocked-file', code: ['g1a', 'g1b', 'g1c'], contains: [], reason: 'policyviolation', note: 'Rackspace does not accept this type of attachment; remove it, or share it as a link', docs: 'https://docs.rackspace.com/docs/cloud-office-blocked-attachment-files' },
  ],
};
