/**
 * Sending services' webhook events, pasted as JSON: what an app that sends through
 * SendGrid, Mailgun, Postmark, SparkPost, Mandrill, Brevo, Mailjet or Resend receives
 * instead of a bounce message, one event per recipient (a single event or a batch):
 *
 *   SendGrid    [{"email":"…","event":"bounce","reason":"550 5.1.1 …","status":"5.1.1","type":"bounce"}]
 *               ("dropped": not sent, "reason":"Bounced Address"; "deferred": "response")
 *   Mailgun     {"event-data":{"event":"failed","severity":"permanent","recipient":"…",
 *                "delivery-status":{"code":550,"enhanced-code":"5.1.1","message":"…","description":"…"}}}
 *   Postmark    {"RecordType":"Bounce","Type":"HardBounce","Email":"…","Details":"smtp;550 5.1.1 …"}
 *   SparkPost   [{"msys":{"message_event":{"type":"bounce","rcpt_to":"…","raw_reason":"550 5.1.1 …"}}}]
 *   Mandrill    [{"event":"hard_bounce","msg":{"email":"…","diag":"smtp;550 5.1.1 …"}}]
 *   Brevo       {"event":"hard_bounce","email":"…","reason":"…"}
 *   Mailjet     {"event":"bounce","email":"…","hard_bounce":true,"error":"user unknown","comment":"…"}
 *   Resend      {"type":"email.bounced","data":{"to":["…"],"bounce":{"message":"…","type":"Permanent"}}}
 *   KumoMTA     {"type":"Bounce","recipient":"…","response":{"code":550,"enhanced_code":{"class":5,
 *                "subject":1,"detail":1},"content":"…","command":"RCPT TO:<…>"},"bounce_classification":"…"}
 *               (an MTA's own log record, one a line: "TransientFailure" is a retry, "Expiration" given up)
 *
 * An object is an event when it has an event name this table knows and an address in the
 * field the service puts the recipient in; every other object is searched for events
 * inside it (a batch, an envelope such as Mailgun's "event-data" or SparkPost's "msys").
 * The event name says what happened (failed, delayed, delivered, a complaint, or not sent
 * because the address is suppressed); the reply the receiving server gave is the
 * diagnostic, read as any other. Layouts from each service's webhook reference (linked
 * below). Amazon SES notifications have their own reader (amazon-ses-notification.ts).
 */
import type { Format, Found, RawRecipient, ReasonHint } from './types.ts';
import type { SmtpCommand } from '../types.ts';
import type { Scan } from '../scan.ts';
import { headHas } from './common.ts';
import { readJson, jsonField as field, type Json } from '../parse/json.ts';
import { TextView } from '../text/view.ts';
import { dropRepeatedPrefixes } from '../read/diagnostic.ts';
import { LIMITS } from '../limits.ts';
import { firstAddress } from '../read/address.ts';
import { serviceTerm, termKey, DENYLIST_REASONS, type ServiceTerm } from '../../knowledge/service-vocabulary.ts';

type Happened = 'failed' | 'delayed' | 'delivered' | 'feedback' | 'suppressed' | 'auto-reply';

/**
 * Event names (lower case) and what they say happened. Sources: SendGrid Event Webhook
 * reference; Mailgun "Events" (event "failed" with "severity"); Postmark Bounce webhook and
 * "Bounce types"; SparkPost "Events" (bounce, out_of_band, delay, policy_rejection);
 * Mandrill "Webhook event types" (hard_bounce, soft_bounce, deferral, reject); Brevo
 * transactional webhooks; Mailjet "Event API" (bounce, blocked); Resend "Event types".
 */
