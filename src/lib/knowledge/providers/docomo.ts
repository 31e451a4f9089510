/**
 * NTT docomo, the Japanese mobile carrier (docomo.ne.jp; MX host mfsmax.docomo.ne.jp).
 * docomo answers "550 Unknown user user@docomo.ne.jp" both for a missing mailbox (at RCPT TO)
 * and, after the message was sent (at DATA), when the recipient's reception settings
 * (指定受信/拒否設定: accept or reject by sender address or domain, spoofing checks) refuse
 * the sender. Facts from real bounces collected in Sisimai's lib/Sisimai/Rhost/NTTDOCOMO.pm
 * (BSD-2); the settings are described on docomo's page linked below.
 */
import type { Provider } from './types.ts';

const SETTINGS = 'https://www.docomo.ne.jp/info/spam_mail/';

export const docomo: Provider = {
  id: 'docomo',
  label: 'NTT docomo',
  hosts: ['docomo.ne.jp', 'mopera.net', 'dwmail.jp'],
  reference: SETTINGS,
  rules: [
    // 550 Unknown user user@docomo.ne.jp   (in reply to RCPT TO command): no such mailbox
    { id: 'provider.docomo.no-user', command: 'RCPT', contains: ['unknown user'], reason: 'userunknown', note: 'docomo: the mailbox does not exist', docs: SETTINGS },
    // Status: 5.2.0 with "550 Unknown user" (Sendmail's report of the refusal after DATA):
    // docomo's filter, not a missing mailbox
    { id: 'provider.docomo.filter-520', status: '5.2.0', contains: ['unknown user'], reason: 'filtered', owner: 'recipient', note: "docomo: the recipient's filter refused the message (the mailbox exists)", docs: SETTINGS },
    // <<< 550 Unknown user user@docomo.ne.jp   (in reply to end of DATA command): the address
    // was accepted at RCPT TO, so the recipient's reception settings refused your sender.
    { id: 'provider.docomo.reception-settings', command: 'DATA', contains: ['unknown user'], reason: 'rejected', owner: 'recipient', note: "docomo: the recipient's reception settings refuse mail from your address or domain (the mailbox exists); only the recipient can allow you", docs: SETTINGS },
    // 550-'Unknown user user@docomo.ne.jp' relayed by a sending service that names no SMTP
    // stage: the same words stand for a missing mailbox and for the reception settings, so
    // nothing says the address is bad; the filter is the answer that removes no address.
    { id: 'provider.docomo.unknown-user-no-stage', contains: ['unknown user'], reason: 'filtered', owner: 'recipient', note: "docomo says \"Unknown user\" both for a missing mailbox and when the recipient's reception settings refuse your address; this bounce does not say at which stage, so check with the recipient before you remove the address", docs: SETTINGS },
    // 552 Too much mail data (the mailbox is full) / 552 Too many recipients
    { id: 'provider.docomo.full', contains: ['too much mail data'], reason: 'mailboxfull', note: "docomo: the recipient's mailbox is full", docs: SETTINGS },
    { id: 'provider.docomo.recipients', contains: ['552 too many recipients'], reason: 'toomanyconn', note: 'docomo: too many recipients in one message', docs: SETTINGS },
  ],
};
