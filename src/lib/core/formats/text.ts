/**
 * Any other human-readable bounce: the generic reader (address-led blocks, else the
 * paragraph with the SMTP reply, else recipients listed under a line that introduces
 * them). Tried after every layout we know by name.
 *
 * Ordinary mail is not a bounce: a newsletter that mentions "550" next to "failed" has
 * no SMTP reply in it and says nothing of a delivery. So what this reader finds counts
 * only when the message says it is a delivery report (its sender, subject, headers or
 * words), or when the words it read for a recipient hold an SMTP reply as servers write
 * one, the words of a delivery failure, or a cause stated plainly right after the address
 * (`<someone@example.org>: mailbox full`: a specific phrase of the table, in the sentence
 * that states the cause, not in advice or a link).
 */
import type { Format } from './types.ts';
import { fromText } from './common.ts';
import { hasReplyShape, hasReportWords, looksLikeBounce } from '../read/cues.ts';
import { readWords } from '../classify/words.ts';
import type { RawRecipient } from './types.ts';

/** The words read for this recipient state a cause: a specific phrase, not advice. */
function statesCause(r: RawRecipient): boolean {
  if (!r.diagnostic) return false;
  const best = readWords(r.diagnostic).best;
  return best !== null && !best.weak && !best.advice;
}

export const text: Format = {
  id: 'text',
  label: 'Bounce text',
  reference: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2',
  detect: () => true,
  parse(input) {
    const result = fromText(input);
    if (!result) return null;
    if (looksLikeBounce(input.scan)) return result;
    // The words read for a recipient: an SMTP reply, or the words of a delivery failure.
    if (result.recipients.some((r) => r.diagnostic && (hasReplyShape(r.diagnostic.text) || hasReportWords(r.diagnostic.text) || statesCause(r)))) return result;
    return null;
  },
};
