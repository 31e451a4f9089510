/**
 * GMX, WEB.DE and mail.com (United Internet; MX hosts mx00.gmx.net, mx-ha.web.de, ...,
 * answering as "Nemesis ESMTP"). They use no enhanced status codes; the reply runs over
 * several lines and the last one decides, with a link to a case page
 * ("For explanation visit https://postmaster.gmx.net/en/case?c=r0201&..."). Wording and
 * layout from https://postmaster.gmx.com/en/error-messages (the same for WEB.DE at
 * postmaster.web.de); replies below use reserved names.
 */
import type { Provider } from './types.ts';

const ERRORS = 'https://postmaster.gmx.com/en/error-messages';

export const unitedInternet: Provider = {
  id: 'united-internet',
  label: 'GMX / WEB.DE / mail.com',
  hosts: ['gmx.net', 'gmx.de', 'gmx.com', 'gmx.at', 'gmx.ch', 'web.de', 'mail.com'],
  // IONOS (formerly 1&1) runs the same Nemesis servers, known here by "Nemesis ESMTP"; its case
  // pages (postmaster.1und1.de, postmaster.1and1.com) are not markers: 1&1's own outgoing notices
  // link them too, about other servers' replies.
  markers: ['nemesis esmtp', 'postmaster.gmx.', 'postmaster.web.de', 'postmaster.mail.com'],
  code: /[?&]c=([a-z]+\d+)/,
  reference: ERRORS,
  rules: [
    // 554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service
    // 554-IP address is block listed. 554 For explanation visit
    // https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=...
    { id: 'provider.united-internet.ip-listed', contains: ['ip address is block listed', 'ip address is black listed', 'ip address is blacklisted'], reason: 'blocked', note: "GMX / WEB.DE: your IP is on their block list (their own or a public one; the case page says which)", docs: ERRORS },
    // 554-Reject due to policy restrictions (IP based). / (domain based) / (header based)
    { id: 'provider.united-internet.policy-ip', contains: ['policy restrictions (ip based)'], reason: 'blocked', note: 'GMX / WEB.DE refuse mail from your IP under their policy', docs: ERRORS },
    { id: 'provider.united-internet.policy', contains: ['reject due to policy restrictions'], reason: 'policyviolation', note: 'GMX / WEB.DE refused the message under their policy (the domain or headers)', docs: ERRORS },
    // 554-Bad DNS PTR resource record.
    { id: 'provider.united-internet.ptr', contains: ['bad dns ptr resource record', 'ptr resource record'], reason: 'requireptr', note: 'GMX / WEB.DE: the sending IP has no valid reverse DNS (PTR) record', docs: ERRORS },
    // 550-Reject due to SPF policy. / Requested action not taken: SPF ...
    { id: 'provider.united-internet.spf', contains: ['due to spf policy'], reason: 'authfailure', note: "GMX / WEB.DE: the sending IP is not allowed by the sender domain's SPF record", docs: ERRORS },
    // 550-Reject due to DMARC policy.
    { id: 'provider.united-internet.dmarc', contains: ['due to dmarc policy'], reason: 'authfailure', note: "GMX / WEB.DE: the message failed the From domain's DMARC policy", docs: ERRORS },
    // 554-Invalid DNS MX or A/AAAA resource record.
    { id: 'provider.united-internet.sender-dns', contains: ['invalid dns mx or a/aaaa resource record'], reason: 'rejected', note: "GMX / WEB.DE: the sender's domain has no valid MX or A/AAAA record", docs: ERRORS },
    // 550 Requested action not taken: mailbox unavailable (also for long-unused mailboxes)
    { id: 'provider.united-internet.mailbox-unavailable', contains: ['requested action not taken: mailbox unavailable', 'mailbox unavailable'], reason: 'userunknown', note: 'GMX / WEB.DE: no such mailbox (or one unused for so long it was closed)', docs: ERRORS },
    // 552 Requested mail action aborted: exceeded storage allocation
    { id: 'provider.united-internet.storage', contains: ['exceeded storage allocation', 'mailbox quota exceeded'], reason: 'mailboxfull', note: "GMX / WEB.DE: the recipient's mailbox is full", docs: ERRORS },
    // 421 ... Too many connections / limit exceeded
    { id: 'provider.united-internet.connections', contains: ['too many connections'], reason: 'toomanyconn', note: 'GMX / WEB.DE: too many connections from your IP', docs: ERRORS },
  ],
};
