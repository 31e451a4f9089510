/**
 * A sending service's activity as its dashboard, log view, console or message trace shows
 * it, copied as text: what people paste when they send through an app or a service and
 * never see a bounce message. Labelled fields, one a line (or tab-separated cells of a
 * table row), around an event's name:
 *
 *   Bounced                                 Failed: permanent
 *   a@example.org                           Recipient: a@example.org
 *   Reason: 550 5.1.1 The email account …   Server response: 550 5.1.1 …
 *   Bounce Classification: Invalid Address  Reason: bounce
 *
 *   bounceType: Permanent                   11/27/2026 10:00:02 AM  Fail  Reason: [{LED=550 5.1.10
 *   bounceSubType: NoEmail                    RESOLVER.ADR.RecipientNotFound; …};{MSG=};{FQDN=};{IP=};{LRT=}]
 *   emailAddress: a@example.org             EventId : FAIL / Recipients : {a@example.org} / RecipientStatus : {[{LRT=};{LED=550 …}]}
 *
 * (SendGrid Email Activity, Mailgun Logs, Postmark Activity, the SES console and CloudWatch,
 * Mandrill, Brevo, SparkPost, Mailjet, Resend, Microsoft 365 message trace, Exchange's
 * message tracking log, Google's email log search.) The event's name and the service's own
 * classification are read through knowledge/service-vocabulary.ts: they say what happened
 * (failed, deferred, not sent because the address is suppressed) and whether the service
 * calls it permanent; the receiving server's reply, when the paste holds it, is the
 * diagnostic and decides the cause. A classification decides only where there is no reply
 * to read. The description a service writes under a type ("ex: unknown user, mailbox not
 * found") is an example list, not the receiver's words: it is never read as the cause.
 */
import type { Format, Found, RawRecipient, ReasonHint } from './types.ts';
import type { Scan, Range } from '../scan.ts';
import { headHas } from './common.ts';
import { eachLine, indexWithin } from '../text/lines.ts';
import { firstAddress } from '../read/address.ts';
import { TextView } from '../text/view.ts';
import { serviceTerm, DENYLIST_REASONS, SUPPRESSED, type ServiceTerm } from '../../knowledge/service-vocabulary.ts';

/** Labels (letters only, lower case) whose value names the recipient. */
const ADDRESS_LABELS = new Set([
  'email', 'emailaddress', 'recipient', 'recipients', 'recipientaddress', 'to', 'rcpt', 'rcptto', 'recipientemail', 'toaddress',
  // Marketing and CRM tools name the recipient by their own word for a person on a list:
  // Salesforce Marketing Cloud "Subscriber" (its bounce extract's SubscriberKey / EmailAddress),
  // HubSpot "Contact", Zoho Campaigns "Contact email" (its bounce webhook's contact_email).
  'subscriber', 'subscriberemail', 'contact', 'contactemail',
  // Google Admin's Email Log Search names the recipient "To (Envelope)" (support.google.com/a/answer/2604578).
  'toenvelope',
]);
/** Labels whose value is an event, a type or the service's classification. */
const TERM_LABELS = new Set([
  'event', 'eventid', 'eventtype', 'type', 'bouncetype', 'subtype', 'bouncesubtype', 'status', 'state', 'deliverystatus', 'result',
  'bounceclassification', 'classification', 'bounceclass', 'bouncecategory', 'category', 'bouncedescription', 'rejectreason',
  'errorrelatedto', 'error', 'reason', 'severity', 'bouncereason',
  // Salesforce Marketing Cloud "Bounce Subcategory"; Intercom "Email status: Hard bounced";
  // Proofpoint Smart Search "Message Status: Bounced".
  'bouncesubcategory', 'emailstatus', 'messagestatus',
]);
/** Labels whose value is the receiving server's reply. */
const REPLY_LABELS = new Set([
  'serverresponse', 'smtpresponse', 'response', 'diagnosticcode', 'diagnostic', 'details', 'detail', 'diag', 'rawreason', 'bouncereason', 'reason', 'error', 'recipientstatus', 'smtperror', 'bouncemessage', 'message',
  // Salesforce Marketing Cloud "SMTP Bounce Reason" (its SMTPBounceReason column), HubSpot
  // "Bounce details", Freshdesk "Failure reason", Mimecast message tracking "Remote server
  // response", Google Admin email log search "Response from receiving server"; a "Delivery
  // Status" whose value is a reply (Proofpoint Smart Search) rather than a state.
  'smtpbouncereason', 'bouncedetails', 'failurereason', 'remoteserverresponse', 'responsefromreceivingserver', 'deliverystatus',
]);
/** Labels that name the recipient's classification only (never a reply): their value is a term or nothing. */
const CLASS_ONLY = new Set(['bounceclassification', 'classification', 'bounceclass', 'bouncecategory', 'category', 'bouncetype', 'bouncesubtype', 'subtype', 'type', 'event', 'eventid', 'eventtype', 'status', 'state', 'severity', 'errorrelatedto', 'bouncedescription', 'rejectreason', 'bouncesubcategory', 'emailstatus', 'messagestatus']);

