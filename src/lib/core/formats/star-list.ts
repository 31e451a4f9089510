/**
 * A notice from an MTA we could not name (it signs as "Mail Delivery System", subject
 * "Delivery status notification"), framed by lines of "=" signs:
 *
 *         This is an automatically generated Delivery Status Notification.
 *   Delivery to the following recipients failed permanently:        (or "was aborted
 *      * nobody@example.org                                          after 5.0 hour(s):")
 *                              Technical details:
 *   SMTP:RCPT host 192.0.2.8: 553 5.3.0 <nobody@example.org>... No such user here
 *
 * Some copies spell it "Delevery". A message/delivery-status part may follow. Sisimai
 * calls this layout "X3". Learnt from bounces of this kind seen in the wild.
 */
import type { Format, RawRecipient } from './types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas, linesAfter } from './common.ts';
import { splitLines, isBlank, type Line } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';
import type { TextView } from '../text/view.ts';
import type { SmtpCommand } from '../types.ts';

const RE_LIST = /del[ei]very to the following recipients (?:failed permanently|was aborted after ([\d.]+) ?(second|minute|hour|day)[^:\r\n]*)\s*:[ \t]*/i;
const RE_DETECT = /del[ei]very to the following recipients (?:failed permanently|was aborted after [^:\r\n]*):\s*\* /;
/** The heading of the server's reply (also after the rule above it, where a view joined the two lines). */
const RE_DETAILS = /^[ \t]*(?:={10,}[ \t]+)?technical details:[ \t]*$/im;
const RE_RULE = /^[ \t]*={10,}/;
/** "SMTP:RCPT host 192.0.2.8: 553 ..." names the stage the reply answered. */
const RE_STAGE = /\bsmtp:(rcpt|mail|data|helo|ehlo)\b/i;
const STAGES: Record<string, SmtpCommand> = { rcpt: 'RCPT', mail: 'MAIL', data: 'DATA', helo: 'HELO', ehlo: 'EHLO' };

function details(scan: Scan): TextView | null {
  const doc = scan.document;
  for (const after of linesAfter(scan, RE_DETAILS)) {
    const lines: Line[] = [];
    for (const line of after) {
      if (RE_RULE.test(doc.slice(line.start, line.end))) break;
      if (isBlank(doc, line)) {
        if (lines.length) break;
        continue;
      }
      lines.push(line);
    }
    if (lines.length) return viewOfLines(doc, lines);
  }
  return null;
}

export const starList: Format = {
  id: 'star-list',
  label: 'Delivery notice with a starred recipient list',
  reference: 'Learnt from real bounces: "Delivery to the following recipients failed permanently: * <address>", then "Technical details:".',
  needs: ['automatically generated delivery status notification'],
  detect: (scan) => headHas(scan, 'automatically generated delivery status notification') && RE_DETECT.test(bodyHead(scan)),
  parse({ scan }) {
    const doc = scan.document;
    const out: RawRecipient[] = [];
    let aborted: { amount: number; unit: string; start: number; end: number } | null = null;
    for (const range of scan.bodies) {
      const m = RE_LIST.exec(doc.slice(range.start, range.end));
      if (!m) continue;
      if (m[1]) aborted = { amount: Number(m[1]), unit: m[2].toLowerCase(), start: range.start + m.index, end: range.start + m.index + m[0].trimEnd().length };
      for (const line of splitLines(doc, range.start + m.index + m[0].length, range.end)) {
        if (isBlank(doc, line)) {
          if (out.length) break;
          continue;
        }
        const text = doc.slice(line.start, line.end);
        if (!/^[ \t]*\*[ \t]/.test(text)) break;
        const a = firstAddress(doc, line.start, line.end);
        if (a) out.push({ address: { value: a.address, start: a.start, end: a.end } });
      }
      break;
    }
    if (out.length === 0) return null;
    const diagnostic = details(scan);
    let command: RawRecipient['command'];
    if (diagnostic) {
      const [s, e] = diagnostic.whole();
      const stage = RE_STAGE.exec(doc.slice(s, e));
      if (stage) {
        const at = s + stage.index + stage[0].length - stage[1].length;
        command = { value: STAGES[stage[1].toLowerCase()], start: at, end: at + stage[1].length };
      } else command = findCommand(doc, s, e) ?? undefined;
    }
    // "was aborted after 5.0 hour(s)" with no reply from any server: the MTA kept trying
    // for hours and gave up, which is the queue time running out.
    const hint =
      aborted && (aborted.unit === 'hour' || aborted.unit === 'day') && aborted.amount > 0 && !(diagnostic && /\b[245]\d\d\b/.test(diagnostic.text))
        ? { reason: 'expired' as const, start: aborted.start, end: aborted.end, note: `delivery was abandoned after ${aborted.amount} ${aborted.unit}(s) of retrying` }
        : undefined;
    for (const r of out) {
      if (diagnostic) r.diagnostic = diagnostic;
      if (command) r.command = command;
      if (hint) r.hint = hint;
    }
    return { recipients: out };
  },
};
