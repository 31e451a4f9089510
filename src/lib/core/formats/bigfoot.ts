/**
 * Bigfoot (bigfoot.com, an e-mail forwarding service) bounces: Sendmail's returned mail,
 * "----- The following addresses had permanent fatal errors -----" then the transcript
 * (">>> RCPT TO:<...>", "<<< 553 Invalid recipient ... (Mode: normal)"), a
 * message/delivery-status part and the original as message/partial. The notice names the
 * service in its opening lines ("The original message was received at ... from
 * <host>.bigfoot.com") and in its From; the layout is Sendmail's, so Sendmail's reader
 * reads it (`sendmail.ts`). Learnt from these bounces.
 */
import type { Format } from './types.ts';
import { headHas, from } from './common.ts';
import { sendmail } from './sendmail.ts';

export const bigfoot: Format = {
  id: 'bigfoot',
  label: 'Bigfoot',
  reference: 'Bigfoot forwarding service bounces (Sendmail layout); learnt from these bounces',
  needs: ['the following addresses had permanent fatal errors'],
  detect: (scan) =>
    headHas(scan, 'the following addresses had permanent fatal errors') &&
    (from(scan).includes('@bigfoot.com') || headHas(scan, '.bigfoot.com')),
  parse: (input) => sendmail.parse(input),
};
