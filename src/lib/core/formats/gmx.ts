/**
 * GMX, WEB.DE and mail.com (United Internet's mail services; MAILER-DAEMON@mail.gmx.com,
 * @web.de, @mail.com). Their notices are the same as 1&1's (`einsundeins`, whose reader
 * this uses): "This message was created automatically by mail delivery software.", then
 * "The following address failed:" and either the reason under "Reason:" or each
 * address, quoted and with a colon, over the remote server's answer:
 *
 *   "nobody@example.org":
 *   SMTP error from remote server after RCPT command:
 *   host: mx.example.org
 *   5.1.1 <nobody@example.org>... User unknown
 *
 * Only the sender tells them apart, so pasted without headers they are read as 1&1's.
 * Learnt from GMX notices.
 */
import type { Format } from './types.ts';
import { headHas, from } from './common.ts';
import { readUnitedInternet } from './einsundeins.ts';

const RE_SENDER = /mailer-daemon@(?:[a-z0-9-]+\.)*(?:gmx\.(?:com|net|de|at|ch)|web\.de|mail\.com)\b/;

export const gmx: Format = {
  id: 'gmx',
  label: 'GMX / WEB.DE / mail.com',
  reference: 'https://hilfe.gmx.net/',
  needs: ['the header of the original message is following'],
  detect: (scan) => headHas(scan, 'the header of the original message is following') && RE_SENDER.test(from(scan)),
  parse: ({ scan }) => readUnitedInternet(scan),
};
