import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.ts';
import { NON_FAILURE_REASONS, REASON_IDS, type Owner, type ReasonId } from '../../src/lib/core/types.ts';
import { REASONS, reasonInfo, type ReasonInfo } from '../../src/lib/knowledge/reasons/index.ts';
import { LANGUAGES, foldedSpellings, normalizeWording } from '../../src/lib/knowledge/languages/index.ts';
import { FAMILIES } from '../../src/lib/knowledge/languages/types.ts';
import { PHRASE_GROUPS } from '../../src/lib/knowledge/phrases.ts';

const REASONS_DIR = resolve(ROOT, 'src/lib/knowledge/reasons');
const reasonFiles = readdirSync(REASONS_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

const HARD_BOUNCES: ReasonId[] = ['userunknown', 'hostunknown', 'hasmoved'];
const OWNERS: Owner[] = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'nobody'];

/** Every string inside a value, with a path for messages. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('reason files', () => {
  it('has exactly one file per reason id, named after it', () => {
    expect(reasonFiles).toEqual([...REASON_IDS].sort());
  });

  it.each(reasonFiles)('%s.ts exports the reason with the matching id', async (file) => {
    const mod = (await import(`../../src/lib/knowledge/reasons/${file}.ts`)) as { reason: ReasonInfo };
    expect(mod.reason.id).toBe(file);
    expect(REASONS[file as ReasonId]).toBe(mod.reason);
  });

  it('REASONS has every id and nothing else, in taxonomy order', () => {
    expect(Object.keys(REASONS)).toEqual([...REASON_IDS]);
    for (const id of REASON_IDS) expect(REASONS[id].id).toBe(id);
  });

  it('reasonInfo returns the entry, and the undefined reason for an unknown id', () => {
    expect(reasonInfo('mailboxfull').title).toBe("Recipient's mailbox is full");
    expect(reasonInfo('nosuchreason' as ReasonId).id).toBe('undefined');
    expect(reasonInfo('toString' as ReasonId).id).toBe('undefined');
  });

  it('freezes the REASONS map', () => {
    expect(Object.isFrozen(REASONS)).toBe(true);
  });
});

describe('reason content', () => {
  const all = REASON_IDS.map((id) => REASONS[id]);

  it('has unique titles', () => {
    const titles = all.map((r) => r.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it.each(REASON_IDS)('%s: meaning is exactly one sentence', (id) => {
    const { meaning } = REASONS[id];
    expect(meaning).toMatch(/^[A-Z].*\.$/s);
    expect(meaning.slice(0, -1)).not.toMatch(/[.!?](\s|$)/);
  });

  it('hardBounce is true exactly for userunknown, hostunknown and hasmoved', () => {
    expect(all.filter((r) => r.hardBounce).map((r) => r.id).sort()).toEqual([...HARD_BOUNCES].sort());
    expect(REASONS.notaccept.hardBounce).toBe(false);
  });

  it('failure is false exactly for delivered, feedback and vacation', () => {
    expect(all.filter((r) => !r.failure).map((r) => r.id).sort()).toEqual([...NON_FAILURE_REASONS].sort());
  });

  it.each(REASON_IDS)('%s: fields are consistent', (id) => {
    const r = REASONS[id];
    expect(OWNERS).toContain(r.owner);
    expect(r.causes.length).toBeGreaterThanOrEqual(2);
    expect(r.causes.length).toBeLessThanOrEqual(5);
    expect(r.actions.length).toBeLessThanOrEqual(5);
    expect(r.adminActions.length).toBeLessThanOrEqual(5);
    expect(r.verdict).toMatch(/^(?:[A-Z]|\{server\} )[^{}]*[^.]$/);
    expect(r.todo).toMatch(/^[a-z][^{}]*[^.]$/);
    if (r.failure) {
      expect(r.actions.length).toBeGreaterThanOrEqual(2);
      expect(r.retry).not.toBe('not-applicable');
    } else {
      expect(r.actions.length).toBeGreaterThanOrEqual(1);
      expect(r.retry).toBe('not-applicable');
    }
    if (r.hardBounce) expect(r.retry).toBe('no');
    for (const line of [...r.causes, ...r.actions, ...r.adminActions]) expect(line, `${id}: ${line}`).toMatch(/^[A-Z0-9'].*\.$/s);
  });

  it.each(REASON_IDS)('%s: strings are non-empty plain text', (id) => {
    for (const [path, text] of strings(REASONS[id], id)) {
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(text, path).not.toMatch(/\s{2,}/);
    }
  });

  it.each([
    ['userunknown', 'sender', 'no'],
    ['hostunknown', 'sender', 'no'],
    ['hasmoved', 'sender', 'no'],
    ['mailboxfull', 'recipient', 'later'],
    ['blocked', 'sender-admin', 'after-fix'],
    ['badreputation', 'sender-admin', 'after-fix'],
    ['requireptr', 'sender-admin', 'after-fix'],
    ['authfailure', 'sender-admin', 'after-fix'],
    ['norelaying', 'sender-admin', 'after-fix'],
    ['systemerror', 'recipient-admin', 'later'],
    ['systemfull', 'recipient-admin', 'later'],
    ['speeding', 'sender-admin', 'later'],
    ['toomanyconn', 'sender-admin', 'later'],
    ['suppressed', 'sender', 'no'],
    ['delivered', 'nobody', 'not-applicable'],
    ['vacation', 'nobody', 'not-applicable'],
    ['feedback', 'sender', 'not-applicable'],
  ] as const)('%s is owned by %s, retry %s', (id, owner, retry) => {
    expect(REASONS[id].owner).toBe(owner);
    expect(REASONS[id].retry).toBe(retry);
  });

  it('matches the taxonomy on the easily confused reasons', () => {
    expect(REASONS.rejected.meaning).toMatch(/envelope sender/);
    expect(REASONS.filtered.meaning).toMatch(/accepted/);
    expect(REASONS.suppressed.meaning).toMatch(/suppression list/);
    expect(REASONS.suppressed.meaning).toMatch(/did not even try/);
    expect(REASONS.failedstarttls.meaning).toMatch(/TLS/);
    expect(REASONS.notaccept.meaning).toMatch(/null MX/);
    expect(REASONS.exceedlimit.meaning).toMatch(/this particular recipient/);
    expect(REASONS.blocked.actions[0]).toMatch(/email admin/);
    expect(REASONS.blocked.adminActions.join(' ')).not.toMatch(/look .* up on the blocklist/i);
    expect(REASONS.userunknown.actions[0]).toMatch(/^Remove \{address\} from your list/);
  });
});

describe('language wordings in the phrase table', () => {
  // withLanguageGroups leaves out a wording the table already has; a wording left out because
  // another reason holds the same text, or because its rule id is taken by another text,
  // would be lost without a word. Every wording of every language stands in the table, under
  // its own reason.
  const reasonOf = new Map<string, ReasonId>();
  for (const g of PHRASE_GROUPS) for (const p of g.phrases) reasonOf.set(typeof p === 'string' ? p : p.text, g.reason);
  const wordings = LANGUAGES.flatMap((lang) =>
    FAMILIES.flatMap((family) =>
      (lang.reasons[family] ?? []).flatMap((w) => [normalizeWording(w.text), ...foldedSpellings(w.text)].map((text) => ({ lang: lang.name, family, text }))),
    ),
  );

  it('every one is matched, under its own reason', () => {
    expect(wordings.length).toBeGreaterThan(1000);
    const lost = wordings.filter((w) => reasonOf.get(w.text) !== w.family).map((w) => `${w.lang} ${w.family}: "${w.text}" -> ${reasonOf.get(w.text) ?? 'left out'}`);
    expect(lost).toEqual([]);
  });
});
