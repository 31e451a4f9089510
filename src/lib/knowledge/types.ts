/**
 * Types of the knowledge layer: the plain-language explanations of reasons, enhanced
 * status codes (RFC 3463) and basic SMTP reply codes (RFC 5321). Data only, no DOM.
 *
 * All text here is our own wording, written for two readers at once: someone whose
 * message came back (plain words, no jargon without a hint) and a mail admin (precise
 * codes and terms). Strings are plain text: no HTML, no Markdown.
 */
import type { Owner, ReasonId } from '../core/types.ts';

/**
 * What resending does by default for a reason.
 * - `no`: resending to this address will not work; stop sending to it.
 * - `later`: a temporary condition; a later attempt (usually the sending server's own
 *   automatic retry) can succeed without anyone changing anything.
 * - `after-fix`: resend only after someone has fixed the cause (see the actions).
 * - `not-applicable`: not a failure (delivered, feedback, vacation).
 */
export type RetryAdvice = 'no' | 'later' | 'after-fix' | 'not-applicable';

/** What we know about one reason of the taxonomy. Treat as read-only: copy arrays before changing them. */
export interface ReasonInfo {
  id: ReasonId;
  /** Short, plain title, e.g. "Mailbox does not exist". Unique across reasons. */
  title: string;
  /** Exactly one plain sentence saying what happened. */
  meaning: string;
  /** Typical causes, 2 to 5 short items. */
  causes: string[];
  /** Who usually must act. The engine may decide otherwise for a particular bounce. */
  owner: Owner;
  /** False only for delivered, feedback and vacation. */
  failure: boolean;
  /**
   * The address itself is bad: true only for userunknown, hostunknown and hasmoved.
   * `notaccept` is false here; it is a hard bounce only with a permanent (5xx / 5.x.x)
   * code, which the engine decides per recipient.
   */
  hardBounce: boolean;
  /** What resending does by default. */
  retry: RetryAdvice;
  /**
   * What happened, as the first half of the one-line headline ("The address does not
   * exist"). `{server}` stands for the receiving service ("Gmail") or "The receiving server".
   */
  verdict: string;
  /**
   * `verdict` as said when the bounce points to this cause without settling it (confidence
   * medium, core/hedge.ts): "The address probably does not exist".
   */
  likely: string;
  /**
   * Only for a reason whose `verdict` already says the cause is unknown (onhold, undefined):
   * the words at every confidence. Others are hedged by core/hedge.ts ("Not sure why this
   * failed: perhaps …" at low).
   */
  unsure?: string;
  /** What to do, as the second half of the headline ("remove it from your list"), for the usual owner. */
  todo: string;
  /**
   * For a bad-address reason whose medium words (core/hedge.ts `addressTodo`, `addressFirstStep`:
   * "check the address; if it is right, remove it") do not fit its cause: the headline's second
   * half and the first sender step at confidence medium (`{address}` as in `actions`).
   */
  likelyTodo?: string;
  likelyFirstStep?: string;
  /**
   * Steps for the person who sent the mail, in plain words, most useful first (2 to 5 for
   * a failure). `{address}` stands for the recipient's address ("the address" when unnamed).
   */
  actions: string[];
  /** Technical steps for the sender's mail administrator (0 to 5), most useful first. */
  adminActions: string[];
  /** One or two sentences of extra detail for mail admins. */
  adminNote?: string;
}

/** One entry of the enhanced status code registry, keyed `X.subject.detail`. */
export interface StatusDetail {
  /** Short plain title, e.g. "Mailbox does not exist". */
  title: string;
  /** One or two plain sentences; notes where big providers use the number differently. */
  explanation: string;
  /** The defining document(s), e.g. "RFC 3463" or "RFC 7505; RFC 7504". */
  reference: string;
}

/** A class (first number: 2, 4, 5) or subject (second number: 0 to 7) of enhanced status codes. */
export interface StatusPart {
  title: string;
  /** One plain sentence. */
  explanation: string;
  /** A short noun phrase used to compose sentences, e.g. "security or policy". */
  about: string;
  reference: string;
}

export interface StatusExplanation {
  /** The code, normalised (trimmed, leading zeros dropped), e.g. "5.7.26". */
  code: string;
  /** True when the exact subject.detail is in the IANA registry. */
  known: boolean;
  title: string;
  /** Our own plain words, 1 or 2 sentences. Composed from class and subject for unknown codes. */
  explanation: string;
  /** What the first number (class) means. */
  classMeaning: string;
  /** What the second number (subject) means. */
  subjectMeaning: string;
  /** Class 5 true, class 4 false, class 2 null. */
  permanent: boolean | null;
  /** Class 2. */
  success: boolean;
  /** e.g. "RFC 3463". */
  reference: string;
}

/** One basic SMTP reply code. */
export interface ReplyInfo {
  title: string;
  /** One or two plain sentences. */
  explanation: string;
  reference: string;
}

export interface ReplyExplanation {
  code: string;
  /** True for codes in our table (RFC 5321 and the AUTH, STARTTLS and RFC 7504 codes). */
  known: boolean;
  title: string;
  explanation: string;
  /** First digit 5 true, 4 false, 2 and 3 null. */
  permanent: boolean | null;
  /** True for codes that no standard defines (e.g. 571, 541); explained by their first two digits. */
  nonStandard: boolean;
  reference: string;
}