const EVENTS: ReadonlyMap<string, Happened> = new Map<string, Happened>([
  ['bounce', 'failed'],
  ['bounced', 'failed'],
  ['hard_bounce', 'failed'],
  ['hardbounce', 'failed'],
  ['soft_bounce', 'failed'],
  ['softbounce', 'failed'],
  ['blocked', 'failed'],
  ['failed', 'failed'],
  ['out_of_band', 'failed'],
  ['policy_rejection', 'failed'],
  ['generation_rejection', 'failed'],
  ['invalid_email', 'failed'],
  ['bademailaddress', 'failed'],
  ['dnserror', 'failed'],
  ['email.bounced', 'failed'],
  ['email.failed', 'failed'],
  // Loops webhooks (loops.so/docs/api-reference/webhooks): a hard bounce "will not be
  // delivered"; a soft bounce "is retried multiple times and the email may still be delivered".
  ['email.hardbounced', 'failed'],
  ['email.softbounced', 'failed'],
  ['email.spamreported', 'feedback'],
  // KumoMTA log record types ("Log Record" in KumoMTA's reference): a permanent failure, a
  // bounce the administrator forced, an out-of-band bounce; given up after the queue time.
  ['adminbounce', 'failed'],
  ['oob', 'failed'],
  ['expiration', 'failed'],
  ['transientfailure', 'delayed'],
  ['deferred', 'delayed'],
  ['deferral', 'delayed'],
  ['delay', 'delayed'],
  ['delayed', 'delayed'],
  ['transient', 'delayed'],
  ['email.delivery_delayed', 'delayed'],
  ['delivered', 'delivered'],
  ['delivery', 'delivered'],
  ['email.delivered', 'delivered'],
  ['spamreport', 'feedback'],
  ['spam', 'feedback'],
  ['spam_complaint', 'feedback'],
  ['spamcomplaint', 'feedback'],
  ['complained', 'feedback'],
  ['complaint', 'feedback'],
  ['email.complained', 'feedback'],
  ['dropped', 'suppressed'],
  ['reject', 'suppressed'],
  ['manuallydeactivated', 'suppressed'],
  // Mailtrap's "Suspension" event (help.mailtrap.io/article/102-webhooks, beside "Reject"):
  // Mailtrap did not send to an address it holds back; the event's reason says why.
  ['suspension', 'suppressed'],
  ['autoresponder', 'auto-reply'],
]);

/**
 * What the event's own name says of permanence: Postmark's SoftBounce ("Unable to temporarily
 * deliver this email") and DnsError ("A temporary DNS error"), Mandrill's and Brevo's
 * soft_bounce are temporary; hard_bounce is permanent. A reply's code still decides over it.
 */
const PERMANENCE: ReadonlyMap<string, boolean> = new Map([
  ['hard_bounce', true],
  ['hardbounce', true],
  ['soft_bounce', false],
  ['softbounce', false],
  ['dnserror', false],
  ['email.hardbounced', true],
  ['email.softbounced', false],
]);

/**
 * Reasons a service gives for not sending ("dropped", "suppress-bounce", "blocked"): the
 * address is on its suppression list. SendGrid dropped reasons; Mailgun suppress-*; Mailjet
 * blocked with error "preblocked"; Brevo blocked "blocked : due to blacklist user" (the
 * contact is on the account's blocklist).
 */
const RE_SUPPRESSED = /^(?:bounced address|unsubscribed address|spam reporting address|suppress-(?:bounce|unsubscribe|complaint)|previously bounced|on suppression list|(?:bounce|spam)?preblocked\b|blocked\s*:\s*due to (?:blacklist|blocklist|blacklisted|blocklisted)\b)/i;

/**
 * Mailgun's reasons for a failed event that say what happened themselves (Mailgun "Events",
 * failed event reason): "old" is a message it stopped retrying because it had grown too old.
 */
const RE_MAILGUN_OLD = /^old$/i;

/** Fields that name the recipient, in the order services use them. */
const ADDRESS_FIELDS = ['email', 'Email', 'recipient', 'rcpt_to', 'emailAddress', 'to', 'To', 'EmailAddress'] as const;
/** Fields that hold the receiving server's reply, best first. */
const REPLY_FIELDS = ['raw_reason', 'Details', 'diag', 'response', 'reason', 'comment', 'error', 'message'] as const;

