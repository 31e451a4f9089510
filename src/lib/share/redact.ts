/**
 * Hiding personal data in a bounce before it is shared, so that the explanation stays the
 * same: the same value gets the same placeholder everywhere, and what the explanation reads
 * (public providers' host names, blocklist zones, codes, the server's words) is kept.
 *
 * Hidden:
 * - email addresses: the local part (`user1`) and the domain (`domain1.example`), except the
 *   domains of public mail services and of the providers and blocklists the engine knows;
 *   role names such as postmaster and MAILER-DAEMON keep their local part;
 * - host names (`host1.domain1.example`), except those same public ones; also bare machine
 *   names in Received lines;
 * - IPv4 and IPv6 addresses, mapped into the documentation ranges (192.0.2.0/24,
 *   198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32); loopback stays;
 * - Message-IDs (`msgid1@message-id.example`);
 * - display names in address fields (From, To, Cc, …) and wherever else they occur;
 * - subjects: the returned message's Subject wherever it occurs, and the part of the bounce's
 *   own Subject that follows a reply or bounce prefix ("Undeliverable: …").
 *
 * A raw message is handled part by part: a base64 or quoted-printable text part is decoded,
 * redacted and encoded again (as UTF-8, its charset label updated), so nothing escapes inside
 * an encoded part; parts that are not text (pictures, archives, documents) cannot be checked
 * and their bodies are left out (the explanation never reads them).
 *
 * Pure TypeScript: no DOM, no Node APIs (runs in the page, a worker, and Node tests).
 */
import { PROVIDERS } from '../knowledge/providers/index.ts';
import { BLOCKLISTS } from '../knowledge/blocklists.ts';
import { decodeEncodedWords } from '../core/parse/encoded-words.ts';
import { decodeBase64, decodeCharset, decodeQuotedPrintable } from '../core/parse/transfer-decoding.ts';
import { applyEdits, lineBreakOf, messageLayout, type Edit, type Leaf } from './mime-edit.ts';

export type RedactionCategory = 'address' | 'domain' | 'host' | 'ip' | 'message-id' | 'name' | 'subject' | 'signature';

export interface Replacement {
  category: RedactionCategory;
  /** The value as first seen (addresses and hosts lower-cased). */
  original: string;
  placeholder: string;
}

export interface RedactionResult {
  text: string;
  /** Each value hidden, once, in the order first met. */
  replacements: Replacement[];
  /** Attachments that are not text, whose bodies were left out because they cannot be checked. */
  removedAttachments: number;
}

export interface RedactOptions {
  /** The chars of the text are the bytes of a file that was not UTF-8 (one char per byte). */
  binary?: boolean;
}

// ---------------------------------------------------------------------------------------
// What is kept

/**
 * Big public mail services, and the infrastructure of bulk senders and filters: their names
 * say nothing about a person, and bounce layouts are recognised by some of them. Providers
 * the engine has rules for (knowledge/providers) are kept without being listed here.
 */
