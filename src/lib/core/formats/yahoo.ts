/**
 * Yahoo Mail's bounce (mailer-daemon@yahoo.com and the Yahoo/AOL platforms; headers
 * X-YMailISG, X-YMail-OSG): qmail's block layout with Yahoo's own opening,
 *
 *   Sorry, we were unable to deliver your message to the following address.
 *
 *   <nobody@example.org>:
 *   Remote host said: 550 5.1.1 <nobody@example.org>... User unknown [RCPT_TO]
 *
 *   --- Below this line is a copy of the message.
 *
 * The reply may start on the line after "Remote host said:", the stage tag ([RCPT_TO],
 * [MAIL_FROM], [DATA]) may stand on its own line, and some notices give only the reply
 * ("550: 5.1.1 <...>... User unknown"). Every block is a failure, whatever its words.
 * Learnt from Yahoo Mail's notices. The older notice of Yahoo! JAPAN ("Message from
 * yahoo.co.jp.") is `yahoo-legacy`.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, findLine, viewOf, addressBlocks } from './notice.ts';
import { findCommand } from '../read/command.ts';

const OPENING = 'sorry, we were unable to deliver your message to the following address';
const RE_INTRO = /^\s*sorry, we were unable to deliver your message to the following address(?:\(es\)|es)?\.?\s*$/i;
const RE_BLOCK = /^\s*<[^\s<>@]+@[^\s<>]+>:\s*$/;

export const yahoo: Format = {
  id: 'yahoo',
  label: 'Yahoo Mail',
  reference: 'https://senders.yahooinc.com/smtp-error-codes/',
  needs: [OPENING],
  detect: (scan) => headHas(scan, OPENING),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 300);
    const intro = findLine(lines, RE_INTRO);
    if (intro === -1) return null;
    const out: RawRecipient[] = [];
    for (const { found, line: i, end: e } of addressBlocks(doc, lines, intro, RE_BLOCK)) {
      // "Remote host said:" is Yahoo's label, not the server's words.
      let s = i + 1;
      let from = s < e ? lines[s].start : 0;
      const said = s < e ? /^\s*remote host said:\s*/i.exec(lines[s].text) : null;
      if (said) {
        from = lines[s].start + said[0].length;
        if (from >= lines[s].end) s++;
      }
      const view = s < e ? viewOf(doc, [{ ...lines[s], start: Math.max(from, lines[s].start) }, ...lines.slice(s + 1, e)], 0, e - s) : undefined;
      const rcpt: RawRecipient = { address: found };
      if (view) {
        rcpt.diagnostic = view;
        const [ds, de] = view.whole();
        const cmd = findCommand(doc, ds, de);
        if (cmd) rcpt.command = cmd;
      }
      out.push(rcpt);
    }
    return out.length ? { recipients: out } : null;
  },
};
