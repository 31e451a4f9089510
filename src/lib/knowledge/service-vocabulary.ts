/**
 * The words sending services use for what happened to a message, as their dashboards,
 * activity feeds, logs and consoles show them (and as people copy them): event names
 * ("Bounced", "Dropped", "Deferred", "Failed: permanent"), bounce types and subtypes
 * ("HardBounce", "bounceSubType: MailboxFull"), and the services' own classifications of
 * the receiving server's reply ("Bounce Classification: Invalid Address", Mandrill's
 * "bad_mailbox", SparkPost's bounce class 10).
 *
 * Each term says what happened (`happened`), whether the service calls it permanent, and,
 * when the term names one cause, the reason. A `strong` reason states the cause in the
 * service's own words ("The target email address does not exist"); the others are wide
 * bins that only decide when the receiving server's reply is not there to read. A term
 * that means different things at different services ("Blocked": a receiver's block at
 * SendGrid, a blocklisted contact at Brevo) gets only the meaning they share.
 *
 * Terms are matched on their letters alone, lower-cased ("Hard bounce", "hard_bounce",
 * "hardBounce" and "hard-bounce" are one term), or on a number for numbered classes.
 */
import type { ReasonId } from '../core/types.ts';

export type Happened = 'failed' | 'delayed' | 'suppressed' | 'delivered' | 'feedback' | 'auto-reply';

export interface ServiceTerm {
  /** The term's spellings, letters only, lower case (or a class number). */
  terms: readonly string[];
  /** What the term says happened; absent for a classification that only names a cause. */
  happened?: Happened;
  /** Whether the service calls the failure permanent (absent: the term does not say). */
  permanent?: boolean;
  reason?: ReasonId;
  /** The reason is the service's statement of one cause, not a wide bin. */
  strong?: boolean;
  /** Who uses the term, in what field. */
  where: string;
  /** The service's page that defines the term. */
  docs: string;
}

const SENDGRID_EVENTS = 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event';
const SENDGRID_CLASSES = 'https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/bounce-and-block-classifications';
const MAILGUN_EVENTS = 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/';
const POSTMARK_TYPES = 'https://postmarkapp.com/developer/api/bounce-api#bounce-types';
const SES_TYPES = 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html#bounce-types';
const SPARKPOST_CLASSES = 'https://support.sparkpost.com/docs/deliverability/bounce-classification-codes';
const MANDRILL = 'https://mailchimp.com/developer/transactional/docs/reports/';
const BREVO = 'https://developers.brevo.com/docs/transactional-webhooks';
const MAILJET = 'https://dev.mailjet.com/email/guides/webhooks/#event-types';
const M365_TRACE = 'https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/message-trace-modern-eac';
const EXCHANGE_TRACKING = 'https://learn.microsoft.com/en-us/exchange/mail-flow/transport-logs/message-tracking#event-types-in-the-message-tracking-log';
const GOOGLE_LOG = 'https://support.google.com/a/answer/2604578';
const CTCT = 'https://knowledge.hubspot.com/marketing-email/why-did-my-marketing-email-bounce (HubSpot bounce categories); support2.constantcontact.com/articles/FAQ/1766 (Constant Contact bounce categories)';
const SFMC = 'https://developer.salesforce.com/docs/atlas.en-us.noversion.mc-apis.meta/mc-apis/bounceevent.htm (BounceCategory)';
const ELASTIC = 'https://elasticemail.com/developers/api-documentation/rest-api (MessageCategory)';

