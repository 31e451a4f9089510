/**
 * Reads which blocklist a refusal names (knowledge/blocklists.ts), what is listed (the
 * sending IP, a domain, the HELO name, a link in the body) and its value when the words
 * give it, the page to look the listing up, and who can act on it. One answer is special:
 * when the list refused the receiver's lookup (Spamhaus's 127.255.255.x answers, "open
 * resolver", "query refused"), nothing is listed and only the recipient's admin can fix it.
 */
import type { BlocklistHit, Owner } from '../types.ts';
import type { TextView } from '../text/view.ts';
import {
  BLOCKLIST_BY_ID,
  QUERY_ERROR_MARKERS,
  SPAMHAUS_QUERY_ERRORS,
  findBlocklistMention,
  type Blocklist,
  type ListedType,
} from '../../knowledge/blocklists.ts';

const IP4 = '(?:\\d{1,3}\\.){3}\\d{1,3}';
const IP6 = '[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}';
const IP = `(${IP4}|${IP6})`;

/** Where bounces put the listed IP, most telling first (all run on the lower-cased words). */
const IP_PLACES: readonly RegExp[] = [
  // a lookup link: ?ip=, ?ip_address=, /query/ip/, bl.shtml?192.0.2.1
  new RegExp(`(?:[?&](?:ip|ip_address|ipr|ipaddr|q|query)=|/query/ip/|/ip/|bl\\.shtml\\?)${IP}(?![\\d.:a-f])`),
  // Postfix "Client host [192.0.2.1] blocked using", "Reverse Client host [..]"
  new RegExp(`client host \\[${IP}\\]`),
  // Exim "rejected because 192.0.2.1 is in a black list at", "192.0.2.1 listed at", "192.0.2.1 found on"
  new RegExp(`(?<![\\d.:a-f])${IP} (?:is |was |has been )?(?:in an? |listed|blacklisted|blocklisted|found on|on )`),
  // "Mail from IP 192.0.2.1", "Messages from 192.0.2.1", "connections ... from 192.0.2.1"
  new RegExp(`(?:\\bip address|\\bip|\\bfrom|\\bhost|\\bclient)[: ]+\\[?${IP}(?![\\d.:a-f])`),
  // any address in brackets or angle brackets, but not the answering server's own
  // ("host mx.example.com[192.0.2.1] said:", "host mx.example.com [192.0.2.1]:")
  // (AT&T pads it with spaces: "521< 192.0.2.1 >_is_blocked")
  new RegExp(`[\\[<] ?${IP} ?[\\]>](?! said|: )`),
];

const DOMAIN = '([a-z0-9][a-z0-9.-]{0,252}\\.[a-z]{2,63})';

const DOMAIN_PLACES: readonly RegExp[] = [
  new RegExp(`/query/domain/${DOMAIN}`),
  new RegExp(`[?&]domain=${DOMAIN}`),
  // Postfix "Sender address [s@example.com] blocked using dbl.spamhaus.org"
  new RegExp(`sender address \\[(?:[^\\]\\s@]*@)?${DOMAIN}\\]`),
  new RegExp(`\\bdomain ${DOMAIN} (?:is |was |has been )?(?:listed|blacklisted|blocklisted|in )`),
];

