/**
 * Trend Micro Email Security (hosted; hosts under tmes.trendmicro.com / .eu, the older Hosted
 * Email Security under hes.trendmicro.com) and the Trend Micro Email Reputation Services
 * (ERS, formerly MAPS: the "RBL+" list at mail-abuse.com) that its and other gateways query.
 * Trend Micro explains these refusals at
 * https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers ;
 * replies below use reserved names.
 */
import type { Provider } from './types.ts';

const ERS_FAQ = 'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers';

export const trendmicro: Provider = {
  id: 'trendmicro',
  label: 'Trend Micro Email Security',
  hosts: ['tmes.trendmicro.com', 'tmes.trendmicro.eu', 'tmes-anz.trendmicro.com', 'hes.trendmicro.com', 'trendmicro.com', 'trendmicro.eu'],
  markers: ['mail-abuse.com', 'mail-abuse.org', 'trend micro', 'ers-customized-block', 'block-send-er', 'rejected: no-domain', 'rejected: block-rcpt', 'rejected: invalid-recipient'],
  reference: ERS_FAQ,
  rules: [
    // 550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+. Please see
    // http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1
    // 550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org.
    { id: 'provider.trendmicro.ers', contains: ['trend micro rbl', 'rbl-plus.mail-abuse', 'mail-abuse.com', 'email reputation service'], reason: 'blocked', note: "your IP is on Trend Micro's Email Reputation Services list (RBL+); look it up and ask for removal at Trend Micro", docs: ERS_FAQ },
    // 550 5.7.1 <s@example.com>: Sender address rejected: BLOCK-SEND-ER (the recipient's own blocked senders list)
    { id: 'provider.trendmicro.blocked-sender', contains: ['block-send-er'], reason: 'rejected', owner: 'recipient-admin', note: "the recipient organisation's Trend Micro policy blocks your address", docs: ERS_FAQ },
    // 554 5.7.1 <u@example.com>: Recipient address rejected: NO-DOMAIN. — the recipient domain is
    // not set up in the recipient organisation's Trend Micro Email Security, so it takes no mail
    // for it until that organisation adds it (Trend Micro solution 1120618, as the SMTP Field
    // Manual quotes it: "permanently undeliverable unless manual changes are made on the
    // recipient's end").
    { id: 'provider.trendmicro.no-domain', contains: ['rejected: no-domain'], reason: 'norelaying', owner: 'recipient-admin', note: "the recipient's domain is not set up in its organisation's Trend Micro Email Security, which therefore takes no mail for it", docs: 'https://success.trendmicro.com/solution/1120618-send-outbound-mails-to-trend-micro-email-security-tmems-failed-with-554-return-code' },
    // 554 5.7.1 <u@example.com>: Recipient address rejected: BLOCK-RCPT. — a recipient blocked by
    // the organisation's policy; Trend Micro does not say why, so the answer stays unsure.
    { id: 'provider.trendmicro.blocked-recipient', contains: ['rejected: block-rcpt'], reason: 'onhold', confidence: 'low', note: "the recipient organisation's Trend Micro policy blocks mail to this recipient; its page does not say why", docs: ERS_FAQ },
    // 550 5.7.1 Recipient address rejected: ERS-Customized-Block (the recipient organisation blocks your IP)
    { id: 'provider.trendmicro.customized-block', contains: ['ers-customized-block'], reason: 'blocked', owner: 'recipient-admin', note: "the recipient organisation's Trend Micro setup blocks your IP", docs: ERS_FAQ },
  ],
};