export const SERVICE_TERMS: readonly ServiceTerm[] = [
  // What happened: events and states.
  { terms: ['bounce', 'bounced', 'bounces'], happened: 'failed', where: 'SendGrid, SparkPost, Mailjet, Resend event; Google email log status', docs: SENDGRID_EVENTS },
  { terms: ['hardbounce', 'hardbounced', 'permanentbounce'], happened: 'failed', permanent: true, where: 'Postmark type HardBounce, Mandrill state hard-bounce, Brevo event hardBounce, Mailjet "Hard bounced"', docs: POSTMARK_TYPES },
  { terms: ['softbounce', 'softbounced', 'transientbounce', '20'], happened: 'failed', permanent: false, where: 'Postmark type SoftBounce ("Unable to temporarily deliver this email"), Mandrill soft-bounce, Brevo softBounce; SparkPost class 20 Soft Bounce', docs: POSTMARK_TYPES },
  { terms: ['failedpermanent', 'permanentfailure', 'permanent'], happened: 'failed', permanent: true, where: 'Mailgun log "Failed: permanent" (severity permanent); SES and Resend bounceType Permanent', docs: MAILGUN_EVENTS },
  { terms: ['failedtemporary', 'temporaryfailure', 'temporary'], happened: 'delayed', permanent: false, where: 'Mailgun log "Failed: temporary": Mailgun retries', docs: MAILGUN_EVENTS },
  { terms: ['transient', 'transientfailure', '70'], happened: 'failed', permanent: false, where: 'SES and Resend bounceType Transient ("you might be able to send to this recipient in the future"); SparkPost class 70 Transient Failure', docs: SES_TYPES },
  { terms: ['failed', 'fail', 'failure', 'undeliverable', 'undelivered'], happened: 'failed', where: 'Mailgun event failed; Microsoft 365 message trace status Failed and event Fail; Exchange message tracking EventId FAIL', docs: M365_TRACE },
  { terms: ['deferred', 'defer', 'deferral', 'delayed', 'delay', 'pending', 'messagedelayed'], happened: 'delayed', permanent: false, where: 'SendGrid and Brevo Deferred, Mandrill deferral, SparkPost delay, Microsoft 365 trace event Defer and status Pending, Google email log Deferred', docs: SENDGRID_EVENTS },
  { terms: ['dropped', 'drop'], happened: 'failed', where: 'SendGrid Dropped (the reason says why); Microsoft 365 trace event Drop', docs: SENDGRID_EVENTS },
  { terms: ['rejected', 'reject', 'policyrejection', 'generationrejection', 'generationfailure'], happened: 'failed', where: 'Mandrill rejected (the reject reason says why), SparkPost policy_rejection', docs: MANDRILL },
  { terms: ['blocked', 'block'], happened: 'failed', where: 'SendGrid Blocked (a receiver\'s temporary block), Brevo and Mailjet Blocked (not sent): the details say which', docs: SENDGRID_EVENTS },
  // Salesforce Marketing Cloud's bounce categories: a failure, of a kind the category names only
  // widely ("Block bounce": a receiver's block; "Technical/Other bounce", "Unknown bounce": no cause).
  { terms: ['technicalotherbounce', 'technicalbounce', 'otherbounce', 'unknownbounce'], happened: 'failed', where: 'Salesforce Marketing Cloud BounceCategory Technical/Other bounce, Unknown bounce', docs: SFMC },
  { terms: ['blockbounce'], happened: 'failed', reason: 'blocked', where: 'Salesforce Marketing Cloud BounceCategory Block bounce', docs: SFMC },
  { terms: ['outofband'], happened: 'failed', where: 'SparkPost out_of_band: a bounce that came back after the receiver had accepted the message', docs: SPARKPOST_CLASSES },
  { terms: ['delivered', 'delivery', 'sent', 'deliver'], happened: 'delivered', where: 'every service\'s delivered event; Microsoft 365 trace status Delivered', docs: SENDGRID_EVENTS },
  { terms: ['spamreport', 'spamcomplaint', 'complaint', 'complained', 'spam'], happened: 'feedback', where: 'SendGrid spamreport, Postmark SpamComplaint, Brevo spam, Mailjet spam', docs: POSTMARK_TYPES },
  { terms: ['autoresponder', 'autoreply', '60'], happened: 'auto-reply', reason: 'vacation', strong: true, where: 'Postmark type AutoResponder: "Automatic email responder (ex: Out of Office or On Vacation)"; SparkPost class 60 Auto-Reply', docs: POSTMARK_TYPES },

  // Not sent: the address is on the service's suppression list.
  { terms: ['suppressed', 'onaccountsuppressionlist', 'suppressbounce', 'suppressunsubscribe', 'suppresscomplaint', 'bouncedaddress', 'unsubscribedaddress', 'spamreportingaddress', 'preblocked', 'bouncepreblocked', 'spampreblocked', 'manuallydeactivated', 'inactiverecipient', 'onsuppressionlist', 'hardbouncerejected', 'smartsendsuppression', '26'],
    happened: 'suppressed', reason: 'suppressed', strong: true,
    where: 'SES and Resend subtype Suppressed / OnAccountSuppressionList; Mailgun reason suppress-bounce / -unsubscribe / -complaint; SendGrid dropped "Bounced Address"; Mailjet error preblocked; Postmark ManuallyDeactivated; SparkPost class 26 Smart Send Suppression', docs: SES_TYPES },

  // The services' own classifications of the receiver's reply.
  { terms: ['noemail'], reason: 'userunknown', strong: true, permanent: true, where: 'SES subtype NoEmail: "The target email address does not exist"', docs: SES_TYPES },
  { terms: ['mailboxfull', 'quotaexceeded', 'quotaissues', '22'], reason: 'mailboxfull', strong: true, where: 'SES subtype MailboxFull; Mailjet error "quota exceeded"; Mandrill mailbox_full; SparkPost class 22', docs: SES_TYPES },
  { terms: ['messagetoolarge', 'toolarge', '23'], reason: 'mesgtoobig', strong: true, where: 'SES subtype MessageTooLarge; SparkPost class 23 Too Large', docs: SES_TYPES },
  { terms: ['contentrejected', 'spamcontent', 'contentblocked', '52'], reason: 'contenterror', where: 'SES subtype ContentRejected ("contains content that the provider doesn\'t allow"); SparkPost class 52; Mailjet "content blocked"', docs: SES_TYPES },
  // An attachment refused by the receiver's rules (a file type, a size) is a local policy, as the
  // phrase table reads attachment bans ("banned file attachment", Cox "attachment extension is
  // forbidden"): Sisimai Reason/PolicyViolation ("not accepting mail with attachments"), while its
  // SecurityError is about authentication only. SES: "the message contained an unacceptable
  // attachment … some email providers may reject messages with attachments of a certain file type".
  { terms: ['attachmentrejected', 'prohibitedattachment', '53'], reason: 'policyviolation', where: 'SES subtype AttachmentRejected ("an unacceptable attachment"); SparkPost class 53 Prohibited Attachment; read as attachment bans are (Sisimai Reason/PolicyViolation)', docs: SES_TYPES },
  { terms: ['invalidaddress', 'invalidrecipient', 'badmailbox', 'userunknown', 'badrecipient', 'nomailbox', '10'], reason: 'userunknown', strong: true, where: 'SendGrid classification Invalid Address; SparkPost class 10 Invalid Recipient; Mandrill bad_mailbox; Mailjet "user unknown"; Elastic Email category NoMailbox', docs: SENDGRID_CLASSES },
  // HubSpot's bounce category "Unknown user" ("the recipient's email address doesn't exist") and
  // Constant Contact's "Non-existent" ("the contact's ISP says that an email address doesn't
  // exist"): each tool's statement that the receiver said the address does not exist.
  { terms: ['unknownuser', 'nonexistent', 'nonexistentaddress'], reason: 'userunknown', strong: true, where: 'HubSpot bounce category Unknown user; Constant Contact bounce category Non-existent', docs: CTCT },
  { terms: ['baddomain', 'invaliddomain', 'nomailhost', 'nomxrecord'], reason: 'hostunknown', strong: true, where: 'Mandrill invalid_domain; Mailjet "invalid domain", "no mail host"', docs: MAILJET },
  { terms: ['mailboxinactive', 'inactivemailbox'], reason: 'suspend', strong: true, where: 'Mailjet error "mailbox inactive"', docs: MAILJET },
  { terms: ['dnserror', 'dnsfailure', '21'], reason: 'networkerror', permanent: false, where: 'Postmark DnsError ("A temporary DNS error"); SparkPost class 21 DNS Failure', docs: POSTMARK_TYPES },
  { terms: ['spamnotification', 'spamrelated', 'spamblock', '51'], reason: 'spamdetected', where: 'Postmark SpamNotification; Mandrill spam_related; SparkPost class 51 Spam Block', docs: POSTMARK_TYPES },
  { terms: ['reputation', 'mailblock', '50'], reason: 'blocked', where: 'SendGrid classification Reputation; SparkPost class 50 Mail Block', docs: SENDGRID_CLASSES },
  { terms: ['frequencyorvolumetoohigh'], reason: 'speeding', where: 'SendGrid classification Frequency or Volume Too High', docs: SENDGRID_CLASSES },
  { terms: ['content'], reason: 'contenterror', where: 'SendGrid classification Content', docs: SENDGRID_CLASSES },
  { terms: ['relayingdenied', 'relayaccessdenied', '54'], reason: 'norelaying', where: 'SparkPost class 54 Relaying Denied; Mailjet "relay/access denied"', docs: SPARKPOST_CLASSES },
  { terms: ['messageexpired', 'timeout', '24'], reason: 'expired', where: 'Mandrill message_expired; SparkPost class 24 Timeout', docs: SPARKPOST_CLASSES },
  { terms: ['virusnotification'], reason: 'virusdetected', where: 'Postmark VirusNotification', docs: POSTMARK_TYPES },
  { terms: ['dmarcpolicy'], reason: 'authfailure', strong: true, where: 'Postmark DMARCPolicy: "rejected due to DMARC Policy"', docs: POSTMARK_TYPES },
  { terms: ['adminfailure', '25'], reason: 'suppressed', happened: 'suppressed', strong: true, where: 'SparkPost class 25 Admin Failure: failed by the service\'s own policy, such as its suppression list', docs: SPARKPOST_CLASSES },
  // Elastic Email's message categories (its API's MessageCategory enum): a blocklisted
  // sender, a deferral by greylisting, a sender-authentication problem. "AccountProblem",
  // "NotDelivered", "Unknown", "Ignore" name no one cause and are read as nothing.
  { terms: ['blacklisted'], reason: 'blocked', where: 'Elastic Email category BlackListed', docs: ELASTIC },
  { terms: ['greylisted'], reason: 'blocked', permanent: false, where: 'Elastic Email category GreyListed (greylisting: a first refusal that a retry gets past)', docs: ELASTIC },
  { terms: ['spfproblem'], reason: 'authfailure', where: 'Elastic Email category SPFProblem', docs: ELASTIC },
  // A classification that names no cause ("General", "Unclassified", "Technical Failure")
  // is read as nothing: the reply's words, or else the codes, decide.
];

