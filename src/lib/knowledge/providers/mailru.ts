/**
 * Mail.ru (mail.ru, inbox.ru, list.ru, bk.ru; MX hosts mxs.mail.ru). Spam refusals link to
 * Mail.ru's form at help.mail.ru/notspam-support, DMARC refusals to its postmaster page
 * https://help.mail.ru/mail-help/postmaster/dmarc ; sender help at https://postmaster.mail.ru .
 * Wording below is from Mail.ru's replies as seen in real bounces (reserved names).
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://postmaster.mail.ru';

export const mailru: Provider = {
  id: 'mailru',
  label: 'Mail.ru',
  hosts: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'mail.ua'],
  // "550 Message was not accepted -- invalid mailbox.  Local mailbox … is unavailable: …" is Mail.ru's own
  // wording (its MX hosts mxs.mail.ru answer so for mail.ru, bk.ru, list.ru, inbox.ru).
  markers: ['help.mail.ru', 'corp.mail.ru', 'postmaster.mail.ru', 'message sending for this account is disabled', 'message was not accepted -- invalid mailbox'],
  reference: POSTMASTER,
  rules: [
    // 550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=... or
    // report details to abuse@corp.mail.ru. Error code: ...
    { id: 'provider.mailru.spam', contains: ['spam message rejected', 'notspam-support'], reason: 'spamdetected', note: "Mail.ru's filter judged the message to be spam; the link in the reply files a request", docs: 'https://help.mail.ru/notspam-support' },
    // 550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489)
    // https://help.mail.ru/mail-help/postmaster/dmarc
    { id: 'provider.mailru.dmarc', contains: ['domain owner dmarc policy', 'postmaster/dmarc'], reason: 'authfailure', note: "Mail.ru: the message failed the From domain's DMARC policy (often mail sent as an @mail.ru address from another server)", docs: 'https://help.mail.ru/mail-help/postmaster/dmarc' },
    // 550 Message sending for this account is disabled (your own Mail.ru account, often after a break-in)
    { id: 'provider.mailru.sending-disabled', contains: ['message sending for this account is disabled'], reason: 'securityerror', owner: 'sender', note: 'Mail.ru stopped your own account from sending; change its password and confirm you own it', docs: POSTMASTER },
    // 550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: account is disabled
    // (also "…: user is terminated", an account closed by Mail.ru; Sisimai Reason/Suspend)
    { id: 'provider.mailru.disabled', contains: ['account is disabled', 'account is blocked', 'user is terminated'], reason: 'suspend', note: "Mail.ru: the recipient's account is disabled", docs: POSTMASTER },
    // 552 ... Mailbox is full / user quota exceeded
    { id: 'provider.mailru.full', contains: ['mailbox is full', 'user quota exceeded', 'mailbox full'], reason: 'mailboxfull', note: "Mail.ru: the recipient's mailbox is full", docs: POSTMASTER },
    // The cause after "is unavailable:" decides, so the rules that read it (disabled, full) come first.
    // 550 Message was not accepted -- invalid mailbox. Local mailbox user@mail.ru is unavailable: user not found
    { id: 'provider.mailru.no-user', contains: ['invalid mailbox', 'user not found'], reason: 'userunknown', note: 'Mail.ru: no such mailbox', docs: POSTMASTER },
  ],
};
