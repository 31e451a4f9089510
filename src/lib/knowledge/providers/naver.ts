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
  markers: ['- nsmtp', 'help.naver.com/alias/mail'],
  reference: HELP,
  rules: [
    // 550 5.1.1 No such user. For more information, go to https://help.naver.com/alias/mail/newmail10.naver … - nsmtp
    { id: 'provider.naver.no-user', status: '5.1.1', contains: ['no such user'], reason: 'userunknown', note: 'Naver: no such user', docs: HELP },
  ],
};
