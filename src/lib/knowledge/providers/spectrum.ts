/**
 * Spectrum (Charter; charter.net, spectrum.net, the former Time Warner Cable rr.com and
 * twc.com). Refusals end with "AUP#I-nnnn" (mail coming in) or "AUP#O-nnnn" (mail going
 * out) and link to https://www.spectrum.net/support/internet/understanding-email-error-codes ,
 * which gives each number's meaning. Numbers and ranges below follow that page (also collected
 * in Sisimai's lib/Sisimai/Rhost/Spectrum.pm, BSD-2); replies use reserved names.
 */
import type { Provider } from './types.ts';

const CODES = 'https://www.spectrum.net/support/internet/understanding-email-error-codes';

export const spectrum: Provider = {
  id: 'spectrum',
  label: 'Spectrum (Charter)',
  hosts: ['charter.net', 'spectrum.net', 'spectrum.com', 'rr.com', 'twc.com', 'brighthouse.com'],
  markers: ['aup#i-', 'aup#in-', 'aup#o-', 'aup#out-', 'spectrum.net/support/internet/understanding-email-error-codes'],
  code: /aup#[a-z-]*(\d{4})\b/,
  reference: CODES,
  rules: [
    // 550 5.7.1 ... Your IP address has been blocked due to suspicious activity. AUP#I-1000
    { id: 'provider.spectrum.ip-blocked', code: [1000, 1000], contains: [], reason: 'blocked', note: 'Spectrum blocked your IP for suspicious activity', docs: CODES },
    // AUP#O-1010 / 1020-1080 — this Spectrum account may not send (suspicious activity)
    { id: 'provider.spectrum.account-blocked', code: [1010, 1080], contains: [], reason: 'rejected', owner: 'sender', note: 'Spectrum limited or blocked sending from this email account for suspicious activity', docs: CODES },
    // AUP#I-1090 — the message cannot be processed now
    { id: 'provider.spectrum.processing', code: [1090, 1090], contains: [], reason: 'systemerror', note: 'Spectrum could not process the message now; try later', docs: CODES },
    // AUP#I-1100 ... 1150 — the connecting IP has a DNS problem (Spectrum requires full-circle DNS)
    { id: 'provider.spectrum.dns', code: [1100, 1150], contains: [], reason: 'requireptr', note: 'Spectrum requires matching forward and reverse DNS for the sending IP', docs: CODES },
    // AUP#I-1160 ... 1190 — against your domain's security policies
    { id: 'provider.spectrum.domain-policy', code: [1160, 1190], contains: [], reason: 'policyviolation', note: "Spectrum: the message goes against your own domain's security policy", docs: CODES },
    // AUP#I-1200 ... 1210 — the IP is flagged by Cloudmark CSI
    { id: 'provider.spectrum.cloudmark', code: [1200, 1210], contains: [], reason: 'blocked', note: 'Spectrum: your IP is flagged by Cloudmark CSI; request a reset from Cloudmark', docs: CODES },
    // AUP#I-1220 ... 1250 — the IP is on a Spamhaus list
    { id: 'provider.spectrum.spamhaus', code: [1220, 1250], contains: [], reason: 'blocked', note: 'Spectrum: your IP is on a Spamhaus list', docs: CODES },
    // AUP#I-1260 — Spectrum does not take mail over IPv6
    { id: 'provider.spectrum.ipv6', code: [1260, 1260], contains: [], reason: 'networkerror', owner: 'sender-admin', note: 'Spectrum does not accept mail over IPv6; connect over IPv4', docs: CODES },
    // 550 5.1.0 <s@example.com> sender rejected. Please see
    // https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310
    // AUP#I-1300 ... 1340 — too many connections (limits depend on the IP's reputation)
    { id: 'provider.spectrum.connections', code: [1300, 1340], contains: [], reason: 'toomanyconn', note: "Spectrum limits connections per sender by the IP's reputation; open fewer at once", docs: CODES },
    // AUP#I-1350 ... 1490 — limits on messages, recipients and invalid recipients
    { id: 'provider.spectrum.volume', code: [1350, 1490], contains: [], reason: 'speeding', note: 'Spectrum limits how many messages and recipients you send; slow down', docs: CODES },
    // AUP#O-1500 / 1520 — sending as an address you did not sign in with / not hosted here
    { id: 'provider.spectrum.wrong-from', code: [1500, 1520], contains: [], reason: 'rejected', owner: 'sender', note: 'Spectrum: send from the address you signed in with', docs: CODES },
    // AUP#O-1530 — larger than the 20 MB limit
    { id: 'provider.spectrum.size', code: [1530, 1530], contains: [], reason: 'mesgtoobig', note: 'Spectrum: the message is over the 20 MB limit', docs: CODES },
    // AUP#O-1560 — too many invalid recipients
    { id: 'provider.spectrum.invalid-recipients', code: [1560, 1560], contains: [], reason: 'policyviolation', note: 'Spectrum: too many invalid recipients; clean your list', docs: CODES },
    // AUP#O-1540 / 1550 / 1580 — too many messages per session, recipients per message, or recipients per period
    // 1550, too many recipients in one message: a limit per message, read as the other services'
    // "too many recipients" are (Exchange 4.5.3, GoDaddy IB605), not a sending rate.
    { id: 'provider.spectrum.recipients-per-message', code: [1550, 1550], contains: [], reason: 'toomanyconn', note: 'Spectrum: the message has too many recipients; send it to fewer at a time', docs: CODES },
    { id: 'provider.spectrum.sending-rate', code: [1540, 1580], contains: [], reason: 'speeding', note: 'Spectrum: too many messages in one session, or to too many recipients in a short time; send fewer', docs: CODES },
  ],
};
