/**
 * Microsoft Exchange Online / Microsoft 365 and Outlook.com non-delivery reports, and any
 * Exchange NDR the version-specific formats did not take: "Delivery has failed to these
 * recipients or groups", "Your message to <addr> couldn't be delivered", "Diagnostic
 * information for administrators", "Remote Server returned '550 5.1.1
 * RESOLVER.ADR.RecipNotFound; ...'". Layout: Microsoft's NDR documentation. The older
 * layouts have their own files: `exchange2003.ts` (Exchange 5.5 to 2003, "did not reach
 * the following recipient(s)") and `exchange2007.ts` (Exchange Server 2007 and later on
 * premises).
 */
import type { Format } from './types.ts';
import { headHas, subject, fromText, paragraphAfter, withDiagnostic } from './common.ts';
import { TextView } from '../text/view.ts';
import { office365 } from './office365.ts';
import { firstAddress } from '../read/address.ts';
import { hasErrorWords } from '../read/text-blocks.ts';

/** A reply or status code as a server writes one. */
const RE_CODE = /(?:^|[\s'"#(])[245]\d\d[\s-]|\b[245]\.\d{1,3}\.\d{1,3}\b/;

/** Every reply or status code of a text. */
const RE_CODES = /(?:^|[\s'"#(])[245]\d\d(?=[\s-])|\b[245]\.\d{1,3}\.\d{1,3}\b/g;

/**
 * A block that holds a code and no words of a cause: a heading and its status code, as
 * Microsoft 365's current layout writes them in the reader's language ("Mer information för
 * e-postadministratörer" / "Statuskod: 550 5.7.1"), whose cause is the reply quoted under
 * "Remote server returned".
 */
function codeWithoutWords(text: string): boolean {
  return !hasErrorWords(text.replace(RE_CODES, ' '));
}

/** Exchange's headings and sentences, any one of which marks its notices. */
const MARKERS = [
  'delivery has failed to these recipients',
  'delivery failed for these recipients',
  'diagnostic information for administrators',
  'the following recipient(s) cannot be reached',
  'your message did not reach some or all of the intended recipients',
  'remote server returned',
  'generating server:',
  'original message details',
];

export const exchange: Format = {
  id: 'exchange',
  label: 'Microsoft Exchange / Microsoft 365',
  reference: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  // The cheap Subject test first: the order of the tests does not change the answer.
  needs: MARKERS,
  needsSubject: ['undeliverable:'],
  detect: (scan) => subject(scan).startsWith('undeliverable:') || MARKERS.some((m) => headHas(scan, m)),
  parse(input) {
    const r = fromText(input);
    const remote = paragraphAfter(input.scan, /remote server returned\s*/i);
    if (r && r.recipients.length) {
      // The server's reply under "Remote Server returned" belongs to the one recipient listed
      // above it when its own block holds only Microsoft's plain words (a paste that left out
      // the repeated address of "Diagnostic information for administrators").
      const [only] = r.recipients;
      if (remote && r.recipients.length === 1 && only.diagnostic && (!RE_CODE.test(only.diagnostic.text) || codeWithoutWords(only.diagnostic.text)) && RE_CODE.test(remote.text)) {
        only.diagnostic = TextView.join(only.diagnostic, remote);
      }
      return r;
    }
    if (remote) return { recipients: withDiagnostic(input.scan, remote) };
    // Only the top of the notice pasted, its recipients under the heading as Outlook shows
    // them ("Nobody Example (nobody@example.org)" and Microsoft's sentence): read as the
    // Microsoft 365 layout reads its recipient blocks.
    const top = office365.parse(input);
    if (top) return top;
    // "Delivery has failed to these recipients or groups:" over a recipient named by display
    // name only ("Carla Smith") and Microsoft's sentence of the cause: the paragraph under the
    // heading is the cause, and no address is named (never one from the subject).
    const listed = paragraphAfter(input.scan, /^[ \t]*delivery has failed to these recipients or groups:?[ \t]*/im);
    if (listed && !firstAddress(listed.text)) return { recipients: [{ address: null, diagnostic: listed }] };
    return r;
  },
};
