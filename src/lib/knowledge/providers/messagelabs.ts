/**
 * Broadcom Email Security.cloud (formerly Symantec, originally MessageLabs; hosts
 * *.messagelabs.com such as cluster1.eu.messagelabs.com). Its replies often link to
 * www.symanteccloud.com/troubleshooting; Broadcom lists the errors at
 * https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html .
 * Wording below follows Broadcom's articles as collected in Sisimai's
 * lib/Sisimai/Rhost/MessageLabs.pm (BSD-2), with reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html';

export const messagelabs: Provider = {
  id: 'messagelabs',
  label: 'Broadcom Email Security.cloud (MessageLabs)',
  hosts: ['messagelabs.com', 'messagelabs.net', 'symanteccloud.com'],
  markers: ['messagelabs', 'symanteccloud', 'ipremoval.sms.symantec.com'],
  reference: CODES,
  rules: [
    // 553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl
    { id: 'provider.messagelabs.pbl', contains: ['your ip is in the pbl'], reason: 'blocked', note: 'Email Security.cloud: your IP is on the Spamhaus PBL (it should not send mail directly)', docs: CODES },
    // 501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support
    { id: 'provider.messagelabs.reputation', contains: ['connection rejected by policy'], reason: 'badreputation', note: 'Email Security.cloud refused your IP for its reputation; check it at ipremoval.sms.symantec.com', docs: 'https://knowledge.broadcom.com/external/article/164955' },
    // 553-Sorry, your email address has been blocked / your domain has been blocked /
    // your envelope sender is in my badmailfrom list / ... blacklisted (the recipient's own list)
    { id: 'provider.messagelabs.recipient-list', contains: ['your email address has been blocked', 'your domain has been blocked', 'badmailfrom list', 'your email address has been blacklisted', 'your domain has been blacklisted', 'sender envelope domain not allowed'], reason: 'rejected', owner: 'recipient-admin', note: "your address or domain is on the recipient organisation's own block list at Email Security.cloud", docs: CODES },
    // 553-Sorry, your IP address has been blocked / blacklisted
    { id: 'provider.messagelabs.ip-blocked', contains: ['your ip address has been', 'your ip address (ip-addr) has been'], reason: 'blocked', note: 'Email Security.cloud blocked your IP (a block list or the recipient organisation\'s own list)', docs: CODES },
    // 553 DMARC domain authentication fail / 553-SPF (Sender Policy Framework) domain authentication fail
    { id: 'provider.messagelabs.authentication', contains: ['domain authentication fail'], reason: 'authfailure', note: 'Email Security.cloud: the message failed SPF or DMARC', docs: 'https://knowledge.broadcom.com/external/article/175407' },
    // 553 Stray linefeeds in message (#5.6.2)
    { id: 'provider.messagelabs.linefeeds', contains: ['stray linefeeds in message'], reason: 'contenterror', owner: 'sender-admin', note: 'Email Security.cloud: the message holds bare line feeds (CR and LF must come together)', docs: CODES },
    // 451 TLS/SSLv3 Connection required. (#4.7.1)
    { id: 'provider.messagelabs.tls', contains: ['tls/sslv3 connection required'], reason: 'failedstarttls', note: "the recipient organisation requires TLS for mail from you (Boundary Encryption)", docs: 'https://knowledge.broadcom.com/external/article/162152' },
    // You are trying to use me [server-1.tower-1.messagelabs.com] as a relay, but I have not been
    // configured to let you [192.0.2.1, s@example.com] do this.
    { id: 'provider.messagelabs.relay', contains: [' as a relay, '], reason: 'norelaying', note: 'Email Security.cloud does not relay for your server or domain', docs: 'https://knowledge.broadcom.com/external/article/162137' },
    // 550 Requested action aborted [4] / has detected that this message is not RFC 5322 compliant
    { id: 'provider.messagelabs.rfc', contains: ['requested action aborted [4]', 'this message is not rfc 5322'], reason: 'notcompliantrfc', note: 'Email Security.cloud: the message breaks the Internet Message Format', docs: CODES },
    // 550- Please turn on SMTP Authentication in your mail client.
    { id: 'provider.messagelabs.smtp-auth', contains: ['turn on smtp authentication'], reason: 'securityerror', owner: 'sender', note: 'Email Security.cloud: your mail program must log in to send', docs: CODES },
    // 553 Message Filtered / filtered by Outbound scanning
    { id: 'provider.messagelabs.filtered', contains: ['message filtered', 'filtered by outbound scanning'], reason: 'spamdetected', note: "Email Security.cloud's anti-spam filter stopped the message", docs: 'https://knowledge.broadcom.com/external/article/173867' },
    // 452 Too many recipients received this hour / 460 too many messages (#4.3.0)
    { id: 'provider.messagelabs.rate', contains: ['too many recipients received this hour', 'too many messages'], reason: 'toomanyconn', note: 'Email Security.cloud: too many messages or recipients at once', docs: CODES },
    // <user@example.com>: 550-Invalid recipient <user@example.com> 550 (#5.1.1) / 553 Recipient mailbox is not allowed / No such user
    { id: 'provider.messagelabs.invalid-recipient', contains: ['invalid recipient', 'mailbox is not allowed', 'no such user'], reason: 'userunknown', note: "Email Security.cloud checked the recipient organisation's list: no such address", docs: 'https://knowledge.broadcom.com/external/article/165163' },
  ],
};
