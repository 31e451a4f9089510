/**
 * The contract every format module keeps (see README.md in this folder).
 */
import type { AddressSource, ReasonId, ReportKind, SmtpCommand } from '../types.ts';
import type { Scan } from '../scan.ts';
import type { TextView } from '../text/view.ts';
import type { DsnReading } from '../read/dsn-recipients.ts';

/** What a format reads from: the scanned input and its DSN fields (read once for all). */
export interface FormatInput {
  scan: Scan;
  dsn: DsnReading;
}

/** A value found in the document, with its span. */
export interface Found<T = string> {
  value: T;
  start: number;
  end: number;
  /** Set when the span holds the value as written, not as read (escapes decoded): says how. */
  note?: string;
}

/** A format's verdict on the reason, taken before the generic rules. */
export interface ReasonHint {
  reason: ReasonId;
  start: number;
  end: number;
  note: string;
  /**
   * The cause is a sending tool's own class of the bounce ("Reason: Invalid recipient", SES's
   * bounceSubType, SendGrid's classification), not the receiving server's words: a claim about
   * the reply the tool saw, so it decides at most with medium confidence.
   */
  claim?: boolean;
}

/** One recipient as a format read it, before classification. */
export interface RawRecipient {
  address: Found | null;
  /** Where the address was read from; a format's own recipient line or block (`mta`) when not set. */
  addressSource?: AddressSource;
  originalRecipient?: Found;
  /**
   * The address this recipient was expanded to on the way, when it differs from `address`
   * (the DSN's X-Actual-Recipient beside a Final-Recipient that names the alias; Sendmail's
   * "<target> … (expanded from: <alias>)" entry of the same recipient): the refusal is that
   * mailbox's.
   */
  expandedTo?: Found;
  action?: Found;
  /** The DSN `Status:` field. */
  status?: Found;
  /** The server's own words. */
  diagnostic?: TextView;
  /** The DSN Diagnostic-Code type (`smtp`, `x-unix`, `x-postfix`), lower-cased, with its span. */
  diagnosticType?: Found;
  remoteMta?: Found;
  command?: Found<SmtpCommand>;
  hint?: ReasonHint;
  /**
   * Whether the layout itself calls the failure permanent or temporary ("bounceType:
   * Transient", "Soft bounce"), for when no code and no DSN action says it.
   */
  permanent?: Found<boolean>;
  /** ARF feedback type, for feedback reports. */
  feedbackType?: Found;
  /** The words are a cause pasted on its own, with no notice, code or address around them. */
  causeOnly?: true;
  /**
   * Another failed group of the same address in the same report whose Status names another
   * cause (a gateway's two tries, one at each MX: "5.2.2" at one, "5.1.1" at the other): the
   * report disagrees with itself about the address (read/dsn-recipients.ts).
   */
  otherFailure?: RawRecipient;
}

export interface FormatResult {
  recipients: RawRecipient[];
  /** Set when the format knows the message is no failure report (auto-reply, ARF, ...). */
  kind?: ReportKind;
  /** The message is a warning that delivery is delayed, not a final failure. */
  delayed?: boolean;
  reportingMta?: Found;
}

export interface Format {
  /** kebab-case id, equal to the file name. */
  id: string;
  /** Human name: "Postfix", "Microsoft Exchange Online". */
  label: string;
  /** Where the layout is documented or what it was learnt from. */
  reference: string;
  /**
   * The provider (id) whose own servers alone write this layout: a notice in it names that
   * service even where the words carry only its software's signatures (`Provider.shared`).
   */
  service?: string;
  /**
   * Words of which the head of the text (`bodyHead`, lower-cased) holds at least one
   * whenever `detect` fits: the first test of `detect`, stated as data. The engine asks
   * for them first, all formats from one loop, and calls `detect` only when one is there;
   * most messages then touch few formats' code. Leave it out when `detect` can fit without
   * such words (a header, a pattern). With `needsSubject` or `needsFrom`, the words may
   * stand in the subject or the From (lower-cased) instead: `detect` fits only when one of
   * the three holds one of its words. tests/unit/format-needs.test.ts checks it.
   */
  needs?: readonly string[];
  needsSubject?: readonly string[];
  needsFrom?: readonly string[];
  /** Cheap test: is this message in this layout? No side effects. */
  detect(scan: Scan): boolean;
  /** Read the recipients; null when the message turns out not to be in this layout. */
  parse(input: FormatInput): FormatResult | null;
}
