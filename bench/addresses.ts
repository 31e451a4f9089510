/**
 * Reference addresses we disagree with, each with the reason. The reference is Sisimai 5.1's
 * run over the corpus (`corpus/sisimai-5.1.jsonl`), scored as score-addresses.mjs does
 * (bench/score.ts `scoreAddresses`): these misses are the reference's, not ours.
 */
import type { AddressScore } from './score.ts';

/** Reference addresses we disagree with: `file: address` → why. */
export const ADDRESS_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'lhost-apachejames-01.eml: 00000000000@vtext.example.com':
    'cut: the message says "RCPT TO: 000000000000@vtext.example.com" (twelve zeros); the eleven-zero address appears nowhere in it',
  'lhost-office365-04.eml: otsu-sakaba-hunter-nyaaaaaaan@ezweb.ne.jp':
    'taken from a mailto: link; the DSN Final-Recipient, the text and the returned To all name otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp',
  'lhost-v5sendmail-01.eml: kijitora@exampl':
    'cut: the only recipient named is the returned message\'s "To: kijitora@example.com", which we report (with a warning that it is the returned To)',
  'rfc3464-28.eml: info@neko.example.jp':
    'an mbox of two reports: the reference lists both messages\' recipients under the file, the scorer compares them with the first message only; info@ is the second message\'s recipient, and we name it there',
};

/** Misses (as `scoreAddresses` lists them) that are not reasoned disagreements. */
export function unexplainedAddressMisses(score: AddressScore): string[] {
  return score.misses.filter((m) => !(m.replace(/ got .*$/, '').replace(': want ', ': ') in ADDRESS_DISAGREEMENTS));
}

/** Reasoned disagreements that are no longer misses (the list must stay honest). */
export function staleAddressDisagreements(score: AddressScore): string[] {
  const misses = new Set(score.misses.map((m) => m.replace(/ got .*$/, '').replace(': want ', ': ')));
  return Object.keys(ADDRESS_DISAGREEMENTS).filter((k) => !misses.has(k));
}
