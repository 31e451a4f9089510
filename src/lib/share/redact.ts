/**
 * Hiding personal data in a bounce before it is shared, so that the explanation stays the
 * same: the same value gets the same placeholder everywhere, and what the explanation reads
 * (public providers' host names, blocklist zones, codes, the server's words) is kept.
 *
 * Hidden:
 * - email addresses: the local part (`user1`) and the domain (`domain1.example`), except the
 *   domains of public mail services and of the providers and blocklists the engine knows;
 *   role names such as postmaster and MAILER-DAEMON keep their local part, a list's role
 *   addresses their role (`user2-ctl`); also written percent-encoded (`%40`), with `&#64;`,
 *   with RFC 6533 `\x{HEX}` escapes, in base64/base64url URL tokens, and a local part said
 *   alone where it cannot be a word; a punycode domain and its Unicode form are one;
 * - host names (`host1.domain1.example`), except those same public ones, in which an IP
 *   (DNSBL query names, ec2-a-b-c-d) or a customer's domain (Microsoft 365's MX names) is
 *   still hidden; also bare machine names in Received, Received-SPF, Authentication-Results
 *   and the DSN's MTA fields;
 * - IPv4 and IPv6 addresses, mapped into the documentation ranges (192.0.2.0/24,
 *   198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32); loopback stays;
 * - Message-IDs (`msgid1@message-id.example`);
 * - display names in address fields (From, To, Cc, …, also as mail apps label them in their
 *   languages, quoted with "> " or indented) and wherever else they occur;
 * - subjects: the returned message's Subject wherever it occurs, and the part of the bounce's
 *   own Subject that follows a reply or bounce prefix ("Undeliverable: …").
 *
 * A raw message (also one pasted after other words) is handled part by part: a base64 or
 * quoted-printable text part is decoded, redacted and encoded again (as UTF-8, its charset
 * label updated), an encoded embedded message part by part again, so nothing escapes inside
 * an encoded part; parts that are not text (pictures, archives, documents) cannot be checked
 * and their bodies are left out (the explanation never reads them).
 *
 * Pure TypeScript: no DOM, no Node APIs (runs in the page, a worker, and Node tests).
 */
