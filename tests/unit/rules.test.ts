/**
 * Lints the rule tables: the phrase table, the status table, provider rules and
 * blocklists are data, and data gets checked like code.
 */
import { describe, it } from 'vitest';
import { PHRASE_GROUPS, WEAK_PHRASES, phraseId, phraseText, slugOf } from '../../src/lib/knowledge/phrases.ts';
import { DECISIONS } from '../../src/lib/knowledge/decisions.ts';
import { VENDOR_CATEGORY_FIELDS } from '../../src/lib/knowledge/vendor-categories.ts';
import { STATUS_REASONS } from '../../src/lib/knowledge/status-reasons.ts';
import { PROVIDERS } from '../../src/lib/knowledge/providers/index.ts';
import { BLOCKLISTS } from '../../src/lib/knowledge/blocklists.ts';
import { REASON_IDS } from '../../src/lib/core/types.ts';
import { explain } from '../../src/lib/core/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/shared.ts';

/**
 * Does this regex source repeat, without bound (*, + or {n,}), a group that itself holds a
 * repeat? That shape ("star height" above one) is what makes a pattern backtrack
 * exponentially on hostile input; bounded repeats like (\d{1,3}\.){3} are fine.
 */
function nestedUnboundedRepeat(source: string): boolean {
  const stack: boolean[] = []; // per open group: does it contain a quantifier?
  let lastGroupHadQuantifier = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      lastGroupHadQuantifier = false;
      continue;
    }
    if (c === '[') {
      // skip a character class
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      lastGroupHadQuantifier = false;
      continue;
    }
    if (c === '(') {
      stack.push(false);
      // Group syntax, not a quantifier: (?:, (?=, (?!, (?<=, (?<!, (?<name>
      if (source[i + 1] === '?') {
        i += 2;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') while (i < source.length && source[i] !== '>') i++;
        else if (source[i] === '<') i++;
      }
      continue;
    }
    if (c === ')') {
      lastGroupHadQuantifier = stack.pop() ?? false;
      if (lastGroupHadQuantifier && stack.length) stack[stack.length - 1] = true;
      const next = source[i + 1];
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d+,\}/.test(source.slice(i + 1)));
      if (unbounded && lastGroupHadQuantifier) return true;
      continue;
    }
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      if (stack.length) stack[stack.length - 1] = true;
      if (c === '{') while (i < source.length && source[i] !== '}') i++;
    }
    lastGroupHadQuantifier = false;
  }
  return false;
}

