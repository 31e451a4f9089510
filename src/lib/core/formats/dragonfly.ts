/**
 * DragonFly Mail Agent (dma, the small MTA of DragonFly BSD, also packaged for Debian):
 *
 *   This is the DragonFly Mail Agent v0.13 at host.example.
 *
 *   There was an error delivering your mail to <nobody@example.org>.
 *
 *   mx.example.org [192.0.2.25] did not like our RCPT TO:
 *   550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown
 *
 *   Message headers follow.
 *
 * One notice per recipient. Between the address line and "Message headers follow." is
 * either the remote server's reply, after "<host> [<ip>] did not like our <command>:", or dma's own
 * words: "DNS lookup failure: host <domain> not found" (the recipient domain could not be
 * resolved) or "Could not deliver for the last <n> seconds. Giving up." (its queue time
 * ran out). Layout: dma's sources (dma.c, net.c) and the notices it sends.
 */
import type { Format, RawRecipient, ReasonHint, Found } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, subject } from './common.ts';
import { noticeLines, findLine, viewOf, addressOnLine, isBlankText, hintOn } from './notice.ts';

const RE_INTRO = /^\s*there was an error delivering your mail to\b/i;
const RE_END = /^\s*(?:message headers follow|original message follows)/i;
const RE_STAGE = /did not like our (final data|data|rcpt to|mail from|ehlo|helo|starttls|auth)\b/i;
const RE_DNS = /dns lookup failure: host \S+ not found/i;

function stage(word: string): SmtpCommand | null {
  const w = word.toLowerCase();
  if (w.endsWith('data')) return 'DATA';
  if (w === 'rcpt to') return 'RCPT';
  if (w === 'mail from') return 'MAIL';
  if (w === 'ehlo') return 'EHLO';
  if (w === 'helo') return 'HELO';
  if (w === 'starttls') return 'STARTTLS';
  if (w === 'auth') return 'AUTH';
  return null;
}

export const dragonfly: Format = {
  id: 'dragonfly',
  label: 'DragonFly Mail Agent (dma)',
  reference: 'https://github.com/corecode/dma',
  needs: ['this is the dragonfly mail agent', 'there was an error delivering your mail to'],
  detect: (scan) => headHas(scan, 'this is the dragonfly mail agent') || (subject(scan).startsWith('mail delivery failed') && headHas(scan, 'there was an error delivering your mail to')),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const out: RawRecipient[] = [];
    for (let i = findLine(lines, RE_INTRO); i !== -1; i = findLine(lines, RE_INTRO, i + 1)) {
      const address = addressOnLine(doc, lines[i]);
      let s = i + 1;
      while (s < lines.length && isBlankText(lines[s].text)) s++;
      let e = s;
      while (e < lines.length && !RE_END.test(lines[e].text) && !RE_INTRO.test(lines[e].text)) e++;
      while (e > s && isBlankText(lines[e - 1].text)) e--;
      const rcpt: RawRecipient = { address, diagnostic: viewOf(doc, lines, s, e) };
      for (let k = s; k < e; k++) {
        const line = lines[k];
        const m = RE_STAGE.exec(line.text);
        if (m) {
          const value = stage(m[1]);
          if (value) {
            const start = line.start + m.index + m[0].length - m[1].length;
            rcpt.command = { value, start, end: start + m[1].length } as Found<SmtpCommand>;
          }
          // "<host> [<ip>] did not like our ...:" names the server; its reply follows.
          const host = /^\s*([a-z0-9.-]+\.[a-z]{2,})\s*\[/i.exec(line.text);
          if (host && host.index + host[0].length <= m.index) {
            const hs = line.start + host.index + host[0].indexOf(host[1]);
            rcpt.remoteMta = { value: host[1], start: hs, end: hs + host[1].length };
          }
          const after = line.text.indexOf(':', m.index + m[0].length);
          const reply = after === -1 ? undefined : viewOf(doc, [{ ...line, start: line.start + after + 1 }, ...lines.slice(k + 1, e)], 0, e - k);
          if (reply) rcpt.diagnostic = reply;
          break;
        }
        // dma's own words, not a remote reply: the domain did not resolve (a final
        // bounce, so the lookup failed for good).
        if (RE_DNS.test(line.text)) {
          rcpt.hint = hintOn(line, RE_DNS, 'hostunknown', 'dma could not find the recipient domain in the DNS') as ReasonHint;
          break;
        }
      }
      out.push(rcpt);
    }
    return out.length ? { recipients: out } : null;
  },
};
