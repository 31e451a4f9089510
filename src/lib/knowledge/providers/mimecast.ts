/**
 * Mimecast, an email security gateway in front of many organisations' mailboxes (hosts
 * *.mimecast.com such as us-smtp-inbound-1.mimecast.com). Its replies often link to its code
 * list ("https://community.mimecast.com/docs/DOC-1369#550"); the current list is
 * https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 , which says
 * what each reply means and who can fix it. Many refusals are a policy the *recipient's*
 * Mimecast admin set. Wording below follows that page (also collected in Sisimai's
 * lib/Sisimai/Rhost/Mimecast.pm, BSD-2), with reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';

export const mimecast: Provider = {
  id: 'mimecast',
  label: 'Mimecast',
  hosts: ['mimecast.com', 'mimecast-offshore.com', 'mimecast.co.za'],
  markers: ['mimecast'],
  reference: CODES,
  rules: [
    // 550 SPF Sender Invalid - envelope rejected / DKIM Sender Invalid / DMARC Sender Invalid
    { id: 'provider.mimecast.authentication', contains: ['spf sender invalid', 'dkim sender invalid', 'dmarc sender invalid'], reason: 'authfailure', note: "Mimecast: the message failed the sender domain's SPF, DKIM or DMARC check", docs: CODES },
    // 451 Internal resources are temporarily unavailable (greylisting, or a poor IP reputation)
    { id: 'provider.mimecast.temporarily-unavailable', contains: ['internal resources are temporarily unavailable', 'internal resource temporarily unavailable'], reason: 'badreputation', note: 'Mimecast is greylisting your server or doubts its reputation; the sending server retries', docs: CODES },
    // 550 Local CT IP Reputation - (reject) / Poor Reputation Sender
    { id: 'provider.mimecast.reputation', contains: ['ip reputation - (reject)', 'poor reputation sender'], reason: 'badreputation', note: "Mimecast refused your IP for its poor reputation; Mimecast's sender feedback form can review it", docs: CODES },
    // 421 Sender address blocked (a Blocked Senders policy of the recipient organisation)
    { id: 'provider.mimecast.sender-blocked-policy', contains: ['sender address blocked'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation's Mimecast policy blocks your address or IP", docs: CODES },
    // 451 IP temporarily blacklisted / 451 Recipient temporarily unavailable (too many invalid connections)
    { id: 'provider.mimecast.temporarily-blacklisted', contains: ['ip temporarily blacklisted', 'recipient temporarily unavailable'], reason: 'blocked', note: 'Mimecast is refusing your IP for a while (too many invalid connections or recipients)', docs: CODES },
    // 554 Maximum email size exceeded
    { id: 'provider.mimecast.size', contains: ['maximum email size exceeded'], reason: 'mesgtoobig', note: "Mimecast: the message is over the size limit (the recipient's policy or Mimecast's own)", docs: CODES },
    // 554 Mail loop detected
    { id: 'provider.mimecast.loop', contains: ['mail loop detected'], reason: 'networkerror', note: 'Mimecast: the message went through too many hops (a forwarding loop)', docs: CODES },
    // 451 / 550 The incorrect hostname used for inbounds (the recipient domain's MX records point at
    // a Mimecast host that is not an inbound smart host)
    { id: 'provider.mimecast.wrong-mx', contains: ['incorrect hostname used for inbounds'], reason: 'networkerror', owner: 'recipient-admin', note: "the recipient domain's MX records point at the wrong Mimecast host name (only inbound hosts take mail)", docs: CODES },
    // 451 Open relay not allowed
    { id: 'provider.mimecast.relay', contains: ['open relay not allowed'], reason: 'norelaying', note: 'Mimecast does not relay for these domains or this IP', docs: CODES },
    // 451 Account inbounds disabled
    { id: 'provider.mimecast.inbound-disabled', contains: ['account inbounds disabled'], reason: 'notaccept', owner: 'recipient-admin', note: "the recipient organisation's Mimecast account does not take inbound mail", docs: CODES },
    // 550 Anti-Spoofing policy - Inbound not allowed / Rejected by header-based Anti-Spoofing policy
    // 451 Account outbounds disabled / 451 Hostname is not authorized / 550 Journal message past
    // expiration — Mimecast's own service settings hold the message (outbound mail switched off for
    // the account, an omni-directional host name, a journal copy too old to take): nothing about the
    // recipient, and no cause the sender's words can fix alone.
    { id: 'provider.mimecast.service-hold', contains: ['account outbounds disabled', 'hostname is not authorized', 'journal message past expiration'], reason: 'onhold', owner: 'sender-admin', note: "Mimecast holds the message for a setting of the sending organisation's own Mimecast account (outbound mail disabled, a host name it does not accept, or a journal copy past its expiry)", docs: CODES },
    { id: 'provider.mimecast.anti-spoofing', contains: ['anti-spoofing policy'], reason: 'policyviolation', owner: 'recipient-admin', note: "the recipient's Mimecast anti-spoofing policy refused mail that claims to come from their own domain", docs: CODES },
    // 550 Message bounced due to content examination policy
    { id: 'provider.mimecast.content-policy', contains: ['content examination policy'], reason: 'policyviolation', owner: 'recipient-admin', note: "the recipient organisation's content policy at Mimecast refused the message", docs: CODES },
    // 554 Host network not allowed (a geographical restriction policy)
    { id: 'provider.mimecast.geo', contains: ['host network not allowed'], reason: 'policyviolation', owner: 'recipient-admin', note: "the recipient organisation's Mimecast policy refuses mail from your network or country", docs: CODES },
    // 550 Administrative prohibition - envelope blocked / Envelope blocked - User Entry /
    // User Domain Entry / Rejected by header-based Blocked Senders / Envelope rejected - block
    // policy for envelope from address
    { id: 'provider.mimecast.blocked-sender', contains: ['administrative prohibition', 'envelope blocked', 'blocked senders', 'manually blocked senders', 'block policy for envelope from'], reason: 'rejected', owner: 'recipient-admin', note: 'the recipient (or their admin) has blocked your address or domain in Mimecast', docs: CODES },
    // 553 This route requires encryption (TLS) / TLS version 1.2 or greater / high-strength ciphers
    { id: 'provider.mimecast.tls', contains: ['route requires encryption', 'route requires tls', 'requires high-strength ciphers'], reason: 'failedstarttls', note: "the recipient's Mimecast policy requires TLS 1.2 or better with strong ciphers", docs: CODES },
    // 535 Incorrect authentication data / 554 Configuration is invalid for this certificate
    { id: 'provider.mimecast.auth', contains: ['incorrect authentication data', 'configuration is invalid for this certificate'], reason: 'securityerror', note: 'Mimecast refused the login or the certificate', docs: CODES },
    // 451 Unable to process connection at this time / Message ended early / Unable to process command
    { id: 'provider.mimecast.temporary', contains: ['unable to process connection', 'message ended early', 'unable to process command', 'unable to process an email'], reason: 'systemerror', note: 'Mimecast had a temporary problem; the sending server retries', docs: CODES },
    // 451 Account service is temporarily unavailable (too many connections) / 452 Too many
    // recipients / 550 Exceeding outbound thread limit
    { id: 'provider.mimecast.connections', contains: ['account service is temporarily unavailable', 'exceeding outbound thread limit'], reason: 'toomanyconn', note: 'Mimecast: too many connections at once', docs: CODES },
    // 503 User unknown: Mimecast's page gives it as a bad sequence of commands or a missing login
    // (the sending server issued its commands out of order, often after a dropped connection, or
    // must authenticate), not as an unknown mailbox. The words say one thing, the page another:
    // unsure, and never a reason to drop the address.
    { id: 'provider.mimecast.bad-sequence', reply: '503', contains: ['user unknown'], reason: 'syntaxerror', confidence: 'low', note: "Mimecast's 503 'User unknown' means a bad sequence of commands or a missing login, not that the mailbox does not exist", docs: CODES },
    // 550 Invalid Recipient / 501 Invalid address
    { id: 'provider.mimecast.invalid-recipient', contains: ['invalid recipient'], reason: 'userunknown', note: 'Mimecast checked the recipient organisation\'s directory: no such user', docs: CODES },
    // 554 Email rejected due to security policies (a virus signature or a spam score over the limit)
    { id: 'provider.mimecast.security-policies', contains: ['rejected due to security policies'], reason: 'virusdetected', note: "Mimecast's scanner rejected the message (a virus signature, or a very high spam score)", docs: CODES },
  ],
};
