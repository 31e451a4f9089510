/**
 * Exim's bounce messages: "This message was created automatically by mail delivery
 * software.", the failed addresses each indented on a line of their own, then "SMTP error
 * from remote mail server after RCPT TO:<...>:" and the reply. Exim sets
 * X-Failed-Recipients. Layout: Exim's deliver.c and its spec, chapter "Bounce messages".
 */
import type { Format } from './types.ts';
import { bodyHead, subject, fromText, hasHeader } from './common.ts';

export const exim: Format = {
  id: 'exim',
  label: 'Exim',
  reference: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-customizing_bounce_and_warning_messages.html',
  detect: (scan) =>
    bodyHead(scan).includes('this message was created automatically by mail delivery software') ||
    subject(scan).startsWith('mail delivery failed') ||
    subject(scan).startsWith('warning: message') ||
    (hasHeader(scan, 'x-failed-recipients') && bodyHead(scan).includes('smtp error from remote mail server')),
  parse: (input) => fromText(input, { delayed: subject(input.scan).startsWith('warning: message') && bodyHead(input.scan).includes('has not yet been delivered') }),
};