const PUBLIC_MAIL_DOMAINS = [
  // mailbox services
  'aol.com', 'gmx.de', 'gmx.net', 'gmx.com', 'web.de', 'mail.ru', 'yandex.ru', 'yandex.com', 'qq.com', '163.com',
  '126.com', 'naver.com', 'daum.net', 'hanmail.net', 'zoho.com', 'zohomail.com', 'protonmail.com', 'proton.me',
  'fastmail.com', 'mail.com', 't-online.de', 'free.fr', 'sfr.fr', 'libero.it', 'virgilio.it', 'comcast.net',
  'verizon.net', 'att.net', 'sbcglobal.net', 'cox.net', 'charter.net', 'earthlink.net', 'btinternet.com', 'sky.com',
  'rediffmail.com', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'rambler.ru', 'bigpond.com',
  'shaw.ca', 'rogers.com', 'telus.net', 'uol.com.br', 'bol.com.br', 'terra.com.br', 'hinet.net', 'sina.com',
  'sohu.com', 'aliyun.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'softbank.jp',
  'vodafone.ne.jp', 'disney.ne.jp', 'dion.ne.jp', 'auone-net.jp', 'nifty.com', 'biglobe.ne.jp', 'ocn.ne.jp',
  'so-net.ne.jp', 'plala.or.jp', 'ybb.ne.jp', 'willcom.com', 'pdx.ne.jp', 'emnet.ne.jp',
  // sending and filtering services
  'amazonses.com', 'amazonaws.com', 'awsapps.com', 'sendgrid.net', 'mailgun.org', 'mailgun.net', 'mandrillapp.com',
  'sparkpostmail.com', 'mcsv.net', 'mailchimp.com', 'rsgsv.net', 'postmarkapp.com', 'mimecast.com',
  'messagelabs.com', 'pphosted.com', 'ppe-hosted.com', 'barracudanetworks.com', 'trendmicro.com', 'mailcontrol.com',
  'googlegroups.com', '1e100.net', 'facebook.com', 'facebookmail.com', 'twitter.com', 'linkedin.com', 'github.com',
];

/**
 * Top-level names that name nothing real (RFC 2606, RFC 6761), which the placeholders use.
 * (example.com and its kind are hidden like any other name: they stand for real ones.)
 */
const RESERVED_SUFFIXES = ['example', 'invalid', 'test', 'localhost', 'localdomain'];

let keptSuffixes: Set<string> | null = null;
let keptMarkers: string[] | null = null;

function keepTables(): { suffixes: Set<string>; markers: string[] } {
  if (!keptSuffixes || !keptMarkers) {
    keptSuffixes = new Set([...PUBLIC_MAIL_DOMAINS, ...RESERVED_SUFFIXES]);
    for (const p of PROVIDERS) for (const h of p.hosts) keptSuffixes.add(h.toLowerCase());
    // Words that name a provider or a blocklist inside a host name ("yahoo", "spamhaus"):
    // the engine looks for them in the text, so a host that holds one stays.
    const markers = new Set<string>();
    const plain = /^[a-z0-9.-]{4,}$/;
    for (const p of PROVIDERS) for (const m of p.markers ?? []) if (plain.test(m)) markers.add(m.replace(/^\.+|\.+$/g, ''));
    for (const b of BLOCKLISTS) for (const m of b.markers) if (plain.test(m)) markers.add(m);
    keptMarkers = [...markers].filter((m) => m.length >= 4);
  }
  return { suffixes: keptSuffixes, markers: keptMarkers };
}

/** Is this host or domain public (kept as it is)? */
export function isPublicHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const { suffixes, markers } = keepTables();
  if (h === 'localhost') return true;
  for (let dot = -1; ; ) {
    if (suffixes.has(dot === -1 ? h : h.slice(dot + 1))) return true;
    dot = h.indexOf('.', dot + 1);
    if (dot === -1) break;
  }
  return markers.some((m) => h.includes(m));
}

/** Local parts that name a role, not a person. */
const ROLE_LOCAL_PARTS = new Set([
  'mailer-daemon', 'mailerdaemon', 'mail-daemon', 'postmaster', 'abuse', 'hostmaster', 'webmaster', 'noreply',
  'no-reply', 'do-not-reply', 'donotreply', 'bounce', 'bounces', 'double-bounce', 'root', 'nobody', 'mail-delivery',
]);

/** Display names that are a mail system's, not a person's. */
const SYSTEM_NAME =
  /^(?:.*\b(?:mailer|daemon|postmaster|delivery|subsystem|mail system|mail administrator|system administrator|administrator|notification|auto-?reply|no-?reply|outlook|exchange|gmail|yahoo|mail services?)\b.*|mail)$/i;

// ---------------------------------------------------------------------------------------
// Patterns

