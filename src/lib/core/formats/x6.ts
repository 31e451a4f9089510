/**
 * A hosted mail gateway whose notices read "We had trouble delivering your message.
 * Full details follow:" (subject "There was an error sending your mail"; the vendor
 * does not name itself). After "<n> error(s):" comes one line per failure:
 *
 *   The following recipients returned permanent errors: nobody@example.org.
 *   Reason: SMTP Server <192.0.2.1> refused to accept your message (DATA), with the
 *   following error message: [554 5.4.6 Hop count exceeded - possible mail loop]
 *
 *   SMTP Server <mx.example.org> rejected recipient <nobody@example.org> (Error
 *   following RCPT command). It responded as follows: [550 5.1.1 User unknown]
 *
 * The server's reply is the bracketed text; the stage is in parentheses. Learnt from
 * these notices.
 */
import type { Format, RawRecipient, Found } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, foundAddress } from './notice.ts';
import { findAddresses } from '../read/address.ts';
import { TextView } from '../text/view.ts';
import { dropRepeatedPrefixes } from '../read/diagnostic.ts';

const RE_COUNT = /^\s*\d+ error\(s\):\s*$/i;
const RE_SERVER = /smtp server <([^>\s]+)>/i;
const RE_STAGE = /\((?:error following )?(rcpt|mail|data|helo|ehlo)(?: command)?\)/i;
const RE_LIST = /returned (?:permanent|temporary) errors:\s*(.{0,400}?)\.\s*reason:/i;
const RE_ONE = /rejected recipient\s*<([^>\s]+)>/i;

const COMMANDS: Record<string, SmtpCommand> = { rcpt: 'RCPT', mail: 'MAIL', data: 'DATA', helo: 'HELO', ehlo: 'EHLO' };

export const x6: Format = {
  id: 'x6',
  label: 'Hosted gateway ("We had trouble delivering your message")',
  reference: 'learnt from notices that begin "We had trouble delivering your message. Full details follow:"',
  needs: ['we had trouble delivering your message'],
  detect: (scan) => headHas(scan, 'we had trouble delivering your message'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const at = findLine(lines, RE_COUNT);
    if (at === -1) return null;
    const [s, e] = paragraphAt(lines, at + 1);
    const out: RawRecipient[] = [];
    for (let i = s; i < e; i++) {
      const line = lines[i];
      const text = line.text;
      // The reply between the last pair of brackets.
      const open = text.lastIndexOf('[');
      const close = text.lastIndexOf(']');
      const diagnostic =
        open !== -1 && close > open ? dropRepeatedPrefixes(new TextView().append(doc, line.start + open + 1, line.start + close)) : new TextView().append(doc, line.start, line.end);
      let command: Found<SmtpCommand> | undefined;
      const st = RE_STAGE.exec(text);
      if (st) {
        const cs = line.start + st.index + st[0].indexOf(st[1]);
        command = { value: COMMANDS[st[1].toLowerCase()], start: cs, end: cs + st[1].length };
      }
      let remoteMta: Found | undefined;
      const sv = RE_SERVER.exec(text);
      if (sv) {
        const rs = line.start + sv.index + sv[0].indexOf(sv[1]);
        remoteMta = { value: sv[1], start: rs, end: rs + sv[1].length };
      }
      let addrs = [] as ReturnType<typeof findAddresses>;
      const list = RE_LIST.exec(text);
      const one = RE_ONE.exec(text);
      if (list) {
        const ls = line.start + list.index + list[0].indexOf(list[1]);
        addrs = findAddresses(doc, ls, ls + list[1].length);
      } else if (one) {
        const os = line.start + one.index + one[0].indexOf(one[1]);
        addrs = findAddresses(doc, os, os + one[1].length);
      }
      for (const a of addrs) out.push({ address: foundAddress(a), diagnostic, ...(command ? { command } : {}), ...(remoteMta ? { remoteMta } : {}) });
    }
    return out.length ? { recipients: out } : null;
  },
};
