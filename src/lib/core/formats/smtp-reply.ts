/**
 * A bare SMTP reply pasted on its own (RFC 5321 §4.2): one line or a multi-line reply
 * (`550-5.1.1 ...` continuation lines), perhaps with a log prefix or an address around it.
 */
import type { Format } from './types.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { readTextBlocks, textEnd } from '../read/text-blocks.ts';
import { withDiagnostic } from './common.ts';
import { hasReplyShape, hasReportWords } from '../read/cues.ts';

const RE_REPLY_ANYWHERE = /(?:^|[\s:;"'(\[])[245]\d\d[ -](?:[245]\.[0-7]\.\d{1,3})?|(?:^|[\s(#])[45]\.[0-7]\.\d{1,3}\b/m;

/** Is there a line without an SMTP reply that uses the words of a delivery report? */
function notice(doc: string, lines: Line[]): boolean {
  for (const l of lines.slice(0, 40)) {
    const text = doc.slice(l.start, Math.min(l.end, l.start + 300));
    if (!hasReplyShape(text) && !/\b[245]\d\d\b/.test(text) && hasReportWords(text)) return true;
  }
  return false;
}

export const smtpReply: Format = {
  id: 'smtp-reply',
  label: 'SMTP reply',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: (scan) => !scan.isMessage && RE_REPLY_ANYWHERE.test(scan.document.slice(0, 20000)),
  parse({ scan }) {
    const doc = scan.document;
    // Address-led blocks are a bounce text, not a single reply: leave them to the text
    // reader; so is a text that returns the original message below it.
    if (readTextBlocks(scan).length > 0 || textEnd(doc, scan.bodies[0]) < doc.length) return null;
    const lines = splitLines(doc, 0, Math.min(doc.length, 64 * 1024)).filter((l) => !isBlank(doc, l));
    if (lines.length === 0) return null;
    // A notice around the reply ("Your message could not be delivered.") makes it a
    // bounce text: the text reader reads it.
    if (lines.length > 1 && notice(doc, lines)) return null;
    const view = viewOfLines(doc, lines);
    // A number in prose ("Flight 550 to Paris") is no reply.
    if (!hasReplyShape(doc.slice(0, Math.min(doc.length, 64 * 1024)))) return null;
    // The recipient only where the reply (or a log line around it) names it as such:
    // "<nobody@example.org>: Recipient address rejected", "RCPT TO:<…>", "to=<…>"; never
    // just the first address (a reply to MAIL FROM names the sender, many name a contact).
    return { recipients: withDiagnostic(scan, view) };
  },
};
