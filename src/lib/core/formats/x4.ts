/**
 * qmail clones that keep qmail-send's blocks but open with their own sentence (Sisimai
 * calls this layout "X4"): "Your mail message to the following address(es) could not be
 * delivered.", "Unfortunately, your mail was not delivered to the following address:",
 * "Your message to the following addresses ...", "This is the machine generated message
 * from mail service", "This is the mail delivery agent at ...", the Spanish "Su mensaje
 * no pudo ser entregado", usually with the subject "failure notice" or "Permanent
 * Delivery Failure". Then, as in qmail:
 *
 *   <someone@example.org>:
 *   child status 100...The e-mail message could not be delivered because the user's
 *   mailfolder is full.
 *
 *   --- Below this line is a copy of the message.   (or "--- Original message follows.")
 *
 * The blocks are read with qmail's reader (`qmail.ts`), stages and qmail's own verdicts
 * included; a message with no "<addr>:" block is left to the other formats. Learnt from
 * bounces of these clones and the opening lines Sisimai's X4 module lists.
 */
import type { Format } from './types.ts';
import { bodyHead, headHas } from './common.ts';
import { qmailParagraphs } from './qmail.ts';

const RE_INTRO =
  /your mail message to the following address|unfortunately, your mail was not delivered to the following address|your message to the following addresses|this is the machine generated message from mail service|this is the mail delivery agent at|su mensaje no pudo ser entregado/;

export const x4: Format = {
  id: 'x4',
  label: 'qmail clone (other opening sentence)',
  reference: 'qmail-send.c block layout; opening sentences as listed by Sisimai (lib/Sisimai/Lhost/X4.pm)',
  // The subjects are shared with qmail itself and with other qmail-based notices: only the
  // opening sentence decides.
  // The blocks' "<addr>:" lines are the cheap test; the sentences only then.
  needs: ['>:'],
  detect: (scan) => headHas(scan, '>:') && RE_INTRO.test(bodyHead(scan)),
  parse({ scan }) {
    const recipients = qmailParagraphs(scan);
    return recipients.length ? { recipients } : null;
  },
};
