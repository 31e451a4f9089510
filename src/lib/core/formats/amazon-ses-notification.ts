/**
 * Amazon SES event notifications: the JSON document SES publishes (through Amazon SNS,
 * often to an email subscription, or pasted from a queue or a log) instead of a bounce
 * message. Layout: AWS, "Contents of notifications for Amazon SES":
 *
 *   {"notificationType":"Bounce",                     ("eventType" in event publishing)
 *    "bounce":{"bounceType":"Permanent","bounceSubType":"General",
 *              "bouncedRecipients":[{"emailAddress":"nobody@example.org","action":"failed",
 *                                    "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 ..."}],
 *              "reportingMTA":"dsn; a1-2.smtp-out.amazonses.com", ...},
 *    "mail":{...}}
 *
 * "Complaint" notifications list "complainedRecipients" (a feedback report) and
 * "Delivery" notifications list "recipients" with the "smtpResponse" (delivered). When SNS
 * delivers by email, the notification is a JSON string in the "Message" field of the SNS
 * envelope, so it is read once more after undoing the string escapes; every value keeps
 * its offsets in the document. A bounceSubType of "Suppressed" or
 * "OnAccountSuppressionList" means SES did not even try: the address is on a suppression
 * list. "DeliveryDelay" events (event publishing) list "delayedRecipients": SES is still trying.
 */
import type { Format, Found, RawRecipient } from './types.ts';
import type { ReasonId } from '../types.ts';
import type { Scan } from '../scan.ts';
import { bodyHead, headHas } from './common.ts';
import { TextView } from '../text/view.ts';
import { dropRepeatedPrefixes } from '../read/diagnostic.ts';
import { readJson, jsonField as field, type Json } from '../parse/json.ts';
import { serviceTerm } from '../../knowledge/service-vocabulary.ts';

/**
 * DeliveryDelay's delayType, for a recipient whose diagnosticCode is missing; the types that
 * name no cause (General, InternalFailure, Undetermined, …) are left to the reply.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html#event-publishing-retrieving-sns-contents-delivery-delay-object
 */
const DELAY_TYPES: Readonly<Record<string, ReasonId>> = {
  mailboxfull: 'mailboxfull',
  spamdetected: 'spamdetected',
};

const RE_DETECT = /\\?"(?:notificationtype|eventtype)\\?"\s*:\s*\\?"(?:bounce|complaint|delivery|deliverydelay|reject|rendering failure)\\?"/;

/** The notification text, with a map from its characters to document offsets. */
interface Source {
  text: string;
  map: number[] | null;
}

/** Undo the escapes of the JSON string whose content starts at `from`. */
function unescape(doc: string, from: number, to: number): Source {
  let text = '';
  const map: number[] = [];
  for (let i = from; i < to; i++) {
    const c = doc[i];
    if (c === '"') break;
    if (c === '\\' && i + 1 < to) {
      const n = doc[i + 1];
      if (n === 'u' && /^[0-9a-f]{4}$/i.test(doc.slice(i + 2, i + 6))) {
        text += String.fromCharCode(parseInt(doc.slice(i + 2, i + 6), 16));
        map.push(i);
        i += 5;
        continue;
      }
      text += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n;
      map.push(i + 1);
      i++;
      continue;
    }
    text += c;
    map.push(i);
  }
  return { text, map };
}

function findRoot(scan: Scan): { root: Json; src: Source } | null {
  const doc = scan.document;
  for (const range of scan.bodies) {
    const body = doc.slice(range.start, range.end);
    // SNS envelope: "Message" : "{\"notificationType\": ...}"
    const sns = /"Message"\s*:\s*"(?=\{\\")/.exec(body);
    if (sns) {
      const src = unescape(doc, range.start + sns.index + sns[0].length, range.end);
      const r = readJson(src.text, 0);
      if (r && r.node.kind === 'object') return { root: r.node, src };
    }
    const brace = body.search(/\{\s*"(?:notificationType|eventType|bounce|mail)"/);
    if (brace !== -1) {
      const r = readJson(doc, range.start + brace);
      if (r && r.node.kind === 'object') return { root: r.node, src: { text: doc, map: null } };
    }
  }
  return null;
}

