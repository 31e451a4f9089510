/**
 * Yandex Mail (yandex.ru, yandex.com, ya.ru; MX hosts mx.yandex.net). Yandex explains each of
 * its refusals at https://yandex.com/support/mail/bounces/yandex.html ; the wording below
 * follows that page (reserved names).
 */
import type { Provider } from './types.ts';

const BOUNCES = 'https://yandex.com/support/mail/bounces/yandex.html';

export const yandex: Provider = {
  id: 'yandex',
  label: 'Yandex Mail',
  hosts: ['yandex.ru', 'yandex.net', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'ya.ru', 'narod.ru'],
  markers: ['yandex.ru/support', 'https://ya.cc/', 'yandex.com/support', 'mail.yandex', 'rejected under suspicion of spam', 'blocked by spam statistics'],
  // "Policy rejection on the target address" is Yandex's wording for a blocked account, and also
  // ZMailer's for a refusal by its policy database (smtpserver's policytest: "453 4.4.3 Policy
  // rejection on the target address"): alone it names no provider. Yandex's own reply ends with
  // its session id ("550 5.7.1 Policy rejection on the target address 1698742157-SdhtT0EBsOs0-…",
  // ten digits, a dash, a token), as its other replies do (observed wording).
  signatures: [/policy rejection on the target address;? \d{10}-[a-z0-9]{8,12}\b/],
  reference: BOUNCES,
  rules: [
    // 550 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/... (the content looks like spam)
    { id: 'provider.yandex.spam', contains: ['rejected under suspicion of spam'], reason: 'spamdetected', note: 'Yandex judged the content to be spam', docs: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html' },
    // 554 5.7.1 [2] Blocked by spam statistics - see https://ya.cc/... / Client host [192.0.2.1] blocked using ...
    // (only spam comes from this sender: blocked for 24 hours)
    { id: 'provider.yandex.spam-statistics', contains: ['blocked by spam statistics'], reason: 'blocked', note: 'Yandex blocks mail from this sender for 24 hours because only spam came from it', docs: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html' },
    // 550 5.7.1 Policy rejection on the target address (the recipient's account is blocked)
    { id: 'provider.yandex.policy-rejection', contains: ['policy rejection on the target address'], reason: 'suspend', note: "Yandex: the recipient's account is blocked for breaking the user agreement", docs: 'https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html' },
    // 552 5.2.2 Mailbox size limit exceeded / Mailbox size exceeded
    { id: 'provider.yandex.full', contains: ['mailbox size limit exceeded', 'mailbox size exceeded'], reason: 'mailboxfull', note: "Yandex: the recipient's mailbox is full (often an unused one)", docs: 'https://yandex.com/support/mail/bounces/yandex/mailbox-size-limit-exceeded.html' },
    // 554 5.7.1 Message infected by virus
    { id: 'provider.yandex.virus', contains: ['message infected by virus'], reason: 'virusdetected', note: 'Yandex found a virus in the message', docs: BOUNCES },
    // 550 5.7.1 No such user! / 553 5.1.3 Bad recipient address syntax / Recipient address rejected: need fully-qualified address
    { id: 'provider.yandex.no-user', contains: ['no such user', 'bad recipient address syntax', 'need fully-qualified address', 'no correct recipients'], reason: 'userunknown', note: 'Yandex: the address does not exist or is not written correctly', docs: BOUNCES },
  ],
};
