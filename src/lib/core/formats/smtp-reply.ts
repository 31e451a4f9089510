/**
 * A bare SMTP reply pasted on its own (RFC 5321 §4.2): one line or a multi-line reply
 * (`550-5.1.1 ...` continuation lines), perhaps with a log prefix or an address around it.
 */
import type { Format } from './types.ts';
import { splitLines, isBlank } from '../text/lines.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { readTextBlocks } from '../read/text-blocks.ts';

const RE_REPLY_ANYWHERE = /(?:^|[\s:;"'(\[])[245]\d\d[ -](?:[245]\.[0-7]\.\d{1,3})?|(?:^|[\s(#])[45]\.[0-7]\.\d{1,3}\b/m;

export const smtpReply: Format = {
  id: 'smtp-reply',
  label: 'SMTP reply',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: (scan) => !scan.isMessage && RE_REPLY_ANYWHERE.test(scan.document.slice(0, 20000)),
  parse({ scan }) {
    const doc = scan.document;
    // Address-led blocks are a bounce text, not a single reply: leave them to the text reader.
    if (readTextBlocks(scan).length > 0) return null;
    const lines = splitLines(doc, 0, Math.min(doc.length, 64 * 1024)).filter((l) => !isBlank(doc, l));
    if (lines.length === 0) return null;
    const view = viewOfLines(doc, lines);
    const addr = firstAddress(doc, 0, Math.min(doc.length, 64 * 1024));
    const [s, e] = view.whole();
    const command = findCommand(doc, s, e) ?? undefined;
    return {
      recipients: [{ address: addr ? { value: addr.address, start: addr.start, end: addr.end } : null, diagnostic: view, command }],
    };
  },
};