export const amazonSesNotification: Format = {
  id: 'amazon-ses-notification',
  label: 'Amazon SES notification (JSON)',
  reference: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  needs: ['notificationtype', 'eventtype'],
  detect: (scan) => (headHas(scan, 'notificationtype') || headHas(scan, 'eventtype')) && RE_DETECT.test(bodyHead(scan)),
  parse({ scan }) {
    const found = findRoot(scan);
    if (!found) return null;
    const { root, src } = found;
    const doc = scan.document;
    const docSpan = (s: number, e: number): [number, number] => {
      if (!src.map) return [s, e];
      if (e <= s) return [src.map[s] ?? 0, src.map[s] ?? 0];
      return [src.map[s], src.map[e - 1] + 1];
    };
    const text = (node: Json | undefined): Found | undefined => {
      if (!node || node.kind !== 'string') return undefined;
      const [s, e] = docSpan(node.start, node.end);
      return { value: node.value, start: s, end: e };
    };
    const view = (node: Json | undefined): TextView | undefined => {
      if (!node || node.kind !== 'string' || !node.value.trim()) return undefined;
      // "smtp; 550 ...": skip the type, as in a DSN's Diagnostic-Code. The type has no
      // escapes, so its length is the same in the document.
      const typed = /^\s*[a-z-]+;\s*/i.exec(node.value);
      const [ds, de] = docSpan(node.start + (typed ? typed[0].length : 0), node.end);
      const v = new TextView().append(doc, ds, de);
      return v.length ? dropRepeatedPrefixes(v) : undefined;
    };
    const type = (text(field(root, 'notificationType')) ?? text(field(root, 'eventType')))?.value.toLowerCase();

    if (type === 'bounce') {
      const bounce = field(root, 'bounce');
      const subType = text(field(bounce, 'bounceSubType'));
      // bounceType says whether SES will ever get through: Permanent ("you should remove the
      // recipient's email address from your mailing list") or Transient ("you might be able to
      // send to this recipient in the future"); Undetermined says nothing.
      const bounceType = text(field(bounce, 'bounceType'));
      const typeTerm = bounceType ? serviceTerm(bounceType.value) : null;
      const permanent = bounceType && typeTerm?.permanent !== undefined ? { value: typeTerm.permanent, start: bounceType.start, end: bounceType.end } : undefined;
      // The subtype names a cause (NoEmail, MailboxFull, MessageTooLarge, ContentRejected,
      // AttachmentRejected) for a recipient whose diagnosticCode does not give the reply.
      const subTerm = subType ? serviceTerm(subType.value) : null;
      const list = field(bounce, 'bouncedRecipients');
      const recipients: RawRecipient[] = [];
      for (const item of list && list.kind === 'array' ? list.items : []) {
        const address = text(field(item, 'emailAddress'));
        const rcpt: RawRecipient = { address: address ?? null };
        const action = text(field(item, 'action'));
        if (action) rcpt.action = { ...action, value: action.value.toLowerCase() };
        const status = text(field(item, 'status'));
        if (status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status.value.trim())) rcpt.status = status;
        const diagnostic = view(field(item, 'diagnosticCode'));
        if (diagnostic) rcpt.diagnostic = diagnostic;
        if (subType && /^(?:suppressed|onaccountsuppressionlist)$/i.test(subType.value)) {
          rcpt.hint = { reason: 'suppressed', start: subType.start, end: subType.end, note: `SES did not send: bounceSubType ${subType.value}` };
        } else if (subType && subTerm?.reason && !diagnostic) {
          rcpt.hint = { reason: subTerm.reason, start: subType.start, end: subType.end, note: `SES bounceSubType ${subType.value} (${subTerm.docs})`, claim: true };
        }
        if (permanent) rcpt.permanent = permanent;
        recipients.push(rcpt);
      }
      return recipients.length ? { recipients } : null;
    }

    if (type === 'complaint') {
      const complaint = field(root, 'complaint');
      const list = field(complaint, 'complainedRecipients');
      const feedback = text(field(complaint, 'complaintFeedbackType'));
      // complaintSubType "OnAccountSuppressionList": no complaint came in; SES did not send,
      // because the address is on the account's suppression list (SES "Complaint object").
      const complaintSub = text(field(complaint, 'complaintSubType'));
      if (complaintSub && /^onaccountsuppressionlist$/i.test(complaintSub.value)) {
        const hint = { reason: 'suppressed' as const, start: complaintSub.start, end: complaintSub.end, note: `SES did not send: complaintSubType ${complaintSub.value}` };
        const recipients: RawRecipient[] = [];
        for (const item of list && list.kind === 'array' ? list.items : []) {
          const address = text(field(item, 'emailAddress'));
          recipients.push({ address: address ?? null, hint, action: { value: 'failed', start: complaintSub.start, end: complaintSub.end } });
        }
        return recipients.length ? { recipients } : null;
      }
      const hint = feedback
        ? { reason: 'feedback' as const, start: feedback.start, end: feedback.end, note: `complaint of type ${feedback.value}` }
        : { reason: 'feedback' as const, start: 0, end: 0, note: 'a complaint notification' };
      const recipients: RawRecipient[] = [];
      for (const item of list && list.kind === 'array' ? list.items : []) {
        const address = text(field(item, 'emailAddress'));
        recipients.push({ address: address ?? null, hint, ...(feedback ? { feedbackType: { ...feedback, value: feedback.value.toLowerCase() } } : {}) });
      }
      if (recipients.length === 0) recipients.push({ address: null, hint });
      return { kind: 'feedback-report', recipients };
    }

    if (type === 'deliverydelay') {
      // Event publishing's DeliveryDelay: SES is still trying ("expirationTime" is when it gives up).
      const delay = field(root, 'deliveryDelay');
      const delayType = text(field(delay, 'delayType'));
      const list = field(delay, 'delayedRecipients');
      const recipients: RawRecipient[] = [];
      for (const item of list && list.kind === 'array' ? list.items : []) {
        const address = text(field(item, 'emailAddress'));
        const rcpt: RawRecipient = { address: address ?? null };
        const [s, e] = delayType ? [delayType.start, delayType.end] : address ? [address.start, address.end] : [0, 0];
        rcpt.action = { value: 'delayed', start: s, end: e };
        const status = text(field(item, 'status'));
        if (status && /^[245]\.\d{1,3}\.\d{1,3}$/.test(status.value.trim())) rcpt.status = status;
        const diagnostic = view(field(item, 'diagnosticCode'));
        if (diagnostic) rcpt.diagnostic = diagnostic;
        const reason = delayType ? DELAY_TYPES[delayType.value.toLowerCase()] : undefined;
        if (!diagnostic && reason && delayType) rcpt.hint = { reason, start: delayType.start, end: delayType.end, note: `SES delay type ${delayType.value}` };
        recipients.push(rcpt);
      }
      return recipients.length ? { recipients, delayed: true } : null;
    }

    if (type === 'reject' || type === 'rendering failure') {
      // Event publishing: "Reject" (SES "determined that it contained a virus and rejected it",
      // reject.reason "Bad content") and "Rendering Failure" (a template could not be filled in):
      // SES sent nothing to the addresses in mail.destination. Neither says anything of them.
      const reject = field(root, 'reject');
      const failure = field(root, 'failure');
      const why = type === 'reject' ? text(field(reject, 'reason')) : text(field(failure, 'errorMessage'));
      const [s, e] = why ? [why.start, why.end] : [0, 0];
      const list = field(field(root, 'mail'), 'destination');
      const recipients: RawRecipient[] = [];
      for (const item of list && list.kind === 'array' ? list.items : []) {
        const address = text(item);
        const rcpt: RawRecipient = { address: address ?? null, action: { value: 'failed', start: s, end: e } };
        if (type === 'reject') rcpt.hint = { reason: 'virusdetected', start: s, end: e, note: 'SES Reject event: SES found a virus in the message and did not send it' };
        else if (why) rcpt.diagnostic = view(field(failure, 'errorMessage'));
        recipients.push(rcpt);
      }
      return recipients.length ? { recipients } : null;
    }

    if (type === 'delivery') {
      const delivery = field(root, 'delivery');
      const list = field(delivery, 'recipients');
      const response = view(field(delivery, 'smtpResponse'));
      const recipients: RawRecipient[] = [];
      for (const item of list && list.kind === 'array' ? list.items : []) {
        const address = text(item);
        const rcpt: RawRecipient = { address: address ?? null };
        if (response) rcpt.diagnostic = response;
        const [s, e] = response ? response.whole() : address ? [address.start, address.end] : [0, 0];
        rcpt.hint = { reason: 'delivered', start: s, end: e, note: 'SES reports the message delivered' };
        rcpt.action = { value: 'delivered', start: s, end: s };
        recipients.push(rcpt);
      }
      return recipients.length ? { recipients } : null;
    }
    return null;
  },
};
