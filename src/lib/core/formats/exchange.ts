/**
 * Microsoft Exchange and Exchange Online / Microsoft 365 non-delivery reports:
 * "Delivery has failed to these recipients or groups", "Diagnostic information for
 * administrators", "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; ...'",
 * and the older "The following recipient(s) cannot be reached". Layout: Microsoft's NDR
 * documentation.
 */
import type { Format } from './types.ts';
import { bodyHead, subject, fromText, paragraphAfter, withDiagnostic } from './common.ts';

const RE_MARKERS = /delivery has failed to these recipients|diagnostic information for administrators|the following recipient\(s\) cannot be reached|your message did not reach some or all of the intended recipients|remote server returned|generating server:|original message details/;

export const exchange: Format = {
  id: 'exchange',
  label: 'Microsoft Exchange / Microsoft 365',
  reference: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  detect: (scan) => RE_MARKERS.test(bodyHead(scan)) || subject(scan).startsWith('undeliverable:'),
  parse(input) {
    const r = fromText(input);
    if (r && r.recipients.length) return r;
    const remote = paragraphAfter(input.scan, /remote server returned\s*/i);
    if (remote) return { recipients: withDiagnostic(input.scan, remote) };
    return r;
  },
};
