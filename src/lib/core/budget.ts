/**
 * The work budget of one run of explain(). Every stage is meant to be linear in its input,
 * but a pasted text is untrusted: the budget makes sure that no input, however shaped,
 * keeps the page busy for long. It counts work, not time, so the same input always stops
 * at the same place and gives the same (partial) Report on any machine.
 *
 * Work is counted where the engine walks text: every line handed out by `eachLine` costs
 * its length plus LINE_UNITS (so a text of millions of tiny lines costs what it takes to
 * walk it), every character copied into a view of the server's words VIEW_CHAR_UNITS, and
 * readers spend ITEM_UNITS for each item they make (a recipient block, a DSN recipient, an
 * address of a header field). The weights are roughly the nanoseconds each piece of work
 * takes on a laptop core, so the budget (LIMITS.workBudget) is about a time without ever
 * reading a clock.
 *
 * When a run spends more than its budget, it stops at once (spend() throws
 * WorkBudgetExceeded, which only explain() catches) and explain() starts again on the
 * start of the input: a quarter of what had been read when the budget ran out, with half
 * the budget, at most RETRIES times. The Report is then a whole Report of that start, with
 * a `work-budget` warning saying how much was read, and is marked truncated. So a run
 * spends at most 1.75 times the budget, whatever is pasted.
 *
 * Explaining the recipients is not counted: its work is bounded by the caps in limits.ts
 * (at most maxRecipients recipients, each read for at most maxDiagnosticLength characters).
 */

/** Walking one line, beyond its characters (one unit each): the loop, the object, the readers' tests on it. */
export const LINE_UNITS = 48;
/** Copying one character into a view of the server's words (white space folded, offsets mapped). */
export const VIEW_CHAR_UNITS = 40;
/**
 * An item a reader makes beyond lines, with the work that follows for it: a recipient
 * block of the text (its view, codes, stage), a DSN recipient, an address of a header field.
 */
export const ITEM_UNITS = 6000;
/** How many times explain() starts again on a shorter start of the input. */
export const RETRIES = 2;

/** Thrown by spend() when the budget is spent; caught by explain() alone. */
export class WorkBudgetExceeded extends Error {
  constructor(
    /** Document offset of the work that ran the budget out (-1: not known). */
    readonly at: number,
  ) {
    super('work budget exceeded');
  }
}

export class Budget {
  used = 0;
  /** Length of the document being read (set once the input is scanned; -1 before). */
  documentLength = -1;

  /**
   * Answers of pure checks on words (the same answer for the same words, whatever else is
   * read), kept for this run alone, by check: one document that repeats the same words
   * ("Status: Bounced" above each of thousands of recipients) has them checked once. Made
   * per run, so nothing is kept from one explain() call to the next.
   */
  memos: Map<object, Map<string, boolean>> | null = null;

  constructor(readonly limit: number) {}

  /** Spend `units` on work at document offset `at` (-1: no offset); throws once the budget is spent. */
  spend(units: number, at = -1): void {
    this.used += units;
    if (this.used > this.limit) throw new WorkBudgetExceeded(at);
  }
}

/** Used outside explain() (readers called on their own, in tests): never runs out. */
const UNLIMITED = new Budget(Infinity);
let current: Budget = UNLIMITED;

/** The budget of the run in progress. */
export function budget(): Budget {
  return current;
}

/** Run `fn` with `b` as the budget (explain() is synchronous, so one current budget is enough). */
export function withBudget<T>(b: Budget, fn: () => T): T {
  const previous = current;
  current = b;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * The memo of the run in progress for `check` (a module's own key object): the answers it
 * gave this run, by the words checked. Null outside explain() (readers called on their own),
 * where nothing is kept.
 */
export function runMemo(check: object): Map<string, boolean> | null {
  if (current === UNLIMITED) return null;
  const memos = (current.memos ??= new Map());
  let memo = memos.get(check);
  if (!memo) memos.set(check, (memo = new Map()));
  return memo;
}
