/**
 * Digital Arts m-FILTER (a Japanese mail gateway), subject "failure notice": a Japanese
 * paragraph saying m-FILTER could not send the message, the failed address(es), then
 * labelled sections:
 *
 *   nobody@example.com
 *
 *   -------server message
 *   550 unknown user <nobody@example.com>
 *
 *   -------SMTP command
 *   DATA
 *
 *   -------original message        (or "-------original mail info")
 *
 * The "SMTP command" section names the stage the server refused, so an "unknown user"
 * after DATA is read as a refusal of the message, not of the address. Learnt from
 * m-FILTER notices.
 */
import type { Format, RawRecipient, Found } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress, isBlankText } from './notice.ts';
import { findAddresses } from '../read/address.ts';

const RE_SERVER = /^\s*-{3,}\s*server message\s*$/i;
const RE_COMMAND = /^\s*-{3,}\s*smtp command\s*$/i;
const RE_SECTION = /^\s*-{3,}\s*\S/;

const COMMANDS: Record<string, SmtpCommand> = {
  data: 'DATA',
  rcpt: 'RCPT',
  'rcpt to': 'RCPT',
  mail: 'MAIL',
  'mail from': 'MAIL',
  helo: 'HELO',
  ehlo: 'EHLO',
  starttls: 'STARTTLS',
  auth: 'AUTH',
};

export const mfilter: Format = {
  id: 'mfilter',
  label: 'Digital Arts m-FILTER',
  reference: 'https://www.daj.jp/',
  needs: ['-------server message'],
  detect: (scan) => {
    return headHas(scan, '-------server message') && (headHas(scan, '-------smtp command') || headHas(scan, 'm-filter'));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const server = findLine(lines, RE_SERVER);
    if (server === -1) return null;
    // The failed addresses: lines that hold only an address, before the first section.
    const out: RawRecipient[] = [];
    for (let i = 0; i < server; i++) {
      const text = lines[i].text.trim();
      const addrs = findAddresses(doc, lines[i].start, lines[i].end);
      if (addrs.length === 1 && text.replace(/^<|>$/g, '').length === addrs[0].end - addrs[0].start) out.push({ address: foundAddress(addrs[0]) });
    }
    const [ds, de] = paragraphAt(lines, server + 1, RE_SECTION);
    const diagnostic = viewOf(doc, lines, ds, de);
    let command: Found<SmtpCommand> | undefined;
    const c = findLine(lines, RE_COMMAND, server + 1);
    if (c !== -1) {
      let k = c + 1;
      while (k < lines.length && isBlankText(lines[k].text)) k++;
      const line = lines[k];
      const m = line ? /^\s*([a-z]+(?: (?:to|from))?)\b/i.exec(line.text) : null;
      const value = m ? COMMANDS[m[1].toLowerCase()] : undefined;
      if (line && m && value) {
        const s = line.start + m.index + m[0].indexOf(m[1]);
        command = { value, start: s, end: s + m[1].length };
      }
    }
    if (out.length === 0) out.push({ address: null });
    for (const r of out) {
      r.diagnostic = diagnostic;
      if (command) r.command = command;
    }
    return { recipients: out };
  },
};
