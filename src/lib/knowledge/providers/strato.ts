/**
 * STRATO (strato.de; inbound smtpin.rzone.de), a large German host of domains and mailboxes. Its
 * content filter refuses with "550 5.7.1 Refused by local policy." and a sentence, "No SPAM
 * please!" followed by a tag in brackets that names what it found: (B-URL) a link, (B-TEXT),
 * (B-SCORE), (B-EX) the text, (B-ATTACH) an attachment type that may not be sent; and, for mail
 * its customers send, "Message contains a dangerous attachment!", "Sending of SPAM is not
 * permitted!", "Suspected phishing attempt". Meanings from STRATO's FAQ pages
 * (https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/ , FAQ 2420, and
 * https://www.strato.de/faq/article/2304/ on refused outgoing spam); replies use reserved names.
 */
import type { Provider } from './types.ts';

const ERRORS = 'https://www.strato.de/faq/mail/fehlermeldungen-bei-e-mails/';
const OUTGOING = 'https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html';

export const strato: Provider = {
  id: 'strato',
  label: 'STRATO',
  hosts: ['strato.de', 'rzone.de', 'strato.com'],
  // Its filter's sentences, as no other server words them.
  markers: [
    'refused by local policy. no spam please',
    'refused by local policy. message contains a dangerous attachment',
    'refused by local policy. sending of spam is not permitted',
    'refused by local policy. suspected phishing',
  ],
  // The tag after "No SPAM please!": "(B-URL)", "(B-ATTACH)" (lower-cased).
  code: /\((b-[a-z]{2,8})\)/,
  reference: ERRORS,
  rules: [
    // (B-ATTACH): the mail holds an attachment that may not be sent (the file type), not spam.
    { id: 'provider.strato.attachment', code: 'b-attach', contains: [], reason: 'policyviolation', note: 'STRATO: the message holds an attachment of a type that may not be sent; remove it or send it another way', docs: ERRORS },
    // (B-URL) a suspicious link; (B-TEXT), (B-SCORE), (B-EX) suspicious text (also in a signature).
    { id: 'provider.strato.content', code: ['b-url', 'b-text', 'b-score', 'b-ex'], contains: [], reason: 'spamdetected', note: 'STRATO judged the message spam for a link (B-URL) or its text (B-TEXT, B-SCORE, B-EX), signatures included', docs: ERRORS },
    // "Message contains a dangerous attachment!": a file type that is refused (.exe, .com ...).
    { id: 'provider.strato.dangerous-attachment', contains: ['dangerous attachment'], reason: 'policyviolation', note: 'STRATO: the attachment is of a type it does not pass (such as .exe); remove or rename it', docs: OUTGOING },
    // "Suspected phishing attempt": the content looks like phishing.
    { id: 'provider.strato.phishing', contains: ['suspected phishing'], reason: 'spamdetected', note: 'STRATO: the content looks like a phishing attempt', docs: ERRORS },
    // "No SPAM please!" without a tag, and "Sending of SPAM is not permitted!" (mail a STRATO customer sends).
    { id: 'provider.strato.spam', contains: ['no spam please', 'sending of spam is not permitted'], reason: 'spamdetected', note: 'STRATO\'s filter judged the message spam', docs: ERRORS },
  ],
};
