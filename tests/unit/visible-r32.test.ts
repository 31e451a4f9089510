/**
 * Blind round visible32 (tests/fixtures/visible-r32.ts): the visible text of notices whose cause
 * is the sending MTA's own words (Exim's routers and transports, Postfix's smtp/local/virtual,
 * Sendmail's and OpenSMTPD's own lines, qmail-remote), plain and as a mail client shows them.
 * Each must give the kind, the recipients and the verdict its words support; none may be firmly
 * wrong, and no address is a hard bounce unless the words say the address is bad. Its fixes:
 * the user's disk quota (strerror(EDQUOT)) after a local delivery error is a full mailbox, not
 * the host's fault; Exim's "all relevant MX records point to non-existent hosts" and "all host
 * address lookups failed permanently" are an unknown host.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { Report } from '../../src/lib/core/types.ts';
import { VISIBLE_R32 } from '../fixtures/visible-r32.ts';
import type { VisibleLayout } from '../fixtures/visible-layouts.ts';
import { visibleFaults } from '../helpers/visible-faults.ts';
import { COPIES } from '../helpers/views.ts';

/** The cases the engine does not read right yet, and why (each still not firmly wrong). */
const LEFT: Record<string, string> = {};

/** What a reading gets wrong (tests/helpers/visible-faults.ts); the client's header lines name this address. */
function faults(c: VisibleLayout, r: Report): { faults: string[]; firm: boolean } {
  return visibleFaults(c, r, ['john@example.com']);
}

const byId = (id: string): VisibleLayout => {
  const c = VISIBLE_R32.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return c;
};

describe('blind round visible32: the sending MTA\'s own words in the visible text', () => {
  it('are many, each with its own id and source, reserved names only', () => {
    expect(VISIBLE_R32.length).toBeGreaterThanOrEqual(30);
    expect(new Set(VISIBLE_R32.map((c) => c.id)).size).toBe(VISIBLE_R32.length);
    for (const c of VISIBLE_R32) expect(c.source.length, c.id).toBeGreaterThan(20);
    for (const c of VISIBLE_R32) {
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$/);
      for (const m of c.text.matchAll(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}\b/g)) expect(`${m[1]}.${m[2]}.${m[3]}`, `${c.id}: ${m[0]}`).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)$/);
    }
  });

  it.each(VISIBLE_R32.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
  });

  it('none is firmly wrong', () => {
    const firm = VISIBLE_R32.flatMap((c) => {
      const f = faults(c, explain(c.text));
      return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
    });
    expect(firm).toEqual([]);
  });

  it('the ones not read right yet are exactly those listed', () => {
    const wrong = VISIBLE_R32.filter((c) => faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
    expect(wrong.sort()).toEqual(Object.keys(LEFT).sort());
  });
});

describe('blind round visible32: what each fix rests on', () => {
  it('the user\'s disk quota after a local delivery error is a full mailbox, with the quota words as evidence', () => {
    for (const id of ['postfix-disk-quota-plain', 'postfix-append-file-disk-quota-client', 'postfix-virtual-maildir-disk-quota-plain', 'postfix-bsd-disc-quota-plain']) {
      const c = byId(id);
      const [x] = explain(c.text).recipients;
      expect(x.reason, id).toBe('mailboxfull');
      expect(x.hardBounce, id).toBe(false);
      const ev = x.evidence.find((e) => e.field === 'reason');
      expect(ev, id).toBeDefined();
      expect(c.text.slice(ev!.start, ev!.end).toLowerCase(), id).toMatch(/dis[ck]\s+quota\s+exceeded/);
    }
  });

  it('a lock or a permission after the same words stays the receiving host\'s fault', () => {
    for (const id of ['postfix-cannot-update-lock-plain', 'postfix-include-permission-client']) {
      const [x] = explain(byId(id).text).recipients;
      expect(x.reason, id).toBe('systemerror');
    }
  });

  it('Exim\'s own words that the domain\'s mail hosts do not exist are an unknown host, never a sure bad address; its temporary lookup failure is not', () => {
    // The domain is there and its mail set-up is not (or the sending Exim ignored its hosts):
    // the reason with its words, unsure, no address removed (as trust cases r30-dns-exim-*).
    for (const id of ['exim-mx-nonexistent-client', 'exim-lookups-failed-plain', 'exim-mx-nonexistent-alias-plain']) {
      const [x] = explain(byId(id).text).recipients;
      expect(x.reason, id).toBe('hostunknown');
      expect(x.confidence, id).toBe('low');
      expect(x.hardBounce, id).toBe(false);
      expect(x.permanent, id).not.toBe(false);
      expect(x.trail.map((t) => t.rule), id).toContain('decision.mail-hosts-not-in-dns');
    }
    const temp = explain('<taro@example.net>: all host address lookups failed temporarily').recipients[0];
    expect(temp?.reason).not.toBe('hostunknown');
    expect(temp?.hardBounce ?? false).toBe(false);
  });
});

/** Copies not read right yet, and why (each still not firmly wrong). */
const LEFT_COPIES: Record<string, string> = {};

describe('blind round visible32: the same texts as copies change them', () => {
  const cases = COPIES.flatMap(([how, copy]) => VISIBLE_R32.filter((c) => !(c.id in LEFT)).map((c) => [`${c.id}, ${how}`, c, copy] as const));
  it.each(cases.filter(([name]) => !(name in LEFT_COPIES)))('%s', (_name, c, copy) => {
    expect(faults(c, explain(copy(c.text))).faults).toEqual([]);
  });
  it('none of the copies is firmly wrong', () => {
    const firm = cases.filter(([, c, copy]) => faults(c, explain(copy(c.text))).firm).map(([name]) => name);
    expect(firm).toEqual([]);
  });
  it('the copies not read right yet are exactly those listed', () => {
    const wrong = cases.filter(([, c, copy]) => faults(c, explain(copy(c.text))).faults.length > 0).map(([name]) => name);
    expect(wrong.sort()).toEqual(Object.keys(LEFT_COPIES).sort());
  });
});
