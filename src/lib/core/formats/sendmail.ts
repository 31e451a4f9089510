/**
 * Sendmail's returned mail: "----- The following addresses had permanent fatal errors
 * -----", each address with "(reason: ...)", then "----- Transcript of session follows
 * -----" with the SMTP dialogue (">>> RCPT To:<...>", "<<< 550 ..."). Layout: sendmail
 * savemail.c and its DSN output.
 */
import type { Format } from './types.ts';
import { bodyHead, subject, fromText, paragraphAfter, withDiagnostic } from './common.ts';

export const sendmail: Format = {
  id: 'sendmail',
  label: 'Sendmail',
  reference: 'https://www.proofpoint.com/us/products/email-protection/open-source-email-solution',
  detect: (scan) =>
    bodyHead(scan).includes('----- the following addresses had permanent fatal errors -----') ||
    bodyHead(scan).includes('----- transcript of session follows -----') ||
    subject(scan).startsWith('returned mail:') ||
    subject(scan).startsWith('warning: could not send message'),
  parse(input) {
    const r = fromText(input, { delayed: subject(input.scan).startsWith('warning: could not send message') });
    if (r && r.recipients.length) return r;
    const transcript = paragraphAfter(input.scan, /----- transcript of session follows -----/i);
    if (transcript) return { recipients: withDiagnostic(input.scan, transcript) };
    return r;
  },
};
