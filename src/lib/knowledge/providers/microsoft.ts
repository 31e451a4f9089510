/**
 * Microsoft 365 / Exchange Online and Outlook.com. Microsoft documents its NDR codes at
 * https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
 * and uses many detail numbers outside the registry (5.4.300, 5.7.509, 5.7.606-649 ...).
 */
import type { Provider } from './types.ts';

export const microsoft: Provider = {
  id: 'microsoft',
  label: 'Microsoft 365 / Outlook.com',
  hosts: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com', 'microsoft.com', 'protection.outlook.com', 'exchangelabs.com'],
  markers: ['resolver.adr', 'storedrv', 'smtpsend.', 'protection.outlook.com', 'outlook.com', 'hotmail.com'],
  reference: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  rules: [
    // 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
    { id: 'provider.microsoft.recipient-not-found', contains: ['recipientnotfound', 'recipnotfound', 'recipient not found by smtp address lookup'], reason: 'userunknown', note: 'Microsoft: no mailbox with this address' },
    // 550 5.4.1 Recipient address rejected: Access denied (directory-based edge blocking: the address does not exist)
    { id: 'provider.microsoft.access-denied-dbeb', status: '5.4.1', contains: ['recipient address rejected: access denied'], reason: 'userunknown', note: 'Microsoft answers "Access denied" at 5.4.1 when the address does not exist in the recipient organisation' },
    // 550 5.7.509 Access denied, sending domain ... does not pass DMARC verification
    { id: 'provider.microsoft.dmarc', status: '5.7.509', contains: [], reason: 'authfailure', note: 'Microsoft: the message failed DMARC' },
    // 550 5.7.515 Access denied, ... does not meet the required authentication level
    { id: 'provider.microsoft.authentication-level', status: '5.7.515', contains: [], reason: 'authfailure', note: 'Microsoft (high-volume senders): SPF, DKIM and DMARC must all pass' },
    // 550 5.7.23 ... SPF
    { id: 'provider.microsoft.spf', status: '5.7.23', contains: [], reason: 'authfailure', note: 'Microsoft: SPF failed' },
    // 5.7.606-5.7.649 Access denied, banned sending IP
    { id: 'provider.microsoft.banned-ip', status: '5.7.6', contains: ['banned sending ip', 'access denied'], reason: 'blocked', note: 'Microsoft has banned the sending IP; use the delist portal', action: 'Request delisting of the sending IP at https://sender.office.com .' },
    // 4.7.650-4.7.651 temporarily rate limited due to IP reputation
    { id: 'provider.microsoft.ip-reputation', status: '4.7.65', contains: [], reason: 'badreputation', note: 'Microsoft is rate-limiting the sending IP because of its reputation' },
    // 550 5.7.1 Unfortunately, messages from [ip] weren't sent. ... part of their network is on our block list (S3150)
    { id: 'provider.microsoft.block-list', contains: ['on our block list', 'block list (s3'], reason: 'blocked', note: "the sending IP's network is on Microsoft's own block list", action: 'Request delisting at https://sender.office.com and check the IP in Microsoft SNDS.' },
    // 550 SC-001 / SC-002 / SC-004 (Outlook.com, older wording) ... Unfortunately, messages from
    // [ip] weren't sent. ... too many unwanted messages have been sent from the following IP address
    { id: 'provider.microsoft.sc-block', contains: ['sc-001', 'sc-002', 'sc-003', 'sc-004', 'unwanted messages have been sent from'], reason: 'blocked', note: "Outlook.com has blocked the sending IP for unwanted mail", action: 'Request delisting at https://sender.office.com and check the IP in Microsoft SNDS.' },
    // 5.2.2 Submission quota exceeded (your own mailbox's sending limit)
    { id: 'provider.microsoft.submission-quota', contains: ['submission quota exceeded'], reason: 'speeding', owner: 'sender', note: 'your own Microsoft 365 mailbox hit its sending limit' },
    // 5.2.121 / 5.2.122 recipient's hourly message receive limit
    { id: 'provider.microsoft.receive-limit', status: '5.2.12', contains: [], reason: 'speeding', note: 'the recipient has hit its hourly limit of received messages' },
    // 5.7.12 / 5.7.124 / 5.7.133-136 sender not allowed to send to this group or mailbox
    { id: 'provider.microsoft.restricted-recipient', status: '5.7.1', contains: ['delivery not authorized', 'not authorized to send', 'not allowed to send to'], reason: 'securityerror', owner: 'recipient-admin', note: 'the recipient (often a group) only accepts mail from listed or signed-in senders' },
    // 4.4.7 / 5.4.300 Message expired
    { id: 'provider.microsoft.expired', contains: ['message expired', 'queue.expired'], reason: 'expired', note: 'Microsoft kept trying until the message expired' },
    // 5.4.312 / 5.4.316 DNS query failed / connection refused
    { id: 'provider.microsoft.dns-query', status: '5.4.312', contains: [], reason: 'networkerror', note: 'a DNS lookup for the destination failed' },
    // 550 5.4.1 Relay Access Denied
    { id: 'provider.microsoft.relay-denied', status: '5.4.1', contains: ['relay access denied'], reason: 'norelaying', owner: 'recipient-admin', note: "the recipient domain's MX points at Microsoft but the tenant does not accept it" },
    // 550 5.5.0 Requested action not taken: mailbox unavailable (hotmail/outlook.com)
    { id: 'provider.microsoft.mailbox-unavailable', contains: ['requested action not taken: mailbox unavailable'], reason: 'userunknown', note: 'Outlook.com: the mailbox does not exist' },
  ],
};
