/**
 * Tencent mail's (QQ Mail, Tencent Exmail) notice in English, one entry a recipient:
 *
 *   Unable to send to nobody@example.org
 *   Bounce reason: The recipient's email address (nobody@example.org) does not exist, so
 *   the message could not be delivered.
 *   host mx.example.org[192.0.2.25] said: 550 5.1.1 Address does not exist. (in reply to
 *   RCPT TO command)
 *   Solution: Please contact your recipient, verify the email address again, or send to
 *   another receiving mailbox.
 *
 * Per recipient the "Unable to send to <addr>" line; its words are the service's sentence
 * after "Bounce reason:" and the receiving server's reply under it (a reply of Tencent's own
 * servers, "550 No such user (TB)", stands there alone), up to the "Solution:" advice, which
 * is no cause. Learnt from the notice as a user pasted it (jsdelivr/jsdelivr issue #18728).
 * Its reply line ("550 …") would otherwise be read as a bare SMTP reply with one recipient.
 */
import type { Format, RawRecipient } from './types.ts';
import { headHas } from './common.ts';
import { noticeLines, foundAddress, isBlankText, type TextLine } from './notice.ts';
import { firstAddress } from '../read/address.ts';
import { findCommand } from '../read/command.ts';
import { viewOfLines } from '../read/diagnostic.ts';

/** "Unable to send to <addr>", the line that opens an entry. */
const RE_ENTRY = /^[ \t]*unable to send to[ \t]+<?[^\s<>@]+@/i;
const RE_REASON = /^[ \t]*bounce reason:[ \t]*/i;
const RE_SOLUTION = /^[ \t]*solution:/i;
/** At most this many lines of words an entry (its sentence, the reply). */
const MAX_LINES = 8;

export const tencent: Format = {
  id: 'tencent',
  label: 'Tencent (QQ Mail, Exmail)',
  reference: 'Tencent mail\'s English notice ("Unable to send to <addr>", "Bounce reason: …", "Solution: …"); learnt from the notice as pasted in jsdelivr/jsdelivr issue #18728',
  needs: ['bounce reason:'],
  detect: (scan) => headHas(scan, 'bounce reason:') && headHas(scan, 'unable to send to'),
  parse({ scan }) {
    const doc = scan.document;
    const lines = noticeLines(scan);
    const recipients: RawRecipient[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!RE_ENTRY.test(lines[i].text)) continue;
      const a = firstAddress(doc, lines[i].start, lines[i].end);
      if (!a) continue;
      const rcpt: RawRecipient = { address: foundAddress(a) };
      // The entry's words: from "Bounce reason:" (its label left out) up to the advice, the
      // next entry, or a blank line after words. (A copy that puts a blank line between all
      // lines, as its first line shows, ends the entry at two.)
      const spaced = i + 1 < lines.length && isBlankText(lines[i + 1].text);
      const taken: TextLine[] = [];
      let j = i + 1;
      for (; j < lines.length && taken.length < MAX_LINES; j++) {
        const t = lines[j].text;
        if (RE_ENTRY.test(t) || RE_SOLUTION.test(t)) break;
        if (isBlankText(t)) {
          if (taken.length && (!spaced || (j + 1 < lines.length && isBlankText(lines[j + 1].text)))) break;
          continue;
        }
        const m = RE_REASON.exec(t);
        taken.push(m ? { ...lines[j], start: lines[j].start + m[0].length } : lines[j]);
      }
      const words = taken.filter((l) => l.end > l.start);
      if (words.length) {
        rcpt.diagnostic = viewOfLines(doc, words);
        const command = findCommand(doc, words[0].start, words[words.length - 1].end);
        if (command) rcpt.command = command;
      }
      recipients.push(rcpt);
      i = j - 1;
    }
    return recipients.length ? { recipients } : null;
  },
};
