/**
 * CommuniGate Pro's notices, subject "Undeliverable mail: …" (or "Delayed mail: …"), from
 * MAILER-DAEMON: one entry a recipient, the module that failed and its report under it:
 *
 *   Failed to deliver to '<nobody@example.org>'
 *   SMTP module(domain example.org) reports:
 *    host mx.example.org says:
 *    550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown
 *
 *   Failed to deliver to '<carol@example.net>'
 *   LOCAL module(account carol) reports:
 *    account is full (quota exceeded)
 *
 *   Message delivery to '<gina@example.net>' delayed
 *   SMTP module(domain example.net) reports:
 *    mx.example.net: connection timed out, host is not responding
 *
 * The entry's quoted address is the recipient; the lines under it up to a blank line (or the
 * rest of the line, where a copy joined them) are the module's words: the remote server's
 * reply, or CommuniGate's own ("unknown user account", "account is full"). An entry that says
 * "delayed" is a warning, still being tried. Learnt from CommuniGate Pro's notices as bounce
 * handlers and forum threads quote them.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas, fromText } from './common.ts';
import { noticeLines, isBlankText, type TextLine } from './notice.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';

/** "Failed to deliver to '<addr>'" or "Message delivery to '<addr>' delayed": group 1 the address, group 2 "delayed". */
const RE_ENTRY = /(?:failed to deliver to|message delivery to)[ \t]+'<?([^\s'<>@]+@[^\s'<>@]+?)>?'([ \t]+delayed)?/i;

/** An entry's opening words at a line's end, its quoted address on the next line (a narrow view broke the line). */
const RE_ENTRY_OPEN = /(?:failed to deliver to|message delivery to)[ \t]*$/i;
const RE_ENTRY_REST = /^[ \t]*'<?([^\s'<>@]+@[^\s'<>@]+?)>?'([ \t]+delayed)?/i;

/** The entry on line `i` (its match `m`): its recipient, and the index of the line after its words. */
function entry(doc: string, lines: TextLine[], i: number, m: RegExpExecArray): { rcpt: RawRecipient; delayed: boolean; next: number } {
  const line = lines[i];
  const at = line.start + m.index + m[0].indexOf(m[1]);
  const rcpt: RawRecipient = { address: { value: m[1], start: at, end: at + m[1].length } };
  let e = i + 1;
  while (e < lines.length && !isBlankText(lines[e].text) && !RE_ENTRY.test(lines[e].text)) e++;
  // The words: the rest of the entry's line (a copy that joined the lines), then the lines under it.
  const rest = line.start + m.index + m[0].length;
  const parts = [...(/\S/.test(doc.slice(rest, line.end)) ? [{ start: rest, end: line.end, next: line.next }] : []), ...lines.slice(i + 1, e)];
  if (parts.length) {
    const view = viewOfLines(doc, parts);
    if (view.length) {
      rcpt.diagnostic = view;
      const command = findCommand(doc, parts[0].start, parts[parts.length - 1].end);
      if (command) rcpt.command = command;
    }
  }
  return { rcpt, delayed: m[2] !== undefined, next: e };
}

export const communigate: Format = {
  id: 'communigate',
  label: 'CommuniGate Pro',
  reference: "CommuniGate Pro's notices (\"Failed to deliver to '<addr>'\", \"Message delivery to '<addr>' delayed\", \"SMTP module(domain …) reports:\", \"LOCAL module(account …) reports:\")",
  // (Words a narrow view does not break: it may break the line before the quoted address.)
  needs: ['failed to deliver to', 'message delivery to'],
  detect: (scan) => (headHas(scan, 'failed to deliver to') || headHas(scan, 'message delivery to')) && headHas(scan, ' module('),
  parse(input) {
    const doc = input.scan.document;
    const lines = noticeLines(input.scan);
    const recipients: RawRecipient[] = [];
    let delayed = 0;
    for (let i = 0; i < lines.length; ) {
      let m = lines[i].text.indexOf("'") === -1 ? null : RE_ENTRY.exec(lines[i].text);
      let at = i;
      if (!m && i + 1 < lines.length && RE_ENTRY_OPEN.test(lines[i].text)) {
        m = RE_ENTRY_REST.exec(lines[i + 1].text);
        at = i + 1;
      }
      if (!m) {
        i++;
        continue;
      }
      const got = entry(doc, lines, at, m);
      if (!recipients.some((r) => r.address?.value.toLowerCase() === got.rcpt.address?.value.toLowerCase())) {
        recipients.push(got.rcpt);
        if (got.delayed) delayed++;
      }
      i = got.next;
    }
    if (!recipients.length) return fromText(input);
    // A warning only when every entry is a delay.
    return { recipients, ...(delayed === recipients.length ? { delayed: true } : {}) };
  },
};
