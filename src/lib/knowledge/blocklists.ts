/**
 * Blocklists (DNSBLs, URI lists and providers' own lists) as bounces name them, what each
 * lists, where to look a listing up and who can act on it. Zone names are the lists' own;
 * advice and notes are ours, from each operator's public pages (linked). The order matters:
 * when a bounce names several lists, the first in this table that it names is reported, so
 * the specific parts of a family (Spamhaus DBL, SBL, XBL ...) come before the family's name.
 */
import type { Owner, ReasonId } from '../core/types.ts';

export type ListedType = 'ip' | 'domain' | 'helo' | 'url';

export interface Blocklist {
  id: string;
  /** The list's name as people know it ("Spamhaus ZEN"). */
  name: string;
  /** Lower-case fragments that name this list in a bounce (matched at the start of a word). */
  markers: readonly string[];
  /** What the list holds, when the bounce does not say otherwise. */
  listed: ListedType;
  /** Who can get the listing removed. */
  owner: Owner;
  /** What to do, in one or two sentences. */
  advice: string;
  /** The operator's lookup or removal page (https). */
  url: string;
  /**
   * When the list shut down (year and month): it holds no data since, so a refusal that names
   * it lists nothing of the sender's; only a receiver still querying it can end the refusals.
   */
  closed?: string;
  /** The lookup page for one value, `{value}` standing for it (https), when the list has one. */
  query?: string;
  /** The operator's own domains: a link to them in the bounce is the lookup page to show. */
  domains: readonly string[];
  /**
   * The reason a refusal that names this list has, when the words say no more: `blocked`
   * unless given (a reputation score, such as SenderScore, is `badreputation`).
   */
  reason?: ReasonId;
}

const SPAMHAUS_CHECK = 'https://check.spamhaus.org';
/** Spamhaus's checker for one IP or domain (the form Orange's postmaster page gives). */
const SPAMHAUS_QUERY = 'https://check.spamhaus.org/listed/?searchterm={value}';
const SPAMHAUS_DOMAINS = ['spamhaus.org', 'spamhaus.com'];

