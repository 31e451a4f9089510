/**
 * A bare SMTP reply pasted on its own (RFC 5321 §4.2): one line or a multi-line reply
 * (`550-5.1.1 ...` continuation lines), perhaps with a log prefix or an address around it.
 */
import type { Format } from './types.ts';
import { splitLines, isBlank } from '../text/lines.ts';
import type { Scan } from '../scan.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { readTextBlocks, textEnd } from '../read/text-blocks.ts';
import { withDiagnostic } from './common.ts';
import { hasReplyShape, hasReportWords, onlyInConditions } from '../read/cues.ts';
import { readTranscripts } from '../read/transcript.ts';
import type { RawRecipient } from './types.ts';

const RE_REPLY_ANYWHERE = /(?:^|[\s:;"'(\[\uff1a])[245]\d\d[ -](?:[245]\.[0-7]\.\d{1,3})?|(?:^|[\s(#])[45]\.[0-7]\.\d{1,3}\b/m;

// Also after the diagnostic type of a DSN's Diagnostic-Code (RFC 3464 §2.3.6), as its value is
// copied: "smtp; 550 SC-001 ...", or with the enhanced code alone, which the value may hold
// without the reply code ("smtp; 5.7.1 Recipient not authorized ...").
// The field's name may stand before it, the line copied whole ("Diagnostic-Code: smtp; 554 RBL Reject.").
const RE_OPENS_WITH_CODE = /^[ \t>"'(\[]*(?:diagnostic-code:[ \t]*)?(?:(?:(?:smtp|x-postfix|x-unix|x-local);[ \t]*)?(?:<<<[ \t]*)?[245]\d\d(?:[ -]|$)|(?:smtp|x-postfix|x-unix|x-local);[ \t]*[245]\.\d{1,3}\.\d{1,3}(?:[ \t]|$))/i;

/**
 * Is the paste a reply on its own, rather than a short bounce notice around one ("Your
 * message could not be delivered. The server answered: 554 …")? A notice has a line
 * without a reply that uses the words of a delivery report, or returns the original below
 * it. Both are read the same way
 * (all their words are the server's answer); only the kind of message differs.
 */
export function isBareReply(scan: Scan): boolean {
  const doc = scan.document;
  // A returned original below it: a bounce notice.
  if (scan.bodies.length && textEnd(doc, scan.bodies[0]) < doc.length) return false;
  let n = 0;
  for (const l of splitLines(doc, 0, Math.min(doc.length, 16384))) {
    if (isBlank(doc, l)) continue;
    if (++n > 40) break;
    const text = doc.slice(l.start, Math.min(l.end, l.start + 300));
    if (!hasReplyShape(text) && !/\b[245]\d\d\b/.test(text) && hasReportWords(text)) return false;
  }
  return true;
}

export const smtpReply: Format = {
  id: 'smtp-reply',
  label: 'SMTP reply',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: (scan) => !scan.isMessage && RE_REPLY_ANYWHERE.test(scan.document.slice(0, 20000)),
  parse({ scan }) {
    const doc = scan.document;
    // Address-led blocks are a bounce text, not a single reply: leave them to the text reader.
    if (readTextBlocks(scan).length > 0) return null;
    // The words up to the returned original, if one follows.
    const lines = splitLines(doc, 0, Math.min(textEnd(doc, scan.bodies[0]), 64 * 1024)).filter((l) => !isBlank(doc, l));
    if (lines.length === 0) return null;
    const view = viewOfLines(doc, lines);
    // A paste that opens with a reply code is a reply ("552 Postfach voll", "421 try
    // later"); elsewhere the code must stand as servers write it: a number in prose
    // ("Flight 550 to Paris") is no reply.
    const first = doc.slice(lines[0].start, Math.min(lines[0].end, lines[0].start + 300));
    if (!RE_OPENS_WITH_CODE.test(first) && !hasReplyShape(doc.slice(0, Math.min(doc.length, 64 * 1024)))) return null;
    // Every code inside a condition ("If it continues, we will reject your mail with '550
    // 5.7.1 …'", an abuse desk's warning): a reply that may come, not one that came.
    if (!RE_OPENS_WITH_CODE.test(first) && onlyInConditions(doc.slice(0, Math.min(doc.length, 64 * 1024)))) return null;
    // The recipient only where the reply (or a log line around it) names it as such:
    // "<nobody@example.org>: Recipient address rejected", "RCPT TO:<…>", "to=<…>"; never
    // just the first address (a reply to MAIL FROM names the sender, many name a contact).
    return { recipients: sessionRefusals(scan) ?? withDiagnostic(scan, view) };
  },
};

/**
 * A tool's whole session (swaks, PHPMailer's debug output) that names several recipients at
 * RCPT TO and refused some of them: each refused one, with the reply that refused it. The
 * accepted ones got the message (see explain.ts), so a session that accepted "a@…" and refused
 * "b@…" reads as b@… refused, not as a reply about whichever address came first.
 */
function sessionRefusals(scan: Scan): RawRecipient[] | null {
  const replies = readTranscripts(scan);
  const rcpts = replies.filter((t) => t.command.value === 'RCPT' && t.address !== null);
  if (rcpts.length < 2) return null;
  const doc = scan.document;
  const out: RawRecipient[] = [];
  const seen = new Set<string>();
  for (const t of rcpts) {
    const key = t.address!.toLowerCase();
    if (!/^[45]/.test(t.reply.text) || seen.has(key)) continue;
    seen.add(key);
    // The address as the RCPT TO line wrote it, after the command.
    const at = doc.toLowerCase().indexOf(key, t.command.end);
    if (at === -1) continue;
    out.push({ address: { value: doc.slice(at, at + key.length), start: at, end: at + key.length }, addressSource: 'transcript', diagnostic: t.reply, command: t.command });
  }
  return out.length > 0 ? out : null;
}