/** Top-level domains accepted in bare host names (any two letters are taken as a country code). */
const GENERIC_TLDS = new Set(
  (
    'com net org edu gov mil int info biz name pro aero coop museum mobi asia tel travel jobs cat post arpa ' +
    'app dev cloud online site tech store shop xyz top club email link live life world today network systems ' +
    'solutions services center company group global digital media news blog page space website host press ' +
    'agency studio design expert zone mail one ovh host hosting server local localdomain lan internal intranet ' +
    'school academy college university education institute church bank insurance finance capital health care ' +
    'clinic law legal consulting management marketing photography restaurant travel events social family ' +
    'works tools email support team city london paris berlin tokyo nyc moe jp ' +
    'corp home example invalid test localhost'
  ).split(' '),
);

function isTld(label: string): boolean {
  if (/^[a-z]{2}$/i.test(label)) return true;
  if (/[^\x00-\x7f]/.test(label)) return true; // internationalised TLDs
  return GENERIC_TLDS.has(label.toLowerCase());
}

const L = '\\p{L}\\p{N}';
const LABEL = `[${L}](?:[${L}_-]{0,61}[${L}])?`;
const LOCAL = `"[^"\\r\\n]{1,64}"|[${L}_][${L}!#$%&'*+/=?^_\`{|}~.-]*`;
const DOMAIN = `(?:${LABEL}\\.)+${LABEL}`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Not when a host name goes on (192.0.2.1.static.example.net is a host, hidden as one). */
const IPV4 = `(?<![\\d.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d|\\.[${L}-])`;
const IPV6 = `(?<![\\w.:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|${OCTET}(?:\\.${OCTET}){3})?(?![\\w:])`;
const EMAIL = `(?<![${L}!$%&*+^_\`{}~.-])(${LOCAL})@(${DOMAIN}|\\[[0-9A-Fa-f:.IPv]+\\])`;
/** Labels, then a top-level label that starts with a letter (digits-only runs are versions or dates). */
const HOST = `(?<![${L}_.@-])(?:${LABEL}\\.)+\\p{L}(?:[${L}-]{0,61}[${L}])?(?![${L}_-]|\\.[${L}])`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A colon-separated run is an IPv6 address: eight groups, or fewer with one `::`. */
function isIpv6(s: string): boolean {
  const v4 = /\d+\.\d+\.\d+\.\d+$/.test(s);
  const body = v4 ? s.replace(/[^:]*$/, '0:0') : s;
  const doubles = body.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = body.split(':');
  if (doubles === 0) return groups.length === 8 && groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g));
  const filled = groups.filter((g) => g !== '');
  return filled.length <= 7 && filled.length >= 1 && filled.every((g) => /^[0-9a-f]{1,4}$/i.test(g));
}

// ---------------------------------------------------------------------------------------
// Placeholders

