/**
 * Apple iCloud Mail. Postmaster notes at https://support.apple.com/HT204137 ; bracketed
 * tags ([CS01], [HME1]) name the rule.
 */
import type { Provider } from './types.ts';

export const apple: Provider = {
  id: 'apple',
  label: 'Apple iCloud Mail',
  hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
  markers: ['icloud', '[cs01]', '[hme1]'],
  reference: 'https://support.apple.com/HT204137',
  rules: [
    // 550 5.7.1 [CS01] Message rejected due to local policy
    { id: 'provider.apple.cs01', contains: ['[cs01]'], reason: 'policyviolation', note: 'iCloud refused the message under its local policy' },
    // 554 5.7.1 [HME1] ... failing both SPF and DKIM authentication checks
    { id: 'provider.apple.hme1', contains: ['[hme1]'], reason: 'authfailure', note: 'iCloud: SPF and DKIM both failed' },
    // 550 5.1.1 <user@icloud.com>: inactive email address
    { id: 'provider.apple.inactive', contains: ['inactive email address'], reason: 'userunknown', note: 'iCloud: the address is inactive (no such mailbox in use)' },
    // 550 5.1.1 <user@icloud.com>: user does not exist
    { id: 'provider.apple.no-user', contains: ['user does not exist', 'unknown or illegal alias'], reason: 'userunknown', note: 'iCloud: no such user' },
  ],
};
