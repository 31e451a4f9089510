/**
 * Gmail / Google Workspace notices that name no recipient in their text
 * (mailer-daemon@googlemail.com, "Delivery Status Notification (Failure)"): a title
 * between asterisks, Google's explanation, a help link, then the other server's words.
 *
 *   ** Message not delivered **
 *
 *   You're sending this from a different address or alias using the 'Send mail as'
 *   feature. The settings for your 'Send mail as' account are misconfigured or out of
 *   date. Check those settings and try resending.
 *
 *   Learn more here: https://support.google.com/mail/?p=CustomFromDenied
 *
 *   The response was:
 *
 *   Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability
 *
 * The recipient is in X-Failed-Recipients, else (pasted text) the returned original's
 * "To:". The server's words are the diagnostic; when the notice is about the sender's
 * "Send mail as" alias (help topic CustomFromDenied), Gmail itself refused to send as that
 * address, whatever the other server said. The notices that say "Your message wasn't
 * delivered to <address>" are `gmail`'s. Learnt from these notices; the help topics are
 * Google's (support.google.com/mail/?p=<topic>).
 */
import type { Format, RawRecipient, ReasonHint } from './types.ts';
import { bodyHead, copyRecipient, headHas } from './common.ts';
import { noticeLines, findLine, paragraphAt, viewOf, returnedToAddress, hintOn } from './notice.ts';
import { headerRecipients } from '../read/text-blocks.ts';
import { findCommand } from '../read/command.ts';
import type { TextView } from '../text/view.ts';

const RE_TITLE = /^\s*\*\* [^*\n]{3,60} \*\*\s*$/;
const RE_TITLE_HEAD = /^[ \t]*\*\* [^*\n]{3,60} \*\*\s*$/m;
const RE_RESPONSE = /^\s*the response (?:from the remote server )?was:\s*$/i;
const RE_LEARN = /^\s*learn more (?:here|at)\b/i;
const RE_SEND_AS = /send mail as|\?p=customfromdenied/i;

export const googleWorkspace: Format = {
  id: 'google-workspace',
  label: 'Google Workspace / Gmail (no recipient in the text)',
  reference: 'https://support.google.com/mail/answer/6596',
  needs: ['the response was:', 'support.google.com/mail'],
  detect: (scan) => {
    const head = bodyHead(scan);
    if (!headHas(scan, 'the response was:') && !headHas(scan, 'support.google.com/mail')) return false;
    if (!RE_TITLE_HEAD.test(head.slice(0, 400))) return false;
    // Google's explanation names no address (else the notice is `gmail`'s).
    const cut = [head.indexOf('learn more'), head.indexOf('the response was:')].filter((n) => n !== -1);
    return !head.slice(0, cut.length ? Math.min(...cut) : 400).includes('@');
  },
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan, 120);
    const title = findLine(lines, RE_TITLE);
    if (title === -1) return null;
    // Google's explanation: the paragraphs after the title, up to the help link or the response.
    let e = title + 1;
    while (e < lines.length && !RE_LEARN.test(lines[e].text) && !RE_RESPONSE.test(lines[e].text)) e++;
    const explanation = viewOf(doc, lines, title, e);
    let response: TextView | undefined;
    const at = findLine(lines, RE_RESPONSE, title + 1);
    if (at !== -1) {
      const [s, end] = paragraphAt(lines, at + 1);
      response = viewOf(doc, lines, s, end);
    }
    const diagnostic = response ?? explanation;
    if (!diagnostic) return null;
    let hint: ReasonHint | undefined;
    const sendAs = findLine(lines.slice(0, Math.max(e + 1, title + 1)), RE_SEND_AS, title);
    if (sendAs !== -1) {
      hint = hintOn(lines[sendAs], RE_SEND_AS, 'rejected', "Gmail would not send as the 'Send mail as' address: that alias's settings are wrong or out of date");
    }
    let named: RawRecipient[] = headerRecipients(scan);
    if (named.length === 0) {
      const to = returnedToAddress(scan);
      named = [to ? { address: to, addressSource: 'returned-to' } : { address: null }];
    }
    const [ds, de] = diagnostic.whole();
    const command = findCommand(doc, ds, de);
    return {
      recipients: named.map((r) => {
        // (Copied field by field, not spread: see copyRecipient.)
        const c = copyRecipient(r);
        c.diagnostic = diagnostic;
        if (command) c.command = command;
        if (hint) c.hint = hint;
        return c;
      }),
    };
  },
};