type Obj = Extract<Json, { kind: 'object' }>;

const RE_STATUS = /^[245]\.\d{1,3}\.\d{1,3}$/;

function stringOf(node: Json | undefined): (Json & { kind: 'string' }) | undefined {
  return node && node.kind === 'string' ? node : undefined;
}

/** The addresses an event names: a string field, or an array of them (Resend's "to"), each read whole as the address reader reads one. */
function addressesOf(doc: string, o: Obj): Found[] {
  const places: Json[] = [o];
  // Mandrill's "msg", Resend's "data", Loops' "contactIdentity".
  for (const name of ['msg', 'data', 'contactIdentity']) {
    const v = field(o, name);
    if (v) places.push(v);
  }
  for (const place of places) {
    for (const name of ADDRESS_FIELDS) {
      const v = field(place, name);
      const items = v && v.kind === 'array' ? v.items : v ? [v] : [];
      const out: Found[] = [];
      for (const item of items) {
        const s = stringOf(item);
        const a = s ? firstAddress(doc, s.start, s.end) : null;
        if (a) out.push({ value: a.address, start: a.start, end: a.end });
      }
      if (out.length) return out;
    }
  }
  return [];
}

/** The event's name and what it says happened (Postmark's "RecordType" is refined by its "Type"). */
function eventOf(o: Obj): { name: Json & { kind: 'string' }; happened: Happened } | null {
  // Elastic Email's "EventType", Loops' "eventName".
  const candidates = [field(o, 'event'), field(o, 'Type'), field(o, 'RecordType'), field(o, 'type'), field(o, 'EventType'), field(o, 'eventName')];
  for (const c of candidates) {
    const s = stringOf(c);
    if (!s) continue;
    const happened = EVENTS.get(eventKey(s.value));
    if (happened) return { name: s, happened };
  }
  return null;
}

/** An event name as the table keys it: lower case, a space or hyphen as "_" (Mailtrap's "soft bounce"). */
function eventKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The receiving server's reply, as the words to classify (Mailgun's code and message read together). */
function replyOf(doc: string, o: Obj): TextView | undefined {
  const places: Json[] = [o];
  for (const name of ['msg', 'data', 'delivery-status', 'bounce']) {
    const v = field(o, name) ?? field(field(o, 'data'), name);
    if (v) places.push(v);
  }
  const view = new TextView();
  // Mailgun: {"code":550,"message":"5.1.1 …","description":"…"}.
  const status = field(o, 'delivery-status');
  if (status && status.kind === 'object') {
    const code = field(status, 'code');
    if (code && code.kind === 'other' && /^[245]\d\d$/.test(doc.slice(code.start, code.end))) view.append(doc, code.start, code.end);
    for (const name of ['message', 'description']) {
      const s = stringOf(field(status, name));
      if (s && s.value.trim()) view.append(doc, s.start, s.end);
    }
    if (view.length > 3) return dropRepeatedPrefixes(view);
  }
  // KumoMTA: {"response":{"code":550,"content":"…"}}: the code and the server's words.
  const response = field(o, 'response');
  if (response && response.kind === 'object') {
    const code = field(response, 'code');
    const content = stringOf(field(response, 'content'));
    if (content && content.value.trim()) {
      if (code && code.kind === 'other' && /^[245]\d\d$/.test(doc.slice(code.start, code.end))) view.append(doc, code.start, code.end);
      view.append(doc, content.start, content.end);
      return dropRepeatedPrefixes(view);
    }
  }
  for (const place of places) {
    for (const name of REPLY_FIELDS) {
      // Mailjet's "error" beside "error_related_to" is its own label from a fixed table
      // ("user unknown", "sender blocked"), not the receiving server's words: read as a class.
      if (name === 'error' && field(place, 'error_related_to')) continue;
      const s = stringOf(field(place, name));
      if (!s || !s.value.trim() || RE_SUPPRESSED.test(s.value.trim())) continue;
      // "smtp; 550 …": skip the type, as in a DSN's Diagnostic-Code.
      const typed = /^\s*smtp\s*;\s*/i.exec(s.value);
      const v = new TextView().append(doc, s.start + (typed ? typed[0].length : 0), s.end);
      if (v.length) return dropRepeatedPrefixes(v);
    }
  }
  return view.length ? view : undefined;
}

