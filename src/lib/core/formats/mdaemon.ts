/**
 * MDaemon (Alt-N, now MDaemon Technologies) and its mail gateway SecurityGateway: the
 * "MDaemon Delivery Status Notification" (subject "Permanent Delivery Failure"), worded
 *
 *   The attached message had PERMANENT fatal delivery errors.
 *   …
 *   YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS
 *
 *   --- Session Transcript ---
 *    Tue 2026-03-03 09:14:20.102: *  From: sender@example.com
 *    Tue 2026-03-03 09:14:20.102: *  To: nobody@example.org
 *    Tue 2026-03-03 09:14:20.120: Attempting SMTP connection to [example.org]
 *    Tue 2026-03-03 09:14:20.300: *  Name server reports domain name unknown
 *   --- End Transcript ---
 *
 * The transcript is MDaemon's log of the delivery: it opens with the queued message it
 * parsed ("*  From:", "*  To:", "*  Subject:"), then the session, "-->" for what MDaemon
 * sent and "<--" for the reply (read by read/transcript.ts), and MDaemon's own status lines
 * ("*  Name server reports domain name unknown"). When delivery failed before any RCPT TO
 * (the domain does not resolve, no connection), the queued message's "*  To:" line is the
 * only place that names the recipient, and MDaemon's last status line the only words:
 * hence a layout of its own. SecurityGateway names the recipient in "Failed address:".
 *
 * Learnt from MDaemon notices as users receive them and as bounce parsers quote them (the
 * layout is MDaemon's DELERR template; help.mdaemon.com, "DSN Options").
 */
import type { Format, RawRecipient } from './types.ts';
import type { Found } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, addressOnLine, type TextLine } from './notice.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import { firstAddress } from '../read/address.ts';

const RE_TRANSCRIPT_START = /^\s*-{2,}\s*session transcript\s*-{2,}/i;
const RE_TRANSCRIPT_END = /^\s*-{2,}\s*end transcript\s*-{2,}/i;
/** The time stamp before each transcript line ("Tue 2026-03-03 09:14:20.102: "). */
const RE_STAMP = /^[ \t]*(?:[A-Za-z]{3},?[ \t]+)?\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?:?[ \t]+/;
/** The queued message's recipient, as the transcript lists it. */
const RE_QUEUED_TO = /^\*[ \t]*to:/i;
/** The other fields of the queued message, and the route it took: no status. */
const RE_QUEUED_FIELD = /^\*[ \t]*(?:from|to|subject|size(?: \(bytes\))?|message-id|route slip [a-z]+|return-path)[ \t]*:/i;
/** A reply the session got that refuses: "<-- 550 …". */
const RE_REFUSAL = /^<--[ \t]*[45]\d\d\b/;
/** What MDaemon sent: "--> RCPT To:<…>". */
const RE_RCPT = /^-->[ \t]*rcpt[ \t]+to[ \t]*:/i;
const RE_FAILED_ADDRESS = /^\s*failed address(?:es)?\s*:/i;

/** A transcript line with its time stamp taken off. */
function unstamped(line: TextLine): TextLine {
  const m = RE_STAMP.exec(line.text);
  return m ? { start: line.start + m[0].length, end: line.end, next: line.next, text: line.text.slice(m[0].length) } : line;
}

/** A transcript entry: its first line with the time stamp taken off, and the lines it runs on to. */
type Entry = TextLine & { more: TextLine[]; whole: string };

/**
 * The entries of a transcript: each opens with its time stamp, and a line without one goes
 * on with the entry above it (a narrow mail view broke a long reply over lines:
 * "<-- 550 5.1.1 <a@example.org>: Recipient" / "address rejected: User unknown").
 */
function entriesOf(lines: TextLine[]): Entry[] {
  const out: Entry[] = [];
  for (const l of lines) {
    const stamped = RE_STAMP.test(l.text);
    const last = out[out.length - 1];
    if (!stamped && last && l.text.trim() && !RE_TRANSCRIPT_END.test(l.text)) {
      last.more.push(l);
      last.whole += ` ${l.text.trim()}`;
    } else {
      const u = unstamped(l);
      out.push({ ...u, more: [], whole: u.text });
    }
  }
  return out;
}

/** The last entry that fits, or undefined. */
function lastOf(lines: Entry[], fits: (l: Entry) => boolean): Entry | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (fits(lines[i])) return lines[i];
  return undefined;
}

export const mdaemon: Format = {
  id: 'mdaemon',
  label: 'MDaemon / SecurityGateway',
  reference: 'https://help.mdaemon.com/MDaemon/en/queues_dsn-options.html',
  needs: ['session transcript'],
  detect: (scan) =>
    // (Its name, or the sentence's first words: a narrow view may break "PERMANENT fatal /
    // delivery errors", and the older notice names no MDaemon.)
    headHas(scan, 'session transcript') && (headHas(scan, 'permanent fatal') || headHas(scan, 'mdaemon') || headHas(scan, 'securitygateway')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 400);
    const start = findLine(lines, RE_TRANSCRIPT_START);
    if (start === -1) return null;
    let end = findLine(lines, RE_TRANSCRIPT_END, start + 1);
    if (end === -1) end = lines.length;
    const session = entriesOf(lines.slice(start + 1, end));

    // The recipients: SecurityGateway's "Failed address:", else each RCPT TO the session
    // sent, else the queued message's "*  To:".
    const named: Found[] = [];
    const failed = findLine(lines, RE_FAILED_ADDRESS);
    if (failed !== -1 && failed < start) {
      const a = addressOnLine(doc, lines[failed]);
      if (a) named.push(a);
    }
    if (!named.length) {
      for (const l of session) {
        if (!RE_RCPT.test(l.whole)) continue;
        const a = firstAddress(doc, l.start, (l.more[l.more.length - 1] ?? l).end);
        if (a && !named.some((n) => n.value === a.address)) named.push({ value: a.address, start: a.start, end: a.end });
      }
    }
    if (!named.length) {
      const to = session.find((l) => RE_QUEUED_TO.test(l.text));
      const a = to ? firstAddress(doc, to.start, (to.more[to.more.length - 1] ?? to).end) : null;
      if (a) named.push({ value: a.address, start: a.start, end: a.end });
    }

    // The words: a refusal the session got (the engine ties each to its command), else
    // MDaemon's last status line, else the notice's opening paragraph.
    let words = undefined;
    const refusal = lastOf(session, (l) => RE_REFUSAL.test(l.text));
    const status = lastOf(session, (l) => l.text.startsWith('*') && !RE_QUEUED_FIELD.test(l.text));
    if (refusal) {
      const at = refusal.start + refusal.text.indexOf('<--') + 3;
      words = viewOfLines(doc, [{ start: at, end: refusal.end, next: refusal.next }, ...refusal.more]).trimmed();
    } else if (status) {
      words = viewOfLines(doc, [{ start: status.start + 1, end: status.end, next: status.next }, ...status.more]).trimmed();
    } else {
      const [s, e] = paragraphAt(lines, 0, RE_TRANSCRIPT_START);
      words = viewOf(doc, lines, s, e);
    }
    const recipients: RawRecipient[] = named.length ? named.map((address) => ({ address, diagnostic: words })) : [{ address: null, diagnostic: words }];
    return { recipients };
  },
};
