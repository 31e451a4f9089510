/**
 * A bare SMTP reply pasted on its own (RFC 5321 §4.2): one line or a multi-line reply
 * (`550-5.1.1 ...` continuation lines), perhaps with a log prefix or an address around it.
 */
import type { Format } from './types.ts';
import { splitLines, isBlank } from '../text/lines.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { readTextBlocks } from '../read/text-blocks.ts';
import { withDiagnostic } from './common.ts';
import { hasReplyShape } from '../read/cues.ts';

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
    // A number in prose ("Flight 550 to Paris") is no reply.
    if (!hasReplyShape(doc.slice(0, Math.min(doc.length, 64 * 1024)))) return null;
    // The recipient only where the reply (or a log line around it) names it as such:
    // "<nobody@example.org>: Recipient address rejected", "RCPT TO:<…>", "to=<…>"; never
    // just the first address (a reply to MAIL FROM names the sender, many name a contact).
    return { recipients: withDiagnostic(scan, view) };
  },
};
