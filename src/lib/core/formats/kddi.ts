/**
 * KDDI's au one net / DION mail service (auone-net.jp, dion.ne.jp): a Japanese
 * paragraph, then an English block per recipient:
 *
 *   Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
 *        Could not be delivered to: <nobody@example.dion.ne.jp>
 *        As their mailbox is full.
 *
 * The line after the address says why, in words ("As their mailbox is full."). The
 * original message follows as message/rfc822. Learnt from au one net notices (sent
 * from no-reply@...dion.ne.jp, Reply-To no-reply@app.auone-net.jp).
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas, from } from './common.ts';
import { header } from '../scan.ts';
import { noticeLines, findLine, viewOf, addressOnLine, isBlankText } from './notice.ts';

/** The recipient's line; also inside a line a mail view joined ("Your mail sent on: … Could not be delivered to: <a> As their mailbox is full."). */
const RE_TO = /could not be delivered to:/i;
/** The line that opens each block: "Your mail sent on:", or "Your mail attempted to be delivered on:" (Sisimai Lhost/KDDI.pm). */
const RE_OPEN = /^\s*your mail (?:sent|attempted to be delivered) on:/i;
const RE_KDDI = /(?:^|[@.])(?:dion\.ne\.jp|auone-net\.jp)\b/;

export const kddi: Format = {
  id: 'kddi',
  label: 'KDDI au one net / DION',
  reference: 'https://www.au.com/',
  needs: ['could not be delivered to:'],
  detect: (scan) => {
    if (!headHas(scan, 'could not be delivered to:')) return false;
    const replyTo = (header(scan.headers, 'reply-to')?.value ?? '').toLowerCase();
    return RE_KDDI.test(from(scan)) || RE_KDDI.test(replyTo) || headHas(scan, 'your mail sent on:') || headHas(scan, 'your mail attempted to be delivered on:');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    const out: RawRecipient[] = [];
    for (let i = findLine(lines, RE_TO); i !== -1; i = findLine(lines, RE_TO, i + 1)) {
      const address = addressOnLine(doc, lines[i]);
      if (!address) continue;
      let e = i + 1;
      while (e < lines.length && !isBlankText(lines[e].text) && !RE_TO.test(lines[e].text) && !RE_OPEN.test(lines[e].text)) e++;
      // The words after the address on its own line (a joined view), then the lines below.
      const line = lines[i];
      let rs = address.end;
      while (rs < line.end && /[\s>.]/.test(doc[rs])) rs++;
      const block = rs < line.end ? [{ ...line, start: rs, text: doc.slice(rs, line.end) }, ...lines.slice(i + 1, e)] : lines.slice(i + 1, e);
      out.push({ address, diagnostic: viewOf(doc, block, 0, block.length) });
    }
    return out.length ? { recipients: out } : null;
  },
};
