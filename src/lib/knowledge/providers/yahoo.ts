/**
 * Yahoo, AOL and the other Yahoo Inc. domains (their MX hosts end in yahoodns.net). Errors
 * are listed at https://senders.yahooinc.com/smtp-error-codes/ ; a bracketed tag ([TSS04],
 * [BL21], [PH01]) names the rule that refused. Yahoo's replies carry few enhanced codes, so
 * the tag and the words decide. Replies quoted below (reserved names) are from Yahoo's page;
 * more samples are collected in Sisimai's lib/Sisimai/Rhost/YahooInc.pm (BSD-2).
 */
import type { Provider } from './types.ts';

const CODES = 'https://senders.yahooinc.com/smtp-error-codes/';
/** AOL's older list of its bracketed tags (RTR, RLY, DYN, CON), before Yahoo took over its mail. */
const AOL_ERRORS = 'https://postmaster.info.aol.com/errors/';

export const yahoo: Provider = {
  id: 'yahoo',
  label: 'Yahoo / AOL',
  hosts: ['yahoo.com', 'yahoodns.net', 'yahoo.co.jp', 'aol.com', 'aim.com', 'ymail.com', 'rocketmail.com', 'yahoo.net', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de'],
  // "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires
  // all senders to authenticate with either SPF or DKIM." names Yahoo in its own words
  // (senders.yahooinc.com/smtp-error-codes), as Gmail's "Gmail requires all" names Google.
  markers: ['[tss0', '[tss1', '[ts0', '[bl2', '[ph01]', 'yahooinc.com', 'postmaster.yahoo.com', 'help.yahoo.com/kb/postmaster', 'postmaster.verizonmedia.com', 'postmaster.aol.com', 'max message per connection reached', '552 1 requested mail action aborted', '(rtr:', '(rly:', 'postmaster.info.aol.com', 'unresolvable rfc.5321', 'yahoo requires all senders'],
  code: /\[((?:tss|ts|bl|ph)\d\d)\]/,
  reference: CODES,
  rules: [
    // 554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [0]
    // 552 1 Requested mail action aborted, mailbox not found
    { id: 'provider.yahoo.no-account', contains: ["doesn't have a yahoo", 'does not have a yahoo', "doesn't have an aol", 'not have a yahoo', "this user doesn't have a ", 'requested mail action aborted, mailbox not found'], reason: 'userunknown', note: 'Yahoo: no such account', docs: CODES },
    // 554 delivery error: dd user@yahoo.com is no longer valid. [-20]
    // 554 30 Sorry, your message to user@aol.com cannot be delivered. This mailbox is disabled (554.30)
    { id: 'provider.yahoo.disabled', contains: ['mailbox is disabled', '554.30', 'is no longer valid'], reason: 'suspend', note: 'Yahoo: the mailbox is disabled or no longer in use', docs: CODES },
    // 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or
    // user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes
    // [TS01] [TS02] [TS03] [TSS02] [TSS05] [TSS07]: older and variant deferrals of the same kind.
    { id: 'provider.yahoo.tss04', contains: ['user complaints', 'unexpected volume'], reason: 'badreputation', note: 'Yahoo is deferring mail from your IP because of its volume or user complaints (a reputation problem, not this address)', docs: CODES },
    { id: 'provider.yahoo.deferred', code: 'tss04', contains: [], reason: 'badreputation', note: 'Yahoo is deferring mail from your IP because of its volume or user complaints (a reputation problem, not this address)', docs: CODES },
    // 421 Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to
    // http://postmaster.yahoo.com/errors/postmaster-21.html / 421 Message temporarily deferred - 4.16.51
    // (Yahoo's older deferrals: complaints from its users or mail that looks like spam;
    // help.yahoo.com/kb/review-xx-smtp-sln26151.html)
    { id: 'provider.yahoo.deferred-4-16-5x', contains: ['temporarily deferred - 4.16.5'], reason: 'badreputation', note: 'Yahoo is deferring mail from your server because its users complain or it looks like spam (a reputation problem, not this address)', docs: 'https://help.yahoo.com/kb/review-xx-smtp-sln26151.html' },
    // 553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will
    // NOT succeed. See https://postmaster.yahooinc.com/error-codes ([TSS11] the same)
    { id: 'provider.yahoo.tss09', contains: ['[tss09]', '[tss11]', 'permanently deferred'], reason: 'blocked', note: 'Yahoo refuses all mail from your IP for good; retrying will not help', docs: CODES },
    // 553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in
    // Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html
    // 553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL
    { id: 'provider.yahoo.spamhaus', contains: ['[bl21]', '[bl22]', '[bl23]', "ip is in spamhaus's list", 'on spamhaus xbl'], reason: 'blocked', note: 'Yahoo: your IP is on a Spamhaus list', docs: CODES },
    // 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires
    // all senders to authenticate with either SPF or DKIM.
    { id: 'provider.yahoo.unauthenticated', contains: ['sender is unauthenticated', 'authenticate with either spf or dkim'], reason: 'authfailure', note: 'Yahoo requires SPF or DKIM to pass', docs: CODES },
    // 554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit
    // https://postmaster.yahooinc.com/error-codes / 554 5.7.9 Message not accepted for policy reasons.
    { id: 'provider.yahoo.policy', contains: ['[ph01]', 'not accepted for policy reasons'], reason: 'policyviolation', note: 'Yahoo refused the content for policy reasons (often suspected phishing, or a DMARC failure)', docs: CODES },
    // 451 Message temporarily deferred due to unresolvable RFC.5321 from domain. (and its RFC.5322
    // twin for the From: header's domain; senders.yahooinc.com/smtp-error-codes, "Unresolvable
    // RFC.5321 or RFC.5322 from domain": an SOA query for the domain fails)
    { id: 'provider.yahoo.unresolvable-from', contains: ['unresolvable rfc.5321', 'unresolvable rfc.5322'], reason: 'rejected', note: "Yahoo: the envelope sender's domain does not resolve in DNS", docs: CODES },
    // 450 User is receiving mail too quickly
    { id: 'provider.yahoo.too-quickly', contains: ['user is receiving mail too quickly'], reason: 'speeding', note: 'Yahoo: this recipient is receiving mail too fast', docs: CODES },
    // 421 Max message per connection reached, closing transmission channel
    { id: 'provider.yahoo.per-connection', contains: ['max message per connection'], reason: 'toomanyconn', note: 'Yahoo: too many messages in one connection; open a new one', docs: CODES },
    // 554 Message not allowed - Headers are not RFC compliant[291]
    { id: 'provider.yahoo.headers', contains: ['headers are not rfc compliant'], reason: 'notcompliantrfc', note: 'Yahoo: the message headers break the standard', docs: CODES },
    // 550 relaying denied for <user@example.com>
    { id: 'provider.yahoo.relaying', contains: ['relaying denied for'], reason: 'norelaying', note: 'Yahoo does not accept mail for this domain', docs: CODES },
    // AOL's older tags, still seen in old bounces: 421 DYN:T1 (rate), 554 RTR:BB (dynamic IP),
    // 554 RTR:RD (no rDNS), 554 RTR:BL / CON:B1 / RLY:B2 (IP blocked), 521 5.2.1 HVU:B1 (content).
    { id: 'provider.yahoo.aol-ptr', contains: ['rtr:rd'], reason: 'requireptr', note: 'AOL: the sending IP has no valid reverse DNS', docs: CODES },
    { id: 'provider.yahoo.aol-rate', contains: ['dyn:t1'], reason: 'speeding', note: 'AOL is slowing down mail from your IP', docs: CODES },
    // AOL's own list of these tags (postmaster.info.aol.com/errors/, quoted at
    // community.hostcheetah.com/topic/267/aol-postmaster/): RTR:DU a dynamic or residential IP on
    // Spamhaus' list, RTR:CH a host on the network sending mail that matches known spam (a
    // compromised machine), RTR:BG an IP not yet delegated or allocated, and RLY:B1 "a dynamic
    // block … placed on an IP address when AOL member complaints go over our set threshold",
    // lifted within 24 hours (postmaster-us.info.aol.com/errors/554rlyb1.html): each a block of
    // the sending IP, none a rate to slow down to.
    { id: 'provider.yahoo.aol-blocked', contains: ['rtr:bb', 'rtr:bl', 'rtr:sc', 'rtr:du', 'rtr:ch', 'rtr:bg', 'con:b1', 'rly:b1', 'rly:b2', 'rly:b3', 'rly:ir', 'rly:bl'], reason: 'blocked', note: 'AOL has blocked your IP (dynamic address, complaints, a compromised host or listing)', docs: AOL_ERRORS },
    // RLY:IR (a dynamic or residential range) and RLY:BL (a listed IP) refuse the sending IP, as
    // the RTR: tags above do; HVU:B1 and RLY:BD refuse the message for its content (a URL or domain
    // in it). ZoneMTA's bounce rules (github.com/zone-eu/zone-mta, config/bounces.txt, "AOL error
    // messages", taken from AOL's errors list) file RLY:IR as a dynamic IP range, RLY:BL as a
    // blocked IP, HVU:B1 and RLY:BD as message content blocked.
    { id: 'provider.yahoo.aol-content', contains: ['hvu:b1', 'rly:bd'], reason: 'spamdetected', note: 'AOL refused the message for its content (a URL or domain in it is on its lists)', docs: AOL_ERRORS },
    // RLY:SN: "you are sending email using a disallowed AOL.COM screenname as your FROM or REPLY-TO
    // address, or as one of AOL's affiliates from an unauthorized IP address" (AOL's list, as quoted
    // at wordtothewise.com/2012/08/aol-bounces-and-false-positives): the sender's address refused.
    { id: 'provider.yahoo.aol-sender-name', contains: ['rly:sn'], reason: 'rejected', note: 'AOL refuses this From or Reply-To address (an AOL name not allowed from this server)', docs: AOL_ERRORS },
  ],
};