/** The enhanced status code the event gives in a field of its own. */
function statusOf(doc: string, o: Obj): Found | undefined {
  for (const node of [field(o, 'status'), field(field(o, 'delivery-status'), 'enhanced-code')]) {
    const s = stringOf(node);
    if (s && RE_STATUS.test(s.value.trim())) return { value: s.value.trim(), start: s.start, end: s.end };
  }
  // KumoMTA: "enhanced_code":{"class":5,"subject":1,"detail":1}, its span the object's.
  const enhanced = field(field(o, 'response'), 'enhanced_code');
  if (enhanced && enhanced.kind === 'object') {
    const parts = ['class', 'subject', 'detail'].map((n) => field(enhanced, n)).map((v) => (v && v.kind === 'other' ? doc.slice(v.start, v.end) : ''));
    const value = parts.join('.');
    if (RE_STATUS.test(value)) return { value, start: enhanced.start, end: enhanced.end };
  }
  return undefined;
}

/** KumoMTA's "response":{"command":"RCPT TO:<…>\r\n"}: the SMTP command the reply answered. */
function commandOf(doc: string, o: Obj): Found<SmtpCommand> | undefined {
  const s = stringOf(field(field(o, 'response'), 'command'));
  const m = s ? /^\s*(MAIL FROM|RCPT TO|DATA|BDAT|EHLO|HELO|STARTTLS|AUTH)\b/i.exec(s.value) : null;
  if (!s || !m) return undefined;
  const verb = m[1].toUpperCase();
  const value: SmtpCommand = verb === 'MAIL FROM' ? 'MAIL' : verb === 'RCPT TO' ? 'RCPT' : (verb as SmtpCommand);
  // The span: the verb in the document (the string's value and its text line up up to the first escape).
  const at = doc.indexOf(m[1], s.start);
  return at === -1 || at > s.end ? undefined : { value, start: at, end: at + m[1].length };
}

/**
 * Fields in which a service files the bounce under a class of its own: SparkPost
 * "bounce_class" (support.sparkpost.com/docs/deliverability/bounce-classification-codes),
 * SendGrid "bounce_classification", Mandrill "bounce_description", Resend's bounce
 * "subType", Elastic Email's "MessageCategory", Mailtrap's "bounce_category", Postmark's
 * "Type", Mailjet's "error" (dev.mailjet.com/email/guides/webhooks/#possible-values-for-errors).
 * Read through the service vocabulary (knowledge/service-vocabulary.ts, each term
 * with its service's page); a class that names no cause ("General", "Undetermined") is none.
 */
const CLASS_FIELDS = ['bounce_class', 'bounce_classification', 'bounce_description', 'subType', 'MessageCategory', 'bounce_category', 'Type'] as const;

interface Classed {
  term: ServiceTerm;
  at: Json & { kind: 'string' | 'other' };
  value: string;
}

/** The event's own class of the bounce, where one of its fields names a cause or a suppression. */
function classOf(doc: string, o: Obj): Classed | undefined {
  const places: Json[] = [o];
  for (const v of [field(o, 'msg'), field(o, 'bounce'), field(field(o, 'data'), 'bounce')]) if (v) places.push(v);
  // A class that names a cause (or a suppression) first; one that only says temporary or permanent after.
  let onlyPermanence: Classed | undefined;
  for (const place of places) {
    for (const name of [...CLASS_FIELDS, ...(field(place, 'error_related_to') ? ['error'] : [])]) {
      const v = field(place, name);
      if (!v || (v.kind !== 'string' && v.kind !== 'other')) continue;
      const value = v.kind === 'string' ? v.value : doc.slice(v.start, v.end);
      const term = serviceTerm(value);
      if (term?.reason) return { term, at: v, value };
      if (term && term.permanent !== undefined) onlyPermanence ??= { term, at: v, value };
    }
  }
  return onlyPermanence;
}

