/**
 * A bare SMTP reply pasted on its own (RFC 5321 §4.2): one line or a multi-line reply
 * (`550-5.1.1 ...` continuation lines), perhaps with a log prefix or an address around it.
 */
import type { Format } from './types.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import type { Scan } from '../scan.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { hasErrorWords, opensWithHeadedAddress, readTextBlocks, statesCause, textEnd } from '../read/text-blocks.ts';
import { eachReplyItsOwn, withDiagnostic } from './common.ts';
import { hasReplyShape, hasReportWords, onlyInConditions } from '../read/cues.ts';
import { readTranscripts } from '../read/transcript.ts';
import type { RawRecipient } from './types.ts';

const RE_REPLY_ANYWHERE = /(?:^|[\s:;"'(\[\uff1a])[245]\d\d[ -](?:[245]\.[0-7]\.\d{1,3})?|(?:^|[\s(#])[45]\.[0-7]\.\d{1,3}\b(?!-\d)/m;

/**
 * A paste that is a failure's reply code and nothing else ("451", "550"), as a log or a
 * client's error box shows the code alone: a reply that gives no words (RFC 5321 §4.2.1: its
 * first digit says temporary or permanent, nothing more), read unsure. ("451 " with a space
 * after it is read by the pattern above; the same code without one is no other thing.)
 */
const RE_CODE_ALONE = /^\s*[45]\d\d\s*$/;

// Also after the diagnostic type of a DSN's Diagnostic-Code (RFC 3464 §2.3.6), as its value is
// copied: "smtp; 550 SC-001 ...", or with the enhanced code alone, which the value may hold
// without the reply code ("smtp; 5.7.1 Recipient not authorized ...").
// The field's name may stand before it, the line copied whole ("Diagnostic-Code: smtp; 554 RBL Reject.").
// A colon after the reply code, before an enhanced code, as Yahoo's notices quote some replies:
// "550: 5.7.1 Message rejected due to local policy. …" (github.com/MailCore/mailcore2/issues/1738).
const RE_OPENS_WITH_CODE = /^[ \t>"'(\[]*(?:diagnostic-code:[ \t]*)?(?:(?:(?:smtp|x-postfix|x-unix|x-local);[ \t]*)?(?:<<<[ \t]*)?[245]\d\d(?:[ -]|$|:[ \t]+(?=[245]\.\d))|(?:smtp|x-postfix|x-unix|x-local);[ \t]*[245]\.\d{1,3}\.\d{1,3}(?:[ \t]|$))/i;

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
    // A one-line notice's heading before the address and its reply ("Zustellung fehlgeschlagen: <a@…>: 550 …").
    if (n === 1 && text.indexOf('@') !== -1 && opensWithHeadedAddress(text)) return false;
  }
  return true;
}

export const smtpReply: Format = {
  id: 'smtp-reply',
  label: 'SMTP reply',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: (scan) => !scan.isMessage && (RE_REPLY_ANYWHERE.test(scan.document.slice(0, 20000)) || RE_CODE_ALONE.test(scan.document.slice(0, 64))),
  parse({ scan }) {
    const doc = scan.document;
    // Address-led blocks are a bounce text, not a single reply: leave them to the text reader.
    if (readTextBlocks(scan).length > 0) return null;
    // The words up to the returned original, if one follows.
    const lines = splitLines(doc, 0, Math.min(textEnd(doc, scan.bodies[0]), 64 * 1024)).filter((l) => !isBlank(doc, l));
    if (lines.length === 0) return null;
    // Words of one's own above the reply ("Hi, I got this back, what does it mean?"), no code,
    // address or word of failure in them: the reply starts at its code.
    const at = replyStart(doc, lines);
    const view = viewOfLines(doc, at > 0 ? lines.slice(at) : lines);
    // A paste that opens with a reply code is a reply ("552 Postfach voll", "421 try
    // later"); elsewhere the code must stand as servers write it: a number in prose
    // ("Flight 550 to Paris") is no reply.
    const first = doc.slice(lines[0].start, Math.min(lines[0].end, lines[0].start + 300));
    if (!RE_OPENS_WITH_CODE.test(first) && !hasReplyShape(doc.slice(0, Math.min(doc.length, 64 * 1024))) && !replyLineStatesCause(doc, lines)) return null;
    // Every code inside a condition ("If it continues, we will reject your mail with '550
    // 5.7.1 …'", an abuse desk's warning): a reply that may come, not one that came.
    if (!RE_OPENS_WITH_CODE.test(first) && onlyInConditions(doc.slice(0, Math.min(doc.length, 64 * 1024)))) return null;
    // The recipient only where the reply (or a log line around it) names it as such:
    // "<nobody@example.org>: Recipient address rejected", "RCPT TO:<…>", "to=<…>"; never
    // just the first address (a reply to MAIL FROM names the sender, many name a contact).
    return { recipients: sessionRefusals(scan) ?? eachReplyItsOwn(scan, view) ?? withDiagnostic(scan, view) };
  },
};

/**
 * The first line that opens with a reply code, when every line above it holds no code, no
 * address and no word of failure (a person's words above a pasted reply); 0 otherwise.
 * (Within the first 20 lines.)
 */
function replyStart(doc: string, lines: Line[]): number {
  for (let i = 0; i < lines.length && i < 20; i++) {
    const text = doc.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 300));
    if (RE_OPENS_WITH_CODE.test(text)) return i;
    if (RE_REPLY_ANYWHERE.test(text) || text.includes('@') || hasErrorWords(text)) return 0;
  }
  return 0;
}

/**
 * A line further down that opens with a reply code and states a cause in words the phrase
 * table knows, in any language it reads ("550 Das Postfach ist derzeit deaktiviert", "550
 * Remitente desconocido"), as a reply pasted under a line of one's own ("Hi, I got this back,
 * what does it mean?") stands. (The first 50 lines with words.)
 */
function replyLineStatesCause(doc: string, lines: Line[]): boolean {
  for (let i = 1; i < lines.length && i < 50; i++) {
    const text = doc.slice(lines[i].start, Math.min(lines[i].end, lines[i].start + 300));
    if (RE_OPENS_WITH_CODE.test(text) && statesCause(viewOfLines(doc, [lines[i]]))) return true;
  }
  return false;
}

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
