/**
 * Barracuda Email Security Gateway and Email Gateway Defense (hosted hosts under
 * barracudanetworks.com such as d123456a.ess.barracudanetworks.com). Its replies tag a
 * missing recipient "cuda_nsu" and link its IP reputation list (BRBL) at
 * https://www.barracudacentral.org , where a listed IP asks for removal. Replies below
 * (reserved names) are as Barracuda-protected servers send them.
 */
import type { Provider } from './types.ts';

const CENTRAL = 'https://www.barracudacentral.org/rbl';

export const barracuda: Provider = {
  id: 'barracuda',
  label: 'Barracuda',
  hosts: ['barracudanetworks.com', 'cudasvc.com', 'barracuda.com'],
  // Not "Rejecting banned content": Sisimai lists it among every server's spam wordings
  // (Reason/SpamDetected, no provider named); its rule below reads it once a host, the cuda_nsu tag
  // or a link names Barracuda. "rejecting spoofed message" stays: the SMTP Field Manual lists it as
  // Barracuda's, and no other server's reply was found with it.
  markers: ['cuda_nsu', 'permanent failure for one or more recipients (', 'barracudanetworks.com', 'barracudacentral.org/rbl/removal', 'rejecting spoofed message'],
  reference: CENTRAL,
  rules: [
    // 450 cuda_nsu 4.7.1 <user@example.com>: Recipient address rejected: Policy Rejection- Abuse.
    // Go away. — the recipient organisation's policy refuses the sender for abuse (the SMTP Field
    // Manual's Barracuda replies: "Only the recipient and their mailserver admin can resolve
    // this"); the "cuda_nsu" tag marks the recipient check that answered, not a missing user.
    { id: 'provider.barracuda.policy-rejection', contains: ['policy rejection'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation's Barracuda policy refuses you as a sender (it names abuse); only they can lift it", docs: CENTRAL },
    // 550 cuda_nsu 5.1.1 <user@example.com>: Recipient address rejected: User unknown
    { id: 'provider.barracuda.nsu', contains: ['cuda_nsu', 'no such user'], reason: 'userunknown', note: 'Barracuda checked the recipient organisation\'s directory: no such user', docs: CENTRAL },
    // 554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation;
    // http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1
    { id: 'provider.barracuda.brbl', contains: ['barracuda reputation', 'barracudanetworks.com/reputation', 'b.barracudacentral.org'], reason: 'blocked', note: "your IP is on the Barracuda Reputation Block List; request removal at barracudacentral.org", docs: 'https://www.barracudacentral.org/rbl/removal-request' },
    // 550 rejected due to spam URL in content
    { id: 'provider.barracuda.spam-url', contains: ['spam url in content'], reason: 'spamdetected', note: 'Barracuda: a link in the message is on a spam URL list', docs: CENTRAL },
    // 550 rejecting banned content
    { id: 'provider.barracuda.banned-content', contains: ['rejecting banned content'], reason: 'policyviolation', owner: 'recipient-admin', note: "the recipient's Barracuda policy bans this content or attachment type", docs: CENTRAL },
    // 550 rejecting spoofed message (it looks like it impersonates a known brand)
    { id: 'provider.barracuda.spoofed', contains: ['rejecting spoofed message'], reason: 'policyviolation', note: 'Barracuda thinks the message impersonates a known sender or brand', docs: CENTRAL },
    // 550 permanent failure for one or more recipients (user@example.com:blocked)
    { id: 'provider.barracuda.recipient-blocked', contains: [':blocked)'], reason: 'filtered', owner: 'recipient-admin', note: "the recipient organisation's Barracuda blocked the message for this recipient", docs: CENTRAL },
    // 422 License Expired (the recipient organisation's Barracuda subscription lapsed)
    { id: 'provider.barracuda.license', contains: ['license expired'], reason: 'systemerror', owner: 'recipient-admin', note: "the recipient organisation's Barracuda licence has expired: only they can fix it", docs: CENTRAL },
  ],
};