/** Second-level labels under which registrations sit one level deeper (example.co.jp). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'ne', 'or', 'go', 'gov', 'edu', 'gr', 'ad', 'ed', 'lg', 'mil', 'ltd', 'plc', 'nic']);

/** The registered part of a host name: example.co.jp for mx.example.co.jp. */
function registered(host: string): string {
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

class Placeholders {
  readonly replacements: Replacement[] = [];
  #values = new Map<string, string>();
  #counts = new Map<string, number>();
  #ipv4Taken: Set<string>;

  #ipv6Taken: Set<string>;

  constructor(text: string) {
    this.#ipv4Taken = new Set(text.match(new RegExp(IPV4, 'g')) ?? []);
    this.#ipv6Taken = new Set((text.match(/2001:db8:[0-9a-f:]*/gi) ?? []).map((s) => s.toLowerCase()));
  }

  #next(kind: string): number {
    const n = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, n);
    return n;
  }

  #get(category: RedactionCategory | 'boundary', key: string, original: string, make: () => string): string {
    const id = `${category}\u0000${key}`;
    let value = this.#values.get(id);
    if (value === undefined) {
      value = make();
      this.#values.set(id, value);
      if (value !== original && category !== 'boundary') this.replacements.push({ category, original, placeholder: value });
    }
    return value;
  }

  domain(domain: string): string {
    const d = domain.toLowerCase().replace(/\.$/, '');
    if (isPublicHost(d)) return domain;
    return this.#get('domain', d, d, () => `domain${this.#next('domain')}.example`);
  }

  host(host: string): string {
    const h = host.toLowerCase().replace(/\.$/, '');
    if (isPublicHost(h)) return host;
    const reg = registered(h);
    if (reg === h) return this.domain(h);
    return this.#get('host', h, h, () => `host${this.#next('host')}.${this.domain(reg)}`);
  }

  /** A bare machine name (one label), as Received lines give them. */
  machine(name: string): string {
    const n = name.toLowerCase();
    return this.#get('host', n, n, () => `host${this.#next('host')}`);
  }

  address(local: string, domain: string): string {
    // The domain reads like a host name (mx.example.net in postmaster@mx.example.net): the same placeholder as the host.
    const d = domain.startsWith('[') ? `[${this.ip(domain.slice(1, -1).replace(/^IPv6:/i, ''))}]` : this.host(domain);
    const keepLocal = ROLE_LOCAL_PARTS.has(local.toLowerCase());
    if (keepLocal) return `${local}@${d}`;
    // (A quoted local part is the same mailbox as the same words unquoted, RFC 5321 §4.1.2: one placeholder.)
    const bare = local.length > 1 && local.startsWith('"') && local.endsWith('"') ? local.slice(1, -1) : local;
    const key = `${bare.toLowerCase()}@${domain.toLowerCase()}`;
    const localPart = this.#get('address', key, key, () => `user${this.#next('user')}`);
    // The address entry records the local part's placeholder; the whole address is shown as it reads.
    return `${localPart}@${d}`;
  }

  ip(ip: string): string {
    if (ip.includes(':')) {
      if (/^(?:0*:)*:?0*1?$/.test(ip) || ip === '::') return ip; // loopback, unspecified
      return this.#get('ip', ip.toLowerCase(), ip, () => {
        for (;;) {
          const candidate = `2001:db8::${this.#next('ipv6').toString(16)}`;
          if (!this.#ipv6Taken.has(candidate)) return candidate;
        }
      });
    }
    if (/^127\./.test(ip) || ip === '0.0.0.0') return ip;
    return this.#get('ip', ip, ip, () => {
      for (;;) {
        const n = this.#next('ipv4');
        const block = ['192.0.2', '198.51.100', '203.0.113'][Math.floor((n - 1) / 254) % 3];
        const candidate = `${block}.${((n - 1) % 254) + 1}`;
        if (!this.#ipv4Taken.has(candidate) || n > 762) return candidate;
      }
    });
  }

  messageId(id: string): string {
    return this.#get('message-id', id, id, () => `msgid${this.#next('msgid')}@message-id.example`);
  }

  name(name: string): string {
    return this.#get('name', name, name, () => `Person ${this.#next('name')}`);
  }

  boundary(boundary: string): string {
    return this.#get('boundary', boundary, boundary, () => `=_shared_boundary_${this.#next('boundary')}_=`);
  }

  signature(value: string): string {
    return this.#get('signature', value, value, () => `hidden${this.#next('signature')}`);
  }

  subject(subject: string): string {
    return this.#get('subject', subject, subject, () => `[subject ${this.#next('subject')}]`);
  }
}

// ---------------------------------------------------------------------------------------
// Finding the values that only context tells apart: subjects, names, Message-IDs

const ADDRESS_FIELDS =
  'from|to|cc|bcc|reply-to|sender|resent-from|resent-to|resent-cc|resent-sender|disposition-notification-to|return-receipt-to|x-original-from|original-from|x-original-to|delivered-to|x-envelope-from|x-envelope-to';