export const BLOCKLISTS: readonly Blocklist[] = [
  {
    id: 'spamhaus-dbl',
    name: 'Spamhaus DBL',
    markers: ['dbl.spamhaus.org', 'spamhaus dbl', 'spamhaus domain block', 'dbl.spamhaus', 'shdbl', 'spamhaus.org/dbl', 'spamhaus.org/query/dbl', 'spamhaus.org/query/domain'],
    listed: 'domain',
    owner: 'sender-admin',
    advice: 'A domain in your envelope, headers or links is listed, so changing the sending IP will not help. Look the domain up at https://check.spamhaus.org , remove or replace the listed link or domain, and fix what got it listed.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-zrd',
    name: 'Spamhaus ZRD (zero reputation domains)',
    markers: ['zrd.spamhaus.org', 'spamhaus zrd'],
    listed: 'domain',
    owner: 'sender-admin',
    advice: 'The domain was first seen less than a day ago; the listing ends by itself within 24 hours. Send from an established domain meanwhile.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-pbl',
    name: 'Spamhaus PBL',
    markers: ['pbl.spamhaus.org', 'spamhaus pbl', 'policy block list', 'spamhaus.org/pbl', 'ip is in the pbl'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'The PBL lists addresses that should not send mail straight to other servers (home and dynamic IPs). Send through your provider\'s mail server, or, if this really is a mail server with a fixed IP, request removal at https://check.spamhaus.org .',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-xbl',
    name: 'Spamhaus XBL',
    markers: ['xbl.spamhaus.org', 'spamhaus xbl', 'exploits block list', 'cbl.abuseat.org', 'abuseat', 'shxbl'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'The XBL lists hosts that look infected or hijacked (malware, an open proxy, often a bad HELO name). Clean the host or network, then look the IP up at https://check.spamhaus.org and follow its removal steps.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-css',
    name: 'Spamhaus CSS',
    markers: ['css.spamhaus.org', 'spamhaus css'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'The CSS lists IPs that send low-reputation mail in patterns Spamhaus detects automatically. Find and stop that traffic, then request removal at https://check.spamhaus.org .',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-sbl',
    name: 'Spamhaus SBL',
    markers: ['sbl.spamhaus.org', 'spamhaus sbl', 'spamhaus block list', 'shsbl', 'spamhaus.org/sbl', 'spamhaus.org/query/sbl'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'The SBL lists IPs Spamhaus tied to spam or abuse by hand. Look the IP up at https://check.spamhaus.org ; usually your hosting or network provider must resolve the listing with Spamhaus.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus-zen',
    name: 'Spamhaus ZEN',
    markers: ['zen.spamhaus.org', 'sbl-xbl.spamhaus.org', 'spamhaus zen'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'ZEN combines the SBL (spam sources), XBL (infected hosts), CSS and PBL (IPs that should not send directly). Look the IP up at https://check.spamhaus.org to see which one lists it, fix that cause, then follow its removal steps.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    id: 'spamhaus',
    name: 'Spamhaus',
    markers: ['spamhaus'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Look the IP or domain up at https://check.spamhaus.org : it says which Spamhaus list names it (SBL spam source, XBL infected host, PBL should not send directly, DBL listed domain) and how to get off it.',
    url: SPAMHAUS_CHECK,
    query: SPAMHAUS_QUERY,
    domains: SPAMHAUS_DOMAINS,
  },
  {
    // Before Microsoft's own list: Exchange Online's 5.7.513 names the recipient organisation's
    // Customer Block list (AS16012607) and may also give Microsoft's delist address; Microsoft's
    // NDR list says only the recipient's admin can remove that entry.
    id: 'recipient-block-list',
    name: "the recipient organisation's own block list",
    markers: ['customer block list', 'as16012607'],
    listed: 'ip',
    owner: 'recipient-admin',
    advice: "No public list is involved: the recipient's organisation blocks you itself. Ask the recipient, by other means, to have their mail admin remove you.",
    url: 'https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    domains: [],
  },
  {
    id: 'microsoft',
    name: "Microsoft's own block list",
    markers: ['(s3150)', '(s3140)', 'on our block list', 'block list (s3', 'banned sending ip', '(as16012609)', 'sender.office.com', 'delist@messaging.microsoft.com'],
    listed: 'ip',
    owner: 'sender-admin',
    // Delisting form: sender.office.com; SNDS (Smart Network Data Services), Microsoft's
    // per-IP data for Outlook.com: sendersupport.olc.protection.outlook.com/snds (Outlook.com
    // postmaster page, sendersupport.olc.protection.outlook.com/pm).
    // Microsoft's NDR list (learn.microsoft.com/exchange/mail-flow-best-practices/
    // non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online):
    // 5.7.606-649 and Outlook.com's S3140 go through the delist portal; 5.7.511 (banned sender)
    // asks for the whole message to be forwarded to delist@messaging.microsoft.com instead.
    advice: 'Ask Microsoft to delist the IP the way the bounce says: the form at https://sender.office.com (5.7.606 to 5.7.649, S3140, S3150), or, where the bounce names delist@messaging.microsoft.com (5.7.511), by forwarding the whole bounce there. Then watch the IP\'s standing in Microsoft SNDS (https://sendersupport.olc.protection.outlook.com/snds/).',
    url: 'https://sender.office.com',
    domains: ['office.com', 'live.com', 'microsoft.com'],
  },
  {
    id: 'barracuda',
    name: 'Barracuda Reputation Block List (BRBL)',
    markers: ['b.barracudacentral.org', 'bb.barracudacentral.org', 'barracudacentral', 'barracuda reputation', 'barracudanetworks.com/reputation', 'brbl'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Fix the cause, then request removal at https://www.barracudacentral.org/rbl/removal-request ; removal is usually quick.',
    url: 'https://www.barracudacentral.org/rbl/removal-request',
    domains: ['barracudacentral.org', 'barracudanetworks.com'],
  },
  {
    id: 'spamcop',
    name: 'SpamCop',
    markers: ['bl.spamcop.net', 'spamcop'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'SpamCop listings expire by themselves about a day after the spam reports stop: find and stop what is sending the reported mail.',
    url: 'https://www.spamcop.net/bl.shtml',
    query: 'https://www.spamcop.net/bl.shtml?{value}',
    domains: ['spamcop.net'],
  },
  {
    id: 'uceprotect-3',
    name: 'UCEPROTECT level 3',
    markers: ['dnsbl-3.uceprotect.net', 'uceprotect level 3', 'uceprotect-level3', 'uceprotect level3'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: "Level 3 lists a whole provider network (AS) for its share of spam; it is your hosting provider's to resolve, or send through another network.",
    url: 'https://www.uceprotect.net/en/rblcheck.php',
    domains: ['uceprotect.net'],
  },
  {
    id: 'uceprotect-2',
    name: 'UCEPROTECT level 2',
    markers: ['dnsbl-2.uceprotect.net', 'uceprotect level 2', 'uceprotect-level2', 'uceprotect level2'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: "Level 2 lists the range around your IP because neighbours send spam; it is your hosting provider's to resolve.",
    url: 'https://www.uceprotect.net/en/rblcheck.php',
    domains: ['uceprotect.net'],
  },
  {
    id: 'uceprotect-1',
    name: 'UCEPROTECT level 1',
    markers: ['dnsbl-1.uceprotect.net', 'uceprotect level 1', 'uceprotect-level1', 'uceprotect level1', 'uceprotect'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Level 1 lists this one IP; the listing expires about a week after the spam stops. Find and stop the source.',
    url: 'https://www.uceprotect.net/en/rblcheck.php',
    domains: ['uceprotect.net'],
  },
  {
    id: 'cloudmark',
    name: 'Cloudmark Sender Intelligence (CSI)',
    markers: ['csi.cloudmark.com', 'cloudmark', 'cmcsi'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Look the IP up and request a reset at https://csi.cloudmark.com/reset-request after fixing the cause.',
    url: 'https://csi.cloudmark.com/reset-request',
    query: 'https://csi.cloudmark.com/reset-request/?ip={value}',
    domains: ['cloudmark.com'],
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint Dynamic Reputation',
    markers: ['prs.proofpoint.com', 'ipcheck.proofpoint.com', 'proofpoint.com/dnsbl', 'proofpoint dynamic reputation', 'dnsbl-lookup.cgi'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Check the IP and request delisting at https://ipcheck.proofpoint.com .',
    url: 'https://ipcheck.proofpoint.com',
    query: 'https://ipcheck.proofpoint.com/?ip={value}',
    domains: ['proofpoint.com'],
  },
  {
    id: 'trendmicro',
    name: 'Trend Micro Email Reputation Services (RBL+)',
    markers: ['trend micro rbl', 'rbl-plus.mail-abuse', 'mail-abuse.com', 'mail-abuse.org', 'email reputation service', 'trend micro ers'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Look the IP up in Trend Micro\'s Email Reputation Services and request removal there once open relays and infected hosts are fixed.',
    url: 'https://ers.trendmicro.com',
    domains: ['trendmicro.com', 'mail-abuse.com', 'mail-abuse.org'],
  },
  {
    id: 'mailspike',
    name: 'Mailspike',
    markers: ['bl.mailspike.net', 'rep.mailspike.net', 'mailspike'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Mailspike rates IPs by their recent sending; look the IP up at https://mailspike.io and stop the traffic that hurt it.',
    url: 'https://mailspike.io',
    domains: ['mailspike.io', 'mailspike.net', 'mailspike.org'],
  },
  {
    // Proofpoint decommissioned SORBS on 5 June 2024 and emptied its zones (its statement to
    // The Register, June 2024; sorbs.net now says "Site down permanently"): nobody is listed,
    // so only a receiver still querying it can end such refusals.
    id: 'sorbs',
    name: 'SORBS',
    markers: ['dnsbl.sorbs.net', 'sorbs.net', 'sorbs'],
    listed: 'ip',
    owner: 'recipient-admin',
    advice: "SORBS shut down in June 2024 and lists nobody: a receiver still refusing mail because of it runs an outdated configuration. Nothing on your side needs delisting; tell the recipient's mail admin to remove SORBS from their server's settings.",
    url: 'https://www.sorbs.net',
    closed: '2024-06',
    domains: ['sorbs.net'],
  },
  {
    id: 'psbl',
    name: 'PSBL (Passive Spam Block List)',
    markers: ['psbl.surriel.com', 'psbl.org', 'psbl'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'PSBL lists IPs that sent to its spam traps; remove the IP yourself at https://psbl.org once the spam has stopped.',
    url: 'https://psbl.org',
    query: 'https://psbl.org/listing?ip={value}',
    domains: ['psbl.org', 'surriel.com'],
  },
  {
    id: 'abusix',
    name: 'Abusix Mail Intelligence',
    markers: ['mail.abusix.zone', 'abusix'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Look the IP up at https://lookup.abusix.com and follow its delisting steps once the cause is fixed.',
    url: 'https://lookup.abusix.com',
    query: 'https://lookup.abusix.com/search?q={value}',
    domains: ['abusix.com', 'abusix.zone'],
  },
  {
    id: 'invaluement',
    name: 'Invaluement',
    markers: ['invaluement', 'ivmsip', 'ivmuri'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Look the IP or domain up at https://www.invaluement.com and request removal there.',
    url: 'https://www.invaluement.com',
    domains: ['invaluement.com'],
  },
  {
    id: 'hostkarma',
    name: 'Hostkarma (Junk Email Filter)',
    markers: ['hostkarma', 'junkemailfilter.com'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Request removal through Junk Email Filter\'s page once the spam has stopped.',
    url: 'https://ipadmin.junkemailfilter.com/remove.php',
    domains: ['junkemailfilter.com'],
  },
  {
    id: 'senderscore',
    name: 'SenderScore block list (Validity)',
    markers: ['bl.score.senderscore.com', 'senderscore'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Check the IP\'s Sender Score at https://senderscore.org ; it recovers as complaints and spam-trap hits stop.',
    url: 'https://senderscore.org',
    domains: ['senderscore.org', 'senderscore.com'],
    // A reputation score below the receiver's threshold (Validity's RTBL lists IPs by score).
    reason: 'badreputation',
  },
  {
    id: 'backscatterer',
    name: 'Backscatterer',
    markers: ['ips.backscatterer.org', 'backscatterer'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Your server sends bounces or auto-replies to forged senders; stop that (reject during the SMTP conversation instead). Listings expire by themselves.',
    url: 'https://www.backscatterer.org',
    domains: ['backscatterer.org'],
  },
  {
    id: 'nixspam',
    name: 'NiX Spam',
    markers: ['ix.dnsbl.manitu.net', 'nixspam'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'NiX Spam listings expire by themselves a few days after the spam stops.',
    url: 'https://www.dnsbl.manitu.net',
    domains: ['manitu.net'],
  },
  {
    id: 'surbl',
    name: 'SURBL',
    markers: ['multi.surbl.org', 'surbl'],
    listed: 'url',
    owner: 'sender-admin',
    advice: 'A link in the message points at a listed domain: changing the sending IP will not help. Remove or replace the link, and check the domain at https://www.surbl.org .',
    url: 'https://www.surbl.org',
    domains: ['surbl.org'],
  },
  {
    id: 'uribl',
    name: 'URIBL',
    markers: ['multi.uribl.com', 'black.uribl.com', 'uribl'],
    listed: 'url',
    owner: 'sender-admin',
    advice: 'A link in the message points at a listed domain: changing the sending IP will not help. Remove or replace the link, and check the domain at https://admin.uribl.com .',
    url: 'https://admin.uribl.com',
    domains: ['uribl.com'],
  },
  {
    // AT&T's own list (att.net, bellsouth.net, sbcglobal.net): "553 5.3.0 ... DNSBL:ATTRBL
    // 521< 192.0.2.1 >_is_blocked.__For_information_see_http://att.net/blocks" (MailChannels'
    // table of top refusals, blog.mailchannels.com/top-smtp-error-messages-june-2016), and
    // BellSouth's "550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net" (AT&T's
    // mail-block page, worldnet.att.net/general-info/bls_info/block_enduser.html).
    id: 'att',
    name: "AT&T's own block list",
    markers: ['dnsbl:attrbl', 'attrbl', 'ou=rblmx'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: "AT&T keeps this list itself: once the cause (spam, an infected host) is fixed, ask for removal through AT&T's form at https://www.att.com/esupport/blockedemail (abuse_rbl@abuse-att.net).",
    url: 'https://www.att.com/esupport/blockedemail',
    domains: ['att.net', 'att.com'],
  },
  {
    // No list named, but the reply sends the sender to MxToolbox's blacklist check (which
    // queries about a hundred lists at once, mxtoolbox.com/blacklists.aspx): the refusal is a
    // listing of the sending IP, on a list the bounce does not name. Last, so a named list wins.
    id: 'unnamed-blocklist',
    name: 'a blocklist the bounce does not name',
    markers: ['mxtoolbox.com/blacklists', 'mxtoolbox.com/supertool.aspx?action=blacklist'],
    listed: 'ip',
    owner: 'sender-admin',
    advice: 'Check the sending IP at https://mxtoolbox.com/blacklists.aspx to see which lists hold it, then follow each list\'s own removal steps once the cause is fixed.',
    url: 'https://mxtoolbox.com/blacklists.aspx',
    domains: ['mxtoolbox.com'],
  },
];

/**
 * A provider's own code that says which public list it used (Comcast's bitmask codes,
 * GoDaddy's IB10x): code → list id. From the providers' error code pages.
 */
export const PROVIDER_LIST_CODES: Readonly<Record<string, string>> = {
  bl000001: 'spamhaus-zen', // Comcast: Spamhaus ZEN
  bl000011: 'spamhaus-zen', // Comcast: Spamhaus ZEN and Cloudmark CSI
  bl000101: 'spamhaus-zen', // Comcast: Spamhaus ZEN and SenderScore
  bl000111: 'spamhaus-zen', // Comcast: SenderScore, Cloudmark CSI and Spamhaus ZEN
  bl000010: 'cloudmark', // Comcast: Cloudmark CSI
  bl000110: 'cloudmark', // Comcast: SenderScore and Cloudmark CSI
  bl000100: 'senderscore', // Comcast: SenderScore
  ib103: 'cloudmark', // GoDaddy: poor reputation on Cloudmark CSI
  ib104: 'spamhaus-sbl', // GoDaddy: Spamhaus SBL
  ib105: 'spamhaus-xbl', // GoDaddy: Spamhaus XBL
  ib106: 'spamhaus-pbl', // GoDaddy: Spamhaus PBL
};

/**
 * Words that say the list did not answer a lookup but refused it: Spamhaus answers
 * 127.255.255.252 (a typo in the list's name), .254 (a query through a public or open DNS
 * resolver) and .255 (too many queries), with TXT records pointing at /returnc/ pages. A
 * receiver that treats these answers as listings refuses everybody; the sender is not
 * listed, the receiver's setup is wrong (https://www.spamhaus.org/news/article/788/).
 */
export const QUERY_ERROR_MARKERS: readonly string[] = [
  '127.255.255.25',
  'open resolver',
  'public resolver',
  'returnc/',
  'excessive number of queries',
  'query refused',
  'queries refused',
];

/** Where Spamhaus explains its error answers. */
export const SPAMHAUS_QUERY_ERRORS = 'https://www.spamhaus.org/faqs/dnsbl-usage/';

/** Blocklist by id. */
export const BLOCKLIST_BY_ID: ReadonlyMap<string, Blocklist> = new Map(BLOCKLISTS.map((b) => [b.id, b]));

/** Every marker in one alternation (longest first), built on first use. */
let markerIndex: { re: RegExp; list: Map<string, number> } | null = null;

function getMarkerIndex(): { re: RegExp; list: Map<string, number> } {
  if (markerIndex) return markerIndex;
  const list = new Map<string, number>();
  BLOCKLISTS.forEach((b, i) => {
    for (const m of b.markers) if (!list.has(m)) list.set(m, i);
  });
  for (const code of Object.keys(PROVIDER_LIST_CODES)) list.set(code, BLOCKLISTS.findIndex((b) => b.id === PROVIDER_LIST_CODES[code]));
  const alternatives = [...list.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  markerIndex = { re: new RegExp(alternatives.join('|'), 'g'), list };
  return markerIndex;
}

/** a-z or 0-9 (the text is lower-cased). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export interface BlocklistMention {
  list: Blocklist;
  /** Offsets of the naming words in the lower-cased text. */
  start: number;
  end: number;
}

/**
 * The blocklist the words (lower-cased) name: of all lists named, the one first in the
 * table (the most specific); the earliest mention of it.
 */
export function findBlocklistMention(lower: string): BlocklistMention | null {
  const { re, list } = getMarkerIndex();
  re.lastIndex = 0;
  let best: BlocklistMention | null = null;
  let bestRank = Infinity;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    // A marker that begins with a letter or digit starts a word: "sorbs" is not in
    // "absorbs". (Checked here rather than by a lookbehind in the pattern, which would make
    // the engine try every alternative at every position.) Look again from the next
    // character, so a marker overlapping this one is still found.
    if (isWordChar(m[0].charCodeAt(0)) && isWordChar(lower.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const rank = list.get(m[0]) ?? Infinity;
    if (rank < bestRank) {
      bestRank = rank;
      best = { list: BLOCKLISTS[rank], start: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}

/**
 * The blocklist the server's words (lower-cased) say the sender is listed on, if any. Not
 * when the words say the list refused the receiver's query: that is no listing.
 */
export function findBlocklist(lower: string): Blocklist | null {
  if (QUERY_ERROR_MARKERS.some((m) => lower.includes(m))) return null;
  return findBlocklistMention(lower)?.list ?? null;
}
