/**
 * The checks every language case makes of its one recipient's verdict (languages-regional and
 * languages-templates): the reason as expected and resting on words or a code of the text,
 * hard bounce and permanence where the case gives them, an unsure answer where the words do
 * not settle it, nothing permanent or removed in a delay, and never a hard bounce at low
 * confidence.
 */
import { expect } from 'vitest';
import type { ReasonId, Report } from '../../src/lib/core/types.ts';

export interface ExpectedVerdict {
  reason?: readonly ReasonId[];
  hard?: boolean;
  permanent?: boolean;
  unsure?: boolean;
}

export function expectLanguageVerdict(report: Report, c: ExpectedVerdict): void {
  const r = report.recipients[0];
  if (c.reason) expect(c.reason).toContain(r.reason);
  if (c.reason && r.reason !== 'onhold') {
    // The reason rests on words or a code of the text.
    const ev = r.evidence.find((e) => e.field === 'reason');
    expect(ev).toBeDefined();
    expect(ev!.end).toBeGreaterThan(ev!.start);
  }
  if (c.hard !== undefined) expect(r.hardBounce).toBe(c.hard);
  if (c.permanent !== undefined) expect(r.permanent).toBe(c.permanent);
  if (c.unsure) {
    expect(r.confidence).not.toBe('high');
    expect(r.hardBounce).toBe(false);
  }
  if (report.kind === 'delay') {
    expect(r.hardBounce).toBe(false);
    expect(r.permanent).not.toBe(true);
  }
  // A hard bounce is never given with low confidence.
  if (r.hardBounce) expect(r.confidence).not.toBe('low');
}
