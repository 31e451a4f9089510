/**
 * Gmail and Google Workspace. Google ends every SMTP error with "- gsmtp" (and a Workspace
 * admin's own compliance rule adds "- gcdp"); its list of errors is published at
 * https://support.google.com/a/answer/3726730 . Google gives some registry codes its own
 * meanings: 4.7.23 is a missing PTR record (registry: SPF validation failed), 4.7.27-4.7.32
 * are bulk-sender rules (registry: null MX, mail flood, ARC, REQUIRETLS).
 *
 * Each rule below quotes Google's reply (addresses and IPs replaced by reserved ones) with
 * the page that documents it; the replies are also collected in Sisimai's
 * lib/Sisimai/Rhost/Google.pm and GoogleApps.pm (BSD-2), which we read for the facts.
 */
import type { SmtpCommand } from '../../core/types.ts';
import type { Provider } from './types.ts';

const SMTP_ERRORS = 'https://support.google.com/a/answer/3726730';
const SENDER_GUIDELINES = 'https://support.google.com/mail/answer/81126';
const BLOCKED = 'https://support.google.com/mail/answer/188131';
const RELAY = 'https://support.google.com/a/answer/6140680';

export const google: Provider = {
  id: 'google',
  label: 'Gmail / Google Workspace',
  hosts: ['google.com', 'googlemail.com', 'gmail.com', 'gmail-smtp-in.l.google.com', 'aspmx.l.google.com', '1e100.net'],
  // Besides the tag, sentences only Gmail writes (its error list, support.google.com/a/answer/3726730)
  // and the links of its own error pages ("https://support.google.com/mail/?p=NoSuchUser").
  markers: ['- gsmtp', ' gsmtp', '- gcdp', 'support.google.com/mail/?p=', 'support.google.com/mail/answer/', 'gmail has detected', 'gmail requires all', 'spam sent to gmail', "google's message size limit", "google's message header size limit", "google's limit of", "google's sending limits", 'not authorized to send email directly to our servers'],
  reference: SMTP_ERRORS,
  rules: [
    // 550-5.1.1 The email account that you tried to reach does not exist. Please try
    // double-checking the recipient's email address for typos or unnecessary spaces.
    // (support.google.com/a/answer/3726730; https://support.google.com/mail/?p=NoSuchUser)
    { id: 'provider.google.no-such-user', status: '5.1.1', contains: ['does not exist'], reason: 'userunknown', note: 'Gmail: the account does not exist', docs: 'https://support.google.com/mail/?p=NoSuchUser' },
    // 550-5.2.1 The email account that you tried to reach is disabled / is inactive.
    // (https://support.google.com/mail/?p=DisabledUser)
    { id: 'provider.google.disabled', status: '5.2.1', contains: ['disabled', 'inactive'], reason: 'suspend', note: 'Gmail: the account is disabled or inactive', docs: 'https://support.google.com/mail/?p=DisabledUser' },
    // 450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents
    // additional messages from being delivered. / ... is receiving mail too quickly.
    // 550-5.2.1 (the same words, permanent). (https://support.google.com/mail/answer/6592)
    { id: 'provider.google.rate', status: '.2.1', contains: ['at a rate that prevents', 'receiving mail too quickly', 'rate'], reason: 'speeding', note: 'Gmail: this recipient is receiving mail too fast; later attempts can succeed', docs: 'https://support.google.com/mail/answer/6592' },
    // 452-4.2.2 The recipient's inbox is out of storage space. / The email account that you
    // tried to reach is over quota. (https://support.google.com/mail/?p=OverQuotaTemp)
    { id: 'provider.google.over-quota', status: '.2.2', contains: [], reason: 'mailboxfull', note: 'Gmail: the inbox is out of storage space', docs: 'https://support.google.com/mail/?p=OverQuotaTemp' },
    // 550 5.7.1 Email quota exceeded.
    { id: 'provider.google.email-quota', status: '.7.1', contains: ['email quota exceeded'], reason: 'mailboxfull', note: 'Gmail: the recipient has no storage left', docs: SMTP_ERRORS },
    // 552-5.2.3 Your message exceeded Google's message size limits.
    // 552-5.3.4 The number of attachments ... exceeds Google's limit / header size limits.
    // (https://support.google.com/mail/answer/6584, https://support.google.com/a/answer/1366776)
    { id: 'provider.google.limits', status: '.2.3', contains: ["google's message size limit", 'size limit'], reason: 'exceedlimit', note: "Gmail: the message is over Google's size limit for this recipient", docs: 'https://support.google.com/mail/answer/6584' },
    { id: 'provider.google.header-limits', status: '.3.4', contains: ['header size limit', 'bytes per individual header', 'header name limit', 'limit attachments', 'number of attachments'], reason: 'exceedlimit', note: "Gmail: the headers or the number of attachments are over Google's limits", docs: 'https://support.google.com/a/answer/1366776' },
    // 552-5.3.4 Your message exceeded Google's message size limits. (https://support.google.com/mail/?p=MaxSizeError)
    // Gmail sends up to 25 MB but has received up to 50 MB since March 2017 (Google's attachment
    // limits, support.google.com/mail/answer/6584; G Suite Updates blog, 1 March 2017); the size
    // counts the encoded message, about a third larger than the files attached.
    { id: 'provider.google.too-big', status: '.3.4', contains: ['message size limit'], reason: 'mesgtoobig', note: "Gmail: the message is larger than Google accepts (50 MB for mail Gmail receives, 25 MB for mail sent from Gmail, counted after encoding, which adds about a third)", docs: 'https://support.google.com/mail/?p=MaxSizeError' },
    // 421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP address /
    // DKIM domain / SPF domain ... has been temporarily rate limited.
    // 550-5.7.28 There is an unusual rate of unsolicited mail originating from your IP address.
    // (https://support.google.com/mail/?p=UnsolicitedRateLimitError) — registry 5.7.28 is "mail flood".
    { id: 'provider.google.same-message-id', status: '4.7.28', contains: ['same message-id'], reason: 'policyviolation', note: 'Gmail: too many messages with the same Message-ID', docs: BLOCKED },
    // 421-4.7.28 / 550-5.7.28 This mail has been rate limited because DKIM does not pass. Gmail
    // requires all large senders to authenticate with DKIM. (Google uses .7.28 for this too, beside
    // its "unusual rate" replies; Sisimai's Rhost/Google.pm files it under authfailure.)
    { id: 'provider.google.bulk-dkim-4728', status: '.7.28', contains: ['authenticate with dkim', 'dkim does not pass'], reason: 'authfailure', note: 'Gmail (bulk senders): DKIM did not pass, so the mail is rate limited or blocked', docs: SENDER_GUIDELINES },
    { id: 'provider.google.unusual-rate', status: '.7.28', contains: [], reason: 'blocked', note: 'Gmail: an unusual rate of (unsolicited) mail from your IP, network, DKIM or SPF domain, so it is rate limited or blocked', docs: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError' },
    // 550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from
    // your IP address. To protect our users from spam, mail sent from your IP address has been blocked.
    { id: 'provider.google.unusual-rate-old', contains: ['unusual rate of unsolicited mail', 'unusual rate of mail'], reason: 'blocked', note: 'Gmail: an unusual rate of unsolicited mail from your IP address, so it is blocked', docs: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError' },
    // 421-4.7.0 This message is suspicious due to the very low reputation of the sending IP
    // address/domain. / 550-5.7.1 Our system has detected that this message is likely
    // suspicious due to the very low reputation of the sending IP address/domain.
    { id: 'provider.google.low-reputation', contains: ['low reputation', 'reputation of the sending'], reason: 'badreputation', note: 'Gmail: the sending IP or domain has a very low reputation', docs: BLOCKED },
    // 421-4.7.0 This message is suspicious due to the nature of the content or the links within.
    { id: 'provider.google.suspicious-content', contains: ['nature of the content or the links'], reason: 'spamdetected', note: 'Gmail judged the content or its links suspicious', docs: BLOCKED },
    // 550-5.7.1 Messages missing a valid address in the From: header, or having no From:
    // header, are not accepted. / ... is not RFC 5322 compliant ... / Messages missing a valid
    // Message-ID: header are not accepted. / Encoded-word syntax is not permitted ...
    // (https://support.google.com/mail/?p=RfcMessageNonCompliant)
    { id: 'provider.google.rfc5322', contains: ['rfc 5322', 'valid address in the from: header', 'multiple addresses in from:', 'valid message-id', 'unicode character in a disallowed header', 'encoded-word syntax is not permitted', 'mail message is malformed'], reason: 'notcompliantrfc', note: 'Gmail: the message does not follow the Internet Message Format (RFC 5322)', docs: 'https://support.google.com/mail/?p=RfcMessageNonCompliant' },
    // 553-5.1.7 The sender address <s@example.com> is not a valid RFC 5321 address.
    { id: 'provider.google.bad-sender-syntax', status: '5.1.7', contains: ['rfc 5321'], reason: 'notcompliantrfc', note: 'Gmail: the envelope sender is not a valid address', docs: SMTP_ERRORS },
    // 553-5.1.3 The recipient address <r@example.com> is not a valid RFC 5321 address.
    { id: 'provider.google.bad-recipient-syntax', status: '5.1.3', contains: ['rfc 5321'], reason: 'userunknown', note: 'Gmail: the recipient address is not a valid address', docs: SMTP_ERRORS },
    // 550-5.7.26 This message does not have authentication information or fails to pass
    // authentication checks (SPF or DKIM). (https://support.google.com/mail/answer/81126)
    { id: 'provider.google.no-authentication', status: '.7.', contains: ['authentication information', 'fails to pass authentication'], reason: 'authfailure', note: 'Gmail: the message carries no passing SPF or DKIM authentication', docs: SENDER_GUIDELINES },
    // 550-5.7.1 Unauthenticated email is not accepted from this domain.
    { id: 'provider.google.unauthenticated-domain', status: '.7.1', contains: ['unauthenticated email is not accepted'], reason: 'authfailure', note: "Gmail: mail from this domain must pass authentication (the domain's DMARC policy)", docs: 'https://support.google.com/mail/?p=DmarcRejection' },
    // 550-5.7.1 The IP you're using to send mail is not authorized to send email directly to
    // our servers. Please use the SMTP relay at your service provider instead.
    { id: 'provider.google.direct-not-authorized', contains: ['not authorized to send email directly'], reason: 'norelaying', owner: 'sender-admin', note: 'Gmail: this IP (often a home or dynamic address) may not send straight to Gmail; send through your provider\'s relay', docs: 'https://support.google.com/mail/?p=NotAuthorizedError' },
    // 550-5.7.1 ... likely unsolicited mail. (https://support.google.com/mail/?p=UnsolicitedMessageError)
    { id: 'provider.google.unsolicited', status: '.7.1', contains: ['likely unsolicited', 'unsolicited', 'spam'], reason: 'spamdetected', note: 'Gmail judged the message to be unsolicited mail', docs: 'https://support.google.com/mail/?p=UnsolicitedMessageError' },
    // 550-5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and
    // authentication. (https://support.google.com/mail/?p=IPv6AuthError)
    { id: 'provider.google.ipv6-guidelines', contains: ['ipv6 sending guidelines'], reason: 'requireptr', note: 'Gmail: mail over IPv6 needs a matching PTR record and SPF or DKIM', docs: 'https://support.google.com/mail/?p=IPv6AuthError' },
    // 550-5.7.1 The user or domain that you are sending to (or from) has a policy that
    // prohibited the mail that you sent. (https://support.google.com/a/answer/172179)
    { id: 'provider.google.domain-policy', contains: ['has a policy that prohibited'], reason: 'policyviolation', owner: 'recipient-admin', note: "a policy set by the recipient's (or your) Google Workspace admin prohibited this mail", docs: 'https://support.google.com/a/answer/172179' },
    // 451-4.7.24 / 550-5.7.24 The SPF record of the sending domain has one or more suspicious entries.
    { id: 'provider.google.spf-suspicious', status: '.7.24', contains: [], reason: 'authfailure', note: "Gmail: the sending domain's SPF record has suspicious entries", docs: SENDER_GUIDELINES },
    // 421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires
    // all senders to authenticate with either SPF or DKIM. / 550-5.7.26 Unauthenticated email
    // from example.com is not accepted due to domain's DMARC policy. / ... SPF record with a
    // hard fail policy (-all) ... (https://support.google.com/mail/answer/81126#authentication)
    { id: 'provider.google.authentication', status: '.7.26', contains: [], reason: 'authfailure', note: 'Gmail: the message failed SPF/DKIM/DMARC authentication', docs: SENDER_GUIDELINES },
    // 421-4.7.27 / 550-5.7.27 ... Gmail requires all bulk email senders to authenticate their
    // email with SPF. — registry 5.7.27 is "sender address has null MX".
    { id: 'provider.google.bulk-spf', status: '.7.27', contains: [], reason: 'authfailure', note: 'Gmail (bulk senders): SPF did not pass', docs: SENDER_GUIDELINES },
    // 421-4.7.29 / 550-5.7.29 ... Gmail requires all bulk email senders to use TLS/SSL for SMTP
    // connections. — registry 5.7.29 is "ARC validation failure".
    { id: 'provider.google.bulk-tls', status: '.7.29', contains: [], reason: 'failedstarttls', note: 'Gmail (bulk senders): the connection must use TLS', docs: 'https://support.google.com/mail/answer/6330403' },
    // 421-4.7.30 / 550-5.7.30 ... Gmail requires all bulk email senders to authenticate their
    // email with DKIM. — registry 5.7.30 is "REQUIRETLS support required".
    { id: 'provider.google.bulk-dkim', status: '.7.30', contains: [], reason: 'authfailure', note: 'Gmail (bulk senders): DKIM did not pass', docs: SENDER_GUIDELINES },
    // 421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in this
    // message isn't aligned with either the authenticated SPF or DKIM organizational domain.
    { id: 'provider.google.dmarc-alignment', status: '4.7.32', contains: [], reason: 'authfailure', note: 'Gmail: the From domain is not aligned with SPF or DKIM (DMARC alignment)', docs: SENDER_GUIDELINES },
    // 421-4.7.23 The sending IP address for this message doesn't have a PTR record, or the PTR
    // record's forward DNS entry doesn't match the sending IP address. — registry 4.7.23 is
    // "SPF validation failed". 550-5.7.25 The IP address sending this message does not have a
    // PTR record setup ... (https://support.google.com/mail/answer/81126#ip-practices)
    { id: 'provider.google.ptr', status: '.7.25', contains: [], reason: 'requireptr', note: 'Gmail: the sending IP has no matching reverse DNS (PTR) record', docs: SENDER_GUIDELINES },
    { id: 'provider.google.ptr-4723', status: '4.7.23', contains: [], reason: 'requireptr', note: 'Gmail: the sending IP has no PTR record, or it does not point back to the IP', docs: SENDER_GUIDELINES },
    { id: 'provider.google.ptr-words', contains: ['does not have a ptr record', 'have a ptr record, or the ptr record'], reason: 'requireptr', note: 'Gmail: the sending IP has no PTR record, or it does not point back to the IP', docs: SENDER_GUIDELINES },
    // 552-5.7.0 This message was blocked because its content presents a potential security
    // issue. / Our system detected an illegal attachment on your message.
    // (https://support.google.com/mail/?p=BlockedMessage)
    { id: 'provider.google.security-content', status: '.7.0', contains: ['security issue', 'illegal attachment'], reason: 'policyviolation', note: 'Gmail blocked an attachment or content it considers a security risk', docs: 'https://support.google.com/mail/?p=BlockedMessage' },
    // 421-4.7.0 TLS required for RCPT domain, closing connection.
    // (https://support.google.com/mail/answer/6330403)
    { id: 'provider.google.tls-required', contains: ['tls required for rcpt domain'], reason: 'failedstarttls', owner: 'recipient-admin', note: "the recipient's Google Workspace admin requires TLS for mail to this domain", docs: 'https://support.google.com/mail/answer/6330403' },
    // 530-5.7.0 Must issue a STARTTLS command first.
    { id: 'provider.google.starttls-first', contains: ['must issue a starttls command first'], reason: 'failedstarttls', note: 'Gmail: the connection must start TLS first', docs: SMTP_ERRORS },
    // 421-4.7.0 IP not in whitelist for RCPT domain, closing connection.
    // (https://support.google.com/a/answer/60752)
    { id: 'provider.google.not-allowlisted', contains: ['not in whitelist for rcpt domain', 'not in allowlist for rcpt domain'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient's Google Workspace admin accepts mail only from listed IPs", docs: 'https://support.google.com/a/answer/60752' },
    // 421-4.7.0 Try again later, closing connection. (a denial-of-service guard at HELO)
    { id: 'provider.google.closing', contains: ['try again later, closing connection'], reason: 'blocked', note: 'Gmail closed the connection to protect itself; a later attempt can succeed', docs: SMTP_ERRORS },
    // 501-5.5.4 HELO/EHLO argument is invalid. / Empty HELO/EHLO argument not allowed.
    // (https://support.google.com/mail/?p=helo)
    { id: 'provider.google.helo', contains: ['helo/ehlo argument'], reason: 'blocked', owner: 'sender-admin', note: 'Gmail: the sending server introduced itself with an invalid HELO name', docs: 'https://support.google.com/mail/?p=helo' },
    // 421-4.7.0 Connection expired, try reconnecting. / 451-4.4.2 Timeout - closing connection.
    { id: 'provider.google.timeout', contains: ['connection expired', 'timeout - closing connection'], reason: 'expired', note: 'Gmail closed a connection that took too long', docs: SMTP_ERRORS },
    // 554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop.
    // (https://support.google.com/mail/?p=MailLoop)
    { id: 'provider.google.loop', contains: ['exceeded 50 hops'], reason: 'networkerror', note: 'Gmail: the message went through too many servers (a mail loop)', docs: 'https://support.google.com/mail/?p=MailLoop' },
    // 550-5.7.0 Mail relay denied <192.0.2.1>. Invalid credentials for relay for one of the
    // domains in: example.com ... / 550-5.7.1 Invalid credentials for relay [192.0.2.1].
    // (https://support.google.com/a/answer/6140680)
    // 550 5.7.0 Email relay denied <ip>. The sending email account has been temporarily suspended
    // due to abuse. (Gmail SMTP errors and codes, 2026: SMTP relay spam policy) — the relaying
    // account is suspended, not an unregistered IP; before the relay refusal it begins with.
    { id: 'provider.google.relay-account-suspended', contains: ['suspended due to abuse'], reason: 'rejected', owner: 'sender-admin', note: 'Google Workspace SMTP relay: the sending account is suspended for now because of abuse (spam sent through it)', docs: 'https://support.google.com/a/answer/6140680' },
    { id: 'provider.google.relay-denied', contains: ['mail relay denied', 'invalid credentials for relay'], reason: 'norelaying', owner: 'sender-admin', note: "Google Workspace SMTP relay: the sending IP or domain is not registered in your relay settings", docs: RELAY },
    // 550-5.7.0 Mail Sending denied. (the sender account is disabled or not in the Workspace domain)
    { id: 'provider.google.sending-denied', contains: ['mail sending denied'], reason: 'rejected', owner: 'sender-admin', note: 'Google Workspace: the sending account is disabled or not part of the domain', docs: RELAY },
    // 550 5.7.1 ... - gcdp <id>: a Workspace admin's own compliance rule refused it.
    { id: 'provider.google.admin-rule', contains: ['gcdp'], reason: 'policyviolation', owner: 'recipient-admin', note: "a rule set by the recipient's Google Workspace admin refused it", docs: 'https://support.google.com/a/answer/172179' },
    // 550-5.4.5 Daily user sending limit exceeded. / Daily SMTP relay limit exceeded for user.
    // 450-4.2.1 Peak SMTP relay limit exceeded for customer. (https://support.google.com/a/answer/166852)
    // The relay's limits are the Workspace customer's, which its admin manages ("contact your
    // administrator", support.google.com/a/answer/6140680): "Daily SMTP relay sending limit
    // exceeded for this customer", "Peak SMTP relay limit exceeded for customer".
    { id: 'provider.google.relay-quota', contains: ['smtp relay sending limit exceeded for this customer', 'smtp relay limit exceeded for customer', 'smtp relay limit exceeded for this customer'], reason: 'speeding', owner: 'sender-admin', note: "your Google Workspace organisation hit its SMTP relay limit (its admin manages the relay)", docs: 'https://support.google.com/a/answer/6140680' },
    { id: 'provider.google.sending-quota', contains: ['daily user sending limit', 'daily sending quota', 'daily smtp relay limit', 'daily smtp relay sending limit', 'peak smtp relay limit'], reason: 'speeding', owner: 'sender', note: 'your own Google account hit its sending limit', docs: 'https://support.google.com/a/answer/166852' },
    // 550 5.7.1 This mail has been rate limited ... (words without a more specific code)
    { id: 'provider.google.rate-limited', status: '.7.1', contains: ['this mail has been rate limited'], reason: 'speeding', note: 'Gmail is rate limiting mail from this sender', docs: BLOCKED },
    // 452-4.5.3 Your message has too many recipients. / 550-5.5.3 Too many recipients for this sender.
    { id: 'provider.google.too-many-recipients', contains: ['has too many recipients', 'too many recipients for this sender'], reason: 'toomanyconn', note: 'Gmail: too many recipients in one message', docs: 'https://support.google.com/mail/?p=TooManyRecipientsError' },
    // 553-5.1.2 We weren't able to find the recipient domain.
    // (https://support.google.com/mail/?p=BadRcptDomain)
    { id: 'provider.google.no-domain', status: '5.1.2', contains: [], reason: 'hostunknown', note: 'Gmail could not find the recipient domain', docs: 'https://support.google.com/mail/?p=BadRcptDomain' },
    // 454-4.7.0 Too many login attempts. / 535-5.7.8 Username and Password not accepted. /
    // 534-5.7.9 Application-specific password required. / Please log in with your web browser.
    // (submission to smtp.gmail.com, not delivery: https://support.google.com/mail/answer/7126229)
    { id: 'provider.google.login', contains: ['username and password not accepted', 'application-specific password required', 'log in with your web browser', 'log in through your web browser', 'log in via your web browser', 'too many login attempts', 'no identity changes permitted'], reason: 'securityerror', owner: 'sender', note: 'Gmail refused to let your mail program log in to send', docs: 'https://support.google.com/mail/answer/7126229' },
    // 451-4.3.0 Multiple destination domains per transaction is unsupported. / Mail server
    // temporarily rejected message. / 421-4.3.0 Temporary System Problem. / 452-4.5.3 Domain
    // policy size per transaction exceeded, please try this recipient in a separate transaction.
    { id: 'provider.google.temporary', contains: ['temporary system problem', 'temporarily rejected', 'multiple destination domains per transaction', 'domain policy size per transaction', 'server busy'], reason: 'systemerror', note: 'Gmail had a temporary problem; the sending server retries', docs: SMTP_ERRORS },
    // 503-5.5.1 Bad sequence of commands. / 502-5.5.1 Unrecognized command. / 501-5.5.2 Syntax
    // error, cannot decode response. / SMTP protocol violation ...
    { id: 'provider.google.protocol', contains: ['smtp protocol violation', 'bad sequence of commands', 'no data after bdat', 'unrecognized command', 'unimplemented command', 'unrecognized authentication type', 'xoauth is no longer supported'], reason: 'syntaxerror', owner: 'sender-admin', note: 'Gmail: the sending program broke the SMTP protocol', docs: SMTP_ERRORS },
  ],
};

/**
 * Gmail's older bounces, sent when Gmail itself failed to deliver to another server, ended
 * the remote server's reply with "(state N)": the step of the SMTP conversation Gmail was at.
 * The number tells the stage where the other server refused, not a reason; the reason
 * comes from that server's words. Facts from the samples collected in Sisimai's
 * lib/Sisimai/Lhost/Gmail.pm, e.g.
 *   550 550 5.7.1 <user@example.com>... Access denied (state 13).
 *   550 550 5.1.1 <user@example.com>... User Unknown (state 14).
 *   550 550 5.7.1 SPF unauthorized mail is prohibited. (state 15).
 *   550 550 <user@example.com> No such user here (state 17).
 *   550 550 Unknown user user@example.com (state 18).
 */
export const GMAIL_STATES: Readonly<Record<string, SmtpCommand>> = {
  '13': 'EHLO',
  '14': 'RCPT',
  '15': 'DATA',
  '17': 'DATA',
  '18': 'DATA',
};
