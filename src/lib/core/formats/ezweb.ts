/**
 * au by KDDI mobile mail (EZweb, @ezweb.ne.jp / @au.com): "Mail System Error - Returned
 * Mail" from Postmaster@ezweb.ne.jp. A Japanese paragraph (often EUC-JP bytes under an
 * ISO-2022-JP label, so unreadable), then one English sentence that states the verdict,
 * then the recipients:
 *
 *   The user(s) account is disabled.                  (the account is suspended)
 *   <nobody@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
 *
 *   Each of the following recipients was rejected by a remote mail server.
 *       Recipient: <nobody@ezweb.ne.jp>
 *       >>> RCPT TO:<nobody@ezweb.ne.jp>
 *       <<< 550 <nobody@ezweb.ne.jp>: User unknown
 *
 *   Your message was not delivered within 0 days and 1 hours.
 *   Remote host is not responding.
 *   The following recipients did not receive this message:
 *   <nobody@ezweb.ne.jp>
 *
 * au's own sentence about the account (disabled, temporarily limited, over quota) is
 * more specific than the SMTP words beside it ("user unknown" is what au answers for a
 * suspended line too), so it decides. When au says a recipient "was rejected" but shows
 * no server reply for it (the returned headers follow instead), the refusal came from
 * the recipient's own reception filter (au lets each user refuse senders or domains).
 * Learnt from au's notices (the reception filters are a documented au mail setting).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import type { ReasonId } from '../types.ts';
import { bodyHead, headHas, subject, from } from './common.ts';
import { noticeLines, viewOf, addressOnLine, isBlankText, type TextLine } from './notice.ts';
import { findCommand } from '../read/command.ts';
import type { TextView } from '../text/view.ts';

const RE_FROM = /@(?:[a-z0-9-]+\.)*(?:ezweb\.ne\.jp|au\.com)\b/;
/** au's English verdict sentences, as detection cues (lower case). */
const RE_STATEMENT = /each of the following recipients was rejected|the user\(s\) account|did not receive this message|your message was not delivered within \d+ days and \d+ hours/;
/** au's sentences about the recipient's account, its own wording (lower case). */
const RE_ACCOUNT = /the user\(s\) account is (?:disabled|temporarily (?:limited|over quota))/;
/** Does the text name one of au's mail domains (what RE_FROM needs)? */
function hasAuDomain(text: string): boolean {
  return text.includes('ezweb.ne.jp') || text.includes('au.com');
}
/** An au mail address (the recipients of these notices are au users). */
const RE_AU_ADDRESS = /@(?:ezweb\.ne\.jp|au\.com)\b/;

/** au's English verdict sentences, each with the reason it states. */
const STATEMENTS: { re: RegExp; reason: ReasonId | null; note: string }[] = [
  { re: /the user\(s\) account is disabled/i, reason: 'suspend', note: 'au says the account is disabled' },
  { re: /the user\(s\) account is temporarily limited/i, reason: 'suspend', note: 'au says the account is temporarily limited' },
  { re: /the user\(s\) account is temporarily over quota/i, reason: 'mailboxfull', note: "au says the account's mailbox is over quota" },
  { re: /your message was not delivered within [^.]*/i, reason: 'expired', note: 'au gave up delivering after its time limit' },
  { re: /each of the following recipients was rejected by a remote/i, reason: null, note: '' },
  { re: /the following recipients did not receive this message/i, reason: null, note: '' },
];

/** Where the returned message or its headers start in the notice. */
const RE_STOP = /^\s*(?:-{10,}\s*$|received:\s|return-path:\s)/i;
const RE_RECIPIENT = /^\s*(?:recipient:\s*)?<[^>\s@]+@[^>\s]+>/i;