/** Signatures over the original message: a body hash and signature let anyone test guesses about its content. */
const SIGNATURE_FIELDS = 'dkim-signature|x-google-dkim-signature|arc-seal|arc-message-signature|domainkey-signature';
const ID_FIELDS = 'message-id|in-reply-to|references|resent-message-id|original-message-id|x-original-message-id|x-ms-exchange-parent-message-id';
const SUBJECT_FIELDS = 'subject|thread-topic';

/** A header-looking line (anywhere: returned headers also appear in bodies) and its folded continuation lines. */
const FIELD_LINE = new RegExp(
  `^(${ADDRESS_FIELDS}|${ID_FIELDS}|${SUBJECT_FIELDS}|${SIGNATURE_FIELDS}|received)[ \\t]*:[ \\t]*([^\\r\\n]*(?:(?:\\r\\n|\\r|\\n)[ \\t]+[^\\r\\n]*)*)`,
  'gimu',
);

/** Prefixes a bounce or an automatic reply puts before the original subject. */
const SUBJECT_PREFIX =
  /^((?:(?:undeliverable|undelivered|unzustellbar|nicht zustellbar|non remis|non recapitabile|no entregado|onbestelbaar|automatic reply|auto(?:matic)?[ -]?(?:reply|response)|autoreply|auto|out of (?:the )?office|abwesend|absence|re|aw|sv|fw|fwd|wg|tr)\s*:\s*)+)(.+)$/is;

interface Literal {
  make: () => string;
  /** Replaced wherever it occurs; otherwise only inside the header fields it came from. */
  anywhere: boolean;
}

interface Context {
  literals: Map<string, Literal>;
  machines: Set<string>;
  /** MIME boundaries to rewrite (matched without word edges: delimiter lines put `--` before them). */
  boundaries: Map<string, () => string>;
}

/** Where in one text the header fields are that carry names, subjects and machine names. */
interface Zones {
  fields: { start: number; end: number }[];
  received: { start: number; end: number }[];
}

/** One word (or less) is too common to hide everywhere ("Test", "Hello"): only in its own field. */
function hideAnywhere(value: string): boolean {
  return value.length >= 8 && /\S\s+\S/.test(value);
}

function collect(text: string, map: Placeholders, context: Context, outerStarts: Set<number>): Zones {
  const zones: Zones = { fields: [], received: [] };
  // MIME boundaries are repeated on delimiter lines: one that holds an address or a host name
  // must change the same way everywhere, so it is replaced as a whole.
  for (const b of text.matchAll(/\bboundary\s*=\s*(?:"([^"\r\n]+)"|([^\s;"]+))/gi)) {
    const boundary = b[1] ?? b[2];
    if (context.boundaries.has(boundary) || !/[@.]/.test(boundary)) continue;
    context.boundaries.set(boundary, () => map.boundary(boundary));
  }
  FIELD_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_LINE.exec(text)) !== null) {
    const name = m[1].toLowerCase();
    const raw = m[2];
    const range = { start: m.index + m[0].length - raw.length, end: m.index + m[0].length };
    if (name === 'received') {
      zones.received.push(range);
      for (const r of raw.matchAll(/(?:\b(?:from|by)\s+|\bhelo[=\s]+|\behlo\s+)\(?([A-Za-z][A-Za-z0-9-]{2,62})(?![\w.-])/gi)) {
        const machine = r[1];
        if (!/^(?:localhost|unknown|with|via|for|id|mail|smtp|esmtp|esmtps|lmtp|uid|from|by|helo|ehlo|userid)$/i.test(machine)) {
          context.machines.add(machine);
        }
      }
      continue;
    }
    if (SIGNATURE_NAME.test(name)) {
      for (const tag of raw.matchAll(/(?:^|;)\s*(?:b|bh)\s*=\s*([A-Za-z0-9+/=]+(?:\s+[A-Za-z0-9+/=]+)*)/g)) {
        const value = tag[1];
        if (value.length >= 16) context.literals.set(value, { make: () => map.signature(value), anywhere: true });
      }
      continue;
    }
    zones.fields.push(range);
    const unfolded = raw.replace(/(?:\r\n|\r|\n)[ \t]+/g, ' ').trim();
    if (SUBJECT_NAME.test(name)) {
      const outer = outerStarts.has(m.index);
      addSubject(unfolded, outer, map, context);
      if (raw.trim() !== unfolded) addSubject(raw.trim(), outer, map, context);
    } else if (ID_NAME.test(name)) {
      for (const id of unfolded.matchAll(/<([^<>\s@]+@[^<>\s]+)>/g)) {
        const value = id[1];
        context.literals.set(value, { make: () => map.messageId(value), anywhere: true });
      }
    } else {
      for (const display of displayNames(unfolded)) {
        const decoded = decodeEncodedWords(display).trim();
        // An encoded word may hold a whole "Name <address>": its names count too.
        if (decoded !== display && decoded.includes('<')) for (const inner of displayNames(decoded)) addName(inner, map, context);
        if (decoded.length < 2 || decoded.includes('@') || SYSTEM_NAME.test(decoded)) continue;
        addName(decoded, map, context);
        if (decoded !== display) addLiteral(context, display, { make: () => map.name(decoded), anywhere: nameAnywhere(decoded) });
      }
    }
  }
  return zones;
}