import { PROVIDERS } from '../knowledge/providers/index.ts';
import { BLOCKLISTS } from '../knowledge/blocklists.ts';
import { decodeEncodedWords } from '../core/parse/encoded-words.ts';
import { decodeBase64, decodeCharset, decodeQuotedPrintable } from '../core/parse/transfer-decoding.ts';
import { percentBytes } from '../core/parse/encoded-words.ts';
import { unicodeDomain } from '../core/read/idna.ts';
import { applyEdits, lineBreakOf, messageLayout, type Edit, type Leaf, type MessageLayout } from './mime-edit.ts';

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
/** Also right after `IPv6:`, as address literals write it (`[IPv6:2001:db8::1]`, RFC 5321 §4.1.3). */
const IPV6 = `(?:(?<=IPv6:)|(?<![\\w.:]))(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|${OCTET}(?:\\.${OCTET}){3})?(?![\\w:])`;
const EMAIL = `(?<![${L}!$%&*+^_\`{}~.-])(${LOCAL})@(${DOMAIN}|\\[[0-9A-Fa-f:.IPv]+\\])`;
/** Labels, then a top-level label that starts with a letter (digits-only runs are versions or dates). */
const HOST = `(?<![${L}_.@-])(?:${LABEL}\\.)+\\p{L}(?:[${L}-]{0,61}[${L}])?(?![${L}_-]|\\.[${L}])`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isIpv4(s: string): boolean {
  return new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`).test(s);
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

  /** Domains of the addresses in the text (their Unicode form), for the names public hosts build from them. */
  readonly addressDomains = new Set<string>();

  domain(domain: string): string {
    // A punycode name and its Unicode form are one name (RFC 5890): one placeholder.
    const d = unicodeDomain(domain.replace(/\.$/, ''));
    if (isPublicHost(d) || isPublicHost(domain)) return this.#publicHost(domain);
    return this.#get('domain', d, d, () => `domain${this.#next('domain')}.example`);
  }

  host(host: string): string {
    const h = unicodeDomain(host.replace(/\.$/, ''));
    if (isPublicHost(h) || isPublicHost(host)) return this.#publicHost(host);
    const reg = registered(h);
    if (reg === h) return this.domain(h);
    return this.#get('host', h, h, () => `host${this.#next('host')}.${this.domain(reg)}`);
  }

  /**
   * A public host kept for the explanation can still spell private data: a DNSBL query name
   * holds the client's IP, octets reversed (RFC 5782 §2.1: 2.0.0.127.zen.spamhaus.org); cloud
   * hosts spell their IP with dashes (ec2-198-51-100-7.compute-1.amazonaws.com); Microsoft
   * 365 names a tenant's MX after its domain, dots as dashes
   * (contoso-com.mail.protection.outlook.com, learn.microsoft.com "Set up MX records").
   */
  #publicHost(host: string): string {
    let out = host.replace(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?=\.[a-z])/i, (all, a, b, c, d) => {
      const ip = `${d}.${c}.${b}.${a}`;
      return isIpv4(ip) ? this.ip(ip).split('.').reverse().join('.') : all;
    });
    out = out.replace(/(?<=^|[.-])(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?=$|[.-])/g, (all, a, b, c, d) => {
      const ip = `${a}.${b}.${c}.${d}`;
      return isIpv4(ip) ? this.ip(ip).replace(/\./g, '-') : all;
    });
    // (Microsoft's own servers there have no dashes: BN8NAM12FT034.mail.protection.outlook.com.)
    return out.replace(/^([a-z0-9-]+-([a-z]+))(?=\.mail\.(?:protection|eo)\.outlook\.com\.?$)/i, (label, _all, tld: string) =>
      isTld(tld) ? this.#tenant(label) : label,
    );
  }

  /** The label a provider built from a customer's domain: that domain's placeholder, dots as dashes. */
  #tenant(label: string): string {
    const l = label.toLowerCase();
    for (const d of this.addressDomains) if (d.replace(/\./g, '-') === l && !isPublicHost(d)) return this.host(d).replace(/\./g, '-');
    return this.#get('domain', `tenant:${l}`, l, () => `tenant${this.#next('tenant')}`);
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
    const key = `${bare.toLowerCase()}@${unicodeDomain(domain)}`;
    // A mailing list's role addresses keep their role (fml's -ctl and -admin, Mailman's -request,
    // -owner and -bounces, Majordomo's owner-): bounce layouts point to them, and they name no person.
    const role = /^(owner-)|(-(?:ctl|admin|request|owner|bounces))$/i.exec(bare);
    const localPart = this.#get('address', key, key, () =>
      role ? `${role[1] ?? ''}user${this.#next('user')}${role[2] ?? ''}` : `user${this.#next('user')}`,
    );
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
/** Fields that name the sending machine as it said HELO (RFC 7208 §9.1 Received-SPF, RFC 8601 smtp.helo). */
const TRACE_FIELDS = 'received|received-spf|authentication-results|arc-authentication-results';
/**
 * The labels mail apps put on a quoted or forwarded header block in their own language
 * (Outlook, Thunderbird, Apple Mail, Gmail: "Von:/An:/Betreff:", "De :/À :/Objet :",
 * "差出人:/宛先:/件名:"). Short ones (a, an, de, da, do) only count before a name-shaped value.
 */
const LOCAL_ADDRESS_FIELDS =
  'von|an|kopie|de|à|a|para|da|van|aan|od|do|från|till|fra|til|kimden|kime|от|кому|копия|差出人|宛先|送信者|发件人|收件人|寄件者|收件者|보낸 사람|받는 사람';
const LOCAL_SUBJECT_FIELDS = 'betreff|objet|asunto|oggetto|assunto|onderwerp|temat|ämne|emne|aihe|konu|předmět|тема|件名|主题|主旨|제목';
const AMBIGUOUS_FIELD = /^(?:a|an|de|da|do|od|til|fra)$/i;

