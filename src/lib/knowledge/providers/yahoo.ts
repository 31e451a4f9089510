/**
 * Yahoo, AOL and the other Yahoo Inc. domains. Errors at
 * https://senders.yahooinc.com/smtp-error-codes ; bracketed tags ([TSS04], [BL21]) name the rule.
 */
import type { Provider } from './types.ts';

export const yahoo: Provider = {
  id: 'yahoo',
  label: 'Yahoo / AOL',
  hosts: ['yahoo.com', 'yahoodns.net', 'yahoo.co.jp', 'aol.com', 'aim.com', 'ymail.com', 'rocketmail.com', 'yahoo.net'],
  markers: ['yahoo', '[tss0', '[bl2'],
  reference: 'https://senders.yahooinc.com/smtp-error-codes',
  rules: [
    // 554 delivery error: dd This user doesn't have a yahoo.com account
    { id: 'provider.yahoo.no-account', contains: ["doesn't have a yahoo", 'does not have a yahoo', "doesn't have an aol", 'not have a yahoo'], reason: 'userunknown', note: 'Yahoo: no such account' },
    // 554 delivery error: dd This mailbox is disabled (554.30)
    { id: 'provider.yahoo.disabled', contains: ['mailbox is disabled', '554.30'], reason: 'suspend', note: 'Yahoo: the mailbox is disabled' },
    // 421 4.7.0 [TSS04] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints
    { id: 'provider.yahoo.tss04', contains: ['[tss04]', 'user complaints', 'unexpected volume'], reason: 'badreputation', note: 'Yahoo is deferring your IP because of volume or complaints' },
    // 553 5.7.2 [TSS09] All messages from x will be permanently deferred
    { id: 'provider.yahoo.tss09', contains: ['[tss09]', '[tss11]', 'permanently deferred'], reason: 'blocked', note: 'Yahoo has blocked your IP permanently' },
    // 553 5.7.1 [BL21] ... Spamhaus
    { id: 'provider.yahoo.spamhaus', contains: ['[bl21]', '[bl22]', '[bl23]'], reason: 'blocked', note: 'Yahoo: your IP is on a Spamhaus list' },
    // 550 5.7.9 ... sender is unauthenticated
    { id: 'provider.yahoo.unauthenticated', contains: ['unauthenticated', 'authenticate with either spf or dkim'], reason: 'authfailure', note: 'Yahoo requires SPF or DKIM to pass' },
    // 554 Message not allowed - [PH01] Email not accepted for policy reasons
    { id: 'provider.yahoo.policy', contains: ['[ph01]', 'not accepted for policy reasons'], reason: 'policyviolation', note: 'Yahoo refused the content for policy reasons' },
  ],
};