/** Two capitalised words ("Jane Doe") or a long name are hidden wherever they occur. */
function nameAnywhere(name: string): boolean {
  return hideAnywhere(name) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(name);
}

function addName(name: string, map: Placeholders, context: Context): void {
  const value = name.replace(/^"|"$/g, '').trim();
  if (value.length < 2 || value.includes('@') || SYSTEM_NAME.test(value)) return;
  addLiteral(context, value, { make: () => map.name(value), anywhere: nameAnywhere(value) });
}

/** A value seen once in its field and once where it may be hidden anywhere is hidden anywhere. */
function addLiteral(context: Context, value: string, literal: Literal): void {
  const known = context.literals.get(value);
  if (!known || (!known.anywhere && literal.anywhere)) context.literals.set(value, literal);
}

const SUBJECT_NAME = new RegExp(`^(?:${SUBJECT_FIELDS})$`);
const ID_NAME = new RegExp(`^(?:${ID_FIELDS})$`);
const SIGNATURE_NAME = new RegExp(`^(?:${SIGNATURE_FIELDS})$`);

function addSubject(value: string, outer: boolean, map: Placeholders, context: Context): void {
  const prefixed = SUBJECT_PREFIX.exec(value);
  // The bounce's own subject ("Undelivered Mail Returned to Sender") stays, unless it quotes the original's.
  if (outer && !prefixed) return;
  const subject = prefixed ? prefixed[2].trim() : value;
  if (subject.length < 3) return;
  const decoded = decodeEncodedWords(subject).trim();
  const anywhere = hideAnywhere(decoded);
  addLiteral(context, subject, { make: () => map.subject(decoded), anywhere });
  if (decoded !== subject && decoded.length >= 3) addLiteral(context, decoded, { make: () => map.subject(decoded), anywhere });
}

/** Display names in an address field: quoted strings or phrases before `<`, and `(comments)` after an address. */
function displayNames(value: string): string[] {
  const names: string[] = [];
  for (const m of value.matchAll(/"((?:[^"\\]|\\.)+)"\s*<|(?:^|,)\s*([^",<>()]+?)\s*<|@[^\s,()<>]+\s*\(([^()]+)\)/g)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (name) names.push(name);
  }
  return names;
}

// ---------------------------------------------------------------------------------------
// Replacing

/** Adjacent RFC 2047 encoded words (a run of them, with the blanks between). */
const ENCODED_WORDS = '=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=(?:[ \\t]*(?:\\r\\n|\\r|\\n)?[ \\t]*=\\?[^?\\s]+\\?[BbQq]\\?[^?\\s]*\\?=)*';

const NO_ZONES: Zones = { fields: [], received: [] };
const WHOLE: Zones = { fields: [{ start: 0, end: Number.MAX_SAFE_INTEGER }], received: [] };

