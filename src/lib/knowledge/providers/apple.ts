/**
 * Apple iCloud Mail (icloud.com, me.com, mac.com; MX hosts mx0N.mail.icloud.com). Apple's
 * postmaster page is https://support.apple.com/en-us/102322 (formerly HT204137); bracketed
 * tags ([CS01], [HME1]) name the rule. iCloud uses Proofpoint's reputation service, so some
 * refusals link to Proofpoint's lookup. Replies quoted below (reserved names) are from
 * bounces collected in Sisimai's lib/Sisimai/Rhost/Apple.pm (BSD-2) and Apple's page.
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://support.apple.com/en-us/102322';

export const apple: Provider = {
  id: 'apple',
  label: 'Apple iCloud Mail',
  hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com', 'mail.icloud.com'],
  markers: ['[cs0', '[hm0', '[hme1]', 'support.apple.com/en-us/ht204137', 'support.apple.com/ht204137', 'support.apple.com/en-us/102322'],
  reference: POSTMASTER,
  rules: [
    // 550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137
    { id: 'provider.apple.cs01', contains: ['[cs01]', 'due to local policy'], reason: 'policyviolation', note: "iCloud's filter refused the message under its local policy", docs: POSTMASTER },
    // 554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.
    { id: 'provider.apple.hme1', contains: ['[hme1]', 'failing both spf and dkim'], reason: 'authfailure', note: 'iCloud: SPF and DKIM both failed', docs: POSTMASTER },
    // 554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137
    { id: 'provider.apple.dmarc', contains: ["'s dmarc policy", 'dmarc policy'], reason: 'authfailure', note: "iCloud: the message failed the From domain's DMARC policy", docs: POSTMASTER },
    // 550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/
    // 550 5.7.1 Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL.
    { id: 'provider.apple.spamhaus', contains: ['domain present in the spamhaus', 'due to listing in spamhaus'], reason: 'blocked', note: 'iCloud: a Spamhaus list names your IP or a domain in the message', docs: POSTMASTER },
    // 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1
    { id: 'provider.apple.proofpoint', contains: ['proofpoint.com/dnsbl-lookup'], reason: 'blocked', note: "iCloud: your IP is on Proofpoint's reputation list, which iCloud uses", docs: POSTMASTER },
    // 554 p00-icloudmta-asmtp-us-west.example ESMTP not accepting connections
    { id: 'provider.apple.not-accepting', contains: ['not accepting connections'], reason: 'blocked', note: 'iCloud refused the connection from your server', docs: POSTMASTER },
    // 421 4.7.1 Messages to user@icloud.com deferred due to excessive volume. Try again later
    { id: 'provider.apple.volume', contains: ['due to excessive volume'], reason: 'speeding', note: 'iCloud: too much mail for this recipient; later attempts can succeed', docs: POSTMASTER },
    // 550 5.1.6 recipient no longer on server: user@icloud.com
    { id: 'provider.apple.moved', contains: ['recipient no longer on server'], reason: 'hasmoved', note: 'iCloud: the address is no longer on iCloud', docs: POSTMASTER },
    // 550 5.1.1 <user@icloud.com>: inactive email address
    { id: 'provider.apple.inactive', contains: ['inactive email address'], reason: 'userunknown', note: 'iCloud: the address is inactive (no such mailbox in use)', docs: POSTMASTER },
    // 550 5.1.1 <user@icloud.com>: user does not exist / 550 5.1.1 unknown or illegal alias: user@icloud.com
    { id: 'provider.apple.no-user', contains: ['user does not exist', 'unknown or illegal alias'], reason: 'userunknown', note: 'iCloud: no such user', docs: POSTMASTER },
    // 552 5.2.2 <user@icloud.com>: user is over quota
    { id: 'provider.apple.over-quota', contains: ['user is over quota'], reason: 'mailboxfull', note: "iCloud: the recipient's storage is full", docs: POSTMASTER },
    // 554 5.7.1 <user@icloud.com>: Relay access denied
    { id: 'provider.apple.relay', contains: ['relay access denied'], reason: 'norelaying', note: 'iCloud does not accept mail for this domain', docs: POSTMASTER },
    // 450 4.1.8 <s@example.com>: Sender address rejected: Domain not found
    { id: 'provider.apple.sender-domain', contains: ['sender address rejected'], reason: 'rejected', note: "iCloud refused the envelope sender (its domain was not found)", docs: POSTMASTER },
  ],
};
