/**
 * The mail platform of United Internet: 1&1 / IONOS (mailer-daemon@kundenserver.de),
 * GMX, WEB.DE and mail.com. An Exim-like opening ("This message was created
 * automatically by mail delivery software."), then either
 *
 *   The following address failed:
 *
 *   nobody@example.org
 *
 *   For the following reason:
 *
 *   Mail size limit exceeded. For explanation visit
 *   http://postmaster.1and1.com/en/error-messages?ip=%1s
 *
 * ("Reason:" in GMX's wording), or each address with a colon and the remote server's
 * answer under it:
 *
 *   "nobody@example.org":
 *   SMTP error from remote server after RCPT command:
 *   host: mx.example.org
 *   5.1.1 <nobody@example.org>... User Unknown
 *
 *   nobody@example.org:
 *   SMTP error from remote server for TEXT command, host: mx.example.org (192.0.2.1)
 *   reason: 550 5.2.0 Mail rejected.
 *
 * "TEXT command" is 1&1's name for the message-content stage (DATA). The original's
 * header follows "--- The header of the original message is following. ---". Learnt
 * from 1&1 notices; 1&1 explains its own codes at postmaster.1and1.com. GMX, WEB.DE and
 * mail.com send the same notices from their own mailers; `gmx` reports those (by their
 * sender) with this reader.
 */
import type { Format, FormatResult, RawRecipient, Found } from './types.ts';
import type { Scan } from '../scan.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas, from } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, foundAddress, isBlankText } from './notice.ts';
import { findAddresses } from '../read/address.ts';

/** "The following address failed:", or "The following address(es)" with "failed:" wrapped onto the next line. */
const RE_FAILED = /\bthe following address(?:\(es\))?(?:\s+failed:)?\s*$/i;
const RE_REASON = /^\s*(?:for the following )?reason:\s*$/i;
/** A line holding only a failed address, perhaps quoted or bracketed, perhaps with a colon. */
const RE_ADDRESS_LINE = /^\s*["<]?[^\s"<>@]+@[^\s"<>@]+?[">]?:?\s*$/;
const RE_HOST = /\bhost:\s*([a-z0-9](?:[a-z0-9-]*\.)+[a-z]{2,})/i;
const RE_STAGE = /\b(?:for|after) (text|data|rcpt|mail|helo|ehlo) command\b/i;

function stage(word: string): SmtpCommand | null {
  switch (word.toLowerCase()) {
    case 'text':
    case 'data':
      return 'DATA';
    case 'rcpt':
      return 'RCPT';
    case 'mail':
      return 'MAIL';
    case 'helo':
      return 'HELO';
    case 'ehlo':
      return 'EHLO';
    default:
      return null;
  }
}

/** The United Internet notice's recipients: shared by `einsundeins` and `gmx`. */
export function readUnitedInternet(scan: Scan): FormatResult | null {
  const doc = scan.document;
  const lines = noticeLines(scan, 300);
  let at = findLine(lines, RE_FAILED);
  if (at === -1) return null;
  // "The following address(es)" may wrap, leaving "failed:" on the next line.
  if (at + 1 < lines.length && /^\s*failed:\s*$/i.test(lines[at + 1].text)) at++;
  // One reason for all, after "For the following reason:" / "Reason:".
  let shared;
  const reason = findLine(lines, RE_REASON, at + 1);
  if (reason !== -1) {
    const [rs, re] = paragraphAt(lines, reason + 1);
    shared = viewOf(doc, lines, rs, re);
  }
  const out: RawRecipient[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    if (!RE_ADDRESS_LINE.test(lines[i].text)) continue;
    const addrs = findAddresses(doc, lines[i].start, lines[i].end);
    if (addrs.length === 0) continue;
    const rcpt: RawRecipient = { address: foundAddress(addrs[0]) };
    // The address's own answer: the lines right under it, up to a blank line or the
    // next address.
    let e = i + 1;
    while (e < lines.length && !isBlankText(lines[e].text) && !RE_ADDRESS_LINE.test(lines[e].text) && !RE_REASON.test(lines[e].text)) e++;
    rcpt.diagnostic = viewOf(doc, lines, i + 1, e) ?? shared;
    for (let k = i + 1; k < e; k++) {
      const text = lines[k].text;
      const m = RE_STAGE.exec(text);
      const value = m ? stage(m[1]) : null;
      if (m && value && !rcpt.command) {
        const s = lines[k].start + m.index + m[0].indexOf(m[1]);
        rcpt.command = { value, start: s, end: s + m[1].length } as Found<SmtpCommand>;
      }
      // "host: <name>" names the server; its reply follows "reason:" or the host line.
      const host = RE_HOST.exec(text);
      if (host && !rcpt.remoteMta) {
        const hs = lines[k].start + host.index + host[0].length - host[1].length;
        rcpt.remoteMta = { value: host[1], start: hs, end: hs + host[1].length };
      }
      const why = /\breason:\s*/i.exec(text);
      if (why && why.index + why[0].length < text.length) {
        const reply = viewOf(doc, [{ ...lines[k], start: lines[k].start + why.index + why[0].length }, ...lines.slice(k + 1, e)], 0, e - k);
        if (reply) rcpt.diagnostic = reply;
        break;
      }
      if (/^\s*host:/i.test(text) && k + 1 < e) {
        const reply = viewOf(doc, lines, k + 1, e);
        if (reply) rcpt.diagnostic = reply;
        break;
      }
    }
    out.push(rcpt);
    i = e - 1;
  }
  return out.length ? { recipients: out } : null;
}

export const einsundeins: Format = {
  id: 'einsundeins',
  label: '1&1 / IONOS (United Internet)',
  reference: 'https://postmaster.1and1.com/',
  needs: ['the header of the original message is following'],
  detect: (scan) => {
    return headHas(scan, 'the header of the original message is following') && (from(scan).includes('kundenserver') || headHas(scan, '1and1') || headHas(scan, 'this message was created automatically by mail delivery software'));
  },
  parse: ({ scan }) => readUnitedInternet(scan),
};
