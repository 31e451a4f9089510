/**
 * SendGrid's bounce message (Return-Path <apps@sendgrid.net>, Subject "Undelivered Mail
 * Returned to Sender"): a short English letter, then one line per recipient whose
 * fields are separated by " : ", the last being the remote reply and the stage:
 *
 *   This is an automatically generated message from SendGrid.
 *   ...
 *   nobody:000000:<nobody@example.org> : 192.0.2.1 : mx.example.org:[198.51.100.7] : 550 5.1.1 <nobody@example.org>... User unknown  in RCPT TO
 *   nobody:00000:<nobody@example.org> : Connection timed out in connect
 *
 * (The first field is SendGrid's own queue reference; then the sending address, the
 * remote host, and the reply "in RCPT TO" / "in MAIL FROM" / "in DATA" / "in connect".)
 * A delivery-status part follows (X-SendGrid-QueueID; "Action: expired" when SendGrid
 * gave up retrying). Learnt from SendGrid's bounces.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import { headHas } from './common.ts';
import { noticeLines, viewOfRest } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { viewOfLines } from '../read/diagnostic.ts';

const OPENING = 'this is an automatically generated message from sendgrid';
/** "<ref>:<id>:<address> : ...": the recipient line. */
const RE_LINE = /^\s*[^\s:]*:\d*:<([^<>\s@]+@[^<>\s@]+)>\s*:\s*/;
const RE_HOST = /(?:^|\s:\s)((?:[a-z0-9-]+\.)+[a-z]{2,}):\[[0-9a-f.:]+\]\s*:\s*/i;
/** How many lines a hard-wrapped copy breaks one entry into, at most. */
const MAX_PIECES = 4;
const RE_STAGE = /(?<!\s)\s+in\s+(rcpt to|mail from|end of data|data|connect|helo|ehlo)\s*$/i;

function stage(word: string): SmtpCommand {
  const w = word.toLowerCase();
  if (w === 'rcpt to') return 'RCPT';
  if (w === 'mail from') return 'MAIL';
  if (w === 'helo') return 'HELO';
  if (w === 'ehlo') return 'EHLO';
  if (w === 'connect') return 'CONN';
  return 'DATA';
}

export const sendgrid: Format = {
  id: 'sendgrid',
  label: 'SendGrid',
  reference: 'https://www.twilio.com/docs/sendgrid/ui/sending-email/bounces',
  needs: ['sendgrid'],
  detect: (scan) => {
    return headHas(scan, 'sendgrid') && headHas(scan, OPENING);
  },
  parse({ scan }) {
    const doc = scan.document;
    const out: RawRecipient[] = [];
    const lines = noticeLines(scan, 200);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const m = RE_LINE.exec(line.text);
      if (!m) continue;
      const a = firstAddress(doc, line.start + m.index, line.start + m[0].length);
      if (!a) continue;
      const rcpt: RawRecipient = { address: { value: a.address, start: a.start, end: a.end } };
      let rest = m[0].length;
      const host = RE_HOST.exec(line.text.slice(rest));
      if (host) {
        const hs = line.start + rest + host.index + host[0].indexOf(host[1]);
        rcpt.remoteMta = { value: host[1], start: hs, end: hs + host[1].length };
        rest += host.index + host[0].length;
      } else {
        // "<ip> : " before the reply when no host is named.
        const ip = /^[0-9a-f.:]+\s+:\s+/i.exec(line.text.slice(rest));
        if (ip) rest += ip[0].length;
      }
      // SendGrid writes the entry on one line; a hard-wrapped copy breaks it, the pieces at
      // the margin ("… : 192.0.2.250 :" / "mx.example.org:[192.0.2.1] : 550 5.1.1 …" /
      // "Unknown in RCPT TO"): SendGrid writes nothing else right under an entry (a blank line
      // follows it), so the lines under it go on with it.
      let j = i + 1;
      while (j < lines.length && j - i < MAX_PIECES && lines[j].text.trim() && !RE_LINE.test(lines[j].text)) j++;
      const last = lines[j - 1];
      let end = last.end;
      const st = RE_STAGE.exec(last.text);
      if (st && (j > i + 1 || st.index >= rest)) {
        const s = last.start + st.index + st[0].indexOf(st[1]);
        rcpt.command = { value: stage(st[1]), start: s, end: s + st[1].length } as Found<SmtpCommand>;
        end = last.start + st.index;
      }
      if (j > i + 1) {
        const pieces = [...(line.start + rest < line.end ? [{ start: line.start + rest, end: line.end, next: line.next }] : []), ...lines.slice(i + 1, j - 1), { ...last, end }];
        const view = viewOfLines(doc, pieces);
        if (view.length) rcpt.diagnostic = view;
        i = j - 1;
      } else {
        const diagnostic = viewOfRest(doc, { ...line, end }, line.start + rest);
        if (diagnostic) rcpt.diagnostic = diagnostic;
      }
      out.push(rcpt);
    }
    return out.length ? { recipients: out } : null;
  },
};
