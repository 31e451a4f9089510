/**
 * Message disposition notifications (read receipts, RFC 8098): sent by the recipient's
 * mail program after delivery. Never a bounce. Read from the message's
 * `message/disposition-notification` part, or, pasted as text, from its `Disposition:`
 * field (`manual-action/MDN-sent-automatically; displayed`), which no delivery report has.
 */
import type { Format } from './types.ts';
import type { Scan } from '../scan.ts';
import { readFieldBlocks } from '../parse/dsn.ts';
import { firstAddress } from '../read/address.ts';

/** RFC 8098 §3.2.6: disposition-mode "; " disposition-type. */
const RE_DISPOSITION_FIELD = /^[ \t>]*disposition[ \t]*:[ \t]*(?:manual|automatic)-action[ \t]*\/[ \t]*mdn-sent-(?:manually|automatically)[ \t]*;[ \t]*(?:displayed|deleted|dispatched|processed|denied|failed)\b/im;

/** Where pasted text holds the disposition fields: the paragraph around the `Disposition:` field. */
function pastedFields(scan: Scan): { start: number; end: number } | null {
  const doc = scan.document;
  // Cheap pre-check: the "-action/" of the disposition mode is in no other field or sentence.
  if (doc.indexOf('-action/') === -1) return null;
  const m = RE_DISPOSITION_FIELD.exec(doc);
  if (!m) return null;
  const blank = /\n[ \t>]*\r?\n/g;
  let start = 0;
  let end = doc.length;
  for (let b = blank.exec(doc); b; b = blank.exec(doc)) {
    if (b.index < m.index) start = b.index + b[0].length;
    else {
      end = b.index;
      break;
    }
  }
  return { start, end };
}

export const mdn: Format = {
  id: 'mdn',
  label: 'Read receipt (MDN)',
  reference: 'https://www.rfc-editor.org/rfc/rfc8098',
  detect: (scan) => scan.disposition !== null || scan.reportType === 'disposition-notification' || (scan.dsn.length === 0 && pastedFields(scan) !== null),
  parse({ scan }) {
    const doc = scan.document;
    const range = scan.disposition ?? (scan.dsn.length === 0 ? pastedFields(scan) : null);
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
