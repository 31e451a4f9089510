/**
 * Proton Mail (proton.me, protonmail.com, pm.me; MX hosts mail.protonmail.ch and
 * mailsec.protonmail.ch). Its receiving servers are Postfix and answer with Postfix's own
 * layout ("550 5.1.1 <user@proton.me>: Recipient address rejected: …"); Proton lists the
 * replies its users meet at https://proton.me/support/smtp-errors. Replies below use
 * reserved names.
 */
import type { Provider } from './types.ts';

const ERRORS = 'https://proton.me/support/smtp-errors';

export const proton: Provider = {
  id: 'proton',
  label: 'Proton Mail',
  hosts: ['protonmail.ch', 'protonmail.com', 'proton.me', 'pm.me'],
  reference: ERRORS,
  rules: [
    // 550 5.1.1 <user@example.com>: Recipient address rejected: Address does not exist
    { id: 'provider.proton.no-address', status: '5.1.1', contains: ['address does not exist'], reason: 'userunknown', note: 'Proton Mail: no such address', docs: ERRORS },
  ],
};