/** The term's letters, lower case ("Hard bounce" → "hardbounce"); a bracketed gloss is left out unless it holds the only letters; a bare number stays a number. */
export function termKey(value: string): string {
  const lower = value.toLowerCase();
  return lower.replace(/\([^()]*\)/g, '').replace(/[^a-z]/g, '') || lower.replace(/[^a-z]/g, '') || value.replace(/[^0-9]/g, '');
}

const BY_KEY: ReadonlyMap<string, ServiceTerm> = new Map(SERVICE_TERMS.flatMap((t) => t.terms.map((k) => [k, t] as const)));

/** The term a value names, if it is one we know. */
export function serviceTerm(value: string): ServiceTerm | null {
  const key = termKey(value);
  if (!key) return null;
  const hit = BY_KEY.get(key);
  if (hit) return hit;
  // "10 (Invalid Recipient)": the name in brackets, then the number.
  const inner = /\(([^)]{1,40})\)/.exec(value);
  if (inner) {
    const k = termKey(inner[1]);
    if (BY_KEY.has(k)) return BY_KEY.get(k)!;
  }
  const num = /^\s*(\d{1,3})\b/.exec(value);
  return num ? BY_KEY.get(num[1]) ?? null : null;
}

/**
 * Mandrill's reject reasons that put an address on the account's rejection denylist (a
 * rejected message whose reason is one of these was not sent because of an earlier bounce,
 * complaint or unsubscribe; "invalid", "invalid-sender", "unsigned", "rule" are other
 * refusals). https://mailchimp.com/developer/transactional/docs/rejections/
 */
export const DENYLIST_REASONS: ReadonlySet<string> = new Set(['hardbounce', 'softbounce', 'spam', 'unsub', 'custom']);

/** The term for "not sent: the address is suppressed". */
export const SUPPRESSED: ServiceTerm = SERVICE_TERMS.find((t) => t.happened === 'suppressed')!;

export const SERVICE_TERM_SOURCES = { M365_TRACE, EXCHANGE_TRACKING, GOOGLE_LOG, BREVO, MAILGUN_EVENTS };
