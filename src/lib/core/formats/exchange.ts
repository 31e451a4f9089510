/**
 * Microsoft Exchange and Exchange Online / Microsoft 365 non-delivery reports:
 * "Delivery has failed to these recipients or groups", "Diagnostic information for
 * administrators", "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; ...'",
 * and the older "The following recipient(s) cannot be reached". Layout: Microsoft's NDR
 * documentation.
 *
 * Exchange 5.5 to 2003 wrote "Your message ... did not reach the following
 * recipient(s):", then per recipient "<addr> on <date>" and, indented under it, the
 * reason ("The recipient name is not recognized", "MSEXCH:IMS:..."). Some gateways copy
 * that with the address on the marker line itself ("Did not reach the following
 * recipient: <addr>"); then that sentence is all the notice says.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, subject, fromText, paragraphAfter, withDiagnostic } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { RE_RETURNED_START } from '../read/text-blocks.ts';

const RE_DID_NOT_REACH = /did not reach the following recipient(?:\(s\)|s)?\s*:[ \t]*/i;

/** The recipients after "did not reach the following recipient(s):". */
function didNotReach(scan: Scan): RawRecipient[] {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const m = RE_DID_NOT_REACH.exec(doc.slice(range.start, range.end));
    if (!m) continue;
    const markerStart = range.start + m.index;
    const after = markerStart + m[0].length;
    const lineEnd = doc.indexOf('\n', after);
    const end = lineEnd === -1 || lineEnd > range.end ? range.end : lineEnd;
    const same = firstAddress(doc, after, end);
    if (same) {
      // The address on the marker line: the sentence is the only statement of failure.
      const view = viewOfLines(doc, [{ start: markerStart, end, next: end }]);
      return [{ address: { value: same.address, start: same.start, end: same.end }, diagnostic: view }];
    }
    const out: { rcpt: RawRecipient; lines: Line[] }[] = [];
    for (const line of splitLines(doc, after, range.end)) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      if (RE_RETURNED_START.test(text)) break;
      if (isBlank(doc, line)) {
        if (out.length && out[out.length - 1].lines.length) break;
        continue;
      }
      const a = /^\S/.test(text) ? firstAddress(doc, line.start, line.end) : null;
      if (a && a.start - line.start < 3) {
        out.push({ rcpt: { address: { value: a.address, start: a.start, end: a.end } }, lines: [] });
        continue;
      }
      if (out.length === 0) break;
      out[out.length - 1].lines.push(line);
    }
    for (const o of out) if (o.lines.length) o.rcpt.diagnostic = viewOfLines(doc, o.lines);
    if (out.length) return out.map((o) => o.rcpt);
  }
  return [];
}

const RE_MARKERS = /delivery has failed to these recipients|diagnostic information for administrators|the following recipient\(s\) cannot be reached|your message did not reach some or all of the intended recipients|remote server returned|generating server:|original message details/;

export const exchange: Format = {
  id: 'exchange',
  label: 'Microsoft Exchange / Microsoft 365',
  reference: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  // The cheap Subject test first: the order of the tests does not change the answer.
  detect: (scan) => subject(scan).startsWith('undeliverable:') || RE_MARKERS.test(bodyHead(scan)),
  parse(input) {
    const r = fromText(input);
    if (r && r.recipients.length) return r;
    const remote = paragraphAfter(input.scan, /remote server returned\s*/i);
    if (remote) return { recipients: withDiagnostic(input.scan, remote) };
    const listed = didNotReach(input.scan);
    if (listed.length) return { recipients: listed };
    return r;
  },
};