/** One encoded word (UTF-8, base64) for a header value. */
function encodeWord(text: string): string {
  return `=?utf-8?B?${encodeBase64Lines(utf8(text), '')}?=`;
}

function within(ranges: readonly { start: number; end: number }[], pos: number): boolean {
  return ranges.some((r) => pos >= r.start && pos < r.end);
}

/** Redacts `text`, which starts at `offset` of the text the zones were found in. */
function replaceAll(text: string, map: Placeholders, context: Context, zones: Zones, offset: number): string {
  const literals = [...context.literals.keys()].sort((a, b) => b.length - a.length);
  const machines = [...context.machines];
  const boundaries = [...context.boundaries.keys()].sort((a, b) => b.length - a.length);
  const sources: string[] = [];
  sources.push(boundaries.length ? `(${boundaries.map(escapeRegExp).join('|')})` : '((?!))');
  // Not inside a word, an address or a host name.
  if (literals.length) sources.push(`(?<![${L}_@.-])(${literals.map(escapeRegExp).join('|')})(?![${L}_@-]|\\.[${L}])`);
  else sources.push('((?!))');
  sources.push(`(${ENCODED_WORDS})`, EMAIL, `(${IPV6})`, `(${IPV4})`, `(${HOST})`);
  if (machines.length) sources.push(`(?<![${L}_.-])(${machines.map(escapeRegExp).join('|')})(?![${L}_.-])`);
  else sources.push('((?!))');
  const pattern = new RegExp(sources.join('|'), 'gu');
  return text.replace(pattern, (match: string, boundary, literal, encoded, local, domain, ipv6, ipv4, host, machine, at: number) => {
    const pos = offset + at;
    if (boundary !== undefined) return context.boundaries.get(boundary)!();
    if (literal !== undefined) {
      const entry = context.literals.get(literal)!;
      if (entry.anywhere || within(zones.fields, pos)) return entry.make();
      // Not hidden here as a whole: what it holds (an address, a host) still is.
      return replaceAll(match, map, { ...context, literals: new Map() }, zones, pos);
    }
    if (encoded !== undefined) {
      // An RFC 2047 encoded word may hide an address or a name: decode, redact, encode again.
      const decoded = decodeEncodedWords(encoded);
      const redacted = replaceAll(decoded, map, context, within(zones.fields, pos) ? WHOLE : NO_ZONES, 0);
      return redacted === decoded ? match : encodeWord(redacted);
    }
    if (local !== undefined) return map.address(local, domain);
    if (ipv6 !== undefined) return isIpv6(ipv6) ? map.ip(ipv6) : match;
    if (ipv4 !== undefined) return map.ip(ipv4);
    if (host !== undefined) {
      const tld = host.slice(host.lastIndexOf('.') + 1);
      return isTld(tld) ? map.host(host) : match;
    }
    if (machine !== undefined) return within(zones.received, pos) ? map.machine(machine) : match;
    return match;
  });
}

// ---------------------------------------------------------------------------------------
// Encoded parts

/** Types whose text is read: decoded, redacted, encoded again. Other types cannot be checked. */
function isTextType(type: string): boolean {
  return type.startsWith('text/') || type.startsWith('message/') || type === 'application/json' || type.endsWith('+xml');
}

function encodeBase64Lines(bytes: Uint8Array, eol: string): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let line = '';
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    line += A[(n >> 18) & 63] + A[(n >> 12) & 63] + (left > 1 ? A[(n >> 6) & 63] : '=') + (left > 2 ? A[n & 63] : '=');
    if (line.length >= 76) {
      lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join(eol);
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, keeping its line breaks as hard breaks. */
function encodeQuotedPrintable(text: string, eol: string): string {
  const hex = (b: number) => '=' + b.toString(16).toUpperCase().padStart(2, '0');
  const out: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const bytes = utf8(line);
    let encoded = '';
    let width = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      const piece = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last) ? String.fromCharCode(b) : hex(b);
      if (width + piece.length > 75) {
        encoded += '=' + eol;
        width = 0;
      }
      encoded += piece;
      width += piece.length;
    }
    out.push(encoded);
  }
  return out.join(eol);
}

