/** Plain words for the ids in a Report. Only wording lives here; the facts come from the Report. */
import type { AddressSource, Confidence, RecipientReport, ReportKind, SmtpCommand } from '../lib/core/types.ts';

export interface KindInfo {
  /** What the pasted thing is, as a short noun phrase. */
  title: string;
  detail: string;
}

export const KIND_INFO: Record<ReportKind, KindInfo> = {
  dsn: { title: 'A delivery status notification', detail: 'A machine-readable report from a mail system about the delivery.' },
  bounce: { title: 'A bounce message', detail: 'A mail system’s report that it could not deliver the message.' },
  'smtp-reply': { title: 'A mail server’s reply', detail: 'The answer a receiving mail server gave.' },
  delay: { title: 'A delay notice', detail: 'The message has not been delivered yet, and the mail system keeps trying.' },
  delivered: { title: 'A delivery report', detail: 'The message was delivered (or passed on).' },
  'auto-reply': { title: 'An automatic reply', detail: 'An automatic answer, such as an out-of-office notice.' },
  'feedback-report': { title: 'A complaint or feedback report', detail: 'A mailbox provider reports back about a delivered message.' },
  'read-receipt': { title: 'A read receipt', detail: 'A notice about what happened to the message after it was delivered.' },
  unknown: {
    title: 'Not recognised',
    detail:
      "Paste the whole bounce message, headers included, or the server's error line. It may also be a kind of bounce we do not know yet.",
  },
};

export const COMMAND_LABELS: Record<SmtpCommand, string> = {
  CONN: 'connecting, before any command',
  HELO: 'greeting (HELO)',
  EHLO: 'greeting (EHLO)',
  STARTTLS: 'starting encryption (STARTTLS)',
  AUTH: 'logging in (AUTH)',
  MAIL: 'naming the sender (MAIL FROM)',
  RCPT: 'naming the recipient (RCPT TO)',
  DATA: 'sending the message (DATA)',
  BDAT: 'sending the message (BDAT)',
};

export const ADDRESS_SOURCE_LABELS: Record<AddressSource, string> = {
  dsn: 'the delivery status fields (Final-Recipient)',
  mta: "the mail server's own text",
  'x-failed-recipients': 'the X-Failed-Recipients header',
  transcript: 'the SMTP transcript (RCPT TO)',
  'returned-to': "the returned message's To: line (a last resort)",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'Sure: the server’s words (or a provider’s documented code) say it',
  medium: 'Fairly sure: the bounce points to this cause, but not beyond doubt (the steps below say what decided it)',
  low: 'A guess: the bounce gives no cause in words',
};

/**
 * The badge of a low-confidence reason: what the guess rests on, or that nothing states a
 * cause, or (a decision row made words unsure: "user unknown or blocked sender") that the
 * words allow more than one reading.
 */
export function guessWords(r: Pick<RecipientReport, 'status' | 'replyCode' | 'command'> & Partial<Pick<RecipientReport, 'trail'>>): string {
  if (r.trail?.some((t) => t.outcome === 'adjusted' && t.rule.startsWith('decision.') && t.reason !== 'userunknown' && t.start < t.end)) return 'Not sure: the words allow more than one cause';
  if (r.status || r.replyCode) return 'A guess from the codes';
  if (r.command) return 'A guess from the SMTP stage';
  return 'The cause is not stated';
}

/** What an evidence range supports, by its field name. */
const FIELD_LABELS: Record<string, string> = {
  address: 'the address',
  originalRecipient: 'the original recipient',
  action: 'the action',
  status: 'the status code',
  replyCode: 'the reply code',
  diagnostic: "the server's own words",
  remoteMta: 'the remote server',
  command: 'the SMTP stage',
  reason: 'the reason',
  kind: 'the kind of message',
  format: 'the format',
  provider: 'the provider',
  reportingMta: 'the reporting server',
  arrivalDate: 'the arrival date',
  originalMessageId: "the original message's ID",
  subject: "the bounce's subject",
  from: "who sent the bounce (From)",
  to: 'who the bounce went to (To)',
  date: "the bounce's date",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** "20 MB", "1.5 MB", "300 KB" for a length in characters or bytes. */
export function sizeWords(length: number): string {
  if (length < 1024) return `${length} bytes`;
  if (length < 1024 * 1024) return `${Math.round(length / 1024)} KB`;
  const mb = length / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}
