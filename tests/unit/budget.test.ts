/**
 * The work budget (src/lib/core/budget.ts): a pathological paste ends with a partial
 * Report that says so, never a stall. Asserted on the Report (its warning, its shape, that
 * the same input always gives the same Report), never on time.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LIMITS } from '../../src/lib/core/limits.ts';
import { Budget, withBudget, budget, runMemo, WorkBudgetExceeded } from '../../src/lib/core/budget.ts';
import { FAMILIES } from '../../bench/worst-families.ts';
import type { Report } from '../../src/lib/core/types.ts';
import { TextView } from '../../src/lib/core/text/view.ts';

const CAP = LIMITS.maxInputLength;
const family = (id: string) => {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`no family ${id}`);
  return f;
};
const budgetWarning = (r: Report) => r.warnings.find((w) => w.code === 'work-budget');

/** Run with a smaller budget (the mechanism, on small inputs). */
function withLimit<T>(limit: number, fn: () => T): T {
  const limits = LIMITS as { workBudget: number };
  const saved = limits.workBudget;
  limits.workBudget = limit;
  try {
    return fn();
  } finally {
    limits.workBudget = saved;
  }
}

describe('the work budget', () => {
  it('counts work and stops the run where it is spent, saying where', ({ expect }) => {
    const b = new Budget(100);
    b.spend(60, 10);
    expect(b.used).toBe(60);
    let thrown: unknown = null;
    try {
      b.spend(50, 1234);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(WorkBudgetExceeded);
    expect((thrown as WorkBudgetExceeded).at).toBe(1234);
    // Outside explain() the budget never runs out, and withBudget restores it.
    const outer = budget();
    expect(() => outer.spend(1e15)).not.toThrow();
    withBudget(new Budget(5), () => expect(budget().limit).toBe(5));
    expect(budget()).toBe(outer);
  });

  it('ends a paste of millions of short lines with a partial Report of its start, and a warning', ({ expect }) => {
    const input = family('short-lines').make(CAP);
    const r = explain(input);
    const w = budgetWarning(r);
    expect(w?.message).toMatch(/^Only the first [\d.]+ (?:KB|MB) of 8\.0 MB were read: .*work budget.*covers the start only\.$/);
    expect(r.truncated).toBe(true);
    // The Report is whole for what was read: its document is the start of the paste ...
    expect(r.document.length).toBeGreaterThan(1000);
    expect(r.document.length).toBeLessThan(input.length / 4);
    expect(input.startsWith(r.document)).toBe(true);
    // ... and the reply at the top is explained as usual.
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0].reason).toBe('userunknown');
    expect(r.recipients[0].status).toBe('5.1.1');
    for (const e of r.recipients[0].evidence) expect(e.end).toBeLessThanOrEqual(r.document.length);
  });

  it('stops a paste of hundreds of thousands of recipient blocks with the first ones explained', ({ expect }) => {
    const input = family('address-per-line').make(CAP);
    const r = explain(input);
    expect(budgetWarning(r)).toBeDefined();
    expect(r.truncated).toBe(true);
    expect(r.kind).toBe('bounce');
    expect(r.recipients.length).toBeGreaterThan(100);
    expect(r.recipients[0].address).toBe('u0@example.net');
    expect(r.recipients.every((x) => x.reason === 'userunknown')).toBe(true);
  });

  it('gives the same partial Report every time (it counts work, not time)', ({ expect }) => {
    const input = family('pasted-dsn-long-text').make(CAP);
    const a = explain(input);
    const b = explain(input);
    expect(budgetWarning(a)).toBeDefined();
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('never touches an ordinary bounce, even a long one', ({ expect }) => {
    // A real bounce with a long returned message: 2 MB of ordinary text after the notice.
    const notice = 'This is the mail system at host mail.example.com.\n\n<nobody@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <nobody@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n';
    const body = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n'.repeat(25_000);
    const r = explain(notice + body);
    expect(budgetWarning(r)).toBeUndefined();
    expect(r.truncated).toBe(false);
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([['nobody@example.org', 'userunknown']]);
  });

  it('gathers at most about maxViewLength characters of words into one view', ({ expect }) => {
    const words = 'the mailbox is not known here '.repeat(200_000); // 6 MB
    const view = new TextView().append(words, 0, words.length).append(words, 0, 100);
    expect(view.length).toBeGreaterThanOrEqual(LIMITS.maxViewLength);
    expect(view.length).toBeLessThanOrEqual(2 * LIMITS.maxViewLength);
    expect(words.startsWith(view.text)).toBe(true);
    // The Report of such a paragraph still reads its start, and says the words were cut.
    const r = explain('550 5.1.1 ' + words);
    expect(r.recipients[0].reason).toBe('userunknown');
    expect(r.recipients[0].diagnostic?.length).toBe(LIMITS.maxDiagnosticLength);
    expect(r.warnings.map((w) => w.code)).toContain('diagnostic-cut');
    expect(budgetWarning(r)).toBeUndefined();
  });

  it('retries on a shorter start with a smaller budget, and gives up with a warning when even that is too much', ({ expect }) => {
    const input = '550 5.1.1 <nobody@example.org> user unknown\n' + 'x\n'.repeat(5000);
    // Enough for a start of the paste, not for all of it.
    const part = withLimit(100_000, () => explain(input));
    expect(budgetWarning(part)?.message).toMatch(/^Only the first \d+ KB of 10 KB were read/);
    expect(part.recipients[0]?.reason).toBe('userunknown');
    // Too little for anything: an empty Report that says why.
    const none = withLimit(10, () => explain(input));
    expect(none.recipients).toEqual([]);
    expect(none.kind).toBe('unknown');
    expect(none.truncated).toBe(true);
    expect(none.warnings).toEqual([{ code: 'work-budget', message: expect.stringMatching(/even in part: nothing could be explained/) }]);
  });

  it('keeps the answers of pure checks for one run alone: a new run starts with none, and outside explain() none is kept', ({ expect }) => {
    const check = {};
    expect(runMemo(check)).toBeNull();
    const first = withBudget(new Budget(1e9), () => {
      const memo = runMemo(check)!;
      memo.set('Status: Bounced', false);
      // The same memo for the same check all through the run.
      expect(runMemo(check)).toBe(memo);
      expect(runMemo({})).not.toBe(memo);
      return memo;
    });
    withBudget(new Budget(1e9), () => {
      const memo = runMemo(check)!;
      expect(memo).not.toBe(first);
      expect(memo.size).toBe(0);
    });
    expect(runMemo(check)).toBeNull();
  });

  it('reads 8 MB of label lines ("Status: Bounced" / "Recipient: <a>") to the same partial Report as a run that checks every line anew', ({ expect }) => {
    // The reason-first reader asks whether the same few words read like an error thousands of
    // times; the run answers each once (runMemo). The budget counts the same work either way,
    // so the run stops at the same place: the Report of the input's start, with its warning.
    const input = family('label-lines').make(CAP);
    const r = explain(input);
    expect(budgetWarning(r)?.message).toMatch(/^Only the first 1\.1 MB of 8\.0 MB were read/);
    expect(r.truncated).toBe(true);
    expect(r.recipients).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['not-a-report', 'work-budget']);
  });
});
