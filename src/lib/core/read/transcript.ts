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
import { splitLines } from '../text/lines.ts';
import { firstAddress } from './address.ts';

export interface TranscriptReply {
  address: string | null;
  command: Found<SmtpCommand>;
}

const RE_SENT = /^\s*>>>\s*([A-Za-z]+)(?:\s+(?:to|from)\s*:?\s*(<[^>]*>|\S+))?/i;
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
    if (doc.slice(range.start, range.end).indexOf('>>>') === -1) continue;
    let pending: { command: Found<SmtpCommand>; address: string | null } | null = null;
    for (const line of splitLines(doc, range.start, range.end)) {
      const text = doc.slice(line.start, Math.min(line.end, line.start + 300));
      const sent = RE_SENT.exec(text);
      if (sent) {
        const command = COMMANDS[sent[1].toLowerCase()];
        if (!command) { pending = null; continue; }
        const s = line.start + text.indexOf(sent[1]);
        const addr = sent[2] ? firstAddress(sent[2]) : null;
        pending = { command: { value: command, start: s, end: s + sent[1].length }, address: addr?.address ?? null };
        continue;
      }
      if (RE_GOT.test(text) && pending) {
        const addr = firstAddress(doc, line.start, line.end);
        out.push({ address: addr?.address ?? pending.address, command: pending.command });
        pending = null;
      }
    }
  }
  return out;
}