describe('the phrase table', () => {
  it('names real reasons and says where each group comes from', ({ expect }) => {
    for (const g of PHRASE_GROUPS) {
      expect(REASON_IDS).toContain(g.reason);
      expect(g.source.length, g.reason).toBeGreaterThan(10);
      expect(g.phrases.length + (g.patterns?.length ?? 0), g.reason).toBeGreaterThan(0);
    }
  });
  it('holds lower-case, non-empty phrases, each once', ({ expect }) => {
    const seen = new Map<string, string>();
    for (const g of PHRASE_GROUPS) {
      for (const entry of g.phrases) {
        const p = phraseText(entry);
        expect(p, `${g.reason}: ${p}`).toBe(p.toLowerCase());
        expect(p.trim().length, `${g.reason}: empty phrase`).toBeGreaterThan(1);
        expect(seen.has(p), `"${p}" in ${g.reason} and ${seen.get(p)}`).toBe(false);
        seen.set(p, g.reason);
      }
    }
    for (const w of WEAK_PHRASES) expect(seen.has(w), `weak phrase "${w}" is in no group`).toBe(true);
  });
  it('gives every phrase and pattern a stable, unique rule id', ({ expect }) => {
    const ids = new Map<string, string>();
    for (const g of PHRASE_GROUPS) {
      const entries = [
        ...g.phrases.map((p) => ({ id: phraseId(g.reason, p), what: phraseText(p) })),
        ...(g.patterns ?? []).map((p) => ({ id: `phrase.${g.reason}.${p.slug}`, what: String(p.re) })),
      ];
      for (const { id, what } of entries) {
        expect(id, what).toMatch(/^phrase\.[a-z]+\.[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u);
        expect(ids.has(id), `${id}: "${what}" and "${ids.get(id)}"`).toBe(false);
        ids.set(id, what);
      }
    }
    // The id is derived from the words: the same phrase always gets the same id.
    expect(phraseId('userunknown', 'no such user')).toBe('phrase.userunknown.no-such-user');
    expect(slugOf("Doesn't exist")).toBe('doesnt-exist');
    expect(ids.get('phrase.userunknown.no-such-user')).toBe('no such user');
  });
  it('has pattern cues written as literal text of their pattern', ({ expect }) => {
    // A cue must be words every match holds (the pattern is not tried without them): it is
    // taken from the pattern as written, outside any alternation or optional part.
    const cued = PHRASE_GROUPS.flatMap((g) => (g.patterns ?? []).filter((p) => p.cue !== undefined));
    expect(cued.length).toBeGreaterThan(0);
    for (const p of cued) expect(p.re.source.includes(p.cue!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), p.slug).toBe(true);
    const spf = cued.find((p) => p.slug === 'spf-then-fail')!;
    expect(spf.re.test('spf check did not pass')).toBe(true);
    expect('spf check did not pass'.includes(spf.cue!)).toBe(true);
  });
  it('has any-of cues written as literal text of their pattern, each pattern tried when one of them is in the words', ({ expect }) => {
    const withCues = PHRASE_GROUPS.flatMap((g) => (g.patterns ?? []).filter((p) => p.cues !== undefined));
    expect(withCues.length).toBeGreaterThan(0);
    for (const p of withCues) {
      expect(p.cue, `${p.slug}: a cue or cues, not both`).toBeUndefined();
      expect(p.cues!.length, p.slug).toBeGreaterThan(0);
      for (const c of p.cues!) expect(c === c.toLowerCase() && p.re.source.includes(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${p.slug}: ${c}`).toBe(true);
    }
    // The pattern still reads its words when they hold one cue, and is not tried (no hit) without.
    const relay = withCues.find((p) => p.slug === 'refuses-relay-localized')!;
    expect(relay.re.test('der server erlaubt kein relay')).toBe(true);
    expect(explain('550 Der Server erlaubt kein Relay für diese Domain').recipients[0]?.rule).toBe('phrase.norelaying.refuses-relay-localized');
  });
  it('has patterns that cannot backtrack without end (no unbounded repeat of a repeat)', ({ expect }) => {
    for (const g of PHRASE_GROUPS) {
      for (const { re } of g.patterns ?? []) expect(nestedUnboundedRepeat(re.source), `${g.reason}: ${re}`).toBe(false);
    }
    // The check itself: it must catch the classic shapes and pass the harmless ones.
    expect(nestedUnboundedRepeat('(a+)+')).toBe(true);
    expect(nestedUnboundedRepeat('(?:\\.[a-z]+)*x')).toBe(true);
    expect(nestedUnboundedRepeat('(?:\\d{1,3}\\.){3}')).toBe(false);
    expect(nestedUnboundedRepeat('[a-z]+ (?:x|y)')).toBe(false);
    expect(nestedUnboundedRepeat('(?:abc)+(?<=x)(?<n>y)*')).toBe(false);
    expect(nestedUnboundedRepeat('(?:ab?)+')).toBe(true);
  });
});

describe('the decision table', () => {
  it('has unique ids named by what they read, real reasons, notes and sources', ({ expect }) => {
    const ids = new Set<string>();
    for (const row of DECISIONS) {
      expect(row.id).toMatch(/^(?:stage|reply|dsn|decision)\.[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
      expect(ids.has(row.id), row.id).toBe(false);
      ids.add(row.id);
      expect(REASON_IDS).toContain(row.reason);
      expect(row.when.length, row.id).toBeGreaterThan(0);
      expect(row.note.length, row.id).toBeGreaterThan(10);
      expect(row.source.length, row.id).toBeGreaterThan(20);
      // A fallback row decides only when nothing else did.
      if (row.phase !== 'adjust') for (const c of row.when) expect(c.reason, row.id).toEqual(['none']);
      if (row.phase === 'adjust') for (const c of row.when) expect(c.reason?.includes('none') ?? false, row.id).toBe(false);
      for (const c of row.when) {
        for (const re of [c.status, c.notStatus, c.reply, c.notWords, c.matched]) {
          if (re) expect(nestedUnboundedRepeat(re.source), `${row.id}: ${re}`).toBe(false);
        }
        // A condition's fields are tested in any order (the words last): no pattern may keep state between tests.
        for (const re of [c.status, c.notStatus, c.reply, c.words, c.notWords, c.matched]) {
          if (re) expect(re.global || re.sticky, `${row.id}: ${re}`).toBe(false);
        }
      }
    }
  });
  it('keeps the phases in walking order, so the table reads top to bottom', ({ expect }) => {
    const order = ['before-status', 'fallback', 'adjust'];
    const phases = DECISIONS.map((r) => order.indexOf(r.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });
});

describe('vendor category fields', () => {
  it('map every category to a real reason and name their source', ({ expect }) => {
    for (const f of VENDOR_CATEGORY_FIELDS) {
      expect(f.field).toBe(f.field.toLowerCase());
      expect(f.vendor).toMatch(/^[a-z0-9-]+$/);
      expect(f.source.length).toBeGreaterThan(20);
      for (const [name, c] of Object.entries(f.categories)) {
        expect(name).toMatch(/^[a-z-]+$/);
        expect(REASON_IDS).toContain(c.reason);
      }
    }
  });
});

describe('the status table', () => {
  it('maps subject.detail keys to real reasons', ({ expect }) => {
    for (const [code, reason] of Object.entries(STATUS_REASONS)) {
      expect(code).toMatch(/^[0-7]\.\d{1,3}$/);
      expect(REASON_IDS).toContain(reason);
    }
  });
});

describe('provider rules', () => {
  it('have unique ids under their provider, real reasons, lower-case words and https links', ({ expect }) => {
    const ids = new Set<string>();
    for (const p of PROVIDERS) {
      expect(p.id).toMatch(/^[a-z0-9-]+$/);
      expect(p.reference).toMatch(/^https:\/\//);
      for (const h of p.hosts) expect(h).toBe(h.toLowerCase());
      for (const r of p.rules) {
        expect(r.id.startsWith(`provider.${p.id}.`), r.id).toBe(true);
        expect(ids.has(r.id), r.id).toBe(false);
        ids.add(r.id);
        expect(REASON_IDS).toContain(r.reason);
        for (const c of r.contains) expect(c, r.id).toBe(c.toLowerCase());
        if (r.docs) expect(r.docs).toMatch(/^https:\/\//);
        expect(r.note.length, r.id).toBeGreaterThan(5);
        expect(r.contains.length > 0 || r.status !== undefined || r.reply !== undefined || r.code !== undefined, `${r.id} matches everything`).toBe(true);
        // Every rule says where the provider documents it.
        expect(r.docs, `${r.id} has no docs link`).toMatch(/^https:\/\//);
        if (r.code !== undefined) expect(p.code, `${r.id} needs ${p.id}.code to read the code`).toBeInstanceOf(RegExp);
        if (r.status?.includes('-')) expect(r.status, r.id).toMatch(/^(?:[245])?\.\d{1,3}\.\d{1,3}-\d{1,3}$/);
      }
      if (p.code) expect(nestedUnboundedRepeat(p.code.source), `${p.id}.code`).toBe(false);
      for (const m of p.markers ?? []) {
        expect(m, `${p.id} marker`).toBe(m.toLowerCase());
        expect(m.trim().length, `${p.id} marker "${m}"`).toBeGreaterThan(3);
      }
    }
  });
  it('are at least twenty receiving services, each with a way to recognise it and a reference page', ({ expect }) => {
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(20);
    const hosts = new Map<string, string>();
    for (const p of PROVIDERS) {
      expect(p.hosts.length + (p.markers?.length ?? 0), p.id).toBeGreaterThan(0);
      expect(p.rules.length, p.id).toBeGreaterThan(0);
      for (const h of p.hosts) {
        expect(h, `${p.id} host`).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
        expect(hosts.get(h), `${h} in ${p.id} and ${hosts.get(h)}`).toBeUndefined();
        hosts.set(h, p.id);
      }
    }
  });
  it('quote the provider\'s message above each rule (or group of rules) in the data file', ({ expect }) => {
    const dir = join(ROOT, 'src/lib/knowledge/providers');
    for (const p of PROVIDERS) {
      const lines = readFileSync(join(dir, `${p.id}.ts`), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*\{ id: 'provider\./.test(line)) return;
        let j = i - 1;
        while (j >= 0 && /^\s*\{ id: 'provider\./.test(lines[j])) j--;
        expect(lines[j] ?? '', `${p.id}.ts line ${i + 1}: no comment above the rule`).toMatch(/^\s*\/\//);
      });
    }
  });
});

describe('blocklists', () => {
  it('name the list, give advice and an https page', ({ expect }) => {
    for (const b of BLOCKLISTS) {
      expect(b.url).toMatch(/^https:\/\//);
      for (const m of b.markers) expect(m).toBe(m.toLowerCase());
      expect(b.advice.length).toBeGreaterThan(20);
    }
  });
  it('turn a listing into a delisting step', ({ expect }) => {
    const r = explain('554 5.7.1 Service unavailable; Client host [192.0.2.77] blocked using b.barracudacentral.org');
    expect(r.recipients[0].reason).toBe('blocked');
    expect(r.recipients[0].actions[0].text).toMatch(/Barracuda/);
    expect(r.recipients[0].owner).toBe('sender-admin');
  });
});