function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Text of an encoded leaf: transfer decoding, then its charset. */
function decodeLeaf(text: string, leaf: Leaf, binary: boolean): string {
  const body = text.slice(leaf.bodyStart, leaf.bodyEnd);
  const charset = leaf.part.contentType.params.charset;
  const bytes = leaf.part.encoding === 'base64' ? decodeBase64(body) : decodeQuotedPrintable(body, !binary);
  return decodeCharset(bytes, charset);
}

/** The part's Content-Type field with its charset set to utf-8 (added when missing). */
function utf8ContentType(field: string): string {
  if (/charset\s*=/i.test(field)) return field.replace(/(charset\s*=\s*)(?:"[^"]*"|[^;\s]+)/i, '$1"utf-8"');
  return field.replace(/(content-type\s*:\s*[^;\r\n]+)/i, '$1; charset="utf-8"');
}

// ---------------------------------------------------------------------------------------

/** Hides personal data in a bounce (see the top of this file). Never throws. */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const binary = options.binary === true;
  const map = new Placeholders(text);
  const context: Context = { literals: new Map(), machines: new Set(), boundaries: new Map() };
  const layout = safe(() => messageLayout(text, binary), null);
  const edits: Edit[] = [];
  let removedAttachments = 0;
  const outerStarts = new Set<number>();
  const decodedParts: { leaf: Leaf; decoded: string }[] = [];

  if (layout) {
    for (const message of layout.messages) {
      // The message's own header block: its Subject is the bounce's, not the original's.
      const fields = message.root.headers;
      for (const f of fields) outerStarts.add(message.start + f.start);
      for (const leaf of message.leaves) {
        const encoding = leaf.part.encoding;
        if (encoding !== 'base64' && encoding !== 'quoted-printable') continue;
        if (leaf.bodyEnd <= leaf.bodyStart) continue;
        if (!isTextType(leaf.part.contentType.type)) {
          edits.push({ start: leaf.bodyStart, end: leaf.bodyEnd, text: '' });
          removedAttachments++;
          continue;
        }
        decodedParts.push({ leaf, decoded: safe(() => decodeLeaf(text, leaf, binary), '') });
      }
    }
  }

  // Collect subjects, names and ids from the whole text and from every decoded part first,
  // so that a value met in one place is hidden in all of them.
  const zones = collect(text, map, context, outerStarts);
  const partZones = decodedParts.map(({ decoded }) => collect(decoded, map, context, new Set()));

  decodedParts.forEach(({ leaf, decoded }, index) => {
    const eol = lineBreakOf(text.slice(leaf.bodyStart, leaf.bodyEnd));
    const redacted = replaceAll(decoded, map, context, partZones[index], 0);
    const bytes = utf8(redacted);
    const body = leaf.part.encoding === 'base64' ? encodeBase64Lines(bytes, eol) : encodeQuotedPrintable(redacted, eol);
    edits.push({ start: leaf.bodyStart, end: leaf.bodyEnd, text: body });
    const charset = (leaf.part.contentType.params.charset ?? '').toLowerCase();
    const ct = leaf.headerFields.find((f) => f.name === 'content-type');
    if (ct && !/^(?:utf-?8|us-ascii|ascii)$/.test(charset) && /[^\x00-\x7f]/.test(redacted)) {
      edits.push({ start: ct.start, end: ct.end, text: replaceAll(utf8ContentType(text.slice(ct.start, ct.end)), map, context, zones, ct.start) });
    }
  });

  const out = applyEdits(text, edits, (stretch, at) => replaceAll(stretch, map, context, zones, at));
  return { text: out, replacements: map.replacements, removedAttachments };
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
