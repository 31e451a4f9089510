/**
 * SMTP session transcripts that Sendmail, Courier and others print into a bounce:
 *
 *   ... while talking to mx.example.org.:
 *   >>> RCPT To:<nobody@example.org>
 *   <<< 550 5.1.1 <nobody@example.org>... User unknown
 *
 * Each reply is tied to the command just before it (only the first reply after a
 * command is its answer), so we learn at which stage each recipient was refused.
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
}

const RE_SENT = /^\s*>>>\s*([A-Za-z]+)(?:\s+(?:to|from)\s*(?::\s*)?(<[^>]*>|\S+))?/i;
const RE_GOT = /^\s*<<<\s*[245]\d\d/;

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

/** The replies of every transcript in the text, with the command each answered. */
export function readTranscripts(scan: Scan): TranscriptReply[] {
  const out: TranscriptReply[] = [];
  const doc = scan.document;
  for (const range of scan.bodies) {
    const at = doc.slice(range.start, range.end).indexOf('>>>');
    if (at === -1) continue;
    const first = range.start + at;
    let pending: { command: Found<SmtpCommand>; address: string | null } | null = null;
    // The reply being read: its command and address, and its lines without "<<< ".
    let open: { command: Found<SmtpCommand>; address: string | null; lines: Line[] } | null = null;
    const close = (): void => {
      if (open) out.push({ address: open.address, command: open.command, reply: viewOfLines(doc, open.lines) });
      open = null;
    };
    for (const line of eachLine(doc, range.start, range.end)) {
      // Before the first ">>>" nothing was sent, so no line is read (they are walked all the same).
      if (line.end <= first) continue;
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      const got = /^\s*<<<\s?/.exec(text);
      const body: Line | null = got ? { start: line.start + got[0].length, end: line.end, next: line.next } : null;
      if (open && body) {
        // A multi-line reply goes on while its previous line was "NNN-...".
        const last = open.lines[open.lines.length - 1];
        if (/^[245]\d\d-/.test(doc.slice(last.start, last.end))) {
          open.lines.push(body);
          continue;
        }
      }
      close();
      const sent = RE_SENT.exec(text);
      if (sent) {
        const command = COMMANDS[sent[1].toLowerCase()];
        if (!command) {
          pending = null;
          continue;
        }
        const s = line.start + text.indexOf(sent[1]);
        const addr = sent[2] ? firstAddress(sent[2]) : null;
        pending = { command: { value: command, start: s, end: s + sent[1].length }, address: addr?.address ?? null };
        continue;
      }
      if (body && pending && RE_GOT.test(text)) {
        const addr = firstAddress(doc, line.start, line.end);
        open = { command: pending.command, address: addr?.address ?? pending.address, lines: [body] };
        pending = null;
      }
    }
    close();
  }
  return out;
}
