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
import { orange } from './orange.ts';

export type { Provider, ProviderRule } from './types.ts';

export const PROVIDERS: readonly Provider[] = [google, microsoft, yahoo, apple, orange];

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

/** The provider named by a marker in the server's words, if any. */
export function providerForText(lower: string): Provider | null {
  for (const p of PROVIDERS) {
    if (p.markers?.some((m) => lower.includes(m))) return p;
  }
  return null;
}

export interface RuleHit {
  rule: ProviderRule;
  /** Offsets in the lower-cased text of the words that matched; -1 when the code alone decided. */
  start: number;
  end: number;
}

/** The first rule of the provider that fits the words and codes. */
export function matchProviderRule(provider: Provider, lower: string, status: string | null, reply: string | null): RuleHit | null {
  for (const rule of provider.rules) {
    if (rule.reply && rule.reply !== reply) continue;
    if (rule.status) {
      if (!status) continue;
      if (rule.status.startsWith('.') ? !status.slice(1).startsWith(rule.status) : !status.startsWith(rule.status)) continue;
    }
    if (rule.contains.length === 0) return { rule, start: -1, end: -1 };
    for (const c of rule.contains) {
      const i = lower.indexOf(c);
      if (i !== -1) return { rule, start: i, end: i + c.length };
    }
  }
  return null;
}
