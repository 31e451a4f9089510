/**
 * How sure the words are: one row per confidence, the only place that decides how firmly the
 * headline, the steps, the badges, the roll-up lines, "Copy summary" and the CLI speak.
 *
 * - `high`: the server's words (or a provider's documented code) say the cause: stated as fact.
 * - `medium`: the bounce points to the cause without settling it (a sending tool's own label, a
 *   cause pasted alone): said to be likely, and a bad address is checked before it is removed.
 * - `low`: a guess from the codes or the stage, or words that allow more than one cause: the
 *   headline says what is not known, and no step removes the address.
 *
 * Data only, no imports of the knowledge tables: the page and the CLI read it without bundling
 * the engine's knowledge. The Report's facts (`hardBounce`, `reason`, `confidence`) do not
 * change with it, only the words.
 */
import type { Confidence } from './types.ts';

export interface Hedge {
  /**
   * The headline's first half for a failure: `{verdict}` is the reason's own words
   * (`ReasonInfo.verdict`), `{likely}` their medium form (`ReasonInfo.likely`), `{lower}` the
   * reason's words with a lower-case first letter. A reason whose words already say the cause is
   * unknown (`ReasonInfo.unsure`) keeps them at every confidence.
   */
  what: string;
  /** The same for a text that is no failure (a delivery report, an automatic reply). */
  whatNotFailure: string;
  /** The headline's second half, `{todo}` being the reason's (or the owner's) own. */
  todo: string;
  /** The headline's second half for a bad-address reason (the address is the cause). */
  addressTodo: string | null;
  /** The first sender step for a bad-address reason: what to check before removing it (`{address}`). */
  addressFirstStep: string | null;
  /**
   * Whether the steps may tell to remove or suppress the address outright: `keep` as the reason
   * has them, `after-check` only where `addressFirstStep` stands first, `never` not at all.
   */
  removal: 'keep' | 'after-check' | 'never';
  /** The cause in "The sending server gave up retrying (…)": `{title}` is the reason's title, lower-cased. */
  gaveUp: string;
  /**
   * The provider's own note in the summary, in brackets: `{note}` as it is (first letter upper
   * case), `{lower}` with a common first word in lower case ("QQ Mail …", "the recipient …").
   */
  ruleNote: string;
  /** Said after the summary of a failure, or null. */
  summaryNote: string | null;
  /** A word before the roll-up's verb for a bad address ("1 address probably does not exist"). */
  adverb: string;
  /** After a roll-up line of a cause that is not the address ("1 recipient: mailbox full (likely)"). */
  rollupNote: string;
  /** What resending to a bad address does. */
  resendToBadAddress: string;
  /** The address badge of a hard bounce, for one address and for several. */
  removeOne: string;
  removeMany: string;
  /** The banner's label of a hard bounce, and of a failure someone must act on. */
  badAddressLabel: string;
  actionLabel: string;
  /** The CLI's tag of a hard bounce. */
  cliHardBounce: string;
}

export const HEDGE: Record<Confidence, Hedge> = {
  high: {
    what: '{verdict}',
    whatNotFailure: '{verdict}',
    todo: '{todo}',
    addressTodo: null,
    addressFirstStep: null,
    removal: 'keep',
    gaveUp: '({title})',
    ruleNote: '({note}.)',
    summaryNote: null,
    adverb: '',
    rollupNote: '',
    resendToBadAddress: 'resending will fail',
    removeOne: 'Remove this address',
    removeMany: 'Remove these addresses',
    badAddressLabel: 'Bad address',
    actionLabel: 'Action needed',
    cliHardBounce: 'hard bounce: remove the address',
  },
  medium: {
    what: '{likely}',
    whatNotFailure: '{likely}',
    todo: '{todo}',
    addressTodo: 'check the address; if it is right, remove it from your list',
    addressFirstStep:
      'Check {address} first (a typo, an old address) with the person another way if you can; if it is right, remove it from your list: the bounce points to a bad address but does not settle it.',
    removal: 'after-check',
    gaveUp: '(probably: {title})',
    ruleNote: '(Probably {lower}.)',
    summaryNote: 'The bounce points to this cause but does not settle it beyond doubt.',
    adverb: 'probably ',
    rollupNote: ' (likely)',
    resendToBadAddress: 'resending will probably fail',
    removeOne: 'Likely bad address — check it before removing it',
    removeMany: 'Likely bad addresses — check them before removing them',
    badAddressLabel: 'Likely bad address',
    actionLabel: 'Action needed',
    cliHardBounce: 'likely hard bounce: check the address, then remove it',
  },
  low: {
    what: 'Not sure why this failed: perhaps {lower}',
    whatNotFailure: 'Not sure what this is: perhaps {lower}',
    todo: 'if so, {todo}',
    addressTodo: 'check the address before you send again',
    addressFirstStep: 'The bounce does not say in words that {address} is bad: check it (a typo, a closed account) with the person another way before you remove it.',
    removal: 'never',
    gaveUp: '(the cause is not clear; perhaps {title})',
    ruleNote: '(Perhaps {lower}.)',
    summaryNote: null,
    adverb: 'possibly ',
    rollupNote: ' (not sure)',
    resendToBadAddress: 'resending may fail',
    removeOne: 'Check this address',
    removeMany: 'Check these addresses',
    badAddressLabel: 'Possibly bad address',
    actionLabel: 'Not sure — action may be needed',
    cliHardBounce: 'possible hard bounce: check the address',
  },
};

/**
 * Steps that remove or suppress the address outright, in the reasons' words: left out where the
 * confidence does not allow it (`removal`). A step that removes only after a check ("once you
 * have a working one" is no check of this address) is one too.
 */
export const REMOVES_ADDRESS = /^(?:If it (?:is spelled right|stays disabled), )?remove (?:\{address\}|the address|it|[^\s:@]+@[^\s:@]+) from your list|^Remove (?:\{address\}|the address|[^\s:@]+@[^\s:@]+) from your list|^Suppress the address in your sending system/i;
