/**
 * Facebook's receiving mail servers (msgin.t.facebook.com and the like, for @facebook.com and
 * the addresses of its groups and reply-by-email). Every refusal carries a code of Facebook's
 * own, a class and a letter-number pair, and a link to the page that lists them:
 * "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to
 * recipient preferences". The class names what was refused (RCP the recipient, POL a policy on
 * the sending server, MSG the message, CON the connection, DNS the sender's DNS, INT Facebook
 * itself); P is permanent, T temporary. The codes' meanings below follow that page
 * (https://www.facebook.com/postmaster/response_codes) as Sisimai's lib/Sisimai/Rhost/Facebook.pm
 * (BSD-2) collects them; the words after the link are often missing, so the code decides.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.facebook.com/postmaster/response_codes';

export const facebook: Provider = {
  id: 'facebook',
  label: 'Facebook',
  hosts: ['facebook.com', 'facebookmail.com'],
  markers: ['postmaster.facebook.com', 'facebook.com/postmaster'],
  // "RCP-P1", "POL-T2", "INT-P7" (lower-cased), at the start of the reply or in the link's anchor.
  code: /\b((?:rcp|pol|msg|con|dns|int)-[pt]\d)\b/,
  reference: CODES,
  rules: [
    // RCP-P1 / INT-P1 / INT-P4 The attempted recipient address does not exist. INT-P3 The
    // attempted recipient group address does not exist. ("550 5.1.1 RCP-P1 Domain facebook.com
    // no longer available": Facebook's own addresses are gone.)
    { id: 'provider.facebook.no-recipient', code: ['rcp-p1', 'int-p1', 'int-p3', 'int-p4'], contains: [], reason: 'userunknown', note: 'Facebook: the recipient address (or group address) does not exist', docs: CODES },
    // RCP-P2 The attempted recipient's preferences prevent messages from being delivered.
    // RCP-P3 The attempted recipient's privacy settings blocked the delivery.
    { id: 'provider.facebook.preferences', code: ['rcp-p2', 'rcp-p3'], contains: [], reason: 'filtered', note: "Facebook: the recipient's preferences or privacy settings refuse this mail", docs: CODES },
    // RCP-T4 The attempted recipient address is currently deactivated; the user may reactivate it.
    { id: 'provider.facebook.deactivated', code: 'rcp-t4', contains: [], reason: 'suspend', note: 'Facebook: the recipient account is deactivated for now (its owner may reactivate it)', docs: CODES },
    // INT-P7 The attempted recipient has exceeded their storage quota.
    { id: 'provider.facebook.quota', code: 'int-p7', contains: [], reason: 'mailboxfull', note: 'Facebook: the recipient is over their storage quota', docs: CODES },
    // RCP-T1 The recipient address is not available because of an internal system issue;
    // INT-T* a temporary issue inside Facebook's system.
    { id: 'provider.facebook.internal', code: ['rcp-t1', 'int-t1', 'int-t2', 'int-t3', 'int-t4', 'int-t5', 'int-t6', 'int-t7', 'int-t8', 'int-t9'], contains: [], reason: 'systemerror', note: 'Facebook had an internal problem; the sending server retries', docs: CODES },
    // POL-P1 Your mail server's IP address is listed on the Spamhaus PBL. POL-P2 Facebook will no
    // longer accept mail from your mail server's IP address. POL-P3 / POL-P4 / POL-T1..T3 Facebook
    // is not accepting messages from your mail server (for 1-2, 4-8 or 24-48 hours).
    { id: 'provider.facebook.server-refused', code: ['pol-p1', 'pol-p2', 'pol-p3', 'pol-p4', 'pol-t1', 'pol-t2', 'pol-t3'], contains: [], reason: 'blocked', note: 'Facebook is refusing mail from your sending server (a block list, or its own block for hours or for good)', docs: CODES },
    // POL-P5 The message contains a virus.
    { id: 'provider.facebook.virus', code: 'pol-p5', contains: [], reason: 'virusdetected', note: 'Facebook found a virus in the message', docs: CODES },
    // POL-P6 The message contains a URL that has been blocked by Facebook.
    { id: 'provider.facebook.blocked-url', code: 'pol-p6', contains: [], reason: 'spamdetected', note: 'Facebook: the message holds a link Facebook has blocked', docs: CODES },
    // POL-P7 The message does not comply with Facebook's domain authentication requirements.
    { id: 'provider.facebook.authentication', code: 'pol-p7', contains: [], reason: 'authfailure', note: "Facebook: the message does not pass its domain authentication requirements (SPF, DKIM)", docs: CODES },
    // POL-P8 The message does not comply with Facebook's abuse policies.
    { id: 'provider.facebook.abuse-policy', code: 'pol-p8', contains: [], reason: 'policyviolation', note: "Facebook: the message breaks its abuse policies", docs: CODES },
    // MSG-P1 / INT-P2 The message exceeds Facebook's maximum allowed size.
    { id: 'provider.facebook.size', code: ['msg-p1', 'int-p2'], contains: [], reason: 'mesgtoobig', note: "Facebook: the message is larger than it accepts", docs: CODES },
    // MSG-P2 The message contains an attachment type that Facebook does not accept.
    { id: 'provider.facebook.attachment', code: 'msg-p2', contains: [], reason: 'policyviolation', note: 'Facebook does not accept an attachment type in the message', docs: CODES },
    // MSG-P3 The message contains multiple instances of a header field that can only be present once.
    { id: 'provider.facebook.headers', code: 'msg-p3', contains: [], reason: 'notcompliantrfc', note: 'Facebook: a header that may appear once appears several times', docs: CODES },
    // CON-T1 Facebook's server has too many connections open; CON-T2 your server has too many
    // connections open to Facebook; CON-T3 too many new connections in a short time; CON-T4 / MSG-T1
    // too many recipients on this connection or message.
    { id: 'provider.facebook.connections', code: ['con-t1', 'con-t2', 'con-t3', 'con-t4', 'msg-t1'], contains: [], reason: 'toomanyconn', note: 'Facebook: too many connections or recipients at once; the sending server retries', docs: CODES },
    // DNS-P1 Your SMTP MAIL FROM domain does not exist. DNS-P2 ... does not have an MX record.
    // DNS-T1 ... exists but does not currently resolve.
    { id: 'provider.facebook.sender-domain', code: ['dns-p1', 'dns-p2', 'dns-t1'], contains: [], reason: 'rejected', owner: 'sender-admin', note: "Facebook: the envelope sender's domain does not exist, has no MX record or does not resolve", docs: CODES },
    // DNS-P3 Your mail server does not have a reverse DNS record. DNS-T2 ... does not currently resolve.
    { id: 'provider.facebook.ptr', code: ['dns-p3', 'dns-t2'], contains: [], reason: 'requireptr', note: 'Facebook: your sending server has no (resolving) reverse DNS record', docs: CODES },
  ],
};
