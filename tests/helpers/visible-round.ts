/**
 * The tests of a blind round of visible texts (tests/fixtures/visible-layouts.ts,
 * client-views.ts): each case reads right or is listed as left, none is firmly wrong, every
 * case's ids and sources are its own with reserved names only, and each reads the same in
 * every way a copy changes it (quoted, unindented, double-spaced, no-break spaces, CRLF,
 * paragraphs joined, a 40-column view).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { Report } from '../../src/lib/core/types.ts';
import type { VisibleLayout } from '../fixtures/visible-layouts.ts';
import { visibleFaults } from './visible-faults.ts';
import { COPIES_AND_SPACING as COPIES } from './views.ts';

export interface VisibleRound {
  /** "blind round layout16". */
  round: string;
  /** What the cases are: the title of the first group of tests. */
  title: string;
  cases: readonly VisibleLayout[];
  /** Fewer cases than this is no round. */
  atLeast: number;
  /** The cases not read right yet, and why (each still not firmly wrong). */
  left: Record<string, string>;
  /** Copies not read right yet ("<id>, <how>"), and why. */
  leftCopies: Record<string, string>;
  /** Addresses the client's header lines and the notices' own lines name: never a recipient. */
  notRecipients: readonly string[];
}

export function visibleRound(o: VisibleRound): void {
  const faults = (c: VisibleLayout, r: Report) => visibleFaults(c, r, o.notRecipients);

  describe(`${o.round}: ${o.title}`, () => {
    it('are many, each with its own id and source, reserved names only', () => {
      expect(o.cases.length).toBeGreaterThanOrEqual(o.atLeast);
      expect(new Set(o.cases.map((c) => c.id)).size).toBe(o.cases.length);
      for (const c of o.cases) expect(c.source.length, c.id).toBeGreaterThan(20);
      for (const c of o.cases) {
        for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$|^googlemail\.com$/);
      }
    });

    it.each(o.cases.filter((c) => !(c.id in o.left)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
      const r = explain(c.text);
      expect(faults(c, r).faults).toEqual([]);
      for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
    });

    it('none is firmly wrong', () => {
      const firm = o.cases.flatMap((c) => {
        const f = faults(c, explain(c.text));
        return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
      });
      expect(firm).toEqual([]);
    });

    it('the ones not read right yet are exactly those listed', () => {
      const wrong = o.cases.filter((c) => faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
      expect(wrong.sort()).toEqual(Object.keys(o.left).sort());
    });
  });

  describe(`${o.round}: the same texts as copies change them`, () => {
    const cases = COPIES.flatMap(([how, copy]) => o.cases.filter((c) => !(c.id in o.left)).map((c) => [`${c.id}, ${how}`, c, copy] as const));
    it.each(cases.filter(([name]) => !(name in o.leftCopies)))('%s', (_name, c, copy) => {
      expect(faults(c, explain(copy(c.text))).faults).toEqual([]);
    });
    it('the copies not read right yet are exactly those listed', () => {
      const wrong = cases.filter(([, c, copy]) => faults(c, explain(copy(c.text))).faults.length > 0).map(([name]) => name);
      expect(wrong.sort()).toEqual(Object.keys(o.leftCopies).sort());
    });
  });
}