/** Why a service did not send: "Bounced Address" (SendGrid), "suppress-bounce" (Mailgun). */
function suppressedWhy(o: Obj): (Json & { kind: 'string' }) | undefined {
  for (const name of ['reason', 'Description', 'reject_reason', 'error']) {
    const s = stringOf(field(o, name));
    if (s && RE_SUPPRESSED.test(s.value.trim())) return s;
  }
  return undefined;
}

function recipientsOf(doc: string, o: Obj, out: RawRecipient[]): boolean {
  const event = eventOf(o);
  if (!event) return false;
  const addresses = addressesOf(doc, o);
  if (addresses.length === 0) return false;
  let happened = event.happened;
  const name = event.name;
  const cls = classOf(doc, o);
  // A class that says the service held the address back, or that the bounce was an automatic reply.
  if (cls && happened === 'failed' && cls.term.happened === 'suppressed') happened = 'suppressed';
  if (cls && (happened === 'failed' || happened === 'delayed') && cls.term.happened === 'auto-reply') happened = 'auto-reply';
  // Mailgun: one "failed" event, temporary or permanent by its "severity".
  const severity = stringOf(field(o, 'severity'));
  if (happened === 'failed' && severity?.value.toLowerCase() === 'temporary') happened = 'delayed';
  const suppressed = suppressedWhy(o);
  if (suppressed && (happened === 'failed' || happened === 'suppressed')) happened = 'suppressed';
  // A "dropped" or "reject" event whose words name no suppression list is a refusal by
  // the service of another kind ("Invalid", a spam-content rule): read its words.
  if (happened === 'suppressed' && !suppressed && event.name.value.toLowerCase() === 'dropped') happened = 'failed';
  // Past the recipient cap only the count matters (the engine keeps the first ones and
  // says how many there were): the address alone, without reading the reply.
  if (out.length >= LIMITS.maxRecipients) {
    for (const address of addresses) out.push({ address });
    return true;
  }
  const reply = replyOf(doc, o);
  const status = statusOf(doc, o);
  const command = commandOf(doc, o);
  const permanent = permanenceOf(doc, o, event.name, severity) ?? (cls && cls.term.permanent !== undefined ? { value: cls.term.permanent, start: cls.at.start, end: cls.at.end } : undefined);
  // Mailgun's "old": retried until the message was too old to keep.
  const mgReason = stringOf(field(o, 'reason'));
  const old = severity && mgReason && RE_MAILGUN_OLD.test(mgReason.value.trim()) ? mgReason : undefined;
  for (const address of addresses) {
    const r: RawRecipient = { address };
    const at = { start: name.start, end: name.end };
    let hint: ReasonHint | undefined;
    // A failure the service calls temporary is no final failure: its permanence says so, not an action.
    if (happened === 'suppressed' || (happened === 'failed' && permanent?.value !== false)) r.action = { value: 'failed', ...at };
    else if (happened === 'delayed') r.action = { value: 'delayed', ...at };
    else if (happened === 'delivered') {
      r.action = { value: 'delivered', ...at };
      hint = { reason: 'delivered', ...at, note: `the service reports the event "${name.value}"` };
    } else if (happened === 'feedback') hint = { reason: 'feedback', ...at, note: `a complaint event ("${name.value}")` };
    else if (happened === 'auto-reply') hint = { reason: 'vacation', ...at, note: `an automatic reply event ("${name.value}")` };
    if (happened === 'suppressed') {
      const why = suppressed ?? (cls?.term.happened === 'suppressed' ? { start: cls.at.start, end: cls.at.end, value: cls.value } : name);
      hint = { reason: 'suppressed', start: why.start, end: why.end, note: `not sent: ${why.value}` };
    }
    // The service's class decides only where there is no reply to read (as in service-activity.ts).
    if ((happened === 'failed' || happened === 'delayed') && cls?.term.reason && !reply) {
      hint = { reason: cls.term.reason, start: cls.at.start, end: cls.at.end, note: `the service classifies it as "${cls.value}" (${cls.term.docs})`, claim: true };
    }
    if (happened === 'failed' && old) hint = { reason: 'expired', start: old.start, end: old.end, note: 'Mailgun reason "old": it stopped retrying a message grown too old' };
    if (happened === 'failed' && permanent) r.permanent = permanent;
    if (hint) r.hint = hint;
    if (status) r.status = status;
    if (reply && happened !== 'suppressed') r.diagnostic = reply;
    if (command) r.command = command;
    out.push(r);
  }
  return true;
}

