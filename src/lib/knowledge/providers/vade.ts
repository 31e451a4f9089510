/**
 * Vade Secure (now part of Hornetsecurity), the filter in front of Open-Xchange's hosted mail
 * (OX Cloud, US and EU platforms) and EarthLink. Its replies are terse and alike ("550 5.7.1
 * Connection refused", "421 4.2.1 Connection deferred"); the code after them names the cause:
 * "OXSUS0001_403", "OXSEU0001_101", "ELNK_136", often with a link to the platform's postmaster
 * page (https://postmaster-oxsus.vadesecure.com/inbound_error_codes ,
 * https://postmaster-oxseu.vadesecure.com/inbound_error_codes ,
 * https://postmaster-earthlink.vadesecure.com/inbound_error_codes), which lists each code and
 * what it means. The words alone would mislead ("Connection refused" is no network failure: the
 * server answered), so the code decides. Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const OXSUS = 'https://postmaster-oxsus.vadesecure.com/inbound_error_codes';
const OXSEU = 'https://postmaster-oxseu.vadesecure.com/inbound_error_codes';
const EARTHLINK = 'https://postmaster-earthlink.vadesecure.com/inbound_error_codes';

export const vade: Provider = {
  id: 'vade',
  label: 'Vade Secure (OX Cloud, EarthLink)',
  hosts: ['vadesecure.com'],
  markers: ['vadesecure.com', 'oxsus0', 'oxseu0', 'elnk_'],
  // "OXSUS0001_403", "OXSUS001_403", "OXSEU0001_101", "ELNK_136" (lower-cased): the number after the underscore.
  code: /\b(?:oxs(?:us|eu)\d{3,4}|elnk)_(\d{3})\b/,
  reference: OXSUS,
  rules: [
    // _102 was once "421 4.2.1 Connection deferred: too many messages queued for the backend servers"
    // (the older OXSUS page); today it is a Validity listing, refused with 550.
    { id: 'provider.vade.backend-queue', code: ['102'], reply: '421', contains: [], reason: 'systemerror', note: "Vade: the receiving platform has too many messages queued for its backend servers; the sending server retries", docs: OXSUS },
    // _101 550 5.7.1 Connection refused - [192.0.2.1] blocked by Vade Threat List; _102 ... blocked by
    // Validity - https://senderscore.org/blocklist-lookup/ ; _111 ... https://check.spamhaus.org/...
    { id: 'provider.vade.block-lists', code: ['101', '102', '111'], contains: [], reason: 'blocked', note: "Vade: your sending IP is on a block list it uses (Vade's Threat Network, Validity, or Spamhaus)", action: "Find the list in the reply and ask it for removal (Vade's own list has a request form on its postmaster page).", docs: OXSUS },
    // _103 421 4.2.1 Connection deferred: the server is temporarily unavailable.
    { id: 'provider.vade.unavailable', code: ['103'], contains: [], reason: 'systemerror', note: 'Vade: the receiving server is unavailable for now; the sending server retries', docs: OXSUS },
    // _105 550 5.7.1 Connection refused: check your reverse DNS; _108 ... your FCrDNS.
    { id: 'provider.vade.rdns', code: ['105', '108'], contains: [], reason: 'requireptr', owner: 'sender-admin', note: 'Vade: the sending IP has no reverse DNS, or its name does not point back to the IP (FCrDNS)', docs: OXSUS },
    // _110 421 4.2.1 Connection deferred: too many concurrent connections; _139 rate-limited for too many connections.
    { id: 'provider.vade.connections', code: ['110', '139'], contains: [], reason: 'toomanyconn', note: 'Vade: your server opens too many connections at once; it is slowed down and the sending server retries', docs: OXSUS },
    // _130 421 4.2.1 Connection deferred: your server is the source of unacceptable messages (rate-limited).
    { id: 'provider.vade.unacceptable', code: ['130'], contains: [], reason: 'badreputation', note: "Vade: too much of your server's mail is unwanted, so it is slowed down for now", docs: OXSUS },
    // _134 421 4.2.1 Connection deferred: your server took part in SMTP AUTH attacks.
    { id: 'provider.vade.auth-attacks', code: ['134'], contains: [], reason: 'blocked', note: 'Vade: your server was seen attacking SMTP logins, so its IP is held back', docs: OXSUS },
    // _136 / _140 421 4.2.1 Connection deferred: rate-limited for the volume sent.
    { id: 'provider.vade.volume', code: ['136', '140'], contains: [], reason: 'speeding', note: 'Vade: your server sends too much mail too fast; it is slowed down and the sending server retries', docs: OXSUS },
    // _201 550 5.7.1 HELO command rejected: the HELO/EHLO name is not acceptable.
    { id: 'provider.vade.helo', code: ['201'], contains: [], reason: 'blocked', owner: 'sender-admin', note: "Vade: the sending server's HELO/EHLO name is not acceptable", docs: OXSUS },
    // _304 550 5.7.1 Connection refused: mail that claims to be From an address of the receiving
    // service itself, arriving from outside it (EarthLink: forwarded test messages; support.tigertech.net/earthlink-rejects-forwards, a
    // hosting company's page; linked to EarthLink's own Vade code list).
    { id: 'provider.vade.own-domain-from-outside', code: ['304'], contains: [], reason: 'policyviolation', note: "Vade: the From address belongs to the receiving service, but the message came from outside it (as forwarded mail does), so it is refused as possible spoofing", docs: EARTHLINK },
    // _403 550 5.7.1 Connection refused / Recipient rejected: the recipient does not exist, or its
    // address is malformed in RCPT TO (Vade's two documented meanings; both say the address is bad).
    { id: 'provider.vade.unknown-recipient', code: ['403'], contains: [], reason: 'userunknown', note: 'Vade: no such recipient (or the recipient address is malformed); the registry reads 5.7.1 as a policy refusal', docs: OXSEU },
    // Any other code under Vade's generic words ("Connection refused", "Connection deferred"): its page
    // has the meaning and the words say nothing of it, so the cause is left open rather than read as
    // a network failure. (Words that state a cause, "Message rejected per sender's SPF policy -
    // OXSUS001_514", are read as they are.)
    { id: 'provider.vade.other-code', code: [100, 999], contains: ['connection refused', 'connection deferred', 'recipient rejected', 'sender blocked error'], reason: 'onhold', note: "Vade names the cause only by its code, which is not in this table; look the code up on the postmaster page linked in the reply", docs: OXSUS },
  ],
};
