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
  /**
   * How the section's text was decoded from the bytes as sent ("base64, iso-2022-jp", "HTML
   * turned into text", "encoded words"): spans in it point into the decoded text, not at
   * the bytes. Absent when the section holds the bytes as they stand (line ends aside).
   */
  decoded?: string;
}

export interface Warning {
  /** Stable id, e.g. `input-truncated`, `status-class-mismatch`. */
  code: string;
  message: string;
}

/**
 * How sure the engine is of the reason:
 * - `high`: the server's words (or a provider's documented code) state the cause;
 * - `medium`: a specific code or the layout decides, without words that say it;
 * - `low`: a weak guess from a broad default (a status class such as 5.7.x, a bare reply
 *   code, the SMTP stage); the summary says the bounce gives no cause in words.
 */
export type Confidence = 'high' | 'medium' | 'low';

/** One rule that matched while the reason was decided (the decision trail). */
export interface TrailEntry {
  /** Stable rule id: `phrase.userunknown.no-such-user`, `provider.microsoft.5.4.1`, `status.5.1.1`, `stage.mail-from`. */
  rule: string;
  /** The reason this rule points to. */
  reason: ReasonId;
  /** Where the rule comes from: an RFC section, a vendor's page (URL), or the observed wording it follows. */
  source: string;
  /** What it matched in the document; `start === end` when it matched nothing in the text (a default). */
  start: number;
  end: number;
  /** `won` decided the reason; `lost` also matched but gave way; `adjusted` changed the winner's reason (e.g. the SMTP stage). */
  outcome: 'won' | 'lost' | 'adjusted';
  /** What matched, or why it lost / what it changed, in plain words. */
  note: string;
}

/** Where a recipient's address was read from (only recipient positions count). */
export type AddressSource =
  | 'dsn' // Final-Recipient / Original-Recipient
  | 'mta' // the MTA's own recipient line or block in the human-readable text
  | 'x-failed-recipients' // the X-Failed-Recipients header
  | 'transcript' // an SMTP transcript's RCPT TO
  | 'returned-to'; // last resort: the returned message's To: (a warning says so)

/** Who a step is for. */
export type Audience = 'sender' | 'admin';

/** One step of what to do. */
export interface Step {
  /** `sender`: the person who sent the mail; `admin`: their mail administrator (technical). */
  audience: Audience;
  /** Plain text; may contain https URLs (the page turns them into links). */
  text: string;
}

/** How bad it is for the sender, for colour and icon (never colour alone). */
export type Tone = 'address-bad' | 'sender-fix' | 'temporary' | 'not-failure' | 'unknown';

/** A one-line answer in plain words: what happened and what to do. */
export interface Headline {
  text: string;
  tone: Tone;
}

/** A blocklist (DNSBL/RBL or a provider's own list) named as the cause of a refusal. */
export interface BlocklistHit {
  /** Stable id, e.g. `spamhaus-zen`, `barracuda`, `microsoft`. */
  id: string;
  /** Its name as people know it ("Spamhaus ZEN"). */
  name: string;
  /** What is listed: the sending IP, a domain, the HELO name, a URL in the body; value when the bounce names it. */
  listed: { type: 'ip' | 'domain' | 'helo' | 'url' | 'unknown'; value: string | null };
  /** The list's lookup or delisting page. */
  lookup: string | null;
  /** Who must act on it (for Spamhaus's "query refused" answers this is the receiver's admin). */
  owner: Owner;
  /** One plain sentence on this listing. */
  note: string;
  /** The words in the document that name the list. */
  start: number;
  end: number;
}

/** One authentication result the bounce states (SPF, DKIM, DMARC, ARC, reverse DNS). */
export interface AuthCheck {
  method: 'spf' | 'dkim' | 'dmarc' | 'arc' | 'reverse-dns';
  /** Lower-case result as stated: pass, fail, softfail, neutral, none, temperror, permerror, or `fail` for "did not pass". */
  result: string;
  /** The domain (or IP for reverse DNS) the result is about, when stated. */
  subject: string | null;
  /**
   * Who stated it: `reply`, the refusing server's own words (the check that refused);
   * `returned-message`, an Authentication-Results or Received-SPF field of the returned
   * original, written by an earlier hop (often the sender's own server), shown only when
   * the refusal is about authentication.
   */
  from: 'reply' | 'returned-message';
  start: number;
  end: number;
}

export interface RecipientReport {
  /** The final recipient address (domain lower-cased); null when the bounce does not name it. */
  address: string | null;
  /** Where the address was read from; null when there is none. */
  addressSource: AddressSource | null;
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
  /** What happened and what to do, in one line. */
  headline: Headline;
  /** One plain sentence saying what happened. */
  summary: string;
  /** Ordered, concrete steps, each for the sender or their mail admin; the most useful first. */
  actions: Step[];
  /** Id of the rule that decided the reason (see `trail`); null when nothing decided. */
  rule: string | null;
  confidence: Confidence;
  /** How the reason was reached: the winner first, then what also matched and lost. */
  trail: TrailEntry[];
  /** The registry's meaning of the status (or reply) code, when there is a code. */
  codeMeaning: string | null;
  /** A provider's own meaning of its code, when a provider rule decided; shown beside `codeMeaning`. */
  providerMeaning: { provider: string; text: string; docs: string | null } | null;
  /** The blocklist named as the cause, when one is. */
  blocklist: BlocklistHit | null;
  /** Authentication results the bounce states (empty when it states none). */
  authentication: AuthCheck[];
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
  /** One line for the whole message: what happened and what to do (null when nothing was found). */
  headline: Headline | null;
  /**
   * The report was found quoted inside other mail (a forwarded bounce, a digest): it is
   * explained, but it is not itself a bounce delivered to the user.
   */
  quoted: boolean;
  warnings: Warning[];
  recipients: RecipientReport[];
  /** The text the spans point into. */
  document: string;
  sections: Section[];
  /** True when some of the input was not read (see warnings for what and why). */
  truncated: boolean;
}
