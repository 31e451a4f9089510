/** Plain words for the ids in a Report. Only wording lives here; the facts come from the Report. */
import type { Owner, RecipientReport, ReportKind, SmtpCommand } from '../lib/core/types.ts';
import { NON_FAILURE_REASONS } from '../lib/core/types.ts';

/** How the verdict is coloured: a failure, something to wait for, nothing wrong, or unrecognised. */
export type Tone = 'failure' | 'waiting' | 'calm' | 'unknown';

export interface KindInfo {
  title: string;
  detail: string;
  tone: Tone;
}

export const KIND_INFO: Record<ReportKind, KindInfo> = {
  dsn: {
    title: 'Bounce',
    detail: 'A delivery status notification: the mail system reports that delivery failed.',
    tone: 'failure',
  },
  bounce: { title: 'Bounce', detail: 'A bounce message: the mail system reports that delivery failed.', tone: 'failure' },
  'smtp-reply': {
    title: 'Bounce',
    detail: "A receiving mail server's reply refusing the message.",
    tone: 'failure',
  },
  delay: {
    title: 'Delay: not (yet) a failure',
    detail:
      'The message has not been delivered yet and the mail system will keep retrying. Nothing has failed so far; you need not do anything unless a failure notice follows.',
    tone: 'waiting',
  },
  delivered: {
    title: 'Not a bounce: delivery report',
    detail: 'The message was delivered (or passed on). Nothing failed.',
    tone: 'calm',
  },
  'auto-reply': {
    title: 'Not a bounce: automatic reply',
    detail: 'An automatic answer, such as an out-of-office notice. Your message was delivered; nothing failed.',
    tone: 'calm',
  },
  'feedback-report': {
    title: 'Not a bounce: complaint or feedback report',
    detail:
      'A mailbox provider reports back about a delivered message, usually that a recipient marked it as spam. Delivery did not fail.',
    tone: 'calm',
  },
  'read-receipt': {
    title: 'Not a bounce: read receipt',
    detail: 'A notice about what happened to the message after it was delivered, for example that it was read.',
    tone: 'calm',
  },
  unknown: {
    title: 'Not recognised',
    detail:
      "This does not look like a bounce, a delivery report or a mail server's reply. Paste the whole bounce message, headers included, or the server's error line.",
    tone: 'unknown',
  },
};

export const OWNER_LABELS: Record<Owner, string> = {
  sender: 'You (the sender)',
  'sender-admin': 'Your mail administrator',
  recipient: 'The recipient',
  'recipient-admin': "The recipient's mail administrator",
  nobody: 'Nobody',
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
  subject: 'the subject',
  from: 'the sender',
  to: 'the recipient',
  date: 'the date',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The reason's short title, from the reason knowledge. */
/** The reason's title as the engine gave it (older or hand-made Reports may lack it). */
export function reasonTitle(recipient: RecipientReport): string {
  return recipient.title || recipient.reason;
}

/** A recipient whose outcome is not a failure at all (delivered, a complaint, an auto-reply). */
export function isNonFailure(recipient: RecipientReport): boolean {
  return NON_FAILURE_REASONS.includes(recipient.reason);
}

export function permanenceLabel(permanent: boolean | null): string {
  if (permanent === true) return 'Permanent';
  if (permanent === false) return 'Temporary';
  return 'Unknown whether permanent';
}