/** Postfix "Helo command [mail.example.com] blocked using ..." and its kin. */
const RE_HELO = new RegExp(`helo (?:command|name|hostname)[^\\[\\]]{0,40}\\[${DOMAIN}\\]`);
/** The listed link's domain, in brackets after the words that name it. */
const RE_URL_DOMAIN = new RegExp(`\\b(?:url|uri|link)\\b[^()]{0,40}\\(\\s?${DOMAIN}\\s?\\)`);
/** Words that say the listed thing is in the message's content. */
const RE_CONTENT = /\b(?:url|uri|link|links|body|content)\b/;
const RE_HELO_WORD = /\bhelo\b|\behlo\b/;
const RE_HTTPS = /https:\/\/[^\s<>"')\],;]+/g;

function validIp(ip: string): boolean {
  if (ip.includes(':')) return ip.includes('::') || ip.split(':').length === 8;
  const parts = ip.split('.').map(Number);
  return parts.every((n) => n <= 255) && parts[0] !== 127 && parts[0] !== 0;
}

function listedIp(lower: string): string | null {
  for (const re of IP_PLACES) {
    const m = re.exec(lower);
    if (m && validIp(m[1])) return m[1];
  }
  return null;
}

function listedDomain(lower: string): string | null {
  for (const re of DOMAIN_PLACES) {
    const m = re.exec(lower);
    if (m) return m[1];
  }
  return null;
}

/** What is listed, and its value when the words give it. */
function whatIsListed(list: Blocklist, lower: string): { type: ListedType; value: string | null } {
  const helo = RE_HELO.exec(lower);
  if (helo) return { type: 'helo', value: helo[1] };
  if (list.listed === 'url') {
    // "Blacklisted URL in message. (example.com) in [black]"
    const m = RE_URL_DOMAIN.exec(lower);
    return { type: 'url', value: m ? m[1] : null };
  }
  if (list.listed === 'domain') {
    const value = listedDomain(lower);
    if (!value && RE_CONTENT.test(lower)) return { type: 'url', value: null };
    if (!value && RE_HELO_WORD.test(lower)) return { type: 'helo', value: null };
    return { type: 'domain', value };
  }
  // An IP list can be named for a sender domain too (Postfix reject_rhsbl_sender).
  if (/sender address \[/.test(lower)) {
    const value = listedDomain(lower);
    if (value) return { type: 'domain', value };
  }
  return { type: 'ip', value: listedIp(lower) };
}

/** The first https link in the words to one of the list's own domains. */
function linkTo(text: string, domains: readonly string[], must?: string): string | null {
  if (domains.length === 0) return null;
  RE_HTTPS.lastIndex = 0;
  for (let m = RE_HTTPS.exec(text); m; m = RE_HTTPS.exec(text)) {
    const url = m[0].replace(/(?<!\.)\.+$/, '');
    const host = url.slice(8).split(/[/?#:]/)[0].toLowerCase();
    if (!domains.some((d) => host === d || host.endsWith('.' + d))) continue;
    if (must && !url.toLowerCase().includes(must)) continue;
    return url;
  }
  return null;
}

function listedWords(type: ListedType, value: string | null): string {
  switch (type) {
    case 'ip':
      return value ? `Your sending IP ${value}` : 'Your sending IP';
    case 'domain':
      return value ? `The domain ${value}` : 'A domain in your message or its envelope';
    case 'helo':
      return value ? `Your server's HELO name ${value}` : "Your server's HELO name";
    case 'url':
      return 'A link in your message';
  }
}

const OWNER_WORDS: Record<Owner, string> = {
  sender: 'you must fix it',
  'sender-admin': 'your mail admin (or hosting provider) must fix the cause and request removal',
  recipient: 'only the recipient can change it',
  'recipient-admin': "only the recipient's mail admin can change it",
  nobody: 'it clears by itself',
};

/**
 * A list we do not know, named by its DNS zone in the words of a DNSBL refusal: Postfix's
 * "blocked using bl.example.net", Exim's "is in a black list at bl.example.net",
 * "listed at / on / in bl.example.net".
 */
const RE_ZONE = new RegExp(`(?:blocked using|black ?list at|block ?list at|blacklisted at|blocklisted at|listed (?:at|on|in)|rejected by dnsbl) ${DOMAIN}`);

function unknownList(view: TextView, lower: string): BlocklistHit | null {
  const m = RE_ZONE.exec(lower);
  if (!m || m[1].split('.').length < 3) return null;
  const at = m.index + m[0].length - m[1].length;
  const [start, end] = view.span(at, at + m[1].length);
  const ip = listedIp(lower);
  const owner: Owner = QUERY_ERROR_MARKERS.some((q) => lower.includes(q)) ? 'recipient-admin' : 'sender-admin';
  return {
    id: 'dnsbl',
    name: m[1],
    listed: { type: 'ip', value: ip },
    // A link in the bounce to the list's own site, when there is one.
    lookup: linkTo(view.text, [m[1].split('.').slice(-2).join('.')]),
    owner,
    note: owner === 'recipient-admin'
      ? `Not a listing: the list ${m[1]} refused the receiving server's lookup; only the recipient's mail admin can fix it.`
      : `${listedWords('ip', ip)} is listed on ${m[1]}, a DNS blocklist the receiver uses; look up that list's own removal page, fix the cause and request removal.`,
    start,
    end,
  };
}

/** The blocklist the server's words name as the cause, or null when they name none. */
export function readBlocklist(view: TextView): BlocklistHit | null {
  const lower = view.lower;
  const mention = findBlocklistMention(lower);
  if (!mention) return unknownList(view, lower);
  const list = mention.list;
  const [start, end] = view.span(mention.start, mention.end);
  const queryError = QUERY_ERROR_MARKERS.some((m) => lower.includes(m));
  if (queryError) {
    const spamhaus = list.id.startsWith('spamhaus');
    return {
      id: spamhaus ? 'spamhaus-query-error' : `${list.id}-query-error`,
      name: spamhaus ? 'Spamhaus (lookup refused)' : `${list.name} (lookup refused)`,
      listed: { type: 'unknown', value: null },
      lookup: linkTo(view.text, list.domains, 'returnc/') ?? (spamhaus ? SPAMHAUS_QUERY_ERRORS : list.url),
      owner: 'recipient-admin',
      note: `Not a listing: ${spamhaus ? 'Spamhaus' : list.name} refused the receiving server's lookup (it asked through a public DNS resolver, or too often) and the receiver treats that error as a listing; only the recipient's mail admin can fix it, so tell them.`,
      start,
      end,
    };
  }
  const listed = whatIsListed(list, lower);
  // The list's checker for the listed value (an IP for IP lists, a domain for domain lists).
  const query = list.query && listed.value && (listed.type === list.listed || (listed.type === 'domain' && list.id.startsWith('spamhaus'))) ? list.query.replace('{value}', encodeURIComponent(listed.value)) : null;
  return {
    id: list.id,
    name: list.name,
    listed,
    lookup: linkTo(view.text, list.domains) ?? query ?? list.url,
    owner: list.owner,
    note: list.closed
      ? `${list.name} has shut down and lists nobody, yet the receiver still refuses by it; ${OWNER_WORDS[list.owner]}.`
      : `${listedWords(listed.type, listed.value)} is listed on ${list.name}; ${OWNER_WORDS[list.owner]}.`,
    start,
    end,
  };
}

/** A list by id (for tests and the page). */
export function blocklistById(id: string): Blocklist | undefined {
  return BLOCKLIST_BY_ID.get(id);
}
