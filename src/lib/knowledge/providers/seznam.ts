/**
 * Seznam.cz (seznam.cz, email.cz, post.cz), the largest Czech mail service. Its replies carry the
 * tag "szn;" ("550 5.1.1 szn; User hasn't got the service mapped"), and its help explains them:
 * https://napoveda.seznam.cz/uzivatel-neexistuje for an address that does not exist (the reply
 * above: no mailbox is mapped to the name). Replies below use reserved names.
 */
import type { Provider } from './types.ts';

const NO_USER = 'https://napoveda.seznam.cz/uzivatel-neexistuje';

export const seznam: Provider = {
  id: 'seznam',
  label: 'Seznam.cz Email',
  hosts: ['seznam.cz', 'email.cz', 'post.cz'],
  markers: ['szn;', 'napoveda.seznam.cz'],
  reference: NO_USER,
  rules: [
    // 550 5.1.1 szn; User hasn't got the service mapped — Seznam: "Uživatel neexistuje", the address
    // does not exist (its help page), though the words read like a setup problem.
    { id: 'provider.seznam.no-user', contains: ["hasn't got the service mapped", 'has not got the service mapped'], reason: 'userunknown', note: 'Seznam: no such user (no mailbox is mapped to this address)', docs: NO_USER },
  ],
};
