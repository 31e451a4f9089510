/**
 * The receiving providers we know, and how to recognise them. Provider rules are
 * tried before the generic phrase table, because a provider may give a code its own
 * meaning. To add a provider: write `<id>.ts` beside this file and list it here.
 */
import type { Provider, ProviderRule } from './types.ts';
import { google } from './google.ts';
import { microsoft } from './microsoft.ts';
import { yahoo } from './yahoo.ts';
import { apple } from './apple.ts';
import { comcast } from './comcast.ts';
import { cox } from './cox.ts';
import { spectrum } from './spectrum.ts';
import { unitedInternet } from './united-internet.ts';
import { orange } from './orange.ts';
import { godaddy } from './godaddy.ts';
import { tencent } from './tencent.ts';
import { netease } from './netease.ts';
import { mailru } from './mailru.ts';
import { yandex } from './yandex.ts';
import { zoho } from './zoho.ts';
import { iua } from './iua.ts';
import { mimecast } from './mimecast.ts';
import { proofpoint } from './proofpoint.ts';
import { barracuda } from './barracuda.ts';
import { cisco } from './cisco.ts';
import { trendmicro } from './trendmicro.ts';
import { messagelabs } from './messagelabs.ts';
import { cloudflare } from './cloudflare.ts';
import { kddi } from './kddi.ts';
import { docomo } from './docomo.ts';
import { facebook } from './facebook.ts';
import { telekom } from './telekom.ts';
import { italiaonline } from './italiaonline.ts';
import { att } from './att.ts';
import { rackspace } from './rackspace.ts';
import { vade } from './vade.ts';
import { seznam } from './seznam.ts';
import { forpsi } from './forpsi.ts';
import { strato } from './strato.ts';
import { gandi } from './gandi.ts';
import { naver } from './naver.ts';
import { proton } from './proton.ts';
import { hornetsecurity } from './hornetsecurity.ts';
import { sfr } from './sfr.ts';
import { sophos } from './sophos.ts';
import { mailchannels } from './mailchannels.ts';
import { trellix } from './trellix.ts';
import { free } from './free.ts';
import { fortinet } from './fortinet.ts';

export type { Provider, ProviderRule } from './types.ts';

/** Mailbox providers first, then the filtering gateways that answer for other domains. */
export const PROVIDERS: readonly Provider[] = [
  google,
  microsoft,
  yahoo,
  apple,
  comcast,
  cox,
  spectrum,
  unitedInternet,
  orange,
  sfr,
  free,
  godaddy,
  tencent,
  netease,
  mailru,
  yandex,
  zoho,
  iua,
  kddi,
  docomo,
  facebook,
  telekom,
  italiaonline,
  att,
  rackspace,
  seznam,
  forpsi,
  strato,
  gandi,
  naver,
  proton,
  mimecast,
  proofpoint,
  barracuda,
  cisco,
  trendmicro,
  messagelabs,
  hornetsecurity,
  sophos,
  trellix,
  fortinet,
  mailchannels,
  cloudflare,
  vade,
];

/**
 * Every provider's rules with all their fields, in one order (a field a rule does not name
 * is undefined), put in place once at load. Rules name a few fields each, in many
 * combinations: read as written, each combination was a shape (hidden class) of its own, and
 * the tests of a rule's fields in `matchProviderRule`, run for every recipient with a
 * provider, were megamorphic property reads. Made alike, they are reads of one shape. What a
 * rule says is unchanged: an undefined field is a field not named.
 */
for (const p of PROVIDERS) {
  const rules = p.rules as ProviderRule[];
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i];
    rules[i] = {
      id: r.id,
      reply: r.reply,
      status: r.status,
      code: r.code,
      command: r.command,
      contains: r.contains,
      reason: r.reason,
      confidence: r.confidence,
      owner: r.owner,
      note: r.note,
      action: r.action,
      docs: r.docs,
    };
  }
}

/** Host-name suffix → provider, built on first use. */
let bySuffix: Map<string, Provider> | null = null;

/** The provider whose hosts include this host name, if any. */
export function providerForHost(host: string): Provider | null {
  if (!bySuffix) {
    bySuffix = new Map();
    for (const p of PROVIDERS) for (const suffix of p.hosts) if (!bySuffix.has(suffix)) bySuffix.set(suffix, p);
  }
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  // Try the host and each parent domain: mx1.eur.protection.outlook.com, eur.protection..., ...
  for (let dot = -1; ; ) {
    const hit = bySuffix.get(dot === -1 ? h : h.slice(dot + 1));
    if (hit) return hit;
    dot = h.indexOf('.', dot + 1);
    if (dot === -1) return null;
  }
}

/** The providers as named by their software's shared signatures alone (see `Provider.shared`). */
const SOFTWARE = new WeakSet<Provider>();