/**
 * A header-looking line (anywhere: returned headers also appear in bodies) and its folded
 * continuation lines; also indented ("      Subject:" in Exchange 2003's notice), quoted ("> ")
 * or bold ("*From:*") as pasted and forwarded texts have them, and with a space or a
 * full-width colon before the value (French typography, CJK).
 */
const FIELD_LINE = new RegExp(
  `^((?:>[ \\t]?)*[ \\t]*)\\*{0,2}(${ADDRESS_FIELDS}|${ID_FIELDS}|${SUBJECT_FIELDS}|${SIGNATURE_FIELDS}|${TRACE_FIELDS}|${LOCAL_ADDRESS_FIELDS}|${LOCAL_SUBJECT_FIELDS})\\*{0,2}[ \\t\\u00a0]*[:：]\\*{0,2}[ \\t]*([^\\r\\n]*(?:(?:\\r\\n|\\r|\\n)[ \\t]+[^\\r\\n]*)*)`,
  'gimu',
);

/** DSN and Exchange fields that name a mail server, here by a bare machine name ("Reporting-MTA: dns;EXCH01"). */
const MTA_LINE = /^[ \t]*(?:reporting-mta|remote-mta|received-from-mta|x-reporting-mta|generating server)[ \t]*:[ \t]*(?:dns[ \t]*;[ \t]*)?([A-Za-z][A-Za-z0-9-]{2,62})[ \t]*$/gim;

