/**
 * Postfix bounce(8) notices: "This is the mail system at host ...", one paragraph per
 * recipient ("<addr>: host mx[ip] said: 550 ... (in reply to RCPT TO command)"), then an
 * RFC 3464 DSN. Before Postfix 2.3 the notice read "This is the Postfix program at host
 * ...". Layout: Postfix bounce(5) templates and smtp(8)/bounce(8) sources.
 */
import type { Format } from './types.ts';
import { bodyHead, headHas, subject, fromText } from './common.ts';
import { header } from '../scan.ts';

const RE_SORRY = /i'm sorry to have to inform you that (?:the message returned\s+below|your message could not\s+be delivered)/;

export const postfix: Format = {
  id: 'postfix',
  label: 'Postfix',
  reference: 'https://www.postfix.org/bounce.5.html',
  // Cheap Subject and header tests first: the order of the tests does not change the answer.
  detect: (scan) =>
    subject(scan).startsWith('undelivered mail returned to sender') ||
    subject(scan).startsWith('delayed mail (still being retried)') ||
    headHas(scan, 'this is the mail system at host') ||
    // Postfix before 2.3 signed "This is the Postfix program at host ...", and both
    // templates open their second paragraph with this sentence (which a paste may start at).
    headHas(scan, 'this is the postfix program at host') ||
    header(scan.headers, 'x-postfix-queue-id') !== undefined ||
    (headHas(scan, "i'm sorry to have to inform you") && RE_SORRY.test(bodyHead(scan))) ||
    (headHas(scan, 'x-postfix-') && /^x-postfix-(?:queue-id|sender):/m.test(bodyHead(scan))),
  parse: (input) =>
    fromText(input, { delayed: subject(input.scan).startsWith('delayed mail') || headHas(input.scan, '################# delayed mail') }),
};
