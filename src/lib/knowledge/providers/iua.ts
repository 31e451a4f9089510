/**
 * i.ua (Ukraine; MX hosts mxN.email.ua). Refusals link to an explanation page numbered by
 * the reason, "See http://mail.i.ua/err/3/". The numbers' meanings below are from those pages
 * as collected in Sisimai's lib/Sisimai/Rhost/IUA.pm (BSD-2); replies use reserved names.
 */
import type { Provider } from './types.ts';

const ERRORS = 'https://mail.i.ua/err/';

export const iua: Provider = {
  id: 'iua',
  label: 'I.UA Mail',
  hosts: ['i.ua', 'email.ua', 'ua.fm', 'bigmir.net'],
  markers: ['mail.i.ua/err/'],
  code: /\.i\.ua\/err\/(\d{1,2})\b/,
  reference: ERRORS,
  rules: [
    // 550 SMTP as mail gate is forbidden. See http://mail.i.ua/err/1/ (6: use your provider's SMTP)
    { id: 'provider.iua.relay', code: ['1', '6'], contains: [], reason: 'norelaying', note: 'I.UA does not relay: send through your own provider', docs: ERRORS },
    // 550 User is not found. See http://mail.i.ua/err/2/
    { id: 'provider.iua.no-user', code: '2', contains: [], reason: 'userunknown', note: 'I.UA: no such user', docs: ERRORS },
    // 550 Mailbox is frozen. See http://mail.i.ua/err/3/ (unused for more than 3 months)
    { id: 'provider.iua.frozen', code: '3', contains: [], reason: 'suspend', note: 'I.UA: the mailbox is frozen (unused for over three months)', docs: ERRORS },
    // 552 Mailbox is full. See http://mail.i.ua/err/4/
    { id: 'provider.iua.full', code: '4', contains: [], reason: 'mailboxfull', note: "I.UA: the recipient's mailbox is full", docs: ERRORS },
    // 550 Letter sending limit is exceeded. See http://mail.i.ua/err/5/
    { id: 'provider.iua.limit', code: '5', contains: [], reason: 'toomanyconn', note: 'I.UA: the sending limit is exceeded', docs: ERRORS },
    // 550 Wrong HELO/EHLO parameter. See http://mail.i.ua/err/7/ / 9: the sender's IP is blacklisted
    { id: 'provider.iua.blocked', code: ['7', '9'], contains: [], reason: 'blocked', note: 'I.UA refused your server (a bad HELO name or a listed IP)', docs: ERRORS },
    // 550 Couldn't check sender address. See http://mail.i.ua/err/8/
    { id: 'provider.iua.sender', code: '8', contains: [], reason: 'rejected', note: 'I.UA could not verify the sender address', docs: ERRORS },
    // 550 Not in the list of allowed addresses. See http://mail.i.ua/err/10/
    { id: 'provider.iua.not-allowed', code: '10', contains: [], reason: 'filtered', owner: 'recipient', note: 'I.UA: the recipient accepts mail only from addresses on their list', docs: ERRORS },
  ],
};
