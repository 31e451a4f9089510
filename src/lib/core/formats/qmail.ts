/**
 * qmail-send bounces ("Hi. This is the qmail-send program at ..."): one paragraph per
 * address, "<addr>:" then the remote host's answer; netqmail, notqmail and IndiMail
 * keep the layout. Layout: qmail-send.c (bounce message text).
 */
import type { Format } from './types.ts';
import { bodyHead, subject, fromText } from './common.ts';

export const qmail: Format = {
  id: 'qmail',
  label: 'qmail',
  reference: 'https://cr.yp.to/qmail.html',
  detect: (scan) =>
    bodyHead(scan).includes('this is the qmail-send program') ||
    bodyHead(scan).includes('qmail-send') ||
    (subject(scan) === 'failure notice' && bodyHead(scan).includes("i'm afraid i wasn't able to deliver your message")),
  parse: (input) => fromText(input),
};
