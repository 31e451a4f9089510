/**
 * Blind round layout17 (tests/fixtures/lhost-visible.ts): the visible text of layouts Sisimai
 * reads that our other fixtures held least, plain and as a mail client shows them. Each must
 * give the kind, the recipients and the verdict its words support; none may be firmly wrong,
 * and no address is a hard bounce unless the words say the address is bad.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { Report } from '../../src/lib/core/types.ts';
import { LHOST_VISIBLE } from '../fixtures/lhost-visible.ts';
import type { VisibleLayout } from '../fixtures/visible-layouts.ts';
import { visibleFaults } from '../helpers/visible-faults.ts';
import { COPIES } from '../helpers/views.ts';

/** The cases the engine does not read right yet, and why (each still not firmly wrong). */
const LEFT: Record<string, string> = {};

/** What a reading gets wrong (tests/helpers/visible-faults.ts); the client's header lines name these addresses. */
function faults(c: VisibleLayout, r: Report): { faults: string[]; firm: boolean } {
  return visibleFaults(c, r, ['john@example.com']);
}

describe('blind round layout17: visible text of the layouts Sisimai reads', () => {
  it('are many, two a layout, each with its own id and source, reserved names only', () => {
    expect(LHOST_VISIBLE.length).toBeGreaterThanOrEqual(22);
    expect(new Set(LHOST_VISIBLE.map((c) => c.id)).size).toBe(LHOST_VISIBLE.length);
    for (const c of LHOST_VISIBLE) expect(c.source, c.id).toMatch(/Lhost\/\w+\.pm/);
    for (const c of LHOST_VISIBLE) {
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$/);
    }
  });

  it.each(LHOST_VISIBLE.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
  });

  it('none is firmly wrong', () => {
    const firm = LHOST_VISIBLE.flatMap((c) => {
      const f = faults(c, explain(c.text));
      return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
    });
    expect(firm).toEqual([]);
  });

  it('the ones not read right yet are exactly those listed', () => {
    const wrong = LHOST_VISIBLE.filter((c) => faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
    expect(wrong.sort()).toEqual(Object.keys(LEFT).sort());
  });
});

/** Copies not read right yet, and why (each still not firmly wrong). */
const LEFT_COPIES: Record<string, string> = {};

describe('blind round layout17: the same texts as copies change them', () => {
  const cases = COPIES.flatMap(([how, copy]) => LHOST_VISIBLE.filter((c) => !(c.id in LEFT)).map((c) => [`${c.id}, ${how}`, c, copy] as const));
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
