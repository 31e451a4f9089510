/**
 * Blind round layout16 (tests/fixtures/visible-layouts.ts): the visible text of layouts that
 * are less common or were not held yet, as a mail client shows them (with its header lines
 * where it shows them). Each must give the kind, the recipients and the verdict its words
 * support; where the words do not settle the cause the engine must say so, and no address is
 * a hard bounce unless the words say the address is bad. None may be firmly wrong.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { Report } from '../../src/lib/core/types.ts';
import { VISIBLE_LAYOUTS, type VisibleLayout } from '../fixtures/visible-layouts.ts';
import { visibleFaults } from '../helpers/visible-faults.ts';
import { joinParagraphs, narrow } from '../helpers/views.ts';

/** The cases the engine does not read right yet, and why (each still not firmly wrong). */
const LEFT: Record<string, string> = {
  'thunderbird-connection-lost':
    "a mail program's own error that its connection to the outgoing server was lost names no recipient and no reply: it is read as no report (reading 'the message could not be sent' as a failure would also take a web form's error for a bounce)",
};

/** What a reading gets wrong (tests/helpers/visible-faults.ts); the client's header lines name these addresses. */
function faults(c: VisibleLayout, r: Report): { faults: string[]; firm: boolean } {
  return visibleFaults(c, r, ['john@example.com', 'john@example.net', 'helpdesk@example.com']);
}

describe('blind round layout16: visible text of less common layouts', () => {
  it('are many, each with its own id and source, reserved names only', () => {
    expect(VISIBLE_LAYOUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VISIBLE_LAYOUTS.map((c) => c.id)).size).toBe(VISIBLE_LAYOUTS.length);
    for (const c of VISIBLE_LAYOUTS) expect(c.source.length, c.id).toBeGreaterThan(20);
    for (const c of VISIBLE_LAYOUTS) {
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$|^googlemail\.com$/);
    }
  });

  it.each(VISIBLE_LAYOUTS.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
  });

  it('none is firmly wrong', () => {
    const firm = VISIBLE_LAYOUTS.flatMap((c) => {
      const f = faults(c, explain(c.text));
      return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
    });
    expect(firm).toEqual([]);
  });

  it('the ones not read right yet are exactly those listed', () => {
    const wrong = VISIBLE_LAYOUTS.filter((c) => faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
    expect(wrong.sort()).toEqual(Object.keys(LEFT).sort());
  });
});

/** The ways a copy changes a visible text: each case must read the same in each. */
const COPIES: [string, (t: string) => string][] = [
  ['quoted with ">"', (t) => t.split('\n').map((l) => `> ${l}`).join('\n')],
  ['no indentation', (t) => t.split('\n').map((l) => l.trim()).join('\n')],
  ['a blank line between all lines', (t) => t.replace(/\n/g, '\n\n')],
  ['no-break spaces', (t) => t.replace(/ /g, '\u00a0')],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['paragraphs joined', joinParagraphs],
  ['a 40-column view', narrow],
];

/** Copies not read right yet, and why (each still not firmly wrong). */
const LEFT_COPIES: Record<string, string> = {
  'outlook-forward-with-note-qmail, paragraphs joined':
    "the forward header made one line ('-----Original Message----- From: … Sent: … To: … Subject: failure notice') is no forward header: the note and the notice are read as one text, unsure, no address",
};

describe('blind round layout16: the same texts as copies change them', () => {
  const cases = COPIES.flatMap(([how, copy]) => VISIBLE_LAYOUTS.filter((c) => !(c.id in LEFT)).map((c) => [`${c.id}, ${how}`, c, copy] as const));
  it.each(cases.filter(([name]) => !(name in LEFT_COPIES)))('%s', (_name, c, copy) => {
    expect(faults(c, explain(copy(c.text))).faults).toEqual([]);
  });
  it('the copies not read right yet are exactly those listed', () => {
    const wrong = cases.filter(([, c, copy]) => faults(c, explain(copy(c.text))).faults.length > 0).map(([name]) => name);
    expect(wrong.sort()).toEqual(Object.keys(LEFT_COPIES).sort());
  });
});
