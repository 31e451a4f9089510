/**
 * Message disposition notifications (read receipts, RFC 8098): sent by the recipient's
 * mail program after delivery. Never a bounce.
 */
import type { Format } from './types.ts';
import { readFieldBlocks } from '../parse/dsn.ts';
import { firstAddress } from '../read/address.ts';

export const mdn: Format = {
  id: 'mdn',
  label: 'Read receipt (MDN)',
  reference: 'https://www.rfc-editor.org/rfc/rfc8098',
  detect: (scan) => scan.disposition !== null || scan.reportType === 'disposition-notification',
  parse({ scan }) {
    const doc = scan.document;
    const range = scan.disposition;
    if (!range) return { kind: 'read-receipt', recipients: [] };
    let address = null;
    let disposition = null;
    for (const block of readFieldBlocks(doc, range.start, range.end)) {
      for (const f of block.fields) {
        if (f.name === 'final-recipient' && !address) {
          const a = firstAddress(doc, f.valueStart, f.valueEnd);
          if (a) address = { value: a.address, start: a.start, end: a.end };
        }
        if (f.name === 'disposition') disposition = f;
      }
    }
    const hint = disposition
      ? { reason: 'delivered' as const, start: disposition.valueStart, end: disposition.valueEnd, note: `disposition: ${disposition.value}` }
      : { reason: 'delivered' as const, start: range.start, end: range.start, note: 'a read receipt' };
    return { kind: 'read-receipt', recipients: [{ address, hint }] };
  },
};