export const ezweb: Format = {
  id: 'ezweb',
  label: 'au by KDDI (EZweb) mobile mail',
  reference: 'https://www.au.com/',
  // (Each way detect fits needs one of these: au's account sentence or an au address in the
  // head, au's subject, or an au domain in the From.)
  needs: ['the user(s) account is ', '@ezweb.ne.jp', '@au.com'],
  needsSubject: ['mail system error - returned mail'],
  needsFrom: ['ezweb.ne.jp', 'au.com'],
  detect: (scan) => {
    // (Each pattern only where its words can be: the plain searches cost less.)
    if (hasAuDomain(from(scan)) && RE_FROM.test(from(scan)) && /postmaster|mailer-daemon/.test(from(scan)) && subject(scan).includes('returned mail')) return true;
    const head = bodyHead(scan);
    // au's sentences and subject are those of Netscape Messaging Server, which many other
    // providers ran; its own notices open with "This Message was undeliverable due to the
    // following reason:" where au's open with a Japanese paragraph (netscape.ts reads them).
    if (headHas(scan, 'this message was undeliverable due to the following reason')) return false;
    // Pasted without headers, its Japanese paragraph left out: au's sentences about the
    // account ("The user(s) account is disabled." / "... temporarily limited." / "...
    // temporarily over quota", Sisimai Lhost/EZweb.pm) are au's own wording, so they
    // settle the layout alone, whatever the recipient's domain (au's own or a forward).
    if (headHas(scan, 'the user(s) account is ') && RE_ACCOUNT.test(head)) return true;
    // Else au's other sentences, about an au address (the cheaper test first).
    return (subject(scan) === 'mail system error - returned mail' || ((headHas(scan, '@ezweb.ne.jp') || headHas(scan, '@au.com')) && RE_AU_ADDRESS.test(head))) && RE_STATEMENT.test(head);
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 200);
    let stop = lines.findIndex((l) => RE_STOP.test(l.text));
    if (stop === -1) stop = lines.length;

    // The verdict sentence and the paragraph it stands in.
    let verdict: { line: TextLine; reason: ReasonId | null; note: string; match: RegExpExecArray; view?: TextView } | null = null;
    let rejectedByServer = false;
    for (let i = 0; i < stop && !verdict; i++) {
      for (const st of STATEMENTS) {
        const m = st.re.exec(lines[i].text);
        if (!m) continue;
        let e = i;
        while (e < stop && !isBlankText(lines[e].text) && !RE_RECIPIENT.test(lines[e].text)) e++;
        verdict = { line: lines[i], reason: st.reason, note: st.note, match: m, view: viewOf(doc, lines, i, e) };
        rejectedByServer = /rejected by a remote/i.test(m[0]);
        break;
      }
    }

    const out: RawRecipient[] = [];
    for (let i = 0; i < stop; i++) {
      const line = lines[i];
      if (!RE_RECIPIENT.test(line.text)) continue;
      const address = addressOnLine(doc, line);
      if (!address) continue;
      const rcpt: RawRecipient = { address };
      // The reply: the rest of the line after "<addr>:", and the indented transcript
      // lines under a "Recipient:" line.
      const close = line.text.indexOf('>', line.text.indexOf('<'));
      const restAt = line.start + close + 1;
      let s = i + 1;
      let e = s;
      while (e < stop && !isBlankText(lines[e].text) && !RE_RECIPIENT.test(lines[e].text)) e++;
      let diagnostic: TextView | undefined;
      const rest = doc.slice(restAt, line.end).replace(/^[\s:]+/, '');
      if (rest) {
        const at = restAt + doc.slice(restAt, line.end).indexOf(rest);
        diagnostic = viewOf(doc, [{ ...line, start: at, text: rest }, ...lines.slice(s, e)], 0, 1 + e - s);
      } else if (e > s) {
        diagnostic = viewOf(doc, lines, s, e);
      }
      if (diagnostic) {
        const [ds, de] = diagnostic.whole();
        const cmd = findCommand(doc, ds, de);
        if (cmd) rcpt.command = cmd;
        rcpt.diagnostic = diagnostic;
      } else if (verdict?.view) {
        rcpt.diagnostic = verdict.view;
      }
      if (verdict) {
        const s0 = verdict.line.start + verdict.match.index;
        const span = { start: s0, end: s0 + verdict.match[0].length };
        if (verdict.reason) {
          rcpt.hint = { reason: verdict.reason, ...span, note: verdict.note } as ReasonHint;
        } else if (rejectedByServer && !diagnostic) {
          rcpt.hint = {
            reason: 'filtered',
            ...span,
            note: "au refused it without a server reply: the recipient's reception filter does not accept this sender",
          };
        }
      }
      out.push(rcpt);
      i = e - 1;
    }
    return out.length ? { recipients: out } : null;
  },
};
