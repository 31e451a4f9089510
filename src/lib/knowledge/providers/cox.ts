/**
 * Cox (cox.net; its inbound mail runs on Cloudmark's hosted service, cxr.mx.a.cloudfilter.net).
 * Cox's refusals end with "AUP#<code>" and link to its error page,
 * https://www.cox.com/residential/support/email-error-codes.html , which gives each code's
 * meaning; the codes and sample replies are also collected in Sisimai's
 * lib/Sisimai/Rhost/Cox.pm (BSD-2). Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.cox.com/residential/support/email-error-codes.html';

export const cox: Provider = {
  id: 'cox',
  label: 'Cox',
  hosts: ['cox.net', 'cox.com', 'cxr.mx.a.cloudfilter.net'],
  markers: ['aup#cx', 'aup#cdrbl', 'aup#ipbl', 'aup#urlbl', 'cox.com/residential/support/email-error-codes', 'cox too many bad commands'],
  code: /aup#([0-9a-z]+)/,
  reference: CODES,
  rules: [
    // 554 5.7.1 ... rejected. IP=192.0.2.1 ... AUP#CXBL — the IP is blocked by Cox for spam-like behaviour
    { id: 'provider.cox.cxbl', code: 'cxbl', contains: [], reason: 'blocked', note: 'Cox has blocked your sending IP for spam-like behaviour; ask Cox to unblock it', docs: CODES },
    // 550 5.1.0 <s@example.com> sender rejected. Refer to Error Codes section at
    // https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL
    { id: 'provider.cox.cdrbl', code: 'cdrbl', contains: [], reason: 'blocked', note: 'Cox has blocked your IP for up to 24 hours for spam-like behaviour', docs: CODES },
    // ... AUP#CXDNS — the reverse DNS lookup of the sending IP fails
    { id: 'provider.cox.cxdns', code: 'cxdns', contains: [], reason: 'requireptr', note: 'Cox: the reverse DNS (PTR) lookup of your sending IP fails', docs: CODES },
    // ... AUP#CXSNDR — the message failed SPF, DomainKeys or DKIM of the sending domain
    { id: 'provider.cox.cxsndr', code: 'cxsndr', contains: [], reason: 'authfailure', note: "Cox: the message failed the sending domain's SPF or DKIM checks", docs: CODES },
    // ... AUP#CXSMTP — SMTP protocol violation
    { id: 'provider.cox.cxsmtp', code: 'cxsmtp', contains: [], reason: 'rejected', note: 'Cox could not verify the message came from a legitimate sender (the SMTP conversation broke the rules)', docs: CODES },
    // ... AUP#CXCNCT (too many connections) / AUP#CXMXRT (too many recipients)
    { id: 'provider.cox.connections', code: ['cxcnct', 'cxmxrt'], contains: [], reason: 'toomanyconn', note: 'Cox: too many connections or recipients from your IP; slow down', docs: CODES },
    // ... AUP#CXTHRT / AUP#CXMJ — sending limited for suspicious account activity (Cox's own senders)
    { id: 'provider.cox.account', code: ['cxthrt', 'cxmj'], contains: [], reason: 'securityerror', owner: 'sender', note: 'Cox limited sending from your Cox account for suspicious activity', docs: CODES },
    // ... AUP#IPBL0001 (Spamhaus ZEN), 0010 (Return Path), 0100 (Invaluement), 1000 (Cloudmark CSI), and combinations
    { id: 'provider.cox.ipbl', contains: ['aup#ipbl'], reason: 'blocked', note: 'Cox: your IP is on a block list it uses (the code\'s digits: Cloudmark CSI, Invaluement, Return Path, Spamhaus ZEN)', docs: CODES },
    // ... AUP#URLBL011 / URLBL1001 — a URL in the message is on SURBL, Spamhaus DBL or ivmURI
    { id: 'provider.cox.urlbl', contains: ['aup#urlbl'], reason: 'spamdetected', note: 'Cox: a link in the message is on a URL block list', docs: CODES },
    // 421 ... cox too many bad commands from 192.0.2.1 / too many invalid recipients
    { id: 'provider.cox.bad-commands', contains: ['cox too many bad commands', 'too many invalid recipients'], reason: 'blocked', note: 'Cox blocked your IP for a while after too many bad commands or invalid recipients', docs: CODES },
    // 421 ... DNS check failure - try again later / rejected - no rDNS
    { id: 'provider.cox.rdns', contains: ['dns check failure', 'no rdns'], reason: 'requireptr', note: 'Cox requires a valid reverse DNS (PTR) record for the sending IP', docs: CODES },
    // 421 ... too many sessions from 192.0.2.1 / message threshold exceeded
    { id: 'provider.cox.sessions', contains: ['too many sessions from', 'message threshold exceeded'], reason: 'toomanyconn', note: 'Cox: too many connections or messages from your IP', docs: CODES },
    // 554 ... ESMTP no data before greeting (the sender talked before Cox's greeting)
    { id: 'provider.cox.early-talker', contains: ['no data before greeting'], reason: 'policyviolation', owner: 'sender-admin', note: 'Cox: the sending server spoke before Cox greeted it, as spam software does', docs: CODES },
    // 421 ... ESMTP server temporarily not available (Cox cannot take new mail for now)
    { id: 'provider.cox.unavailable', contains: ['esmtp server temporarily not available'], reason: 'systemerror', note: 'Cox cannot accept new mail for a while; the sending server retries', docs: CODES },
    // 421 ... Requested action aborted: try again later (a connection or rate limit of the sending IP)
    { id: 'provider.cox.try-later', contains: ['requested action aborted: try again later'], reason: 'toomanyconn', note: 'Cox: your IP went over a connection or rate limit for a while', docs: CODES },
    // 552 ... attachment extension is forbidden
    { id: 'provider.cox.attachment', contains: ['attachment extension is forbidden'], reason: 'policyviolation', note: 'Cox does not accept this type of attachment', docs: CODES },
    // 550 <user@cox.net> recipient rejected
    { id: 'provider.cox.recipient', contains: ['recipient rejected'], reason: 'userunknown', note: 'Cox: not a valid Cox mailbox', docs: CODES },
    // 550 <s@example.com> sender rejected (the sender domain must resolve to MX or A)
    { id: 'provider.cox.sender', contains: ['sender rejected'], reason: 'rejected', note: "Cox refused the envelope sender (its domain must resolve in DNS)", docs: CODES },
  ],
};
