/**
 * Gmail and Google Workspace. Google ends every SMTP error with "- gsmtp"; its list of
 * errors is published at https://support.google.com/a/answer/3726730 . Google gives some
 * registry codes its own meanings (4.7.27-4.7.32 are bulk-sender authentication rules).
 */
import type { Provider } from './types.ts';

export const google: Provider = {
  id: 'google',
  label: 'Gmail / Google Workspace',
  hosts: ['google.com', 'googlemail.com', 'gmail.com', 'gmail-smtp-in.l.google.com'],
  markers: ['- gsmtp', 'gsmtp'],
  reference: 'https://support.google.com/a/answer/3726730',
  rules: [
    // 550-5.1.1 The email account that you tried to reach does not exist.
    { id: 'provider.google.no-such-user', status: '5.1.1', contains: ['does not exist'], reason: 'userunknown', note: 'Gmail: the account does not exist', docs: 'https://support.google.com/mail/?p=NoSuchUser' },
    // 550-5.2.1 The email account that you tried to reach is disabled / inactive.
    { id: 'provider.google.disabled', status: '5.2.1', contains: ['disabled', 'inactive'], reason: 'suspend', note: 'Gmail: the account is disabled or inactive' },
    // 452-4.2.2 The recipient's inbox is out of storage space.
    { id: 'provider.google.over-quota', status: '.2.2', contains: [], reason: 'mailboxfull', note: 'Gmail: the inbox is out of storage space' },
    // 450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.
    { id: 'provider.google.rate', status: '4.2.1', contains: ['rate', 'too quickly'], reason: 'speeding', note: 'Gmail: this recipient is receiving mail too fast' },
    // 421-4.7.28 / 550-5.7.28 unusual rate of unsolicited mail.
    { id: 'provider.google.unusual-rate', status: '.7.28', contains: [], reason: 'speeding', note: 'Gmail: an unusual rate of (unsolicited) mail from your IP or domain' },
    // 421-4.7.0 / 550-5.7.1 very low reputation of the sending IP address / domain.
    { id: 'provider.google.low-reputation', contains: ['low reputation', 'reputation of the sending'], reason: 'badreputation', note: 'Gmail: the sending IP or domain has a very low reputation', docs: 'https://support.google.com/mail/answer/188131' },
    // 550-5.7.1 ... not RFC 5322 compliant.
    { id: 'provider.google.rfc5322', contains: ['rfc 5322'], reason: 'notcompliantrfc', note: 'Gmail: the message is not RFC 5322 compliant' },
    // 550-5.7.1 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).
    { id: 'provider.google.no-authentication', status: '.7.1', contains: ['authentication information', 'fails to pass authentication'], reason: 'authfailure', note: 'Gmail: the message carries no passing SPF or DKIM authentication' },
    // 550-5.7.1 ... likely unsolicited mail.
    { id: 'provider.google.unsolicited', status: '.7.1', contains: ['unsolicited', 'spam'], reason: 'spamdetected', note: 'Gmail judged the message to be unsolicited mail' },
    // 550-5.7.26 ... DMARC policy / unauthenticated ... SPF or DKIM.
    { id: 'provider.google.authentication', status: '.7.26', contains: [], reason: 'authfailure', note: 'Gmail: the message failed SPF/DKIM/DMARC authentication' },
    { id: 'provider.google.bulk-spf', status: '.7.27', contains: [], reason: 'authfailure', note: 'Gmail (bulk senders): SPF did not pass' },
    { id: 'provider.google.bulk-tls', status: '.7.29', contains: [], reason: 'failedstarttls', note: 'Gmail (bulk senders): the connection must use TLS' },
    { id: 'provider.google.bulk-dkim', status: '.7.30', contains: [], reason: 'authfailure', note: 'Gmail (bulk senders): DKIM did not pass' },
    { id: 'provider.google.dmarc-alignment', status: '4.7.32', contains: [], reason: 'authfailure', note: 'Gmail: the From domain is not aligned with SPF or DKIM' },
    // 421-4.7.23 / 550-5.7.25 ... PTR record.
    { id: 'provider.google.ptr', status: '.7.25', contains: [], reason: 'requireptr', note: 'Gmail: the sending IP has no matching reverse DNS (PTR) record' },
    { id: 'provider.google.ptr-4723', status: '4.7.23', contains: [], reason: 'requireptr', note: 'Gmail: the sending IP has no PTR record' },
    // 552-5.7.0 ... blocked because its content presents a potential security issue.
    { id: 'provider.google.security-content', status: '.7.0', contains: ['security issue', 'illegal attachment'], reason: 'policyviolation', note: 'Gmail blocked content it considers a security risk' },
    // 553-5.1.2 We weren't able to find the recipient domain.
    { id: 'provider.google.no-domain', status: '5.1.2', contains: [], reason: 'hostunknown', note: 'Gmail could not find the recipient domain' },
    // 550 5.7.1 ... gcdp: a Workspace admin's own compliance rule refused it.
    { id: 'provider.google.admin-rule', contains: ['gcdp'], reason: 'policyviolation', owner: 'recipient-admin', note: "a rule set by the recipient's Google Workspace admin refused it" },
    // 550-5.4.5 Daily user sending quota exceeded.
    { id: 'provider.google.sending-quota', status: '.4.5', contains: ['sending', 'quota', 'limit'], reason: 'speeding', owner: 'sender', note: 'your own Google account hit its daily sending limit' },
  ],
};
