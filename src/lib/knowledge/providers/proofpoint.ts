/**
 * Proofpoint, an email security gateway (customers' MX hosts under pphosted.com; Proofpoint
 * Essentials under ppe-hosted.com). Its reputation list, Proofpoint Dynamic Reputation (PDR,
 * zone prs.proofpoint.com), is the usual cause of its refusals; the lookup and removal page
 * is https://ipcheck.proofpoint.com . Sender guidance: https://www.proofpoint.com/us/postmaster .
 * Replies below (reserved names) are as Proofpoint-protected servers send them.
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://www.proofpoint.com/us/postmaster';

export const proofpoint: Provider = {
  id: 'proofpoint',
  label: 'Proofpoint',
  hosts: ['pphosted.com', 'ppe-hosted.com', 'proofpoint.com'],
  markers: ['pphosted', 'ppe-hosted', 'prs.proofpoint.com', 'ipcheck.proofpoint.com', 'proofpoint.com/dnsbl', 'support.proofpoint.com'],
  reference: POSTMASTER,
  rules: [
    // 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using prs.proofpoint.com;
    // Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1
    // 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1
    { id: 'provider.proofpoint.pdr', contains: ['prs.proofpoint.com', 'ipcheck.proofpoint.com', 'dnsbl-lookup'], reason: 'blocked', note: "your IP is on Proofpoint's Dynamic Reputation list; check it and ask for removal at ipcheck.proofpoint.com", docs: 'https://ipcheck.proofpoint.com' },
    // 554 5.7.1 ... blocked using Cloudmark Sender Intelligence
    { id: 'provider.proofpoint.cloudmark', contains: ['cloudmark sender intelligence'], reason: 'blocked', note: 'Proofpoint: your IP is on Cloudmark Sender Intelligence; request a reset from Cloudmark', docs: POSTMASTER },
    // 550 5.7.1 Email rejected per DMARC policy for example.com
    { id: 'provider.proofpoint.dmarc', contains: ['rejected per dmarc policy', "per sender's dmarc policy"], reason: 'authfailure', note: "Proofpoint: the message failed the From domain's DMARC policy", docs: POSTMASTER },
    // 550 5.1.1 <user@example.com>... Recipient address rejected: unverified address (the
    // recipient server did not confirm the address)
    { id: 'provider.proofpoint.unverified', contains: ['unverified address'], reason: 'userunknown', note: "Proofpoint asked the recipient's own server and it did not confirm this address", docs: POSTMASTER },
    // 553 5.1.8 <s@example.com>... Domain of sender address s@example.com does not exist
    { id: 'provider.proofpoint.sender-domain', contains: ['domain of sender address'], reason: 'rejected', note: "Proofpoint: the envelope sender's domain does not exist in DNS", docs: POSTMASTER },
    // 550 5.7.1 ... Message rejected due to spam / 554 5.7.1 Message blocked due to spam content
    { id: 'provider.proofpoint.spam', contains: ['due to spam', 'spam content'], reason: 'spamdetected', note: "Proofpoint's filter judged the message to be spam", docs: POSTMASTER },
  ],
};
