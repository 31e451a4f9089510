/**
 * The older Yahoo! Mail bounce (qmail-derived; still sent by Yahoo! JAPAN and by
 * hosts running the same software):
 *
 *   Message from yahoo.co.jp.
 *   Unable to deliver message to the following address(es).
 *
 *   <nobody@example.com>:
 *   Sorry, your message to nobody@example.com cannot be delivered.  This account is over quota.
 *
 *   --- Original message follows.
 *
 * One "<address>:" block per recipient with the reason under it, qmail style (the
 * generic reader keeps only blocks whose words look like an error; here every block is a
 * failure, whatever its wording). Sisimai calls this layout "X2". Learnt from these
 * notices.
 */
import type { Format, RawRecipient } from './types.ts';
import { bodyHead, headHas } from './common.ts';
import { noticeLines, findLine, viewOf, addressBlocks } from './notice.ts';
import { findCommand } from '../read/command.ts';

const RE_INTRO = /^\s*unable to deliver message to the following address(?:\(es\))?\.?\s*$/i;
const RE_BLOCK = /^\s*<[^\s<>@]+@[^\s<>]+>:\s*$/;

export const yahooLegacy: Format = {
  id: 'yahoo-legacy',
  label: 'Yahoo! Mail (older qmail-based notice)',
  reference: 'https://help.yahoo.com/',
  needs: ['unable to deliver message to the following address'],
  detect: (scan) => {
    const head = bodyHead(scan);
    // The plain search first: it is cheaper than the multi-line pattern and nearly always fails.
    return headHas(scan, 'unable to deliver message to the following address') && /^[ \t]*message from\s+\S+\.\s*$/m.test(head.slice(0, 400));
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 300);
    const intro = findLine(lines, RE_INTRO);
    if (intro === -1) return null;
    const out: RawRecipient[] = [];
    for (const { found, line: i, end: e } of addressBlocks(doc, lines, intro, RE_BLOCK)) {
      const diagnostic = viewOf(doc, lines, i + 1, e);
      const rcpt: RawRecipient = { address: found, diagnostic };
      if (diagnostic) {
        const [s, end] = diagnostic.whole();
        const cmd = findCommand(doc, s, end);
        if (cmd) rcpt.command = cmd;
      }
      out.push(rcpt);
    }
    return out.length ? { recipients: out } : null;
  },
};
