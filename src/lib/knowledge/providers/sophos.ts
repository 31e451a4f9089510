/**
 * Sophos Email (Sophos Central Email), a filtering gateway in front of its customers' mail
 * (MX hosts under hydra.sophos.com). Its refusals carry a code "XGEMAIL_" and four digits,
 * which its help lists with their meanings (docs.sophos.com, Sophos Central, "SMTP error
 * codes"): each rule below gives the code and that meaning in our words. The words of the
 * reply around the code may be as short as "Message rejected": the code says why.
 */
import type { Provider } from './types.ts';

const CODES = 'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html';

export const sophos: Provider = {
  id: 'sophos',
  label: 'Sophos Email',
  hosts: ['hydra.sophos.com'],
  markers: ['xgemail_'],
  // "XGEMAIL_0004" (lower-cased).
  code: /\bxgemail_(\d{4})\b/,
  reference: CODES,
  rules: [
    // 0001 no valid DKIM signature; 0002 SPF failed; 0003 DMARC failed.
    { id: 'provider.sophos.dkim', code: '0001', contains: [], reason: 'authfailure', note: 'Sophos Email: the message had no valid DKIM signature', docs: CODES },
    { id: 'provider.sophos.spf', code: '0002', contains: [], reason: 'authfailure', note: "Sophos Email: the message failed the sender domain's SPF check", docs: CODES },
    { id: 'provider.sophos.dmarc', code: '0003', contains: [], reason: 'authfailure', note: "Sophos Email: the message failed the sender domain's DMARC check", docs: CODES },
    // 0004 the sending IP is on a real-time block list; 0005 the sender domain is on a domain block list.
    { id: 'provider.sophos.rbl', code: '0004', contains: [], reason: 'blocked', note: 'Sophos Email: your sending IP is on a block list (RBL)', docs: CODES },
    { id: 'provider.sophos.dbl', code: '0005', contains: [], reason: 'blocked', note: 'Sophos Email: your sender domain is on a domain block list (DBL)', docs: CODES },
    // 0006 the TLS version does not match the one the recipient's policy asks for.
    { id: 'provider.sophos.tls-version', code: '0006', contains: [], reason: 'failedstarttls', note: "Sophos Email: the TLS version used does not match the one the recipient's policy requires", docs: CODES },
    // 0007 the recipient organisation's licence has expired.
    { id: 'provider.sophos.licence', code: '0007', contains: [], reason: 'systemerror', owner: 'recipient-admin', note: "Sophos Email: the recipient organisation's Sophos licence has expired, so it takes no mail", docs: CODES },
    // 0008 the admin's block list, 0009 the user's block list names the domain, IP or address.
    { id: 'provider.sophos.admin-block-list', code: '0008', contains: [], reason: 'rejected', note: "Sophos Email: your domain, IP or address is on the recipient organisation's block list", docs: CODES },
    { id: 'provider.sophos.user-block-list', code: '0009', contains: [], reason: 'rejected', note: "Sophos Email: your domain, IP or address is on the recipient's own block list", docs: CODES },
    // 0010 the recipient's domain is not one Sophos Email protects (its MX points there in error).
    { id: 'provider.sophos.domain-not-protected', code: '0010', contains: [], reason: 'norelaying', owner: 'recipient-admin', note: "Sophos Email: the recipient's domain is not one of its protected domains, so it does not take mail for it", docs: CODES },
    // 0011 the recipient's address does not exist in the protected domain.
    { id: 'provider.sophos.no-such-mailbox', code: '0011', contains: [], reason: 'userunknown', note: "Sophos Email: the recipient's address does not exist in the protected domain", docs: CODES },
    // 0012 the message is over the size allowed; 0013 too many recipients for a large message.
    { id: 'provider.sophos.size', code: '0012', contains: [], reason: 'mesgtoobig', note: 'Sophos Email: the message is larger than the recipient allows', docs: CODES },
    { id: 'provider.sophos.large-message-recipients', code: '0013', contains: [], reason: 'toomanyconn', note: 'Sophos Email: a large message to more recipients than it allows', docs: CODES },
    // 0014 the recipient's inbound limit for one sender; 0015 its inbound limit from all senders.
    { id: 'provider.sophos.sender-rate', code: '0014', contains: [], reason: 'speeding', note: "Sophos Email: you sent the recipient more than its inbound limit for one sender", docs: CODES },
    // 0015 counts mail from every sender together: the recipient's own limit, not this sender's pace.
    { id: 'provider.sophos.inbound-rate', code: '0015', contains: [], reason: 'speeding', owner: 'recipient-admin', note: "Sophos Email: the recipient received more than its inbound limit from all senders", docs: CODES },
  ],
};