/** Whether the event calls the failure permanent: its name, Mailgun's "severity", Mailjet's "hard_bounce". */
function permanenceOf(doc: string, o: Obj, name: Json & { kind: 'string' }, severity: (Json & { kind: 'string' }) | undefined): Found<boolean> | undefined {
  const sev = severity?.value.trim().toLowerCase();
  if (severity && (sev === 'permanent' || sev === 'temporary')) return { value: sev === 'permanent', start: severity.start, end: severity.end };
  const hard = field(o, 'hard_bounce');
  if (hard && hard.kind === 'other') {
    const v = doc.slice(hard.start, hard.end);
    if (v === 'true' || v === 'false') return { value: v === 'true', start: hard.start, end: hard.end };
  }
  // Resend: "bounce":{"type":"Permanent" | "Transient"} (resend.com/docs/dashboard/emails/email-bounces).
  const bounceType = stringOf(field(field(field(o, 'data'), 'bounce'), 'type') ?? field(field(o, 'bounce'), 'type'));
  const typed = bounceType ? serviceTerm(bounceType.value) : null;
  if (bounceType && typed?.permanent !== undefined) return { value: typed.permanent, start: bounceType.start, end: bounceType.end };
  const byName = PERMANENCE.get(eventKey(name.value));
  return byName === undefined ? undefined : { value: byName, start: name.start, end: name.end };
}

/**
 * An entry of a service's list rather than an event: an address it holds back, or its answer
 * to a send. What a suppression list says is why the service stopped sending, not that the
 * address is bad; an entry that keeps the receiving server's reply is read by that reply.
 *
 *   Amazon SES   {"EmailAddress":"…","Reason":"BOUNCE"|"COMPLAINT"}  (ListSuppressedDestinations,
 *                GetSuppressedDestination: docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressedDestinationSummary.html)
 *   Postmark     {"EmailAddress":"…","SuppressionReason":"HardBounce"|"SpamComplaint"|"ManualSuppression"}
 *                (postmarkapp.com/developer/api/suppressions-api)
 *   Mandrill     [{"email":"…","status":"rejected","reject_reason":"hard-bounce"}]  (messages/send's answer;
 *                mailchimp.com/developer/transactional/docs/rejections/)
 *   SendGrid     [{"created":1443651125,"email":"…","reason":"550 5.1.1 …","status":"5.1.1"}]  (the bounces,
 *                blocks and invalid emails lists: twilio.com/docs/sendgrid/api-reference/bounces-api)
 */
