/**
 * Microsoft 365 / Exchange Online and Outlook.com (Hotmail, Live, MSN). Microsoft documents
 * its NDR codes at
 * https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
 * and uses many detail numbers outside the registry (5.1.10, 5.4.300, 5.7.509, 5.7.606-649 ...).
 * It gives registry codes its own meanings too: 5.4.1 (registry: "no answer from host") is
 * "Recipient address rejected: Access denied", the recipient does not exist. Outlook.com's
 * consumer servers add their own tags: (S3150) "on our block list", (S775) rate limits.
 * Each rule quotes the reply (reserved names) with its source; the replies are also
 * collected in Sisimai's lib/Sisimai/Rhost/Microsoft.pm (BSD-2), read for the facts.
 */
import type { Provider } from './types.ts';

const NDR = 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const EXCHANGE_SERVER_NDR = 'https://learn.microsoft.com/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages';
const SENDER_SUPPORT = 'https://sender.office.com';
const OUTLOOK_POSTMASTER = 'https://postmaster.live.com';
const OUTLOOK_TROUBLESHOOTING = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const MAIL_FLOW_INTELLIGENCE = 'https://learn.microsoft.com/defender-office-365/connectors-mail-flow-intelligence';

export const microsoft: Provider = {
  id: 'microsoft',
  label: 'Microsoft 365 / Outlook.com',
  hosts: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'office365.com', 'microsoft.com', 'protection.outlook.com', 'prod.outlook.com', 'exchangelabs.com', 'outlook.office365.com'],
  markers: ['no mail-enabled subscriptions', 'prod.protection.outlook.com', 'postmaster.live.com', 'sender.office.com', '(s3150)', '(s3140)', '(s775)', '(s843)', '(s3114)', '(as16012607)', '(as16012609)', 'does not pass dmarc verification', 'required authentication level', 'banned sending ip', 'tenant has exceeded threshold', 'sending from unregistered domains', 'windows live hotmail', ' sc-00', ' dy-00', ' ou-00', ' rp-00', 'mail.live.com/mail/troubleshooting', 'connecting to outlook.com server', '(suspiciousremoteservererror)', 'journaling archive is disabled', 'server busy. please try again later from', 'pfa agent busy', 'access denied, rejected by recipient', 'access denied, bad helo', 'access denied, banned recipient', 'has exceeded permitted limits within', 'does not accept email over ipv6', 'not in allowed-senders list', 'daily limit for message recipients', 'submission quota exceeded', 'traffic not accepted from this ip', 'access denied, spam abuse detected', 'does not allow external forwarding', 'messages they can receive per hour', 'message receive limit', 'recipient address rejected: access denied. as(', 'messaging.microsoft.com', 'tenantattribution', 'tenantinboundattribution', 'aka.ms/exosmtperrors', 'aka.ms/smtp_auth', 'smtpclientauthentication', 'sender throttled due to continuous', '4.4.315 connection timed out', '4.7.320 certificate validation failed', 'x-dg-ref header', 'tenant recipient block policy', 'wrong office 365 region'],
  // Exchange Server's own codes and words, written by a company's Exchange on premises as by
  // Exchange Online (Exchange Server's NDR reference, EXCHANGE_SERVER_NDR): they pick these
  // rules, but tell no Microsoft 365 unless a host or the recipient's domain does. So do the
  // fields every Exchange transport writes, "[Message=…] [LastAttemptedServerName=…]
  // [LastAttemptedIP=…]" (Exchange Server 2013 and later); the codes of Exchange Online's Mail
  // flow intelligence (4.4.315, 4.7.320; learn.microsoft.com, connectors-mail-flow-intelligence)
  // are Microsoft 365's own, among the markers above.
  shared: {
    label: 'Microsoft Exchange',
    markers: ['resolver.adr.', 'resolver.rst.', 'storedrv.', 'smtpsend.', 'queue.expired', '[lastattemptedservername=', 'mapiexception', 'sendasdenied', 'not authenticated to send anonymous mail', 'cannot achieve exchange server authentication', '][agent: '],
  },
  // EOP's throttling reply, "451 4.7.550 Access denied, please try again later" (learn.microsoft.com,
  // "Traffic from my IP address is throttled by EOP"; codes 4.7.500-699 and 4.7.850-899 in the
  // NDR reference): Microsoft's only under those codes of its own. "Access denied" and "please try
  // again later" are each written by many servers, and a policy daemon elsewhere may join them.
  // RFC 8460's TLS-RPT result types (§4.3: starttls-not-supported, certificate-expired,
  // tlsa-invalid, dnssec-invalid, certificate-host-mismatch) are every MTA-STS and DANE
  // implementation's words; Microsoft writes them right after its own codes (4.4.317, 5.7.321-325:
  // "550 5.7.321 starttls-not-supported: Destination mail server must support TLS …").
  signatures: [
    /\b4\.7\.(?:[56]\d\d|8[5-9]\d) access denied, please try again later/,
    /\b(?:4\.4\.317|[45]\.7\.32[1-5]) (?:starttls-not-supported|certificate-expired|tlsa-invalid|dnssec-invalid|certificate-host-mismatch)\b/,
  ],
  // Outlook.com's older consumer codes ("550 SC-001 (BAY004-MC1F12) ...", "421 RP-001 ..."), listed on
  // its sender troubleshooting page.
  code: /\b((?:sc|dy|ou|rp)-00\d)\b/,
  reference: NDR,
  rules: [
    // 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
    // 550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found (learn.microsoft.com NDR 5.1.10, 5.1.1)
    { id: 'provider.microsoft.recipient-not-found', contains: ['recipientnotfound', 'recipnotfound', 'recipient not found by smtp address lookup'], reason: 'userunknown', note: 'Microsoft: no mailbox with this address', docs: NDR },
    // The same code cut short ("Remote Server returned '550 5.1.10 RESOLVER.ADR.Recip", a pasted
    // line cut in the middle): Microsoft's NDR table gives 5.1.10 one meaning, "Recipient not
    // found" (NDR 5.1.10), not the registry's null MX (RFC 7505), which Microsoft does not send.
    { id: 'provider.microsoft.recipient-not-found-code', status: '5.1.10', contains: [], reason: 'userunknown', note: "Microsoft's 5.1.10 is its code for a recipient that does not exist", docs: NDR },
    // 550 5.4.1 Recipient address rejected: Access denied. AS(201806281) — directory-based edge
    // blocking: the address does not exist in the recipient organisation (NDR 5.4.1).
    { id: 'provider.microsoft.access-denied-dbeb', status: '5.4.1', contains: ['recipient address rejected: access denied'], reason: 'userunknown', note: 'Microsoft answers "Access denied" at 5.4.1 when the address does not exist in the recipient organisation', docs: NDR },
    // 550 5.4.1 Relay Access Denied (the recipient domain's MX points at Microsoft, the tenant does not accept it)
    { id: 'provider.microsoft.relay-denied', status: '5.4.1', contains: ['relay access denied'], reason: 'norelaying', owner: 'recipient-admin', note: "the recipient domain's MX points at Microsoft but no tenant accepts it", docs: NDR },
    // 550 5.5.0 Requested action not taken: mailbox unavailable (Outlook.com: no such mailbox)
    { id: 'provider.microsoft.mailbox-unavailable', contains: ['requested action not taken: mailbox unavailable'], reason: 'userunknown', note: 'Outlook.com: the mailbox does not exist', docs: NDR },
    // 550 5.7.504 Recipient address rejected: Access denied / 550 5.7.505 Access denied, banned recipient
    { id: 'provider.microsoft.banned-recipient', status: '5.7.504-505', contains: ['banned recipient', 'recipient address rejected: access denied'], reason: 'suspend', note: 'Microsoft: the recipient address is blocked by Microsoft', docs: NDR },
    // 550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and
    // has a DMARC policy of reject. (NDR 5.7.509)
    { id: 'provider.microsoft.dmarc', status: '5.7.509', contains: [], reason: 'authfailure', note: "Microsoft: the From domain failed DMARC and its policy says reject", docs: NDR },
    // 550 5.7.515 Access denied, sending domain example.com doesn't meet the required
    // authentication level. ... Spf=Fail Dkim=None DMARC=Fail (high-volume sender rules, 2025)
    { id: 'provider.microsoft.authentication-level', status: '5.7.515', contains: [], reason: 'authfailure', note: 'Outlook.com (high-volume senders): SPF, DKIM and DMARC must all pass', docs: NDR },
    // 550 5.7.23 The message was rejected because of Sender Policy Framework violation
    { id: 'provider.microsoft.spf', status: '5.7.23', contains: [], reason: 'authfailure', note: "Microsoft: the sending IP is not allowed by the sender domain's SPF record", docs: NDR },
    // 450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::1] must pass either SPF or
    // DKIM validation, this message is not signed
    // Only where the words say IPv6: the note names it, and X.7.26 alone is RFC 7372's general
    // "multiple authentication checks failed", which the registry's meaning already explains.
    { id: 'provider.microsoft.ipv6-auth', status: '.7.26', contains: ['ipv6'], reason: 'authfailure', note: 'Microsoft: mail sent over IPv6 must pass SPF or DKIM', docs: NDR },
    // 550 5.7.25 Access denied, the sending IPv6 address [2001:db8::1] must have a reverse DNS record
    { id: 'provider.microsoft.ipv6-ptr', status: '.7.25', contains: [], reason: 'requireptr', note: 'Microsoft: the sending IPv6 address has no reverse DNS record', docs: NDR },
    // 550 5.7.506 Access denied, Bad HELO (the server greets as the receiver, as spambots do)
    { id: 'provider.microsoft.bad-helo', status: '5.7.506', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'Microsoft: the sending server introduced itself (HELO) with the receiver\'s own name', docs: NDR },
    // 550 5.7.507 Access denied, rejected by recipient (the recipient organisation blocked your IP)
    { id: 'provider.microsoft.rejected-by-recipient', status: '5.7.507', contains: [], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation has blocked your sending IP", docs: NDR },
    // 550 5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within 2001:db8::/48 range
    { id: 'provider.microsoft.ipv6-range-limit', status: '5.7.508', contains: [], reason: 'speeding', note: 'Microsoft: your IPv6 range sent too many messages too fast', docs: NDR },
    // 550 5.7.510 Access denied, example.com does not accept email over IPv6
    { id: 'provider.microsoft.no-ipv6', status: '5.7.510', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'the recipient organisation does not accept mail over IPv6: send over IPv4', docs: NDR },
    // 550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list please
    // forward this message to delist@messaging.microsoft.com.
    { id: 'provider.microsoft.banned-sender', status: '5.7.511', contains: [], reason: 'blocked', note: 'Microsoft has banned the sending IP', action: 'Forward the whole bounce (the full NDR code and the IP) to delist@messaging.microsoft.com to ask for removal.', docs: NDR },
    // 550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant (a valid From)
    { id: 'provider.microsoft.from-header', status: '5.7.512', contains: [], reason: 'notcompliantrfc', note: 'Microsoft: the From header has no valid address', docs: NDR },
    // 550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using
    // Customer Block list (AS16012607)
    { id: 'provider.microsoft.customer-block-list', contains: ['customer block list', 'as16012607'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation put your sending IP on its own block list; only they can remove it", docs: NDR },
    // 5.7.606-5.7.649 Access denied, banned sending IP [192.0.2.1]. To request removal from this
    // list please visit https://sender.office.com/ and follow the directions.
    { id: 'provider.microsoft.banned-ip', status: '5.7.606-649', contains: [], reason: 'blocked', note: 'Microsoft has banned the sending IP; use the delist portal', action: 'Request delisting of the sending IP at https://sender.office.com .', docs: SENDER_SUPPORT },
    { id: 'provider.microsoft.banned-ip-words', contains: ['banned sending ip'], reason: 'blocked', note: 'Microsoft has banned the sending IP; use the delist portal', action: 'Request delisting of the sending IP at https://sender.office.com .', docs: SENDER_SUPPORT },
    // 451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP
    // reputation. For e-mail delivery information, see https://postmaster.live.com (S775)
    { id: 'provider.microsoft.ip-reputation', status: '4.7.65', contains: [], reason: 'badreputation', note: 'Outlook.com is rate-limiting the sending IP because of its reputation', docs: OUTLOOK_POSTMASTER },
    // 451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS761)
    // 451 4.7.700 PFA agent busy, please try again.
    // Outlook.com's older codes (https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx ,
    // formerly mail.live.com/mail/troubleshooting.aspx#errors): SC-001 the sending network is on
    // its block list, SC-002 namespace mining (guessing addresses), SC-003 an open proxy, SC-004
    // complaints; DY-001 a dynamic IP, DY-002 a compromised host; OU-001 / OU-002 refused for
    // the content or the IP's or domain's reputation; RP-001 the hourly or daily rate, RP-002 /
    // RP-003 the connection limit.
    // 550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact
    // your Internet service provider since part of their network is on our block list.
    { id: 'provider.microsoft.outlook-sc-dy-ou', code: ['sc-001', 'sc-002', 'sc-003', 'sc-004', 'dy-001', 'dy-002', 'ou-001', 'ou-002'], contains: [], reason: 'blocked', note: 'Outlook.com refused your sending IP (its block list, complaints, a dynamic or compromised IP, or its reputation)', docs: OUTLOOK_TROUBLESHOOTING },
    // 421 RP-001 (BAY004-MC1F35) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try
    // again. We have limits for how many messages can be sent per hour and per day.
    { id: 'provider.microsoft.outlook-rate', code: 'rp-001', contains: [], reason: 'speeding', note: 'Outlook.com limits how many messages your IP may send per hour and per day', docs: OUTLOOK_TROUBLESHOOTING },
    // 421 RP-002 (BAY004-MC1F35) The mail server IP connecting to Outlook.com server has exceeded the connection limit allowed.
    { id: 'provider.microsoft.outlook-connections', code: ['rp-002', 'rp-003'], contains: [], reason: 'toomanyconn', note: 'Outlook.com limits how many connections your IP may open', docs: OUTLOOK_TROUBLESHOOTING },
    { id: 'provider.microsoft.busy', contains: ['server busy. please try again later from', 'pfa agent busy'], reason: 'systemerror', note: 'Microsoft is busy and asks to try again later', docs: NDR },
    // 451 4.7.500-699 Access denied, please try again later (suspicious traffic is held back
    // while it is evaluated); 4.7.850-899 the same for an IP.
    { id: 'provider.microsoft.try-later', status: '4.7.500-899', contains: ['access denied, please try again later'], reason: 'blocked', note: 'Microsoft is holding back traffic it finds suspicious while it evaluates it; if valid, the restriction lifts by itself', docs: NDR },
    // 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your
    // Internet service provider since part of their network is on our block list (S3150).
    // 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your
    // Internet service provider. You can tell your provider to contact us at
    // https://sender.office.com (S3140) — the IP itself is blocked by Outlook.com.
    // No action of its own: the same words name the 'microsoft' blocklist (blocklists.ts), whose
    // advice gives the delisting form and SNDS; a second copy of it was shown twice.
    { id: 'provider.microsoft.block-list', contains: ['on our block list', 'block list (s3', '(s3140)'], reason: 'blocked', note: "the sending IP's network is on Microsoft's own block list", docs: OUTLOOK_POSTMASTER },
    // 550 SC-001 / SC-002 / SC-004 (Outlook.com, older wording) ... Unfortunately, messages from
    // [192.0.2.1] weren't sent. ... too many unwanted messages have been sent from the following IP address
    { id: 'provider.microsoft.sc-block', contains: ['sc-001', 'sc-002', 'sc-003', 'sc-004', 'unwanted messages have been sent from'], reason: 'blocked', note: 'Outlook.com has blocked the sending IP for unwanted mail', action: 'Request delisting at https://sender.office.com and check the IP in Microsoft SNDS (https://sendersupport.olc.protection.outlook.com/snds/).', docs: OUTLOOK_POSTMASTER },
    // 550 5.1.8 Access denied, bad outbound sender (the account sent spam: usually compromised)
    { id: 'provider.microsoft.bad-outbound-sender', contains: ['bad outbound sender'], reason: 'rejected', owner: 'sender-admin', note: 'Microsoft 365 blocked your own account from sending: it sent spam (usually a compromised account)', docs: NDR },
    // 550 5.7.501 Service unavailable. Spam abuse detected from IP range. ... S(2017052602) — the
    // same code, but Microsoft names the sending IP range, not an account (NDR list, 5.7.501-503;
    // observed wording): the IP is refused.
    { id: 'provider.microsoft.ip-range-abuse', contains: ['spam abuse detected from ip range'], reason: 'blocked', note: 'Microsoft refuses mail from your sending IP range for spam from that range (not one account)', action: 'Request delisting of the sending IP at https://sender.office.com .', docs: NDR },
    // 535 5.7.3 Authentication unsuccessful / 535 5.7.139 Authentication unsuccessful,
    // SmtpClientAuthentication is disabled for the Tenant — SMTP AUTH submission refused (the sending
    // program's login, or SMTP AUTH turned off for the tenant or mailbox).
    { id: 'provider.microsoft.smtp-auth', contains: ['smtpclientauthentication is disabled', 'authentication unsuccessful'], reason: 'securityerror', owner: 'sender-admin', note: 'Microsoft 365 refused the SMTP login of the sending program (wrong credentials, or SMTP AUTH is turned off for the tenant or mailbox)', docs: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission' },
    // 550 5.7.501-503 Access denied, spam abuse detected / banned sender (the sending account is banned)
    { id: 'provider.microsoft.spam-abuse', status: '5.7.501-503', contains: ['spam abuse detected', 'banned sender'], reason: 'rejected', owner: 'sender-admin', note: 'Microsoft banned the sending account for spam', docs: NDR },
    // 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.
    { id: 'provider.microsoft.ip-not-accepted', status: '5.7.708', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'Microsoft 365 does not accept traffic from this sending IP (often a new or low-reputation IP of a tenant)', docs: NDR },
    // 550 5.0.350 x-dg-ref header is too long: a Rich Text (TNEF) message whose x-dg-ref header
    // another system cannot take; send it as HTML or plain text (Exchange Online NDR 5.0.350).
    { id: 'provider.microsoft.x-dg-ref', contains: ['x-dg-ref header'], reason: 'contenterror', owner: 'sender', note: 'the message was sent in Rich Text format, whose x-dg-ref header the receiving system refuses; send it as HTML or plain text', action: 'Send the message again in HTML or plain text format rather than Rich Text.', docs: NDR },
    // 550 5.7.703 Your message can't be delivered because one or more recipients are blocked by
    // your organization's tenant recipient block policy (the sender's own Tenant Allow/Block List).
    { id: 'provider.microsoft.tenant-recipient-block', contains: ['tenant recipient block policy'], reason: 'policyviolation', owner: 'sender-admin', note: "your own organisation's Tenant Allow/Block List blocks a recipient of this message, so the whole message was stopped", docs: NDR },
    // 550 5.7.700-749 Access denied, tenant has exceeded threshold
    { id: 'provider.microsoft.tenant-ban', status: '5.7.700-749', contains: [], reason: 'rejected', owner: 'sender-admin', note: 'Microsoft 365 stopped your tenant from sending because most of its traffic looked suspicious', docs: NDR },
    // 550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.
    { id: 'provider.microsoft.unregistered-domains', contains: ['unregistered domains'], reason: 'rejected', owner: 'sender-admin', note: 'Microsoft 365: add and verify every domain you send from in your tenant', docs: NDR },
    // 5.2.2 Submission quota exceeded / 5.1.90 Your message can't be sent because you've
    // reached your daily limit for message recipients (your own mailbox's sending limits)
    // Exchange Online words the first in its store driver's exception too: "554 5.2.2 mailbox full;
    // STOREDRV.Submission.Exception:SubmissionQuotaExceededException; … Cannot submit message"
    // (observed wording; Microsoft's Dynamics 365 article "ErrorSubmissionQuotaExceeded exception":
    // the sending mailbox exceeded Exchange Online's sending limits). Its "mailbox full" is the
    // code's generic text, so this stands before the full-mailbox rule.
    { id: 'provider.microsoft.submission-quota', contains: ['submission quota exceeded', 'submissionquotaexceeded', 'daily limit for message recipients'], reason: 'speeding', owner: 'sender', note: 'your own Microsoft 365 mailbox hit its sending limit', docs: NDR },
    // 550 5.2.251 Sender throttled due to continuous mailbox full errors. / 5.2.252 … send as denied
    // errors / 5.2.253 … invalid license errors / 5.2.254 … too many recipients errors / 5.2.255 …
    // invalid recipients errors (learn.microsoft.com, "Continuous error throttling for SMTP AUTH
    // submissions in Exchange Online"): the SENDING mailbox may not submit over SMTP AUTH for a
    // while because its earlier sends kept failing; the words of those failures ("mailbox full",
    // "invalid recipients") are not said of this message's recipient, so this stands first.
    { id: 'provider.microsoft.sender-throttled', contains: ['sender throttled due to continuous'], reason: 'speeding', owner: 'sender', note: 'Microsoft 365 throttles your own sending mailbox (SMTP AUTH) because its earlier messages kept failing; fix what failed (full mailboxes, Send As rights, invalid or too many recipients, licence), then wait', docs: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions' },
    // 554 4.3.2 mailbox busy; STOREDRV.Submission.Exception:QuotaExceededException.
    // MapiExceptionMessagePerFolderCountQuotaExceeded; … Cannot submit message (ServiceNow
    // KB0751248, observed wording): a quota of the SENDER's own mailbox stopped Exchange from
    // submitting the message ("Submission", not "Deliver"); no recipient was reached.
    { id: 'provider.microsoft.own-mailbox-quota', contains: ['storedrv.submission.exception:quotaexceeded', 'storedrv.submit.exception:quotaexceeded'], reason: 'rejected', owner: 'sender', note: "Exchange could not submit the message from your own mailbox: one of its quotas (storage, items in a folder) is exceeded; the recipient was never reached", docs: 'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits' },
    // 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
    { id: 'provider.microsoft.mailbox-full', contains: ['quotaexceededexception', 'shutoffquotaexceeded', 'mailbox full', 'mailbox is full'], reason: 'mailboxfull', note: "Microsoft: the recipient's mailbox is over its storage quota", docs: NDR },
    // 550 5.7.13 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden
    // (the recipient's account is disabled in its organisation's directory)
    { id: 'provider.microsoft.account-disabled', contains: ['accountdisabledexception', 'aduserdisabled'], reason: 'suspend', note: "Microsoft: the recipient's account is disabled in its organisation", docs: NDR },
    // 554 5.2.252 SendAsDenied; s@example.com not allowed to send as o@example.com /
    // STOREDRV.Submit.Exception:SendAsDeniedException.MapiExceptionSendAsDenied
    { id: 'provider.microsoft.send-as-denied', contains: ['sendasdenied'], reason: 'rejected', owner: 'sender', note: 'Microsoft 365: your account may not send as the From address it used (no Send As permission)', docs: NDR },
    // 550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; Sender not authenticated for group /
    // RESOLVER.RST.NotAuthorized; not authorized / RESOLVER.RST.AuthRequired; authentication required
    { id: 'provider.microsoft.rst-restricted', contains: ['resolver.rst.sendernotauthenticated', 'resolver.rst.notauthorized', 'resolver.rst.authrequired', 'resolver.rst.restrictedtorecipients', 'resolver.rst.deliverytorecipientsnotallowed'], reason: 'securityerror', owner: 'recipient-admin', note: 'the recipient (often a group) only accepts mail from its own organisation or from listed senders', docs: NDR },
    // 554 5.2.121 Recipient's per hour message receive limit from specific sender exceeded /
    // 554 5.2.122 Recipient's per hour message receive limit exceeded
    { id: 'provider.microsoft.receive-limit', status: '5.2.12', contains: [], reason: 'speeding', note: 'the recipient has hit its hourly limit of received messages', docs: NDR },
    // 432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded
    // 432 4.3.2 STOREDRV.Deliver; mailbox database thread limit exceeded — the recipient's mailbox
    // database takes too many deliveries at once (Exchange's own throttling, retried);
    // 432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded — your own mailbox submits too
    // fast (Exchange Online limits: about 30 messages a minute).
    { id: 'provider.microsoft.database-thread-limit', contains: ['mailbox database thread limit exceeded'], reason: 'systemerror', note: "Exchange is throttling deliveries to the recipient's mailbox database; it retries", docs: 'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits' },
    { id: 'provider.microsoft.sender-thread-limit', contains: ['sender thread limit exceeded'], reason: 'speeding', owner: 'sender', note: 'your own Microsoft 365 mailbox is submitting messages faster than Exchange Online allows', docs: 'https://learn.microsoft.com/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits' },
    { id: 'provider.microsoft.thread-limit', contains: ['recipient thread limit exceeded'], reason: 'speeding', note: 'Microsoft is throttling this recipient, who receives too much mail too fast', docs: NDR },
    // 550 5.7.12 Sender was not authenticated by organization / 5.7.124 Sender not in
    // allowed-senders list / 5.7.133 Sender not authenticated for group / 5.7.134-136 Sender
    // was not authenticated for mailbox / public folder / mail user / 5.7.1 Delivery not authorized
    { id: 'provider.microsoft.restricted-recipient', status: '5.7.1', contains: ['delivery not authorized, message refused', 'not authenticated by organization', 'not in allowed-senders list', 'not authenticated for group', 'not authenticated for mailbox', 'not authenticated for public folder', 'sender was not authenticated', 'delivery not authorized', 'not authorized to send', 'not allowed to send to'], reason: 'securityerror', owner: 'recipient-admin', note: 'the recipient (often a group) only accepts mail from its own organisation or from listed senders', docs: NDR },
    // 550 5.7.520 Access denied, Your organization does not allow external forwarding. Please
    // contact your administrator for further assistance. AS(7555) (NDR 5.7.520: an outbound
    // spam policy of the sender's own organisation blocks automatic forwarding)
    { id: 'provider.microsoft.external-forwarding', contains: ['does not allow external forwarding'], reason: 'policyviolation', owner: 'sender-admin', note: "your own Microsoft 365 organisation does not allow automatic forwarding to outside addresses", docs: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding' },
    // 550 5.7.900-999 Delivery not authorized, message refused (a mail flow rule of the recipient organisation)
    { id: 'provider.microsoft.transport-rule', status: '5.7.900-999', contains: [], reason: 'policyviolation', owner: 'recipient-admin', note: "a mail flow (transport) rule of the recipient organisation refused the message", docs: NDR },
    // 550 5.0.350 Requested action not taken: policy violation detected (AS345) (nested attachments)
    // / x-dg-ref header is too long
    { id: 'provider.microsoft.policy-as345', contains: ['(as345)'], reason: 'policyviolation', note: 'Microsoft: the message breaks a content policy (AS345: attachments nested too deep)', docs: NDR },
    // 550 5.7.1 Unable to relay / 550 5.7.64 TenantAttribution; Relay Access Denied
    { id: 'provider.microsoft.unable-to-relay', contains: ['tenantattribution', 'unable to relay'], reason: 'norelaying', note: 'Microsoft would not relay the message: a connector or the MX records are set up wrong', docs: NDR },
    // 530 5.7.57 Client not authenticated to send anonymous mail during MAIL FROM / 5.7.3
    // Cannot achieve Exchange Server authentication / 530 5.7.1 Client was not authenticated
    { id: 'provider.microsoft.client-not-authenticated', contains: ['not authenticated to send anonymous mail', 'cannot achieve exchange server authentication', 'client was not authenticated'], reason: 'securityerror', owner: 'sender-admin', note: 'Microsoft requires the sending program or device to log in before it sends', docs: NDR },
    // 4.4.317 / 5.7.321 starttls-not-supported: Destination mail server must support TLS to
    // receive mail. / 5.7.322 certificate-expired / 5.7.323 tlsa-invalid: The domain failed
    // DANE validation / 5.7.324 dnssec-invalid / 5.7.325 certificate-host-mismatch
    { id: 'provider.microsoft.tls-dane', contains: ['starttls-not-supported', 'starttls is required to send mail', 'certificate-expired', 'tlsa-invalid', 'dnssec-invalid', 'certificate-host-mismatch'], reason: 'failedstarttls', owner: 'recipient-admin', note: "Microsoft 365 could not set up a trusted TLS connection to the destination (TLS, DANE or DNSSEC failed on the receiving side)", docs: NDR },
    // 550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds / invalid characters
    { id: 'provider.microsoft.bare-linefeeds', contains: ['barelinefeedsareillegal', 'bare linefeed', 'invalid characters'], reason: 'contenterror', owner: 'sender-admin', note: 'Microsoft: the message holds bare line feeds or invalid characters', docs: NDR },
    // 552 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient
    { id: 'provider.microsoft.recipient-size', contains: ['recipsizelimit'], reason: 'exceedlimit', note: "Microsoft: the message is larger than this recipient's limit", docs: NDR },
    // 552 5.3.4 Message size exceeds fixed maximum message size
    { id: 'provider.microsoft.size', status: '5.3.4', contains: ['message size exceeds fixed maximum', 'message too big for system'], reason: 'mesgtoobig', note: 'Microsoft: the message is larger than the organisation accepts', docs: NDR },
    // 4.4.312 / 5.4.312 DNS query failed: the recipient domain's DNS gives no usable answer, also
    // when the final notice reads "550 5.4.312 Message expired, DNS query failed", so this stands
    // before the expiry (a refused connection, 5.4.316, is left to the expiry: the server exists).
    { id: 'provider.microsoft.dns-query', status: '.4.312', contains: [], reason: 'networkerror', note: 'a DNS lookup for the destination failed', docs: NDR },
    // 4.4.7 / 5.4.300 Message expired / QUEUE.Expired; message expired / 4.4.7 Message delayed
    { id: 'provider.microsoft.expired', contains: ['message expired', 'queue.expired', 'message delayed'], reason: 'expired', note: 'Microsoft kept trying until the message expired', docs: NDR },
    // 5.4.6 Hop count exceeded - possible mail loop / 5.4.14 Routing loop detected
    // 450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError) — the destination
    // server dropped the connection (after expiry: "550 5.4.318 Message expired, connection reset").
    { id: 'provider.microsoft.connection-reset', contains: ['(suspiciousremoteservererror)'], reason: 'networkerror', note: 'the destination server closed the connection from Microsoft 365 abruptly', docs: NDR },
    // 550 5.1.4 RESOLVER.ADR.Ambiguous; ambiguous address / 550 5.1.1 RESOLVER.ADR.BadPrimary;
    // recipient primary SMTP address is missing — the recipient organisation's directory holds the
    // address twice, or a recipient without a primary address (Exchange NDR reference; Sisimai
    // Rhost/ExchangeOnline: systemerror). Not a missing mailbox.
    { id: 'provider.microsoft.directory', contains: ['resolver.adr.ambiguous', 'resolver.adr.badprimary'], reason: 'systemerror', owner: 'recipient-admin', note: "the recipient organisation's directory is wrong for this address (two recipients share it, or it lacks a primary SMTP address)", docs: EXCHANGE_SERVER_NDR },
    // 550 5.4.4 SMTPSEND.DNS.InvalidArguments; invalid arguments — the DNS lookup of the destination
    // failed on its arguments (a routing or DNS setup fault of the sending side, Sisimai
    // Rhost/Microsoft: networkerror), not a domain that does not exist.
    { id: 'provider.microsoft.dns-invalid-arguments', contains: ['smtpsend.dns.invalidarguments'], reason: 'networkerror', note: 'Exchange could not look up the destination in DNS (its lookup was given invalid arguments): a DNS or connector setup fault, not a missing domain', docs: EXCHANGE_SERVER_NDR },
    // 550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the
    // message's recipient domain. The partner connector has RestrictDomainsToIPAddresses or
    // RestrictDomainsToCertificate set — the sending server is not one that connector allows.
    { id: 'provider.microsoft.partner-connector', contains: ['restrictdomainstoipaddresses', 'restrictdomainstocertificate'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation's partner connector accepts this domain's mail only from given IP addresses or certificates, and your server is not one of them", docs: NDR },
    // 550 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error — the destination's MX points back at the
    // sending Exchange server itself.
    { id: 'provider.microsoft.mx-loopback', contains: ['smtpsend.dns.mxloopback'], reason: 'networkerror', note: "the destination domain's MX record points back at the sending Exchange server (a DNS or connector setup error)", docs: EXCHANGE_SERVER_NDR },
    // 451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. — mail reached Microsoft 365
    // through an MX record or smart host with an old or wrong destination (mail.messaging.microsoft.com,
    // mail.global.frontbridge.com, an IP address) instead of the domain's *.mail.protection.outlook.com.
    { id: 'provider.microsoft.wrong-region', status: '.4.62', contains: ['wrong office 365 region'], reason: 'networkerror', note: "Microsoft 365: the mail was routed through an old or wrong destination (an outdated MX record or a sending connector's smart host); point it at the domain's own mail.protection.outlook.com host", docs: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/wrong-office-365-region-exo' },
    // 451 4.4.4 Mail received as unauthenticated, incoming to a recipient domain configured in a
    // hosted tenant which has no mail-enabled subscriptions. ATTR5 — the recipient domain's MX points
    // at Microsoft 365, but its tenant has no plan with mail (none bought, or expired).
    { id: 'provider.microsoft.no-mail-subscription', contains: ['no mail-enabled subscriptions'], reason: 'notaccept', owner: 'recipient-admin', note: "the recipient domain is set up in a Microsoft 365 tenant that has no mail service (no mail-enabled subscription)", docs: NDR },
    // 550 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties — Exchange Server's
    // Address Book Policy routing agent: the recipient is not in the address list of their ABP.
    // A setup problem of the recipient organisation, not a missing mailbox (registry 5.3.2 reads
    // "system not accepting network messages"). (Exchange Server NDR reference, 5.3.2)
    { id: 'provider.microsoft.abp-routing', contains: ['missing or bad storedriver mdb properties'], reason: 'systemerror', owner: 'recipient-admin', note: "Exchange: the recipient is outside the address book policy that routes their mail (a setup problem of the recipient organisation)", docs: EXCHANGE_SERVER_NDR },
    // 451 4.4.24 / 4.4.25 / 4.4.28 Message failed to be replicated: insufficient system resource /
    // no healthy secondary server available ... / the operation was canceled — Exchange Online's
    // shadow redundancy could not copy the message; the sending server retries.
    { id: 'provider.microsoft.replication', contains: ['message failed to be replicated'], reason: 'systemerror', note: 'Microsoft 365 could not store a safety copy of the message for now; the sending server retries', docs: NDR },
    // 550 5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled
    { id: 'provider.microsoft.journaling', contains: ['journaling archive is disabled'], reason: 'systemerror', owner: 'sender-admin', note: 'a journaling rule sends to Microsoft 365, whose Journaling Archive is turned off', docs: NDR },
    { id: 'provider.microsoft.loop', contains: ['routing loop detected', 'hop count exceeded'], reason: 'networkerror', note: 'Microsoft: a forwarding or routing loop', docs: NDR },
    // 450 4.4.315 Connection timed out [Message=…] [LastAttemptedServerName=…]: Microsoft 365
    // cannot reach the destination server (down, or a connector pointing at the wrong address) —
    // the destination's connectivity, not a message that ran out of time (Mail flow intelligence in EOP).
    { id: 'provider.microsoft.connection-timed-out', status: '.4.315', contains: [], reason: 'networkerror', owner: 'recipient-admin', note: 'Microsoft 365 could not connect to the destination server in time (it is down, or a connector points at the wrong address)', docs: MAIL_FLOW_INTELLIGENCE },
    // 450 4.7.320 Certificate validation failed [Message=Certificate expired]: the destination
    // server's certificate expired, does not match its name or is no longer valid.
    { id: 'provider.microsoft.certificate-validation', status: '.7.320', contains: [], reason: 'failedstarttls', owner: 'recipient-admin', note: "Microsoft 365 could not validate the destination server's TLS certificate (expired, wrong name or no longer valid)", docs: MAIL_FLOW_INTELLIGENCE },
    // 450 4.7.3 Organization queue quota exceeded. — the recipient organisation has more mail waiting
    // in Microsoft 365 than its quota lets in for now (as the SMTP Field Manual explains it: the
    // receiving domain gets mail at a high rate and cannot take more yet); not a full mailbox.
    { id: 'provider.microsoft.organization-queue-quota', contains: ['organization queue quota exceeded'], reason: 'speeding', note: "the recipient organisation is receiving more mail than Microsoft 365 lets in for now; a later attempt can succeed", docs: NDR },
    // 4.4.316 / 5.4.316 Connection refused
    { id: 'provider.microsoft.connection-refused', status: '.4.316', contains: [], reason: 'networkerror', note: 'the destination server refused the connection from Microsoft 365', docs: NDR },
    // 550 5.7.103 UserMailboxSentItemsAgent; Sent items copy failed due to a permanent error
    // [Stage: OnPromotedEvent][Agent: User Mailbox Sent Items Agent] (a Microsoft 365 NDR,
    // pastebin.com/jXWmz90k: "This message couldn't be delivered to a group mailbox. Though this is
    // likely a temporary service error …"): a transport agent of Exchange failed (its "[Stage: …]
    // [Agent: …]" trace is a shared marker above), not the recipient's address.
    { id: 'provider.microsoft.agent-failure', status: '5.7.103', contains: ['copy failed'], reason: 'systemerror', note: "an Exchange transport agent failed while handling the message (Microsoft: likely a service error); the address is not at fault", docs: NDR },
    // 550 5.2.1 Content Filter agent quarantined this message
    { id: 'provider.microsoft.content-filter', contains: ['content filter agent quarantined'], reason: 'spamdetected', note: "Exchange's content filter judged the message to be spam", docs: NDR },
  ],
};
