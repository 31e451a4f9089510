/**
 * Comcast / Xfinity (comcast.net; MX hosts mx1a1.comcast.net ...). Comcast's refusals carry
 * a code of its own with a link: BL (block lists, a bitmask: ...001 Spamhaus ZEN, ...010
 * Cloudmark CSI, ...100 SenderScore), ES (mail from residential space), RL (rate limits),
 * DM (DMARC). Codes and meanings from Comcast's error code pages
 * (https://www.xfinity.com/support/articles/email-errors and postmaster.comcast.net); sample
 * replies below use reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.xfinity.com/support/articles/email-errors';

export const comcast: Provider = {
  id: 'comcast',
  label: 'Comcast / Xfinity',
  hosts: ['comcast.net', 'xfinity.com'],
  markers: ['postmaster.comcast.net', 'help.comcast.net', 'xfinity.com/support/articles/email-errors', 'comcast requires'],
  // Current codes have six digits (BL000001); the older ones three or four (BL006, BL0010, RL001).
  code: /\b((?:bl|es|rl|dm)\d{6}|(?:bl|rl)\d{3,4})\b/,
  reference: CODES,
  rules: [
    // 554 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001
    // (BL000001 Spamhaus ZEN, BL000010 Cloudmark CSI, BL000100 SenderScore, combinations add up)
    { id: 'provider.comcast.bl-lists', code: ['bl000001', 'bl000010', 'bl000011', 'bl000100', 'bl000101', 'bl000110', 'bl000111'], contains: [], reason: 'blocked', note: 'Comcast: your IP is on a block list it uses (the code says which: ...001 Spamhaus ZEN, ...010 Cloudmark CSI, ...100 SenderScore)', docs: CODES },
    // 554 ... BL000000 — mail in patterns characteristic of spam
    { id: 'provider.comcast.bl-patterns', code: 'bl000000', contains: [], reason: 'blocked', note: 'Comcast blocked your IP for sending in patterns typical of spam', docs: CODES },
    // 554 ... ES000001 / ES000010 — mail from Comcast's or another network's dynamic/residential space
    { id: 'provider.comcast.residential', code: 'es000001', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'Comcast: mail must not come straight from residential (dynamic) IP space; send through your provider\'s mail server', docs: CODES },
    { id: 'provider.comcast.residential-external', code: 'es000010', contains: [], reason: 'blocked', owner: 'sender-admin', note: 'Comcast: your IP looks residential (dynamic), often because its reverse DNS looks generic', docs: CODES },
    // 421 ... RL000001 — rate limited
    { id: 'provider.comcast.rate', code: 'rl000001', contains: [], reason: 'speeding', note: 'Comcast is rate limiting mail from your IP', docs: CODES },
    // 550 5.2.0 ... Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001
    { id: 'provider.comcast.dmarc', code: 'dm000001', contains: [], reason: 'authfailure', note: "Comcast: the message failed the From domain's DMARC policy", docs: CODES },
    // 554 resimta-h1p-000000.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail
    // servers must have a PTR record with a valid Reverse DNS entry.
    // 421 ... [Reverse DNS failure : Try again later]
    { id: 'provider.comcast.ptr', contains: ['must have a ptr record', 'reverse dns failure'], reason: 'requireptr', note: 'Comcast requires a valid reverse DNS (PTR) record for the sending IP', docs: CODES },
    // 421 ... [Too many sessions opened]
    { id: 'provider.comcast.sessions', contains: ['too many sessions opened'], reason: 'toomanyconn', note: 'Comcast limits simultaneous connections per sending IP', docs: CODES },
    // 550 5.1.1 <user@comcast.net> Not our Customer
    { id: 'provider.comcast.not-customer', contains: ['not our customer'], reason: 'userunknown', note: 'Comcast: no such customer mailbox', docs: CODES },
    // 554 imta07.westchester.pa.mail.comcast.net comcast 192.0.2.1 Comcast block for spam. Please see
    // http://help.comcast.net/content/faq/BL006 — the older codes BL001-BL0010 name the block
    // list (BL006 Spamhaus SBL/XBL, BL007 Cloudmark CSI), RL001 a rate limit
    // (http://security.comcast.net/get-help/Mail-Delivery-Error-Messages.aspx ,
    // https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/).
    { id: 'provider.comcast.old-bl', code: ['bl001', 'bl002', 'bl003', 'bl004', 'bl005', 'bl006', 'bl007', 'bl008', 'bl009', 'bl0010'], contains: [], reason: 'blocked', note: 'Comcast: your IP is on a block list it uses (the older BL codes; BL006 Spamhaus, BL007 Cloudmark CSI)', docs: 'https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/' },
    { id: 'provider.comcast.old-rl', code: 'rl001', contains: [], reason: 'speeding', note: 'Comcast is rate limiting mail from your IP', docs: 'https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/' },
    // "Comcast block for spam" with no code: Comcast's words for a block of the sending IP.
    { id: 'provider.comcast.block-for-spam', contains: ['comcast block for spam'], reason: 'blocked', note: 'Comcast blocked your sending IP (its block lists or spam-like sending)', docs: CODES },
    // 554 ... found on one or more DNSBLs (without a code)
    { id: 'provider.comcast.dnsbl', contains: ['found on one or more dnsbls'], reason: 'blocked', note: 'Comcast: your IP is on a block list it uses', docs: CODES },
  ],
};
