/**
 * Zoho Mail (zoho.com, zoho.eu, zoho.in, zohomail.com; MX hosts mx.zoho.com, smtpin.zoho.com).
 * Wording below follows Zoho's replies as collected in Sisimai's lib/Sisimai/Rhost/Zoho.pm
 * (BSD-2), with reserved names; Zoho explains its spam verdicts at
 * https://www.zoho.com/mail/help/spam-reason.html .
 */
import type { Provider } from './types.ts';

const HELP = 'https://www.zoho.com/mail/help/spam-reason.html';

export const zoho: Provider = {
  id: 'zoho',
  label: 'Zoho Mail',
  hosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zohomail.com', 'zohomail.eu'],
  markers: ['detected by zoho mail', 'zoho.com/mail/help', '541 5.4.1 mail rejected by destination domain', 'mailbox delivery restricted by policy'],
  reference: HELP,
  rules: [
    // 550 5.1.1 User does not exist - <user@zoho.com>
    // (Not "552 5.1.1 <user@zoho.com> Mailbox delivery failure policy error", which Sisimai also
    // files as an unknown user: its words name a policy and its reply code 552 storage, and Zoho
    // documents neither (smtp.codes/zoho lists it without a meaning), so its 5.1.1 is left to the
    // classifier, which calls an address code against a policy's words unsure.)
    { id: 'provider.zoho.no-user', contains: ['user does not exist'], reason: 'userunknown', note: 'Zoho: no such user', docs: HELP },
    // 550 5.7.1 Email rejected per DMARC policy for example.com
    { id: 'provider.zoho.dmarc', contains: ['rejected per dmarc policy'], reason: 'authfailure', note: "Zoho: the message failed the From domain's DMARC policy", docs: HELP },
    // 451 4.7.1 Greylisted, try again after some time
    { id: 'provider.zoho.greylisted', contains: ['greylisted, try again after some time'], reason: 'blocked', note: 'Zoho greylisted the first attempt; the sending server retries and gets through', docs: HELP },
    // 554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.
    { id: 'provider.zoho.spam', contains: ['email flagged as spam'], reason: 'spamdetected', note: "Zoho's filter judged the message to be spam", docs: HELP },
    // 541 5.4.1 Mail rejected by destination domain / 452 Mailbox delivery restricted by policy error
    { id: 'provider.zoho.domain-filter', contains: ['mail rejected by destination domain', 'mailbox delivery restricted by policy'], reason: 'filtered', owner: 'recipient-admin', note: "a filter set by the recipient domain's admin at Zoho refused the message", docs: HELP },
    // 554 5.7.7 Email policy violation detected
    { id: 'provider.zoho.policy', contains: ['email policy violation detected'], reason: 'policyviolation', note: 'Zoho: the message breaks its content policy', docs: HELP },
    // 552 5.7.1 virus <name> detected by Zoho Mail
    { id: 'provider.zoho.virus', contains: ['detected by zoho mail'], reason: 'virusdetected', note: 'Zoho found a virus in the message', docs: HELP },
    // 452 4.3.1 Temporary System Error
    { id: 'provider.zoho.temporary', contains: ['temporary system error'], reason: 'systemerror', note: 'Zoho had a temporary problem; the sending server retries', docs: HELP },
  ],
};
