/**
 * Cisco Secure Email (the Email Security Appliance, formerly IronPort; Cisco's cloud gateway
 * hosts are under iphmx.com). It judges senders by their Talos (formerly SenderBase) IP
 * reputation, https://talosintelligence.com/reputation_center ; reputation recovers by
 * itself once the cause stops, there is no removal form. Its default replies, quoted below
 * with reserved names, are what the appliance sends unless its admin changed them.
 */
import type { Provider } from './types.ts';

const TALOS = 'https://talosintelligence.com/reputation_center';
const REPUTATION_FILTERING = 'https://www.cisco.com/c/en/us/support/docs/security/cloud-email-security/222887-troubleshoot-issues-related-to-stopped.html';

export const cisco: Provider = {
  id: 'cisco',
  label: 'Cisco Secure Email (IronPort)',
  hosts: ['iphmx.com', 'ironport.com', 'cisco.com'],
  // The default reputation refusal also comes with its apostrophe lost, "rejected due to the
  // sending MTA poor reputation" (a pasted refusal, pastebin.com/J4q2KYX2).
  markers: ["sending mta's poor reputation", 'sending mta poor reputation', '#5.1.0 address rejected', 'talosintelligence.com', 'senderbase.org', 'ironport', 'your access to submit messages to this e-mail system has been rejected'],
  reference: TALOS,
  rules: [
    // 554 Your access to this mail system has been rejected due to the sending MTA's poor
    // reputation. If you believe that this failure is in error, please contact the intended
    // recipient via alternate means.
    { id: 'provider.cisco.poor-reputation', contains: ["sending mta's poor reputation", 'senderbase', 'talosintelligence'], reason: 'badreputation', note: 'Cisco Secure Email refused your IP for its poor Talos (SenderBase) reputation; it recovers by itself once the cause stops', docs: REPUTATION_FILTERING },
    // 550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.
    { id: 'provider.cisco.access-rejected', contains: ['your access to submit messages to this e-mail system has been rejected'], reason: 'blocked', note: "Cisco Secure Email's host access table refused your server", docs: REPUTATION_FILTERING },
    // 550 #5.1.0 Address rejected. (the recipient is not in the organisation's directory)
    { id: 'provider.cisco.address-rejected', contains: ['#5.1.0 address rejected'], reason: 'userunknown', note: "Cisco Secure Email checked the recipient organisation's directory: no such address", docs: TALOS },
    // 550 #5.7.1 SPF unauthorized mail is prohibited.
    { id: 'provider.cisco.spf', contains: ['spf unauthorized mail is prohibited'], reason: 'authfailure', note: "Cisco Secure Email: the sending IP is not allowed by the sender domain's SPF record", docs: TALOS },
    // 452 Too many recipients received this hour
    { id: 'provider.cisco.recipients-per-hour', contains: ['too many recipients received this hour'], reason: 'speeding', note: 'Cisco Secure Email limits how many recipients your IP may send to per hour (lower for a poor reputation)', docs: REPUTATION_FILTERING },
  ],
};
