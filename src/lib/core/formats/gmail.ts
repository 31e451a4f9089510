/**
 * Gmail's sender-side notices ("Delivery Status Notification (Failure)"): "Address not
 * found", "Your message wasn't delivered to <addr> because ...", then "The response from
 * the remote server was:" (older: "Technical details of permanent failure", "The error
 * that the other server returned was:"). Gmail sets X-Failed-Recipients.
 */
import type { Format } from './types.ts';
import { bodyHead, subject, fromText, paragraphAfter, withDiagnostic, from } from './common.ts';

const RE_RESPONSE = /(?:the response from the remote server was|the error that the other server returned was|the response was|technical details of (?:permanent|temporary) failure)\s*:\s*/i;

export const gmail: Format = {
  id: 'gmail',
  label: 'Gmail',
  reference: 'https://support.google.com/mail/answer/6596',
  detect: (scan) =>
    RE_RESPONSE.test(bodyHead(scan)) ||
    (from(scan).includes('googlemail.com') && subject(scan).startsWith('delivery status notification')) ||
    bodyHead(scan).includes("your message wasn't delivered to") ||
    bodyHead(scan).includes('delivery to the following recipient'),
  parse(input) {
    const sc = input.scan;
    const delayed = subject(sc).includes('(delay)') || bodyHead(sc).includes('delivery incomplete') || bodyHead(sc).includes('will retry');
    const response = paragraphAfter(sc, /(?:the response from the remote server was|the error that the other server returned was|the response was)\s*:\s*/i);
    if (response) {
      return { recipients: withDiagnostic(sc, response, /(?:wasn't delivered to|delivery to the following recipients? (?:failed|has been delayed)[^:]*:|problem delivering your message to)/i), delayed };
    }
    return fromText(input, { delayed });
  },
};
