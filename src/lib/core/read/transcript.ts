/**
 * SMTP session transcripts that Sendmail, Courier and others print into a bounce:
 *
 *   ... while talking to mx.example.org.:
 *   >>> RCPT To:<nobody@example.org>
 *   <<< 550 5.1.1 <nobody@example.org>... User unknown
 *
 * and the log-style transcripts of MDaemon and Alt-N's SecurityGateway ("--- Session
 * Transcript ---"), each line behind a time stamp, with `-->` for what was sent and `<--`
 * for the reply:
 *
 *    Tue 2026-03-03 09:14:20.601: --> RCPT To:<nobody@example.org>
 *    Tue 2026-03-03 09:14:20.700: <-- 550 5.1.1 <nobody@example.org>: Recipient address rejected
 *
 * and the sessions that test and debugging tools print, which record the whole session too:
 * swaks (` -> ` what it sent, `<-  ` a reply, `<** ` a reply that is an error; `~>` / `<~`
 * inside TLS; swaks(1), "OUTPUT") and PHPMailer's SMTP debug output ("CLIENT -> SERVER: …",
 * "SERVER -> CLIENT: …", each behind a time stamp; PHPMailer SMTP::$do_debug).
 *
 * Each reply is tied to the command just before it (only the first reply after a
 * command is its answer), so we learn at which stage each recipient was refused. After AUTH,
 * the lines the client sends are its credentials (RFC 4954 §4): the replies to them still
 * answer AUTH.
 */
import type { Scan } from '../scan.ts';
import type { Found } from '../formats/types.ts';
import type { SmtpCommand } from '../types.ts';
import { eachLine } from '../text/lines.ts';
import { firstAddress } from './address.ts';
import { viewOfLines } from './diagnostic.ts';
import type { TextView } from '../text/view.ts';
import type { Line } from '../text/lines.ts';

export interface TranscriptReply {
  address: string | null;
  command: Found<SmtpCommand>;
  /** The whole reply, its `<<< ` lines joined (a multi-line reply read as one). */
  reply: TextView;
  /** Read from a log-style transcript (time-stamped lines), which records the whole session. */
  log?: boolean;
}

const RE_SENT = /^\s*(?:>>>|-->|[-~]> |client -> server: ?)\s*([A-Za-z]+)(?:\s+(?:to|from)\s*(?::\s*)?(<[^>]*>|\S+))?/i;
/** A line the client sent, whatever it holds (a line of the message after DATA too): group 1 after the arrow. */
const RE_SENT_LINE = /^\s*(?:>>>|-->|[-~]> ?|client -> server: ?)(.{0,300})$/i;
const RE_GOT = /^\s*(?:<<<|<--|<[-~]\*? |<\*\* |server -> client: ?)\s*[245]\d\d/i;
/** A reply's arrow and the space after it. */
const RE_GOT_ARROW = /^\s*(?:<<<|<--|<[-~]\*? |<\*\* |server -> client: ?)\s?/i;
/** SMTP's other verbs (RFC 5321 §4.1): a line that is one of them is no credential. */
const RE_VERB = /^\s*(?:quit|rset|noop|vrfy|expn|help|turn|etrn)\b/i;
/** The arrows of the tools' sessions (swaks, PHPMailer), which record the whole session. */
const RE_TOOL_ARROW = /^\s*(?:[-~]> |<[-~]\*? |<\*\* |(?:client -> server|server -> client):)/i;
/**
 * The time stamp a log-style transcript puts before each line (MDaemon: "Tue 2026-03-03
 * 09:14:20.601: "), taken off before the line is read.
 */
const RE_STAMP = /^[ \t]*(?:[A-Za-z]{3},?[ \t]+)?\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?:?[ \t]+/;

const COMMANDS: Record<string, SmtpCommand> = {
  rcpt: 'RCPT',
  mail: 'MAIL',
  data: 'DATA',
  helo: 'HELO',
  ehlo: 'EHLO',
  lhlo: 'EHLO',
  starttls: 'STARTTLS',
  auth: 'AUTH',
  bdat: 'BDAT',
};

/** How many pieces a narrow view breaks one reply line into, at most, and how long a line it broke is at least. */
const MAX_PIECES = 3;
const NARROW = 30;

/** A line that can be a piece of a reply line a view broke: no reply code, no arrow, no transcript line ("... while talking to", "----- …"). */
function isPiece(text: string): boolean {
  return /\S/.test(text) && !/^\s*(?:[245]\d\d(?:[ -]|$)|\.\.\.|-{2,}|\*{3,}|[<>~]|[a-z-]+:\s)/i.test(text) && !RE_SENT_LINE.test(text);
}