/** Words right before an address that make it the sender ("sent from", "from", "sender"). */
const RE_SENDER_BEFORE = /\b(?:from|sender:?|sent by)\s*[<(]?$/i;

/** A reply inside a cell's words: a reply code and an enhanced status code, as servers write them. */
const RE_REPLY_IN_CELL = /(?<![\w.])[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b/;
/** A reply: a code first (after "smtp;"), an enhanced status code, or Exchange's LED field. */
const RE_REPLY_SHAPE = /^(?:smtp\s*;\s*)?[245]\d\d\b|\b[245]\.\d{1,3}\.\d{1,3}\b|\{LED=/i;

interface TermAt {
  term: ServiceTerm;
  start: number;
  end: number;
  value: string;
  /** Read from a bare line or a label that names an event or type (not only a classification). */
  event: boolean;
}

/** One event of the paste: its recipients, the service's terms and the receiver's reply. */
interface Reading {
  addresses: Found[];
  terms: TermAt[];
  reply: TextView | null;
  /** The reply was read on an event that deferred the message (a trace's Defer row): a later Fail's reply replaces it. */
  replyDeferred?: boolean;
  /** An address was read from a label ("Email:"): a bare address line is then no recipient. */
  addressLabelled: boolean;
}

const letters = (s: string): string => s.toLowerCase().replace(/[^a-z]/g, '');

/** The label and value of a `Label: value` cell, or null. */
function labelled(doc: string, start: number, end: number): { label: string; vs: number; ve: number } | null {
  const colon = indexWithin(doc, ':', start, Math.min(end, start + 41));
  if (colon === -1) return null;
  const label = doc.slice(start, colon).trim();
  // (A gloss in parentheses is part of the name: "To (Envelope)", "From (Header Address)".)
  if (!/^[A-Za-z][A-Za-z _-]*(?:\([A-Za-z ]{1,20}\))?$/.test(label)) return null;
  let vs = colon + 1;
  while (vs < end && (doc.charCodeAt(vs) === 32 || doc.charCodeAt(vs) === 9)) vs++;
  let ve = end;
  while (ve > vs && /\s/.test(doc[ve - 1])) ve--;
  return { label: letters(label), vs, ve };
}

/** The reply in a field's value: Exchange's LED text, else the value without "smtp;". */
function replyView(doc: string, vs: number, ve: number): TextView | null {
  let s = vs;
  let e = ve;
  const led = indexWithin(doc, 'LED=', vs, ve);
  if (led !== -1) {
    s = led + 4;
    const close = indexWithin(doc, '}', s, ve);
    e = close !== -1 ? close : ve;
  } else {
    const typed = /^smtp\s*;\s*/i.exec(doc.slice(s, Math.min(e, s + 10)));
    if (typed) s += typed[0].length;
  }
  const view = new TextView().append(doc, s, e);
  return view.length ? view : null;
}

/**
 * Header names of a real message: a paste that has one is a message, not an activity's fields.
 * (Not `Date`: a dashboard's event shows its date as a field too, Mailgun's log "Date:
 * 12/06/2026 07:14:55 AM" among "Recipient:" and "Server response:"; a real message that has a
 * Date has a From or a Subject beside it.)
 */
const MAIL_HEADERS = new Set(['from', 'subject', 'received', 'message-id', 'mime-version', 'return-path', 'content-type']);

/**
 * A field of a message trace's listing that shares its name with a mail header: Exchange
 * Online's Get-MessageTrace | Format-List shows "Received : 11/27/2026 10:00:36 AM" (a date
 * alone, where a real Received field names the hosts, "from … by …") and "Subject : …" beside
 * SenderAddress, RecipientAddress and Status
 * (https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetrace).
 */
function listingField(name: string, value: string): boolean {
  if (name === 'received') return !/\b(?:from|by|with|id)\s/i.test(value) && /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(value.trim());
  return name === 'subject';
}

/**
 * Where the activity's lines are: the pasted text, or, when its first `Label: value` lines
 * read as a header block ("State: hard-bounce", "To: …", "EventId : FAIL") and none of them
 * is a mail header (From, Date, Subject, Received …), the whole document.
 */
function activityRanges(scan: Scan): readonly Range[] | null {
  if (!scan.isMessage) return scan.bodies;
  if (scan.headers.length === 0 || scan.headers.some((h) => MAIL_HEADERS.has(h.name) && !listingField(h.name, h.value))) return null;
  // The fields read as headers, and the lines under them: the whole document.
  return [{ start: 0, end: scan.document.length }];
}

/**
 * The events of the paste, one Reading each. A paste of several events repeats the line
 * that opens each one ("Event: Bounced", "Bounced", "Email: …", a trace's row): the kind
 * of the first line the layout knows opens a new event each time it comes again, so each
 * recipient keeps its own reply and classification.
 */
function read(scan: Scan): { events: Reading[]; lines: number; known: number } | null {
  const doc = scan.document;
  const events: Reading[] = [];
  let out: Reading = newReading();
  let lines = 0;
  let known = 0;
  let opener: string | null = null;
  const ranges = activityRanges(scan);
  if (!ranges) return null;
  // The terms of a header row of column names ("Email <tab> Date <tab> Bounce"): they name
  // every row under it, and the header opens no event of its own.
  let columnTerms: TermAt[] = [];
  // Whether the line above is a sentence a narrow view broke off mid-way ("… rejected because
  // it was identified as"): a lone word under it ends that sentence ("spam"), no event name.
  let brokenOff = false;
  for (const range of ranges) {
    // (Past the lines a quoted cell ran over.)
    let skipTo = range.start;
    for (const line of eachLine(doc, range.start, range.end)) {
      if (line.start < skipTo) continue;
      if (line.end - line.start > 2000) return null;
      let end = line.end;
      const text = doc.slice(line.start, end);
      if (!text.trim()) continue;
      if (++lines > MAX_LINES) return null;
      const wasBrokenOff = brokenOff;
      brokenOff = !text.includes('\t') && RE_BROKEN_OFF.test(text) && labelled(doc, line.start, end) === null;
      if (wasBrokenOff && !text.includes('\t') && RE_LONE_WORDS.test(text)) continue;
      let first: string | null = null;
      const header = isHeaderRow(text);
      const before = out.terms.length;
      // Tab-separated cells: a message trace's row.
      let cs = line.start;
      while (cs <= end) {
        let ce = indexWithin(doc, '\t', cs, end);
        if (ce === -1) ce = end;
        // A cell in double quotes that runs over lines (a spreadsheet's cell with line breaks,
        // as Excel and Google Sheets copy it): up to its closing quote, then that line's cells.
        const close = quotedCellEnd(doc, cs, ce, range.end);
        if (close !== -1) {
          ce = close;
          end = doc.indexOf('\n', close);
          if (end === -1 || end > range.end) end = range.end;
          skipTo = end;
        }
        // The line that opens an event again (its first cell the layout knows): the event
        // read so far is whole.
        if (first === null && opener !== null && (out.addresses.length || out.terms.length || out.reply) && cellKey(doc, cs, ce) === opener) {
          events.push(out);
          out = newReading();
          out.terms.push(...columnTerms);
        }
        const key = readCell(doc, cs, ce, out, (a) => (out.addressLabelled ||= a));
        first ??= key;
        cs = ce + 1;
      }
      if (header && out.terms.length > before) {
        columnTerms = out.terms.slice(before);
        continue;
      }
      if (first !== null) {
        known++;
        opener ??= first;
      }
    }
  }
  events.push(out);
  return { events, lines, known };
}

/** A line that stops on a word that cannot end a sentence (an article, a preposition, a linking verb): a view broke it off. */
const RE_BROKEN_OFF = /[a-z][ \t]+(?:as|is|was|were|be|been|by|of|for|to|the|a|an|with|from|because|into)[ \t]*$/;
/** One or two words alone on a line. */
const RE_LONE_WORDS = /^[ \t]*[A-Za-z][A-Za-z-]*(?:[ \t]+[A-Za-z][A-Za-z-]*)?[ \t.]*$/;

/**
 * A header row of column names: several tab-separated cells, each a few words of letters
 * ("Email", "Date", "Bounce type"), no address, no digit.
 */
function isHeaderRow(text: string): boolean {
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c);
  return cells.length >= 2 && cells.every((c) => c.length <= 30 && /^[A-Za-z][A-Za-z ()/_-]*$/.test(c));
}

/**
 * The end (after its closing quote) of a cell that opens with a double quote and does not close
 * it on its line, when the quote closes on a later line before a tab or the line's end (a
 * doubled quote "" inside is a quote of the text); -1 otherwise. Within 4,000 characters.
 */
function quotedCellEnd(doc: string, cs: number, ce: number, limit: number): number {
  let s = cs;
  while (s < ce && (doc.charCodeAt(s) === 32 || doc.charCodeAt(s) === 9)) s++;
  if (doc[s] !== '"') return -1;
  let i = s + 1;
  const stop = Math.min(limit, s + 4000);
  let crossed = false;
  while (i < stop) {
    const c = doc[i];
    if (c === '\n') crossed = true;
    else if (c === '"') {
      if (doc[i + 1] === '"') {
        i += 2;
        continue;
      }
      // Closed on its own line: an ordinary quoted cell.
      if (!crossed) return -1;
      const next = doc[i + 1];
      return next === undefined || i + 1 >= limit || next === '\t' || next === '\n' || next === '\r' ? i + 1 : -1;
    }
    i++;
  }
  return -1;
}

/** How many non-blank lines a paste of events may have (about 60 events of a few lines each). */
const MAX_LINES = 400;

function newReading(): Reading {
  return { addresses: [], terms: [], reply: null, addressLabelled: false };
}

/** The kind of a cell as readCell names it, without reading it into anything. */
function cellKey(doc: string, cs: number, ce: number): string | null {
  return readCell(doc, cs, ce, newReading(), () => false);
}

/**
 * Whether a reply read now is the event's: the first one, or one that comes on a row saying the
 * message failed after the reply already read came on a row that deferred it (Exchange Online's
 * trace lists Defer, then Fail, each with its reason: the Fail's is the final answer,
 * https://learn.microsoft.com/en-us/exchange/monitoring/trace-an-email-message/message-trace-modern-eac).
 */
function takesReply(out: Reading): boolean {
  if (!out.reply) return true;
  return out.replyDeferred === true && out.terms.at(-1)?.term.happened === 'failed';
}

/** Takes a reply, noting whether it came on a row that deferred the message. */
function setReply(out: Reading, view: TextView | null): void {
  out.reply = view;
  out.replyDeferred = out.terms.at(-1)?.term.happened === 'delayed';
}

/**
 * Reads one cell into `out`. Returns what kind of cell it was (its label, '@' for a bare
 * address, 'reply' for a bare reply, 'event' for a bare event name), or null when it is
 * nothing this layout knows.
 */
function readCell(doc: string, cs: number, ce: number, out: Reading, labelledAddress: (a: boolean) => boolean): string | null {
  while (cs < ce && /\s/.test(doc[cs])) cs++;
  while (ce > cs && /\s/.test(doc[ce - 1])) ce--;
  // (A cell in double quotes: its words inside them.)
  if (ce - cs >= 2 && doc[cs] === '"' && doc[ce - 1] === '"') {
    cs++;
    ce--;
  }
  if (ce <= cs) return null;
  const cell = doc.slice(cs, ce);
  // A bare address on its line: the recipient (as SendGrid and Postmark list it under the event).
  const bare = firstAddress(doc, cs, ce);
  if (bare && cell.replace(/[<>{}]/g, '').trim() === bare.address && !labelledAddress(false)) {
    if (!out.addresses.some((a) => a.value === bare.address)) out.addresses.push({ value: bare.address, start: bare.start, end: bare.end });
    return '@';
  }
  // A reply on its own line ("smtp;550 5.1.1 …", "550 5.1.1 …").
  if (takesReply(out) && /^(?:smtp\s*;\s*[245]\d\d\b|[245]\d\d[ -])/i.test(cell)) {
    setReply(out, replyView(doc, cs, ce));
    return 'reply';
  }
  const f = labelled(doc, cs, ce);
  if (!f) {
    // A cell that holds a server's reply after other words ('"<a@example.org>: host … said:
    // 550 5.1.1 …"', a spreadsheet's cell): the reply, from its first line.
    if (takesReply(out) && ce - cs > 30 && RE_REPLY_IN_CELL.test(cell)) {
      setReply(out, replyView(doc, cs, ce));
      return 'reply';
    }
    // A bare event name ("Bounced", "Hard bounce", "Fail").
    if (ce - cs > 30) return null;
    const t = serviceTerm(cell);
    if (t && t.happened) {
      out.terms.push({ term: t, start: cs, end: ce, value: cell, event: true });
      return 'event';
    }
    // A bare category that states one cause in the tool's own words, as a report's row holds it
    // beside the address ("a@example.org <tab> Non-existent", Constant Contact's bounce report).
    if (t && t.strong && t.reason) {
      out.terms.push({ term: t, start: cs, end: ce, value: cell, event: false });
      return 'class';
    }
    return null;
  }
  const value = doc.slice(f.vs, f.ve);
  // "Failed: permanent": the label and its value are one term.
  const joined = serviceTerm(f.label + letters(value));
  if (joined && !TERM_LABELS.has(f.label) && !ADDRESS_LABELS.has(f.label) && value.length < 20) {
    out.terms.push({ term: joined, start: cs, end: ce, value: cell, event: true });
    return f.label;
  }
  // "Deferred Reason: 451 …", "Rejection Information: 550 …" (Mimecast's Rejected and Deferred
  // Messages view, https://mimecastsupport.zendesk.com/hc/en-us/articles/34000479117971): a
  // label that names what happened before the word for its cause, and a reply as its value.
  const stem = /^([a-z]{4,}?)(?:reason|information|info)$/.exec(f.label);
  if (stem && !TERM_LABELS.has(f.label) && !REPLY_LABELS.has(f.label) && RE_REPLY_SHAPE.test(value)) {
    const t = serviceTerm(stem[1]);
    if (t?.happened === 'failed' || t?.happened === 'delayed') {
      out.terms.push({ term: t, start: cs, end: doc.indexOf(':', cs), value: stem[1], event: true });
      if (takesReply(out)) setReply(out, replyView(doc, f.vs, f.ve));
      return f.label;
    }
  }
  if (ADDRESS_LABELS.has(f.label)) {
    let found = false;
    for (let at = f.vs; at < f.ve; ) {
      // "{a@example.org}" (Exchange's list): "{" may start a local part, so read after it.
      while (at < f.ve && /[{[(<,;\s]/.test(doc[at])) at++;
      const a = firstAddress(doc, at, f.ve);
      if (!a) break;
      at = a.end;
      // "Email: Product update (sent from news@example.com)": the sender the line names beside
      // the message is no recipient.
      if (RE_SENDER_BEFORE.test(doc.slice(Math.max(f.vs, a.start - 16), a.start))) continue;
      if (!out.addresses.some((x) => x.value === a.address)) out.addresses.push({ value: a.address, start: a.start, end: a.end });
      found = true;
    }
    if (found) labelledAddress(true);
    return found ? f.label : null;
  }
  if (TERM_LABELS.has(f.label) && value.length <= 60) {
    let t = serviceTerm(value);
    // Mandrill's reject reasons name why the address is on the rejection denylist.
    if (t && f.label === 'rejectreason' && DENYLIST_REASONS.has(letters(value))) t = SUPPRESSED;
    if (t) {
      out.terms.push({ term: t, start: f.vs, end: f.ve, value, event: !f.label.startsWith('bounceclass') && f.label !== 'classification' });
      return f.label;
    }
  }
  if (REPLY_LABELS.has(f.label) && !CLASS_ONLY.has(f.label) && takesReply(out)) {
    const shaped = RE_REPLY_SHAPE.test(value);
    // A one-word value that is no term ("Reason: generic") is no reply.
    if (shaped || (/^(?:serverresponse|smtpresponse|diagnosticcode|diag|details|rawreason|smtperror)$/.test(f.label) && /\S\s+\S/.test(value)) || value.trim().split(/\s+/).length >= 3) {
      setReply(out, replyView(doc, f.vs, f.ve));
      return f.label;
    }
  }
  // Any other `Label: value` of the layout (Sender, Subject, Date).
  return f.label;
}

/** Of the terms read, the one that says what happened, by weight: not sent, an automatic reply, a complaint, failed, deferred, delivered. */
function whatHappened(terms: TermAt[]): TermAt | null {
  const order = ['suppressed', 'auto-reply', 'feedback', 'failed', 'delayed', 'delivered'] as const;
  for (const h of order) {
    const t = terms.find((x) => x.term.happened === h);
    if (t) return t;
  }
  return null;
}

/** Cheap cues, as they stand lower-cased in the head of the paste. */
const CUES = [
  'bounce classification', 'server response', 'smtp response', 'bouncetype', 'bounce type', 'subtype', 'sub type', 'bounce class', 'error related to',
  'reject reason', 'bounce_description', 'failed: permanent', 'failed: temporary', 'led=', 'hard bounce', 'soft bounce', 'hardbounce', 'softbounce',
  'hard-bounce', 'soft-bounce', 'bounced', 'dropped', 'deferred', 'eventid', 'event:', 'type:', 'status:', 'state:', 'blocked', 'rejected',
  // Report pages of marketing tools: Constant Contact "Bounces" / "Non-existent", HubSpot
  // "Bounce reason:", Salesforce Marketing Cloud "Bounce Category:".
  'bounces', 'non-existent', 'bounce reason', 'bounce category', 'undeliverable',
];

export const serviceActivity: Format = {
  id: 'service-activity',
  label: 'Sending service activity, log or message trace (copied text)',
  reference: 'https://www.twilio.com/docs/sendgrid/ui/analytics-and-reporting/email-activity-feed',
  detect: (scan) =>
    scan.isMessage
      ? scan.headers.some((h) => TERM_LABELS.has(letters(h.name))) && activityRanges(scan) !== null
      : CUES.some((c) => headHas(scan, c)),
  parse({ scan }) {
    const all = read(scan);
    if (!all) return null;
    // Mostly the layout's own lines: a letter that mentions "bounced" is not an activity feed.
    if (all.known * 2 < all.lines) return null;
    const recipients: RawRecipient[] = [];
    const whats = new Set<string>();
    for (const r of all.events) {
      const read = recipientsOf(r);
      if (!read) continue;
      whats.add(read.what);
      if (recipients.length < 50) recipients.push(...read.recipients.slice(0, 50 - recipients.length));
    }
    if (whats.size === 0) return null;
    // A feed of automatic replies only, or of complaints only, is that kind of message.
    if (whats.size === 1 && whats.has('auto-reply')) return { kind: 'auto-reply', recipients };
    if (whats.size === 1 && whats.has('feedback')) return { kind: 'feedback-report', recipients };
    return { recipients, delayed: whats.size === 1 && whats.has('delayed') };
  },
};

/** The recipients of one event, and what happened to them; null when it is no event this layout knows. */
function recipientsOf(r: Reading): { recipients: RawRecipient[]; what: string } | null {
  if (r.addresses.length === 0 || r.terms.length === 0) return null;
  const happened = whatHappened(r.terms);
  const classes = r.terms.filter((t) => t.term.reason);
  if (!happened && !classes.some((t) => t.term.strong || t.event)) return null;
  const permanence = [...r.terms].reverse().find((t) => t.term.permanent !== undefined);
  const what = happened?.term.happened ?? 'failed';
  const recipients: RawRecipient[] = [];
  for (const address of r.addresses.slice(0, 50)) {
    const rcpt: RawRecipient = { address };
    const at = happened ?? classes[0];
    let hint: ReasonHint | undefined;
    if (what === 'suppressed') {
      const why = r.terms.find((t) => t.term.happened === 'suppressed')!;
      hint = { reason: 'suppressed', start: why.start, end: why.end, note: `not sent: the service reports "${why.value}"` };
    } else if (what === 'auto-reply') hint = { reason: 'vacation', start: at.start, end: at.end, note: `an automatic reply ("${at.value}")` };
    else if (what === 'feedback') hint = { reason: 'feedback', start: at.start, end: at.end, note: `a complaint ("${at.value}")` };
    else if (what === 'delivered') rcpt.action = { value: 'delivered', start: at.start, end: at.end };
    else {
      if (what === 'delayed') rcpt.action = { value: 'delayed', start: at.start, end: at.end };
      else if (permanence?.term.permanent !== false) rcpt.action = { value: 'failed', start: at.start, end: at.end };
      if (permanence) rcpt.permanent = { value: permanence.term.permanent!, start: permanence.start, end: permanence.end };
      // The service's classification decides only where there is no reply to read.
      const cls = classes.find((t) => t.term.strong) ?? classes[0];
      if (cls && !r.reply) hint = { reason: cls.term.reason!, start: cls.start, end: cls.end, note: `the service classifies it as "${cls.value}" (${cls.term.docs})`, claim: true };
    }
    if (hint) rcpt.hint = hint;
    if (r.reply && what !== 'suppressed') rcpt.diagnostic = r.reply;
    recipients.push(rcpt);
  }
  return { recipients, what };
}
