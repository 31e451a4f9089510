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
import { isLocalizedClientHeaderLine, localizedReceiptPatterns } from '../../knowledge/languages/index.ts';

/** RFC 8098 §3.2.6: disposition-mode "; " disposition-type. */
const RE_DISPOSITION_FIELD = /^[ \t>]*disposition[ \t]*:[ \t]*(?:manual|automatic)-action[ \t]*\/[ \t]*mdn-sent-(?:manually|automatically)[ \t]*;[ \t]*(?:displayed|deleted|dispatched|processed|denied|failed)\b/im;

/** Where pasted text holds the disposition fields: the paragraph around the `Disposition:` field. */
function pastedFields(scan: Scan): { start: number; end: number } | null {
  // A message has its disposition part found by the scan; only pasted text is searched.
  if (scan.isMessage) return null;
  const doc = scan.document;
  // Cheap pre-check: the "-action/" of the disposition mode is in no other field or sentence.
  // (Its tail first: in a message "c" starts far fewer places than "-", and that search
  // costs half as much.)
  if (doc.indexOf('ction/') === -1 || doc.indexOf('-action/') === -1) return null;
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

/**
 * A read receipt as a mail app shows it, pasted without its fields: Outlook's "Your message
 * / To: … / Subject: … / was read on …" (or "was deleted without being read on …"), and
 * the same in its translations (knowledge/languages: `readReceipt`, "Ihre Nachricht … wurde
 * am … ungelesen gelöscht", "… に開封されました"). The opening words (after the subject
 * line with its prefix, "Read: …", "Gelesen: …"), the quoted Subject line and the words of
 * reading must all be there, near the start, so that ordinary mail that tells of something
 * read is not taken.
 */
const RE_YOUR_MESSAGE = /^\s*(?:read: .*\n\s*)?your message\b/;
const RE_READ_WORDS = /\b(?:was read on|was deleted without being read)\b/;
const RE_SUBJECT_LINE = /\n[ \t>]*subject[ \t]*:/;

/** The words of reading in the head, the deleted-unread ones first ("ungelesen gelöscht" holds "gelesen"). */
function readWords(head: string): { m: RegExpExecArray; deleted: boolean } | null {
  const m = RE_READ_WORDS.exec(head);
  if (m) return { m, deleted: m[0].startsWith('was deleted') };
  const re = localizedReceiptPatterns();
  if (!re.opening.test(head)) return null;
  const d = re.deleted.exec(head);
  if (d) return { m: d, deleted: true };
  const r = re.read.exec(head);
  return r ? { m: r, deleted: false } : null;
}

/**
 * The receipt's own sentence as Thunderbird (and webmails that copy it) writes the text part
 * of its MDN: "This is a Return Receipt for the mail that you sent to <addr>." (Thunderbird's
 * msgmdn strings; also without "to <addr>"), and its translations (knowledge/languages:
 * `readReceipt.statement`, "Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an …
 * gesendet haben"). At the text's start, after one line at most (a subject).
 */
const RE_RETURN_RECEIPT = /^\s*(?:[^\n]{1,200}\n\s*)?this is a return receipt for the (?:mail|message|e-?mail) (?:that )?you sent\b/;

/** A subject of a read receipt ("Read: …", "Gelesen: …", "Lu : …", "Return Receipt (displayed)"): a message that carries one may be the receipt pasted whole. */
const RE_RECEIPT_SUBJECT = /^\s*(?:read|gelesen|lu|le[ií]do|letto|gelezen|lido|przeczytan[ay]|läst|return receipt)\b/;

/** Client header lines (From / Sent / To / Subject, or their translations) that open a pasted text. */
const RE_CLIENT_HEADER = /^[ \t]*(?:from|sent|to|cc|bcc|subject|date)[ \t]*:/;

/** A labelled line of such a block: a label of one or two words, then a colon. */
const RE_LABEL_LINE = /^[ \t]*[^\s:]{1,24}(?: [^\s:]{1,24})?[ \t]*:/;

/** Where the text starts once a leading paragraph of client header lines (a mail app's copy) is passed. */
function afterClientHeaders(head: string): number {
  const end = head.search(/\n[ \t]*\n/);
  if (end <= 0) return 0;
  const lines = head.slice(0, end).split('\n');
  // The first a From or Sent line (in English or translated); the others labelled fields ("An:", "Betreff:").
  if (lines.length < 2 || !(RE_CLIENT_HEADER.test(lines[0]) || isLocalizedClientHeaderLine(lines[0])) || !lines.every((l) => RE_LABEL_LINE.test(l))) return 0;
  return head.indexOf('\n', end + 1) + 1;
}

function readInWords(scan: Scan): { start: number; end: number; deleted: boolean; address?: { value: string; start: number; end: number } } | null {
  if (scan.bodies.length === 0) return null;
  // A message is taken only when its own subject is a receipt's: the receipt pasted whole.
  if (scan.isMessage && (scan.dsn.length > 0 || !RE_RECEIPT_SUBJECT.test(scan.subjectLower))) return null;
  const skip = scan.isMessage ? 0 : afterClientHeaders(scan.headLower.slice(0, 600));
  const head = scan.headLower.slice(skip, skip + 800);
  const base = scan.bodies[0].start + skip;
  const statement = RE_RETURN_RECEIPT.exec(head) ?? localizedReceiptPatterns().statement.exec(head);
  if (statement) {
    const at = statement.index + statement[0].length - statement[0].trimStart().length;
    const start = base + at;
    const end = base + statement.index + statement[0].length;
    // The address the receipt names (the reader's): right after the sentence's "sent to", "an", "à".
    const a = firstAddress(scan.document, start, Math.min(scan.document.length, end + 80));
    const address = a && a.start <= end + 80 && !/\n[ \t]*\n/.test(scan.document.slice(start, a.start)) ? { value: a.address, start: a.start, end: a.end } : undefined;
    return { start, end, deleted: false, address };
  }
  const english = RE_YOUR_MESSAGE.test(head);
  if (!english && !localizedReceiptPatterns().opening.test(head)) return null;
  const found = readWords(head);
  if (!found) return null;
  const { m, deleted } = found;
  // The receipt quotes the message it is about: its Subject line stands before the words of reading.
  const before = head.slice(0, m.index);
  if (!RE_SUBJECT_LINE.test(before) && !localizedReceiptPatterns().subject.test(before)) return null;
  // The head is the first body's text lower-cased, so its offsets are the document's from that body's start.
  let start = base + m.index;
  let end = start + m[0].length;
  // (Lower-casing may change a length, as "İ" does: then the span marks only where the words start.)
  if (scan.document.slice(start, end).toLowerCase() !== m[0]) end = start = base;
  return { start, end, deleted };
}

export const mdn: Format = {
  id: 'mdn',
  label: 'Read receipt (MDN)',
  reference: 'https://www.rfc-editor.org/rfc/rfc8098',
  detect: (scan) =>
    scan.disposition !== null || scan.reportType === 'disposition-notification' || (scan.dsn.length === 0 && pastedFields(scan) !== null) || readInWords(scan) !== null,
  parse({ scan }) {
    const doc = scan.document;
    const range = scan.disposition ?? (scan.dsn.length === 0 ? pastedFields(scan) : null);
    if (!range) {
      const words = readInWords(scan);
      if (!words) return { kind: 'read-receipt', recipients: [] };
      // Outlook's receipt names the recipient by display name only: no address (Thunderbird's names it).
      const note = words.deleted ? 'a read receipt: the message was delivered, and deleted without being read' : 'a read receipt: the message was delivered and read';
      return { kind: 'read-receipt', recipients: [{ address: words.address ?? null, hint: { reason: 'delivered', start: words.start, end: words.end, note } }] };
    }
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
