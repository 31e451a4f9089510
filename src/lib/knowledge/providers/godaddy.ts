/**
 * GoDaddy Workspace Email (MX and relay hosts under secureserver.net). Refusals end with
 * an "IBnnn" code; GoDaddy explains each at
 * https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568 . Codes and replies
 * below follow that page (also collected in Sisimai's lib/Sisimai/Rhost/GoDaddy.pm, BSD-2),
 * with reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568';

export const godaddy: Provider = {
  id: 'godaddy',
  label: 'GoDaddy Email',
  hosts: ['secureserver.net'],
  // Its documented IBnnn codes, as the last word of a reply ("... this hour. IB607").
  markers: ['x.co/rlbounce', 'on ibsmtp servers', 'godaddy.com/help', ' ib007', ' ib101', ' ib103', ' ib104', ' ib105', ' ib106', ' ib108', ' ib110', ' ib111', ' ib112', ' ib113', ' ib212', ' ib401', ' ib501', ' ib502', ' ib504', ' ib506', ' ib508', ' ib510', ' ib605', ' ib607', ' ib705'],
  code: /\b(ib\d{3})\b/,
  reference: CODES,
  rules: [
    // 535 Authentication not allowed on IBSMTP Servers. IB401
    { id: 'provider.godaddy.ib401', code: 'ib401', contains: [], reason: 'securityerror', owner: 'sender', note: 'GoDaddy: your mail program logs in to the incoming server; use smtpout.secureserver.net to send', docs: CODES },
    // 550 user@example.com Blank From: addresses are not allowed. Provide a valid From. IB501
    // 550 user@example.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502
    { id: 'provider.godaddy.from', code: ['ib501', 'ib502'], contains: [], reason: 'notcompliantrfc', note: 'GoDaddy: the From address is blank or an IP address', docs: CODES },
    // 550 example.com From: Domain is invalid. Provide a valid From: IB506
    { id: 'provider.godaddy.ib506', code: 'ib506', contains: [], reason: 'rejected', note: "GoDaddy: the sender's domain has no valid DNS (MX or A record)", docs: CODES },
    // 550 user@example.com Invalid SPF record. Inspect your SPF settings, and try again. IB508
    { id: 'provider.godaddy.ib508', code: 'ib508', contains: [], reason: 'authfailure', note: "GoDaddy: the sending server is not allowed by the sender domain's SPF record", docs: CODES },
    // 421 Temporarily rejected. Reverse DNS for this IP failed. IB108
    { id: 'provider.godaddy.ib108', code: 'ib108', contains: [], reason: 'requireptr', note: 'GoDaddy: the sending IP has no working reverse DNS', docs: CODES },
    // 552 This message has been rejected due to content judged to be spam by the internet community. IB212
    { id: 'provider.godaddy.ib212', code: 'ib212', contains: [], reason: 'spamdetected', note: "GoDaddy's filter judged the content to be spam", docs: CODES },
    // 552 Virus infected message rejected. IB705
    { id: 'provider.godaddy.ib705', code: 'ib705', contains: [], reason: 'virusdetected', note: "GoDaddy's filter found a virus", docs: CODES },
    // 452 This message contains too many recipients. Reduce the number of recipients and retry. IB605
    // 421 Connection refused, too many sessions from This IP. Lower the number of concurrent sessions. IB007
    { id: 'provider.godaddy.connections', code: ['ib605', 'ib007'], contains: [], reason: 'toomanyconn', note: 'GoDaddy: too many recipients or connections at once', docs: CODES },
    // 421 Server temporarily unavailable. Try again later. IB101
    // 550 This IP has sent too many messages this hour. IB504 / ... max number of messages per session. IB510
    // 550 5.1.1 <user@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607
    { id: 'provider.godaddy.rate', code: ['ib101', 'ib504', 'ib510', 'ib607'], contains: [], reason: 'speeding', note: 'GoDaddy: your IP sent too many messages or recipients this hour (or in one session)', docs: CODES },
    // 554 This IP has been temporarily blocked for attempting to send too many messages containing
    // content judged to be spam by the Internet community. IB110 (IB111 for the day; IB112 / IB113
    // for too many invalid recipients)
    { id: 'provider.godaddy.blocked', code: ['ib110', 'ib111', 'ib112', 'ib113'], contains: [], reason: 'blocked', note: 'GoDaddy blocked your IP for an hour or a day (spam or too many invalid recipients)', docs: CODES },
    // 554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103
    { id: 'provider.godaddy.ib103', code: 'ib103', contains: [], reason: 'badreputation', note: 'GoDaddy: your IP has a poor reputation with Cloudmark CSI', docs: CODES },
    // 554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104
    // ... Exploits Block List (XBL). IB105 / ... Policy Block List (PBL). IB106
    { id: 'provider.godaddy.spamhaus', code: ['ib104', 'ib105', 'ib106'], contains: [], reason: 'blocked', note: 'GoDaddy: your IP is on a Spamhaus list (IB104 SBL, IB105 XBL, IB106 PBL)', docs: CODES },
    // 554 RBL Reject. / 553 http://www.spamhaus.org/query/bl?ip=192.0.2.1
    { id: 'provider.godaddy.rbl', contains: ['rbl reject', 'spamhaus.org/query/bl?ip='], reason: 'blocked', note: 'GoDaddy: your IP is on a block list it uses', docs: CODES },
    // 552 Message rejected for spam or virus content
    { id: 'provider.godaddy.content', contains: ['message rejected for spam or virus content'], reason: 'spamdetected', note: "GoDaddy's filter judged the content to be spam or a virus", docs: CODES },
    // Account storage limit / Account disabled / Recipient not found / Account does not exist
    { id: 'provider.godaddy.storage', contains: ['account storage limit'], reason: 'mailboxfull', note: "GoDaddy: the recipient's account is out of storage", docs: CODES },
    { id: 'provider.godaddy.disabled', contains: ['account disabled'], reason: 'suspend', note: "GoDaddy: the recipient's account is disabled", docs: CODES },
    { id: 'provider.godaddy.no-account', contains: ['recipient not found', 'account does not exist'], reason: 'userunknown', note: 'GoDaddy: no such account', docs: CODES },
    // 451 Sorry, I wasn't able to establish an SMTP connection ... this message has been in the queue too long. / Delivery timeout
    { id: 'provider.godaddy.expired', contains: ['in the queue too long', 'delivery timeout'], reason: 'expired', note: 'GoDaddy kept trying until the message expired', docs: CODES },
    // This message is looping: it already has my Delivered-To line. (#5.4.6)
    { id: 'provider.godaddy.loop', contains: ['message is looping'], reason: 'systemerror', note: "GoDaddy: the recipient's forwarding sends the message in a loop", docs: CODES },
  ],
};
