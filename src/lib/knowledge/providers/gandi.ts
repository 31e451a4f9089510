/**
 * Gandi (gandi.net; GandiMail, inbound mail.gandi.net and spool.mail.gandi.net), a registrar that
 * hosts its customers' mailboxes. Its filter refuses with "550 5.7.1 Reject for policy reason
 * RULEn_m. See http://postmaster.gandi.net": the words say only "policy", the tag says which of
 * its checks refused, and its postmaster page lists them (https://postmaster.gandi.net/): RULE1_1
 * a virus or malware, RULE2_1 phishing (by its heuristics or a suspicious link), RULE2_2 a scam,
 * RULE3_1 a suspicious commercial mail, RULE3_2 a high spam score. Its other replies there
 * ("Greylisted for %s seconds", "blocked you maybe infected", "blocked using
 * sbl-xbl.spamhaus.org") carry their own words, read as any server's. Recognised by its host or
 * by its postmaster page in the reply; replies in tests use reserved names.
 */
import type { Provider } from './types.ts';

const POSTMASTER = 'https://postmaster.gandi.net/';

export const gandi: Provider = {
  id: 'gandi',
  label: 'Gandi',
  hosts: ['gandi.net'],
  markers: ['postmaster.gandi.net'],
  // "Reject for policy reason RULE3_2" (lower-cased): the tag after the words.
  code: /\breject for policy reason (rule\d_\d)\b/,
  reference: POSTMASTER,
  rules: [
    // "Reject for policy reason RULE1_1": a possible virus or malware.
    { id: 'provider.gandi.virus', code: 'rule1_1', contains: [], reason: 'virusdetected', note: "Gandi's filter found a possible virus or malware in the message (RULE1_1)", docs: POSTMASTER },
    // RULE2_1: phishing, by heuristic analysis or a suspicious link; RULE2_2: a potential scam.
    { id: 'provider.gandi.phishing', code: ['rule2_1', 'rule2_2'], contains: [], reason: 'spamdetected', note: "Gandi's filter judged the message phishing or a scam, by its wording or a suspicious link (RULE2_1, RULE2_2)", docs: POSTMASTER },
    // RULE3_1: a suspicious commercial email; RULE3_2: a high spam probability score.
    { id: 'provider.gandi.spam', code: ['rule3_1', 'rule3_2'], contains: [], reason: 'spamdetected', note: "Gandi's filter judged the message a suspicious commercial mail or gave it a high spam score (RULE3_1, RULE3_2)", docs: POSTMASTER },
  ],
};