/** The replies of every transcript in the text, with the command each answered. */
export function readTranscripts(scan: Scan): TranscriptReply[] {
  const out: TranscriptReply[] = [];
  const doc = scan.document;
  for (const range of scan.bodies) {
    const part = doc.slice(range.start, range.end);
    if (part.indexOf('>>>') === -1 && part.indexOf('-->') === -1 && part.indexOf('-> ') === -1 && part.indexOf('~> ') === -1) continue;
    let pending: { command: Found<SmtpCommand>; address: string | null } | null = null;
    // The AUTH exchange under way: the client's next lines are credentials, not commands.
    let auth: Found<SmtpCommand> | null = null;
    // The reply being read: its command and address, and its lines without "<<< ".
    let open: { command: Found<SmtpCommand>; address: string | null; lines: Line[]; log: boolean; pieces: number } | null = null;
    // The line before (its end and length): a piece of a broken line follows a full one.
    let prevEnd = -10;
    let prevLength = 0;
    // DATA answered 354: the client's lines are the message, up to its "." alone on a line,
    // whose reply answers DATA (RFC 5321 §4.1.1.4: the reply to the end of the data).
    let data: Found<SmtpCommand> | null = null;
    const close = (): void => {
      if (open) out.push({ address: open.address, command: open.command, reply: viewOfLines(doc, open.lines), ...(open.log ? { log: true } : {}) });
      open = null;
    };
    for (const whole of eachLine(doc, range.start, range.end)) {
      // A log-style line: read from after its time stamp.
      const head = doc.slice(whole.start, Math.min(whole.end, whole.start + 48));
      const first = head.length > 0 ? head.charCodeAt(0) : -1;
      const stamp = first !== 60 && first !== 62 ? RE_STAMP.exec(head) : null;
      const line: Line = stamp ? { start: whole.start + stamp[0].length, end: whole.end, next: whole.next } : whole;
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      const got = RE_GOT_ARROW.exec(text);
      const body: Line | null = got ? { start: line.start + got[0].length, end: line.end, next: line.next } : null;
      if (open) {
        // A multi-line reply goes on while its previous line was "NNN-..." (PHPMailer prints
        // the lines after the first without its arrow).
        // (The last line that opened with a code: pieces of it under it do not.)
        const last = open.lines[open.lines.length - 1 - open.pieces];
        const more = body ?? (/^[245]\d\d[ -]/.test(text) ? line : null);
        if (more && /^[245]\d\d-/.test(doc.slice(last.start, last.end))) {
          open.lines.push(more);
          open.pieces = 0;
          prevEnd = whole.end;
          prevLength = whole.end - whole.start;
          continue;
        }
        // A reply's line broken by a narrow view ("<<< 550-5.7.1 … Gmail has" / "detected that
        // this message is likely"): a piece under a full line, with no arrow, no code and no
        // transcript line of its own, goes on with that line (a few pieces at most).
        if (!body && !stamp && open.pieces < MAX_PIECES && whole.start - prevEnd <= 2 && (open.pieces > 0 || prevLength >= NARROW) && isPiece(text)) {
          open.lines.push(line);
          open.pieces++;
          prevEnd = whole.end;
          prevLength = whole.end - whole.start;
          continue;
        }
      }
      prevEnd = whole.end;
      prevLength = whole.end - whole.start;
      close();
      if (data) {
        const line = RE_SENT_LINE.exec(text);
        if (line) {
          if (line[1].trim() === '.') {
            pending = { command: data, address: null };
            data = null;
          }
          continue;
        }
      }
      const sent = RE_SENT.exec(text);
      if (sent) {
        const command = COMMANDS[sent[1].toLowerCase()];
        if (!command) {
          // A credential line of the AUTH exchange (base64, or hidden by the tool) answers AUTH.
          const rest = text.slice(sent.index + sent[0].length - sent[1].length);
          pending = auth && !/^\s*\S+\s+\S/.test(rest) && !RE_VERB.test(rest) ? { command: auth, address: null } : null;
          if (!pending) auth = null;
          continue;
        }
        const s = line.start + text.indexOf(sent[1]);
        const addr = sent[2] ? firstAddress(sent[2]) : null;
        pending = { command: { value: command, start: s, end: s + sent[1].length }, address: addr?.address ?? null };
        auth = command === 'AUTH' ? pending.command : null;
        continue;
      }
      if (body && pending && (pending.command.value === 'DATA' || pending.command.value === 'BDAT') && /^\s*354\b/.test(doc.slice(body.start, body.end))) {
        // "354 End data with <CR><LF>.<CR><LF>": the message follows; the reply after it answers DATA.
        data = pending.command;
        pending = null;
        continue;
      }
      if (body && pending && RE_GOT.test(text)) {
        const addr = firstAddress(doc, line.start, line.end);
        open = { command: pending.command, address: addr?.address ?? pending.address, lines: [body], log: stamp !== null || RE_TOOL_ARROW.test(text), pieces: 0 };
        // AUTH goes on while the server asks for more (334).
        pending = auth && /^\s*334\b/.test(doc.slice(body.start, body.end)) ? { command: auth, address: null } : null;
      }
    }
    close();
  }
  return out;
}