function listedOf(doc: string, o: Obj, out: RawRecipient[]): boolean {
  const sesReason = stringOf(field(o, 'Reason'));
  const pmReason = stringOf(field(o, 'SuppressionReason'));
  const held = pmReason ?? (sesReason && /^(?:bounce|complaint)$/i.test(sesReason.value.trim()) ? sesReason : undefined);
  if (held) {
    const address = stringOf(field(o, 'EmailAddress'));
    const a = address ? firstAddress(doc, address.start, address.end) : null;
    if (!a) return false;
    const at = { start: held.start, end: held.end };
    out.push({ address: { value: a.address, start: a.start, end: a.end }, action: { value: 'failed', ...at }, hint: { reason: 'suppressed', ...at, note: `on the service's suppression list (reason: ${held.value})` } });
    return true;
  }
  const email = stringOf(field(o, 'email'));
  const a = email ? firstAddress(doc, email.start, email.end) : null;
  if (!a || field(o, 'event')) return false;
  const address = { value: a.address, start: a.start, end: a.end };
  const status = stringOf(field(o, 'status'));
  const rejectReason = stringOf(field(o, 'reject_reason'));
  if (status?.value === 'rejected' && rejectReason) {
    const at = { start: rejectReason.start, end: rejectReason.end };
    const r: RawRecipient = { address, action: { value: 'failed', ...at } };
    if (DENYLIST_REASONS.has(termKey(rejectReason.value))) r.hint = { reason: 'suppressed', ...at, note: `not sent: on the account's rejection denylist (${rejectReason.value})` };
    out.push(r);
    return true;
  }
  const created = field(o, 'created');
  const reason = stringOf(field(o, 'reason'));
  if (created && created.kind === 'other' && reason && reason.value.trim()) {
    const view = dropRepeatedPrefixes(new TextView().append(doc, reason.start, reason.end));
    const r: RawRecipient = { address, action: { value: 'failed', start: reason.start, end: reason.end }, diagnostic: view };
    if (status && RE_STATUS.test(status.value.trim()) && status.value.trim()[0] === '5') r.status = { value: status.value.trim(), start: status.start, end: status.end };
    out.push(r);
    return true;
  }
  return false;
}

/** Every event in the JSON value, depth first, in document order. */
function walk(doc: string, node: Json, out: RawRecipient[], depth: number): void {
  if (depth > 8) return;
  if (node.kind === 'object') {
    if (recipientsOf(doc, node, out) || listedOf(doc, node, out)) return;
    for (const v of node.fields.values()) walk(doc, v, out, depth + 1);
  } else if (node.kind === 'array') {
    for (const v of node.items) walk(doc, v, out, depth + 1);
  }
}

/** Where the JSON starts in the pasted text ("mandrill_events=[…" as a form post shows it). */
function jsonStart(doc: string, scan: Scan): number {
  for (const range of scan.bodies) {
    for (let i = range.start; i < Math.min(range.end, range.start + 200); i++) {
      const c = doc.charCodeAt(i);
      if (c === 123 /* { */ || c === 91 /* [ */) return i;
    }
  }
  return -1;
}

/** Keys that only sending services' events have, as they stand in the JSON text. */
const CUES = ['"event"', '"eventtype"', '"eventname"', '"suppresseddestination', '"suppressionreason"', '"reject_reason"', '"created"', '"recordtype"', '"msys"', '"event-data"', '"email.bounced"', '"email.delivery_delayed"', '"email.complained"', '"bounce_classification"', '"enhanced_code"'];

export const espEvents: Format = {
  id: 'esp-events',
  label: 'Sending service webhook events (JSON)',
  reference: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  needs: CUES,
  detect: (scan) => !scan.isMessage && CUES.some((c) => headHas(scan, c)) && jsonStart(scan.document, scan) !== -1,
  parse({ scan }) {
    const doc = scan.document;
    const at = jsonStart(doc, scan);
    if (at === -1) return null;
    const recipients: RawRecipient[] = [];
    // A batch cut short (the input cap, a paste that lost its end) gives the events before the cut.
    const json = readJson(doc, at, true);
    if (json) walk(doc, json.node, recipients, 0);
    if (recipients.length === 0) return null;
    const kinds = new Set(recipients.map((r) => r.hint?.reason));
    if (kinds.size === 1 && kinds.has('feedback')) return { kind: 'feedback-report', recipients };
    if (kinds.size === 1 && kinds.has('vacation')) return { kind: 'auto-reply', recipients };
    return { recipients };
  },
};