/** The provider with this id, as its own servers name it (not as its software's signatures do). */
export function providerById(id: string): Provider | null {
  return PROVIDERS.find((p) => p.id === id) ?? null;
}

/** Was this provider named only by a signature its software writes wherever it runs? */
export function namedBySoftware(p: Provider): boolean {
  return SOFTWARE.has(p);
}

/** Every provider's markers in one alternation (longest first), so one pass finds the first. */
let markerIndex: { re: RegExp; all: RegExp; owner: Map<string, Provider> } | null = null;

function getMarkerIndex(): { re: RegExp; all: RegExp; owner: Map<string, Provider> } {
  if (markerIndex) return markerIndex;
  const owner = new Map<string, Provider>();
  for (const p of PROVIDERS) for (const m of p.markers ?? []) if (!owner.has(m)) owner.set(m, p);
  for (const p of PROVIDERS) {
    if (!p.shared) continue;
    const software: Provider = Object.freeze({ ...p, label: p.shared.label });
    SOFTWARE.add(software);
    for (const m of p.shared.markers) if (!owner.has(m)) owner.set(m, software);
  }
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  markerIndex = { re: new RegExp(alternatives.join('|')), all: new RegExp(alternatives.join('|'), 'g'), owner };
  return markerIndex;
}

/** The provider named by the first marker in the server's words (lower-cased), if any. */
export function providerForText(lower: string): Provider | null {
  const { re, all, owner } = getMarkerIndex();
  const m = re.exec(lower);
  if (!m) return null;
  const first = owner.get(m[0]) ?? null;
  if (!first || !SOFTWARE.has(first)) return first;
  // Only the software's signature so far: a later signature of the provider itself wins.
  all.lastIndex = m.index + m[0].length;
  for (let next = all.exec(lower); next; next = all.exec(lower)) {
    const p = owner.get(next[0]);
    if (p && !SOFTWARE.has(p)) return p;
  }
  return first;
}

/** The provider whose own coded wording (`Provider.signatures`) is in the words (lower-cased), if any. */
export function providerForSignature(lower: string): Provider | null {
  for (const p of PROVIDERS) {
    if (!p.signatures) continue;
    for (const re of p.signatures) if (re.test(lower)) return p;
  }
  return null;
}

export interface RuleHit {
  rule: ProviderRule;
  /** Offsets in the lower-cased text of the words (or the provider's code) that matched; -1 when the status code alone decided. */
  start: number;
  end: number;
}

/** Does the enhanced status code fit a rule's `status` (prefix, any class, or a range of the last number)? */
export function statusFits(spec: string, status: string): boolean {
  const s = spec.startsWith('.') ? status.slice(1) : status;
  const dash = spec.indexOf('-');
  if (dash === -1) return s.startsWith(spec);
  const dot = spec.lastIndexOf('.', dash);
  const base = spec.slice(0, dot + 1);
  if (!s.startsWith(base)) return false;
  const rest = s.slice(base.length);
  if (!/^\d{1,3}$/.test(rest)) return false;
  const n = Number(rest);
  return n >= Number(spec.slice(dot + 1, dash)) && n <= Number(spec.slice(dash + 1));
}

function codeFits(spec: NonNullable<ProviderRule['code']>, code: string): boolean {
  if (typeof spec === 'string') return spec === code;
  if (typeof spec[0] === 'string') return (spec as readonly string[]).includes(code);
  if (!/^\d+$/.test(code)) return false;
  const n = Number(code);
  return n >= (spec[0] as number) && n <= (spec[1] as number);
}

/**
 * The first rule of the provider that fits the words and codes. `command` is the SMTP
 * stage when it is known; rules that name a stage never fire without it.
 */
export function matchProviderRule(
  provider: Provider,
  lower: string,
  status: string | null,
  reply: string | null,
  command: string | null = null,
): RuleHit | null {
  // The provider's own code, read once (undefined: not read yet).
  let code: string | null | undefined;
  let codeAt = -1;
  for (const rule of provider.rules) {
    if (rule.reply && rule.reply !== reply) continue;
    if (rule.status && !(status && statusFits(rule.status, status))) continue;
    if (rule.command && rule.command !== command) continue;
    let start = -1;
    let end = -1;
    if (rule.code !== undefined) {
      if (code === undefined) {
        const m = provider.code ? provider.code.exec(lower) : null;
        code = m ? m[1] : null;
        codeAt = m ? m.index + m[0].indexOf(m[1]) : -1;
      }
      if (code === null || !codeFits(rule.code, code)) continue;
      start = codeAt;
      end = codeAt + code.length;
    }
    if (rule.contains.length === 0) return { rule, start, end };
    for (const c of rule.contains) {
      const i = lower.indexOf(c);
      if (i !== -1) return { rule, start: i, end: i + c.length };
    }
  }
  return null;
}
