/**
 * The engine's public types. Everything `explain()` returns is described here.
 *
 * Offsets: every `start`/`end` pair is a half-open range `[start, end)` into
 * `Report.document`, counted in UTF-16 code units (JavaScript string indices).
 */

/** The fixed reason taxonomy (Sisimai's names, plus `failedstarttls` and `suppressed`). */
export const REASON_IDS = [
  'userunknown',
  'hostunknown',
  'hasmoved',
  'mailboxfull',
  'suspend',
  'notaccept',
  'filtered',
  'rejected',
  'blocked',
  'badreputation',
  'requireptr',
  'authfailure',
  'securityerror',
  'spamdetected',
  'virusdetected',
  'policyviolation',
  'notcompliantrfc',
  'contenterror',
  'mesgtoobig',
  'exceedlimit',
  'norelaying',
  'speeding',
  'toomanyconn',
  'syntaxerror',
  'systemerror',
  'systemfull',
  'networkerror',
  'expired',
  'mailererror',
  'failedstarttls',
  'suppressed',
  'onhold',
  'undefined',
  'delivered',
  'feedback',
  'vacation',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

/** Reasons that describe something other than a failed delivery. */
export const NON_FAILURE_REASONS: readonly ReasonId[] = ['delivered', 'feedback', 'vacation'];

/** What sort of message the input was. */
export type ReportKind =
  | 'dsn' // a machine-readable delivery status notification (RFC 3464) reporting failure
  | 'bounce' // a human-readable bounce without a machine-readable part
  | 'smtp-reply' // a bare SMTP reply, pasted on its own
  | 'delay' // a warning: delivery is delayed, the server keeps trying
  | 'delivered' // a success report (Action: delivered / relayed / expanded)
  | 'auto-reply' // an automatic reply such as out-of-office (RFC 3834)
  | 'feedback-report' // an ARF complaint or feedback report (RFC 5965)
  | 'read-receipt' // a message disposition notification (RFC 8098)
  | 'unknown'; // nothing we recognise as a report

/** Who has to do something about it. */
export type Owner = 'sender' | 'sender-admin' | 'recipient' | 'recipient-admin' | 'nobody';

/** The SMTP stage at which the receiving server refused. */
export type SmtpCommand = 'CONN' | 'HELO' | 'EHLO' | 'STARTTLS' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA' | 'BDAT';

/** A range of the document that supports a claim. */
export interface Evidence {
  /** What this range supports: a field name (`status`, `address`, ...) or `reason`. */
  field: string;
  start: number;
  end: number;
  /** A short note on why this range matters (for `reason`, the rule that matched). */
  note?: string;
}

/** A labelled part of the document (for raw messages: headers, the human-readable part, ...). */
export interface Section {
  label: string;
  start: number;
  end: number;
}

export interface Warning {
  /** Stable id, e.g. `input-truncated`, `status-class-mismatch`. */
  code: string;
  message: string;
}

export interface RecipientReport {
  /** The final recipient address, lower-cased domain; empty string when the bounce names none. */
  address: string;
  /** The address the sender originally wrote (DSN Original-Recipient), when it differs or is given. */
  originalRecipient: string | null;
  /** DSN action: failed, delayed, delivered, relayed, expanded; or null when not stated. */
  action: string | null;
  /** The most specific real RFC 3463 code found, e.g. `5.1.1`; null when none. */
  status: string | null;
  /** Every status code seen for this recipient, with where it came from. */
  statuses: { code: string; from: 'dsn' | 'diagnostic' | 'text' }[];
  /** The basic SMTP reply code, e.g. `550`; null when none. */
  replyCode: string | null;
  /** The receiving server's own words, unfolded. */
  diagnostic: string | null;
  /** The host that answered (DSN Remote-MTA or the host named in the text). */
  remoteMta: string | null;
  /** The SMTP stage that failed. */
  command: SmtpCommand | null;
  reason: ReasonId;
  /** The reason's title in plain words ("Mailbox does not exist"). */
  title: string;
  /** Will resending the same message fail again? null when it cannot be told. */
  permanent: boolean | null;
  /** The address itself is bad and should be removed from the list. */
  hardBounce: boolean;
  owner: Owner;
  /** One plain sentence saying what happened. */
  summary: string;
  /** Ordered, concrete steps. */
  actions: string[];
  /** Id of the provider rule that decided the reason, when one did. */
  rule: string | null;
  evidence: Evidence[];
}

export interface MessageFields {
  reportingMta: string | null;
  arrivalDate: string | null;
  /** Message-ID of the original (returned) message. */
  originalMessageId: string | null;
  subject: string | null;
  from: string | null;
  to: string | null;
  date: string | null;
}

export interface Report {
  kind: ReportKind;
  /** Id of the MTA or vendor layout that was recognised (`postfix`, `exim`, `rfc3464`, ...). */
  format: string | null;
  /** Id of the receiving service, when it can be told (`google`, `microsoft`, ...). */
  provider: string | null;
  /** Human names of the format and the provider ("Postfix", "Gmail / Google Workspace"). */
  formatLabel: string | null;
  providerLabel: string | null;
  message: MessageFields;
  /** Evidence for the message fields and for `kind`. */
  messageEvidence: Evidence[];
  warnings: Warning[];
  recipients: RecipientReport[];
  /** The text the spans point into. */
  document: string;
  sections: Section[];
  /** True when some of the input was not read (see warnings for what and why). */
  truncated: boolean;
}
