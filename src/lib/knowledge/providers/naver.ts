/**
 * Naver Mail (naver.com), Korea's largest mail service. Its replies end with the tag "- nsmtp" (as
 * Gmail's end with "- gsmtp") and link its help, "550 5.1.1 No such user. For more information, go
 * to https://help.naver.com/alias/mail/newmail10.naver <id> - nsmtp". Replies below use reserved
 * names; the help page explains the undelivered mail it links.
 */
import type { Provider } from './types.ts';

const HELP = 'https://help.naver.com/alias/mail/newmail10.naver';

export const naver: Provider = {
  id: 'naver',
  label: 'Naver Mail',
  hosts: ['naver.com', 'navercorp.com'],
  // Also the page where a filtered sending IP is registered: "421 4.3.2 Your IP(192.0.2.1) is
  // filtered and this connection will be closed. You must register your IP to
  // http://realip.naver.com" (Korean admins' lists of portal replies).
  markers: ['- nsmtp', 'help.naver.com/alias/mail', 'realip.naver.com'],
  reference: HELP,
  rules: [
    // 550 5.1.1 No such user. For more information, go to https://help.naver.com/alias/mail/newmail10.naver … - nsmtp
    { id: 'provider.naver.no-user', status: '5.1.1', contains: ['no such user'], reason: 'userunknown', note: 'Naver: no such user', docs: HELP },
    // 421 4.3.2 Your IP(…) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com
    { id: 'provider.naver.ip-filtered', contains: ['register your ip'], reason: 'blocked', note: "Naver's filter holds back your sending IP until it is registered with Naver", action: 'Register the sending IP at http://realip.naver.com (Naver\'s sender registration), then retry.', docs: HELP },
  ],
};
