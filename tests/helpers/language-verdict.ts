/**
 * The checks every language case makes of its one recipient's verdict (languages-regional and
 * languages-templates): the reason as expected and resting on words or a code of the text,
 * hard bounce and permanence where the case gives them, an unsure answer where the words do
 * not settle it, nothing permanent or removed in a delay, and never a hard bounce at low
 * confidence.
 */
import { expect } from 'vitest';
import type { ReasonId, Report, ReportKind } from '../../src/lib/core/types.ts';
import { explain } from '../../src/lib/core/index.ts';

export interface ExpectedVerdict {
  reason?: readonly ReasonId[];
  hard?: boolean;
  permanent?: boolean;
  unsure?: boolean;
}

/**
 * One case of a language round (languages-r22 … r25): its language and family, the words with
 * their source, and the verdict expected (`reason`: any of these, undefined: not asserted;
 * `hard` and `permanent`: asserted when given; `unsure`: not `high`, no hard bounce).
 */
export interface LanguageRoundCase<F extends string> extends ExpectedVerdict {
  lang: string;
  family: F;
  what: string;
  /** Where the words come from (see the round's sources). */
  source: string;
  text: string;
  /** The recipient read; null: none named (a bare reply). */
  address: string | null;
  kind: readonly ReportKind[];
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

/** A case of a blind language round (languages-r21, -r22): the text, what it is, where it failed. */
export interface RoundCase extends ExpectedVerdict {
  text: string;
  kind: readonly string[];
  address: string | null;
}

/**
 * One case of a blind language round. A case left open by the round is held to "never
 * confidently wrong" only: no hard bounce the words do not give, no sure wrong reason. The
 * others must read their kind, their one recipient and its verdict.
 */
export function expectRoundCase(c: RoundCase, open: boolean): void {
  const report = explain(c.text);
  if (open) {
    const firm = report.recipients.filter((x) => (x.hardBounce && c.hard !== true) || (x.confidence === 'high' && c.reason !== undefined && !c.reason.includes(x.reason)));
    expect(firm.map((x) => `${x.address} ${x.reason}`)).toEqual([]);
    return;
  }
  expect(c.kind).toContain(report.kind);
  expect(report.recipients.map((x) => x.address ?? null)).toEqual([c.address]);
  expectLanguageVerdict(report, c);
}
