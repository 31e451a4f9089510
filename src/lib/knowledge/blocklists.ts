/**
 * DNS blocklists as bounces name them, and what a listed sender does about each. The
 * zone names are the lists' own; advice is ours, from each operator's public removal
 * pages (linked).
 */

export interface Blocklist {
  id: string;
  name: string;
  /** Lower-case fragments that name this list in a bounce. */
  markers: readonly string[];
  /** What to do, in one or two sentences. */
  advice: string;
  /** The operator's lookup or removal page (https). */
  url: string;
}

export const BLOCKLISTS: readonly Blocklist[] = [
  {
    id: 'spamhaus-dbl',
    name: 'the Spamhaus Domain Block List (DBL)',
    markers: ['dbl.spamhaus.org', 'spamhaus dbl'],
    advice: 'A domain in your envelope, headers or links is listed: changing the sending IP will not help. Look the domain up at https://check.spamhaus.org and fix what got it listed.',
    url: 'https://check.spamhaus.org',
  },
  {
    id: 'spamhaus',
    name: 'a Spamhaus list (ZEN: SBL, XBL, CSS or PBL)',
    markers: ['spamhaus', 'zen.spamhaus.org', 'sbl.spamhaus.org', 'xbl.spamhaus.org', 'pbl.spamhaus.org', 'sbl-xbl'],
    advice: 'Look the IP up at https://check.spamhaus.org: XBL means an infected or abused host, PBL means the IP should not send directly (relay through your provider), SBL/CSS means reported spam; fix the cause, then follow its removal steps.',
    url: 'https://check.spamhaus.org',
  },
  {
    id: 'spamcop',
    name: 'the SpamCop blocklist',
    markers: ['spamcop'],
    advice: 'SpamCop listings expire by themselves about a day after the reports stop; find and stop what is sending the reported mail (https://www.spamcop.net/bl.shtml).',
    url: 'https://www.spamcop.net/bl.shtml',
  },
  {
    id: 'barracuda',
    name: 'the Barracuda Reputation Block List',
    markers: ['barracudacentral', 'barracuda reputation', 'b.barracudacentral.org'],
    advice: 'Request removal at https://www.barracudacentral.org/rbl/removal-request once the cause is fixed.',
    url: 'https://www.barracudacentral.org/rbl/removal-request',
  },
  {
    id: 'uceprotect',
    name: 'UCEPROTECT',
    markers: ['uceprotect'],
    advice: 'Level 1 listings of a single IP expire after about a week without spam; levels 2 and 3 list whole networks and are your hosting provider\'s to resolve (https://www.uceprotect.net).',
    url: 'https://www.uceprotect.net',
  },
  {
    id: 'cloudmark',
    name: 'Cloudmark Sender Intelligence',
    markers: ['cloudmark', 'csi.cloudmark.com'],
    advice: 'Request a reset at https://csi.cloudmark.com/reset-request after fixing the cause.',
    url: 'https://csi.cloudmark.com/reset-request',
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint Dynamic Reputation',
    markers: ['prs.proofpoint.com', 'proofpoint.com/dnsbl', 'ipcheck.proofpoint.com'],
    advice: 'Check the IP and request delisting at https://ipcheck.proofpoint.com .',
    url: 'https://ipcheck.proofpoint.com',
  },
  {
    id: 'sorbs',
    name: 'SORBS',
    markers: ['sorbs.net', 'sorbs'],
    advice: 'SORBS has shut down; a receiver still rejecting because of it runs an outdated configuration, so tell the recipient\'s admin.',
    url: 'https://www.sorbs.net',
  },
  {
    id: 'abuseat',
    name: 'the Composite Blocking List (CBL, now part of Spamhaus XBL)',
    markers: ['cbl.abuseat.org', 'abuseat'],
    advice: 'The IP looked infected or misconfigured (often a bad HELO name); fix the host, then look it up at https://check.spamhaus.org.',
    url: 'https://check.spamhaus.org',
  },
];

/** The blocklist named in the server's words (lower-cased), if any. */
export function findBlocklist(lower: string): Blocklist | null {
  for (const list of BLOCKLISTS) {
    if (list.markers.some((m) => lower.includes(m))) return list;
  }
  return null;
}