/** Exchange 2010 names a recipient "Jane Doe (jane@example.com)" on a line of its own. */
const NAME_BEFORE_ADDRESS = /^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})[ \t]+\([ \t]*<?[^\s()<>@]+@[^\s()<>]+?>?[ \t]*\)[ \t]*$/gmu;
/** Exchange 2003 and Outlook: "'Jane Doe' on 1/9/2024 10:14 AM". */
const NAME_ON_DATE = /^[ \t]*'([^'\r\n@]{2,64})' on \d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/gm;
/** A value that is only a person's name (Outlook pastes contacts without their addresses). */
const NAME_SHAPE = /^[\p{L}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}\p{M}'’.-]+){0,4}$/u;
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}$/u;

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
  /** Local parts of the addresses in the text that are hidden where they stand alone too. */
  locals: Map<string, { local: string; domain: string; lettersOnly: boolean }>;
  /** The pattern replaceAll builds from the above, once everything is collected (one redact() call). */
  pattern?: RegExp | null;
  /** The same without the literals (for what a literal holds where it is not hidden whole). */
  withoutLiterals?: Context;
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
  // Addresses: their domains (for names public hosts build from them) and their local parts.
  for (const a of text.matchAll(new RegExp(EMAIL, 'gu'))) {
    const [, local, domain] = a;
    if (domain.startsWith('[')) continue;
    map.addressDomains.add(unicodeDomain(domain));
    const l = local.toLowerCase();
    if (local.startsWith('"') || ROLE_LOCAL_PARTS.has(l) || context.locals.has(l) || local.length < 4) continue;
    const lettersOnly = /^\p{L}+$/u.test(local);
    context.locals.set(l, { local, domain, lettersOnly });
  }
  MTA_LINE.lastIndex = 0;
  for (const r of text.matchAll(MTA_LINE)) {
    if (/^(?:localhost|unknown)$/i.test(r[1])) continue;
    context.machines.add(r[1]);
    zones.received.push({ start: r.index, end: r.index + r[0].length });
  }
  for (const r of text.matchAll(NAME_BEFORE_ADDRESS)) addName(r[1], map, context);
  for (const r of text.matchAll(NAME_ON_DATE)) addName(r[1], map, context);
  FIELD_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_LINE.exec(text)) !== null) {
    const name = m[2].toLowerCase();
    let raw = m[3];
    // An indented or quoted field has no continuation lines: the next indented line is a field of its own.
    const valueStart = m.index + m[0].length - m[3].length;
    if (m[1] !== '' && /[\r\n]/.test(raw)) {
      raw = raw.replace(/(?:\r\n|\r|\n)[\s\S]*$/, '');
      FIELD_LINE.lastIndex = valueStart + raw.length;
    }
    const range = { start: valueStart, end: valueStart + raw.length };
    if (/^(?:received|received-spf|authentication-results|arc-authentication-results)$/.test(name)) {
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
    } else if (LOCAL_SUBJECT_NAME.test(name)) {
      addSubject(unfolded, false, map, context);
    } else if (ID_NAME.test(name)) {
      for (const id of unfolded.matchAll(/<([^<>\s@]+@[^<>\s]+)>/g)) {
        const value = id[1];
        context.literals.set(value, { make: () => map.messageId(value), anywhere: true });
      }
    } else {
      const ambiguous = AMBIGUOUS_FIELD.test(name);
      if (!unfolded.includes('@') && !unfolded.includes('<')) {
        // Names without addresses: "To: Jane Doe; Zoë Ångström".
        for (const item of unfolded.split(/;/)) {
          const value = item.trim().replace(/^["']|["']$/g, '');
          if (/\d/.test(value) || !(ambiguous ? CAPITALISED_NAME : NAME_SHAPE).test(value)) continue;
          addName(value, map, context);
        }
        continue;
      }
      if (ambiguous && !/[<@]/.test(unfolded)) continue;
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
const LOCAL_SUBJECT_NAME = new RegExp(`^(?:${LOCAL_SUBJECT_FIELDS})$`, 'u');
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

/** Blanks inside a name or subject may be a folded line's break (RFC 5322 §2.2.3). */
const FOLDABLE_BLANK = '[ \\t]*(?:\\r\\n|\\r|\\n)?[ \\t]+';

const HEX_ESCAPE = '\\\\x\\{[0-9A-Fa-f]{1,6}\\}';
/** RFC 6533 §3 utf-8-addr-xtext: an address with characters written as \x{HEX} (`j\x{F6}rg@b\x{FC}cher.example`). */
const XTEXT_EMAIL = `(?<![^\\s<>;:,"'(\\[])(?=[^\\s<>]*${HEX_ESCAPE})(?<xlocal>(?:[^\\s@<>()\\[\\]"',;\\\\]|${HEX_ESCAPE})+)@(?<xdomain>(?:[^\\s@<>()\\[\\]"',;\\\\]|${HEX_ESCAPE})+)`;
/** A token with percent escapes: a URL, a mailto:, an RFC 2231 value (RFC 3986 §2.1). */
const PERCENT_TOKEN = '(?<![^\\s<>"\'()\\[\\]{}|\\\\^`])[^\\s<>"\'()\\[\\]{}|\\\\^`]*%[0-9A-Fa-f]{2}[^\\s<>"\'()\\[\\]{}|\\\\^`]*';
/** A base64 or base64url token in a URL path or query (unsubscribe and tracking links carry the address so). */
const BASE64_TOKEN = '(?<=[/=])[A-Za-z0-9_-]{16,}={0,2}(?=[/&?#>\\s"\';,)]|$)';

const decodeUtf8 = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};

/** The text a base64 or base64url token stands for, when it is readable text; otherwise null. */
function base64Text(token: string): string | null {
  if (!/^[A-Za-z0-9+/_-]{12,}={0,2}$/.test(token)) return null;
  const text = decodeUtf8(decodeBase64(token.replace(/-/g, '+').replace(/_/g, '/')));
  return text !== null && text.length >= 6 && !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/.test(text) ? text : null;
}

/** Text encoded as the token was: base64 or base64url, padded or not. */
function base64Like(token: string, text: string): string {
  let out = encodeBase64Lines(utf8(text), '');
  // base64url where the token used its alphabet, or used neither alphabet's own characters.
  if (/[-_]/.test(token) || !/[+/]/.test(token)) out = out.replace(/\+/g, '-').replace(/\//g, '_');
  return token.endsWith('=') ? out : out.replace(/=+$/, '');
}

/** A value that may be base64 of text (an address, a name): decoded, hidden, encoded again. */
function redactValue(value: string, map: Placeholders, context: Context, zones: Zones, pos: number): string {
  const decoded = base64Text(value);
  if (decoded !== null && /[@\s.]/.test(decoded)) {
    const redacted = replaceAll(decoded, map, context, NO_ZONES, 0);
    return redacted === decoded ? value : base64Like(value, redacted);
  }
  return replaceAll(value, map, context, zones, pos);
}

/** Percent-encodes what a URL component cannot hold as it is, and keeps what it can (`:` of an IPv6, `@`). */
function percentEncode(text: string): string {
  return text.replace(/[^A-Za-z0-9._~:@!$()*+/-]/gu, (ch) =>
    [...utf8(ch)].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''),
  );
}

/** A token with percent escapes: each component decoded, hidden, encoded again where it changed. */
function redactPercent(token: string, map: Placeholders, context: Context, zones: Zones, pos: number): string {
  let at = pos;
  let afterEquals = false;
  return token
    .split(/([?&=;#,']+)/)
    .map((piece, index) => {
      const start = at;
      at += piece.length;
      if (index % 2 === 1) {
        afterEquals = piece.endsWith('=');
        return piece;
      }
      if (!/%[0-9A-Fa-f]{2}/.test(piece)) return afterEquals ? redactValue(piece, map, context, zones, start) : replaceAll(piece, map, context, zones, start);
      const decoded = decodeUtf8(percentBytes(piece));
      if (decoded === null) return replaceAll(piece, map, context, zones, start);
      const redacted = redactValue(decoded, map, context, NO_ZONES, 0);
      return redacted === decoded ? piece : percentEncode(redacted);
    })
    .join('');
}

const decodeHexEscapes = (s: string) => s.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (all, hex: string) => {
  const cp = parseInt(hex, 16);
  return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? all : String.fromCodePoint(cp);
});

/** Redacts `text`, which starts at `offset` of the text the zones were found in. */
function replaceAll(text: string, map: Placeholders, context: Context, zones: Zones, offset: number): string {
  // Two patterns, scanned side by side as one alternation would be: the fixed forms (compiled
  // once: their Unicode classes are costly to compile) and the values collected from this text.
  const fixed = fixedPattern();
  if (context.pattern === undefined) context.pattern = buildPattern(context);
  const dynamic = context.pattern;
  let out = '';
  let at = 0;
  let f: RegExpExecArray | null | undefined;
  let d: RegExpExecArray | null | undefined = dynamic ? undefined : null;
  for (;;) {
    if (f === undefined || (f !== null && f.index < at)) {
      fixed.lastIndex = at;
      f = fixed.exec(text);
    }
    if (dynamic && (d === undefined || (d !== null && d.index < at))) {
      dynamic.lastIndex = at;
      d = dynamic.exec(text);
    }
    if (!f && !d) break;
    // Where both start at the same place, the order of the one alternation decides.
    const m = !d || (f && (f.index < d.index || (f.index === d.index && rank(f) < rank(d)))) ? f! : d;
    out += text.slice(at, m.index) + replaceOne(m[0], m.groups ?? {}, m.index, text, map, context, zones, offset);
    at = m.index + Math.max(m[0].length, 1);
    if (m[0].length === 0) out += text.slice(m.index, at);
  }
  return out + text.slice(at);
}

/** Where a match stands in the alternation: collected values, then the forms, a local part alone, hosts, machines. */
function rank(m: RegExpExecArray): number {
  const g = m.groups ?? {};
  if (g.boundary !== undefined || g.literal !== undefined) return 0;
  if (g.alone !== undefined) return 2;
  if (g.ipv6 !== undefined || g.ipv4 !== undefined || g.host !== undefined) return 3;
  if (g.machine !== undefined) return 4;
  return 1;
}

let fixedCompiled: RegExp | null = null;

/** The forms that do not depend on the text (compiled once, like the tables above). */
function fixedPattern(): RegExp {
  fixedCompiled ??= new RegExp(
    [
      `(?<percent>${PERCENT_TOKEN})`,
      `(?<base64>${BASE64_TOKEN})`,
      `(?<encoded>${ENCODED_WORDS})`,
      XTEXT_EMAIL,
      // An address; in HTML its @ may be a character reference (`jane&#64;example.com`).
      EMAIL.replace(`(${LOCAL})@(`, `(?<local>${LOCAL})(?<at>@|&#0*64;|&#[xX]0*40;|&commat;)(?<domain>`),
      `(?<ipv6>${IPV6})`,
      `(?<ipv4>${IPV4})`,
      `(?<host>${HOST})`,
    ].join('|'),
    'gu',
  );
  return fixedCompiled;
}

/** The values collected from this text (null when there are none). */
function buildPattern(context: Context): RegExp | null {
  const literals = [...context.literals.keys()].sort((a, b) => b.length - a.length);
  const machines = [...context.machines];
  const boundaries = [...context.boundaries.keys()].sort((a, b) => b.length - a.length);
  const locals = [...context.locals.values()].map((l) => l.local).sort((a, b) => b.length - a.length);
  const sources: string[] = [];
  if (boundaries.length) sources.push(`(?<boundary>${boundaries.map(escapeRegExp).join('|')})`);
  const named: string[] = [];
  // Not inside a word, an address or a host name.
  if (literals.length) {
    // A value of several words is no host name: it may end before a dot ("Jane Doe.pdf").
    const words = (several: boolean) =>
      literals
        .filter((l) => /\s/.test(l) === several)
        .map((l) => escapeRegExp(l).replace(/ /g, FOLDABLE_BLANK))
        .join('|') || '(?!)';
    named.push(`(?<literal>(?:${words(true)})|(?:${words(false)})(?!\\.[${L}]))(?![${L}_@-])`);
  }
  // A local part said alone ("jane.doe wasn't found at example.com", Exchange Online).
  if (locals.length) named.push(`(?<alone>${locals.map(escapeRegExp).join('|')})(?![${L}_@%+-]|\\.[${L}])`);
  if (machines.length) named.push(`(?<machine>${machines.map(escapeRegExp).join('|')})(?![${L}_.-])`);
  if (named.length) sources.push(`(?<![${L}_@.%+-])(?:${named.join('|')})`);
  return sources.length ? new RegExp(sources.join('|'), 'gu') : null;
}

/** The placeholder for one match of the pattern. */
function replaceOne(
  match: string,
  g: Record<string, string | undefined>,
  at: number,
  text: string,
  map: Placeholders,
  context: Context,
  zones: Zones,
  offset: number,
): string {
  {
    const pos = offset + at;
    if (g.boundary !== undefined) return context.boundaries.get(g.boundary)!();
    if (g.literal !== undefined) {
      const entry = context.literals.get(match) ?? context.literals.get(match.replace(new RegExp(FOLDABLE_BLANK, 'g'), ' '));
      if (entry && (entry.anywhere || within(zones.fields, pos))) return entry.make();
      // Not hidden here as a whole: what it holds (an address, a host) still is.
      context.withoutLiterals ??= { ...context, literals: new Map(), pattern: undefined, withoutLiterals: undefined };
      return replaceAll(match, map, context.withoutLiterals, zones, pos);
    }
    if (g.percent !== undefined) return redactPercent(match, map, context, zones, pos);
    if (g.base64 !== undefined) {
      const decoded = base64Text(match);
      if (decoded === null || !/[@\s.]/.test(decoded)) return match;
      const redacted = replaceAll(decoded, map, context, NO_ZONES, 0);
      return redacted === decoded ? match : base64Like(match, redacted);
    }
    if (g.encoded !== undefined) {
      // An RFC 2047 encoded word may hide an address or a name: decode, redact, encode again.
      const decoded = decodeEncodedWords(match);
      const redacted = replaceAll(decoded, map, context, within(zones.fields, pos) ? WHOLE : NO_ZONES, 0);
      return redacted === decoded ? match : encodeWord(redacted);
    }
    if (g.xlocal !== undefined) return map.address(decodeHexEscapes(g.xlocal), decodeHexEscapes(g.xdomain!));
    if (g.local !== undefined) return g.at === '@' ? map.address(g.local, g.domain!) : map.address(g.local, g.domain!).replace('@', g.at!);
    if (g.alone !== undefined) {
      const entry = context.locals.get(match.toLowerCase());
      if (!entry) return match;
      if (entry.lettersOnly) {
        // A local part of letters only may be a word: hidden alone only beside its own domain,
        // or as a cell of its own (Exchange Online's "sender    Office 365    recipient" line).
        const lineStart = text.lastIndexOf('\n', at) + 1;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).toLowerCase();
        const before = text.slice(lineStart, at);
        const after = text.slice(at + match.length, lineEnd < 0 ? text.length : lineEnd);
        const cell = /(?:^[ \t]*|[ \t]{2,}|\t)$/.test(before) && /^(?:[ \t]*\r?$|[ \t]{2,}|\t)/.test(after);
        if (!cell && !line.includes(entry.domain.toLowerCase())) return match;
      }
      const placeholder = map.address(entry.local, entry.domain);
      return placeholder.slice(0, placeholder.lastIndexOf('@'));
    }
    if (g.ipv6 !== undefined) return isIpv6(match) ? map.ip(match) : match;
    if (g.ipv4 !== undefined) return map.ip(match);
    if (g.host !== undefined) {
      const tld = match.slice(match.lastIndexOf('.') + 1);
      if (isTld(tld)) return map.host(match);
      // A machine of the trace fields under a home network's name (HK-LAPTOP7.fritz.box).
      const first = match.slice(0, match.indexOf('.'));
      if (context.machines.has(first) && within(zones.received, pos)) return map.machine(first) + match.slice(first.length);
      return match;
    }
    if (g.machine !== undefined) return within(zones.received, pos) ? map.machine(match) : match;
    return match;
  }
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

/** Character references in HTML text, other than the ones that keep its markup (&lt; &gt; &amp; &quot;). */
const HTML_LETTERS: Record<string, string> = {
  commat: '@', nbsp: '\u00a0', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', aacute: 'á', eacute: 'é',
  iacute: 'í', oacute: 'ó', uacute: 'ú', agrave: 'à', egrave: 'è', ograve: 'ò', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô',
  ucirc: 'û', ccedil: 'ç', ntilde: 'ñ', aring: 'å', Aring: 'Å', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', euml: 'ë', iuml: 'ï',
};

/** Decodes the character references of an HTML part that may spell a name, a subject or an address. */
function decodeHtmlLetters(html: string): string {
  return html.replace(/&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));/g, (all, dec: string, hex: string, name: string) => {
    if (name) return HTML_LETTERS[name] ?? all;
    const cp = dec ? parseInt(dec, 10) : parseInt(hex, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0x20 || '<>&"\''.includes(String.fromCodePoint(cp))) return all;
    return String.fromCodePoint(cp);
  });
}

/**
 * The MIME layout of a text: the text itself, or a raw message pasted after other words
 * (Gmail's "Show original" page copied whole, a line of the person's own). Null when no
 * raw message with encoded parts is in it.
 */
function findLayout(text: string, binary: boolean): { layout: MessageLayout; offset: number } | null {
  const whole = safe(() => messageLayout(text, binary), null);
  if (whole) return { layout: whole, offset: 0 };
  const START = /^(?:return-path|received|delivered-to|x-original-to|date|from|mime-version|message-id|dkim-signature|arc-seal|authentication-results)[ \t]*:/gim;
  let tries = 0;
  for (const m of text.matchAll(START)) {
    if (m.index === 0) continue;
    if (++tries > 24) break;
    const layout = safe(() => messageLayout(text.slice(m.index), binary), null);
    if (!layout) continue;
    const encoded = layout.messages.some((msg) => msg.leaves.some((l) => l.part.encoding === 'base64' || l.part.encoding === 'quoted-printable'));
    if (encoded) return { layout, offset: m.index };
  }
  return null;
}

interface Plan {
  zones: Zones;
  parts: { leaf: Leaf; decoded: string; zones: Zones; inner: Plan | null }[];
  /** Bodies that cannot be checked, left out. */
  removed: Edit[];
}

/**
 * Finds what is to be hidden in a text (names, subjects, ids, machines, into `context`) and the
 * parts to decode; an encoded embedded message is planned the same way, so that its own
 * encoded parts are decoded too. `outer`: the text's own header block is the bounce's.
 */
function plan(text: string, binary: boolean, map: Placeholders, context: Context, outer: boolean, depth: number): Plan {
  const found = depth < 4 ? findLayout(text, binary) : null;
  const outerStarts = new Set<number>();
  const removed: Edit[] = [];
  const decodedParts: { leaf: Leaf; decoded: string }[] = [];
  if (found) {
    const shift = found.offset;
    for (const message of found.layout.messages) {
      // The message's own header block: its Subject is the bounce's, not the original's.
      if (outer) for (const f of message.root.headers) outerStarts.add(shift + message.start + f.start);
      for (const original of message.leaves) {
        const leaf: Leaf = shift
          ? { ...original, bodyStart: original.bodyStart + shift, bodyEnd: original.bodyEnd + shift, headerFields: original.headerFields.map((f) => ({ ...f, start: f.start + shift, end: f.end + shift })) }
          : original;
        const encoding = leaf.part.encoding;
        if (encoding !== 'base64' && encoding !== 'quoted-printable') continue;
        if (leaf.bodyEnd <= leaf.bodyStart) continue;
        if (!isTextType(leaf.part.contentType.type)) {
          removed.push({ start: leaf.bodyStart, end: leaf.bodyEnd, text: '' });
          continue;
        }
        let decoded = safe(() => decodeLeaf(text, leaf, binary), '');
        if (leaf.part.contentType.type === 'text/html') decoded = decodeHtmlLetters(decoded);
        decodedParts.push({ leaf, decoded });
      }
    }
  }
  // Collect subjects, names and ids from the whole text and from every decoded part first,
  // so that a value met in one place is hidden in all of them.
  const zones = collect(text, map, context, outerStarts);
  const parts = decodedParts.map(({ leaf, decoded }) => {
    // An embedded message sent base64 or quoted-printable: its own parts may be encoded again.
    const inner = leaf.part.contentType.type.startsWith('message/') ? plan(decoded, false, map, context, false, depth + 1) : null;
    return { leaf, decoded, zones: inner ? inner.zones : collect(decoded, map, context, new Set()), inner };
  });
  return { zones, parts, removed };
}

/** Applies a plan: each decoded part hidden and encoded again, the rest hidden as it stands. */
function apply(text: string, planned: Plan, map: Placeholders, context: Context): { text: string; removed: number } {
  const edits: Edit[] = [...planned.removed];
  let removed = planned.removed.length;
  for (const { leaf, decoded, zones, inner } of planned.parts) {
    const eol = lineBreakOf(text.slice(leaf.bodyStart, leaf.bodyEnd));
    let redacted: string;
    if (inner) {
      const done = apply(decoded, inner, map, context);
      redacted = done.text;
      removed += done.removed;
    } else redacted = replaceAll(decoded, map, context, zones, 0);
    const bytes = utf8(redacted);
    const body = leaf.part.encoding === 'base64' ? encodeBase64Lines(bytes, eol) : encodeQuotedPrintable(redacted, eol);
    edits.push({ start: leaf.bodyStart, end: leaf.bodyEnd, text: body });
    const charset = (leaf.part.contentType.params.charset ?? '').toLowerCase();
    const ct = leaf.headerFields.find((f) => f.name === 'content-type');
    if (ct && !/^(?:utf-?8|us-ascii|ascii)$/.test(charset) && /[^\x00-\x7f]/.test(redacted)) {
      edits.push({ start: ct.start, end: ct.end, text: replaceAll(utf8ContentType(text.slice(ct.start, ct.end)), map, context, planned.zones, ct.start) });
    }
  }
  return { text: applyEdits(text, edits, (stretch, at) => replaceAll(stretch, map, context, planned.zones, at)), removed };
}

/** Hides personal data in a bounce (see the top of this file). Never throws. */
export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const binary = options.binary === true;
  const map = new Placeholders(text);
  const context: Context = { literals: new Map(), machines: new Set(), boundaries: new Map(), locals: new Map() };
  const planned = plan(text, binary, map, context, true, 0);
  const done = apply(text, planned, map, context);
  return { text: done.text, replacements: map.replacements, removedAttachments: done.removed };
}

function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
