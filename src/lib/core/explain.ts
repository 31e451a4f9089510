/**
 * The pipeline: scan the input into a document → read DSN fields → try the formats in
 * their one fixed order → merge what the text says with what the DSN says → classify
 * each recipient → describe it (owner, permanence, summary, actions).
 */
import type { AuthCheck, Evidence, Headline, MessageFields, ReasonId, RecipientReport, Report, ReportKind, Section, Warning } from './types.ts';
import { scan, header, OCR_CODES_READ, withFieldsBlock, type Scan } from './scan.ts';
import { LIMITS } from './limits.ts';
import { Budget, budget, withBudget, WorkBudgetExceeded, RETRIES } from './budget.ts';
import { holdsWithSlots, rarestFirst, slotCounts, slotsOf } from './text/grams.ts';
import { PHRASE_GROUPS, phraseText } from '../knowledge/phrases.ts';
import { FORMATS } from './formats/index.ts';
import { rfc3464 } from './formats/rfc3464.ts';
import { isBareReply } from './formats/smtp-reply.ts';
import { retiredAddressWords } from './formats/auto-reply.ts';
import { namedBySoftware, providerById, type Provider } from '../knowledge/providers/index.ts';
import type { Format, FormatResult, Found, RawRecipient } from './formats/types.ts';
import { copyRecipient } from './formats/common.ts';
import { returnedToAddress } from './formats/notice.ts';
import { readDsnRecipients, type DsnReading } from './read/dsn-recipients.ts';
import { readTranscripts, type TranscriptReply } from './read/transcript.ts';
import { failedRecipients } from './read/text-blocks.ts';
import { isAddress } from './read/address.ts';
import { finalNoticeAfterDelay, forgetReportText, gaveUpWords, isDelayWarning, noticeOpenings, permanenceInWords, saysGaveUp } from './read/cues.ts';
import { unicodeDomain } from './read/idna.ts';
import { eachLine } from './text/lines.ts';
import { MAX_NOTICES, noticeParts, type NoticePart } from './read/notices.ts';
import { splitMbox } from './parse/mbox.ts';
import { escapedLineEnds, isShowOriginalPage, rawMessageBelow } from './read/raw-below.ts';
import { findQuotedBounce, greetsByName, isAggregateReport, isDigest, challengeAt, isHeldForModeration, isLogSummary, isServerSessionNotice, isOwnerQuotaWarning, isListMembershipNotice, isQuarantineDigest, isRecallReport, isLureNotice, isVirusNoticeToSender, noticeInLetter, ordinaryMail, saysFixed, type QuotedBounce } from './read/quoted.ts';
import { dedented, listRejoined, logPrefixesOut, mostlyShortLines, NARROW, quoteMarksOut, relined, singleSpaced, tableBordersOut, unwrapped } from './read/unwrap.ts';
import { readCodes, statusSpecificity } from './parse/smtp-reply.ts';
import { htmlToText } from './parse/html-to-text.ts';
import { forwardsOnwardInNotice, mailboxExistsElsewhere } from './read/notice-causes.ts';
import { TextView } from './text/view.ts';
import { classify } from './classify/classify.ts';
import { describe, hedgeAfterwards, isEncapsulated, isPlaceholderAddress } from './describe.ts';
import { detectProvider, gmailStateStage } from './classify/provider.ts';
import { categoryFor, readVendorCategories, type VendorCategory } from './classify/vendor-category.ts';
import { readBlocklist } from './read/blocklist.ts';
import { readAuthentication, readReturnedAuthentication } from './read/authentication.ts';
import { REASONS } from '../knowledge/reasons/index.ts';
import { statusTitle } from '../knowledge/status-codes.ts';
import { replyTitle } from '../knowledge/reply-codes.ts';
import { qpDecodedPaste } from './text/copied.ts';

const RE_REMOTE_HOST = /(?:\bhost|talking to|\bserver)\s+((?:[a-z0-9-]+\.)+[a-z]{2,})\.?\s*(?:\[|\(|:|said)/i;

/** Reasons a blocklist cannot have caused: the address itself, or no failure at all. */
const NOT_A_LISTING = new Set<ReasonId>(['userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'delivered', 'feedback', 'vacation']);
/** Reasons about the address or the mailbox, not the sender: no authentication check refused them. */
const NOT_AN_AUTH_CHECK = new Set<ReasonId>(['userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'delivered', 'vacation']);

const EMPTY_FIELDS: MessageFields = {
  reportingMta: null,
  arrivalDate: null,
  originalMessageId: null,
  subject: null,
  from: null,
  to: null,
  date: null,
};

/**
 * Explain a bounce: a bare SMTP reply, the text a mail client shows, a raw message
 * (.eml) with or without a DSN. Synchronous and pure; never throws.
 */
export function explain(input: string | Uint8Array): Report {
  try {
    return withinBudget(input);
  } catch (error) {
    // A bug must not cost the user their paste: return what we can, and say so.
    return emptyReport(input, { code: 'internal-error', message: `The engine failed on this input (${String(error).slice(0, 200)}); nothing could be explained.` });
  }
}

/**
 * Run the pipeline within the work budget (budget.ts). When the budget runs out, run it
 * again on the start of the input, a quarter of what had been read, with half the budget
 * (RETRIES times at most): the Report then explains that start, and says so.
 */
function withinBudget(input: string | Uint8Array): Report {
  const length = typeof input === 'string' ? input.length : input.byteLength;
  let attempt = input;
  let limit = LIMITS.workBudget;
  for (let retry = 0; ; retry++) {
    const work = new Budget(limit);
    try {
      const report = withBudget(work, () => readPaste(attempt));
      if (retry > 0) {
        report.warnings.push(budgetWarning(lengthOf(attempt), length));
        report.truncated = true;
      }
      return report;
    } catch (error) {
      if (!(error instanceof WorkBudgetExceeded)) throw error;
      // How far reading had got, as a share of the text read (the input up to the cap).
      const read = error.at >= 0 && work.documentLength > 0 ? Math.min(1, error.at / work.documentLength) : 0.5;
      const next = cutAt(attempt, Math.floor((Math.min(lengthOf(attempt), LIMITS.maxInputLength) * read) / 4));
      if (retry === RETRIES || next === 0) {
        return emptyReport(input, { code: 'work-budget', message: 'This input takes more work to read than one run is allowed (the work budget), even in part: nothing could be explained.' });
      }
      attempt = attempt.slice(0, next);
      limit /= 2;
    }
  }
}

function lengthOf(input: string | Uint8Array): number {
  return typeof input === 'string' ? input.length : input.byteLength;
}

/** `at`, moved back so as not to split a character (a UTF-16 pair, a UTF-8 sequence). */
function cutAt(input: string | Uint8Array, at: number): number {
  if (at <= 0) return 0;
  if (typeof input === 'string') {
    const c = input.charCodeAt(at - 1);
    return c >= 0xd800 && c <= 0xdbff ? at - 1 : at;
  }
  while (at > 0 && (input[at] & 0xc0) === 0x80) at--;
  return at;
}

/** What the Report says when only the start of the input could be read within the work budget. */
function budgetWarning(read: number, length: number): Warning {
  const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
  return {
    code: 'work-budget',
    message: `Only the first ${size(read)} of ${size(length)} were read: this input takes more work to read than one run is allowed (the work budget), so the rest was not examined and this report covers the start only.`,
  };
}

/** A Report with nothing explained: no format, no recipients, the given warnings and document. */
function nothingExplained(warnings: Warning[], document: string, sections: Report['sections'], truncated: boolean): Report {
  return {
    kind: 'unknown',
    format: null,
    provider: null,
    formatLabel: null,
    providerLabel: null,
    message: { ...EMPTY_FIELDS },
    messageEvidence: [],
    headline: null,
    quoted: false,
    warnings,
    recipients: [],
    document,
    sections,
    truncated,
  };
}

/** A Report with nothing found, one warning, and the input (as far as it is text) as its document. */
function emptyReport(input: string | Uint8Array, warning: Warning): Report {
  const document = typeof input === 'string' ? input.slice(0, LIMITS.maxInputLength) : '';
  return nothingExplained([warning], document, [{ label: 'Input', start: 0, end: document.length }], warning.code === 'work-budget');
}

/** Try the formats in order; the first that detects the layout and reads it wins. */
/**
 * Each format's `needs`, `needsSubject` and `needsFrom`, by its place in FORMATS (null: none),
 * read from arrays rather than from 75 objects of as many shapes.
 */
const FORMAT_NEEDS: readonly (readonly string[] | null)[] = FORMATS.map((f) => f.needs ?? (f.needsSubject || f.needsFrom ? [] : null));
const FORMAT_NEEDS_SUBJECT: readonly (readonly string[])[] = FORMATS.map((f) => f.needsSubject ?? []);
const FORMAT_NEEDS_FROM: readonly (readonly string[])[] = FORMATS.map((f) => f.needsFrom ?? []);

/**
 * The trigram slots of each format's `needs` words (text/grams.ts), made once at load: each
 * word's least common in the phrase table first, so that a word the head lacks is mostly
 * passed over at the first slot looked at (all of them must be seen, in any order).
 */
const FORMAT_NEEDS_SLOTS: readonly (readonly Int32Array[])[] = (() => {
  const counts = slotCounts(PHRASE_GROUPS.flatMap((g) => g.phrases.map(phraseText)));
  return FORMAT_NEEDS.map((words) => (words ?? []).map((w) => rarestFirst(slotsOf(w), counts)));
})();

/** Does the head hold one of format i's `needs` words? */
function holdsOne(head: string, i: number): boolean {
  const words = FORMAT_NEEDS[i]!;
  const slots = FORMAT_NEEDS_SLOTS[i];
  for (let k = 0; k < words.length; k++) if (holdsWithSlots(head, words[k], slots[k])) return true;
  return false;
}

/** Does the (short) text hold one of the words? */
function includesOne(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

/** Can format i's detect fit: is one of the words it needs there (or does it name none)? */
function mayDetect(sc: Scan, i: number): boolean {
  const needs = FORMAT_NEEDS[i];
  return needs === null || holdsOne(sc.headLower, i) || includesOne(sc.subjectLower, FORMAT_NEEDS_SUBJECT[i]) || includesOne(sc.fromLower, FORMAT_NEEDS_FROM[i]);
}

function runFormats(sc: Scan, dsn: DsnReading): { format: Format | null; result: FormatResult | null } {
  for (let i = 0; i < FORMATS.length; i++) {
    if (!mayDetect(sc, i)) continue;
    const format = FORMATS[i];
    if (!format.detect(sc)) continue;
    const result = format.parse({ scan: sc, dsn });
    // (A result of one shape, not a spread of the format's own: a spread of objects of many
    // shapes takes the slow path. Only these fields of it are read.)
    if (result && (result.recipients.length > 0 || result.kind || dsn.recipients.length > 0)) return { format, result: { recipients: onceEach(result.recipients), kind: result.kind, delayed: result.delayed } };
  }
  return { format: null, result: null };
}

/**
 * The same address twice in one notice is one recipient: a copy whose lines were broken
 * again (hard-wrapped at 60–76 columns, the pieces at the margin) can make a layout read a
 * piece that opens with the address ("<a@example.org>: User unknown") as an entry of its
 * own. Its words are read with the entry's, after them; the first entry keeps its place.
 */
function onceEach(recipients: RawRecipient[]): RawRecipient[] {
  if (recipients.length < 2) return recipients;
  const first = new Map<string, RawRecipient>();
  let twice = false;
  for (const r of recipients) {
    if (!r.address) continue;
    const key = r.address.value.toLowerCase();
    if (first.has(key)) twice = true;
    else first.set(key, r);
  }
  if (!twice) return recipients;
  const out: RawRecipient[] = [];
  for (const r of recipients) {
    const kept = r.address ? first.get(r.address.value.toLowerCase()) : undefined;
    if (!kept || kept === r) {
      out.push(r);
      continue;
    }
    if (r.diagnostic) kept.diagnostic = kept.diagnostic ? TextView.join(kept.diagnostic, r.diagnostic) : r.diagnostic;
    kept.command ??= r.command;
    kept.hint ??= r.hint;
    kept.status ??= r.status;
    kept.action ??= r.action;
    kept.remoteMta ??= r.remoteMta;
  }
  return out;
}

/**
 * Merge what the human-readable text says into the DSN recipients: the DSN is
 * authoritative for the list of recipients, their action and status; the text adds the
 * server's words when the DSN has none, and the SMTP stage.
 */
function mergeRecipients(dsn: RawRecipient[], text: RawRecipient[], doc: string): RawRecipient[] {
  if (dsn.length === 0) return text;
  if (text.length === 0) return dsn;
  const byAddress = new Map<string, RawRecipient>();
  for (const t of text) if (t.address) byAddress.set(t.address.value.toLowerCase(), t);
  return dsn.map((d, i) => {
    let t = d.address ? byAddress.get(d.address.value.toLowerCase()) : undefined;
    if (!t && text.length === dsn.length) t = text[i];
    if (!t && text.length === 1 && !text[0].address) t = text[0];
    if (!t) return d;
    // (Copied field by field, not spread: see copyRecipient.)
    const merged = copyRecipient(d);
    // (The DSN's words are weighed only when the text has words to offer instead.)
    if (t.diagnostic && !(d.diagnostic && hasWords(d.diagnostic.text))) merged.diagnostic = t.diagnostic;
    merged.command ??= t.command;
    merged.hint ??= t.hint;
    merged.remoteMta ??= t.remoteMta;
    if (merged.diagnostic === t.diagnostic) merged.diagnosticType = undefined;
    // The alias the text names under its entry (Sendmail's "(expanded from: <a@x>)" under
    // "(reason: …)"), when the DSN gives no Original-Recipient: the sender wrote to the alias.
    if (!merged.originalRecipient && t.address) {
      const from = t.originalRecipient ?? expandedFrom(doc, t.address.end);
      if (from) merged.originalRecipient = from;
    }
    // The text's entry names the mailbox the DSN's address was expanded to ("<target> …
    // (expanded from: <alias>)", the alias the DSN's Final-Recipient): the refusal is the target's.
    if (!merged.expandedTo && t.address && d.address) {
      const target = t.address.value.toLowerCase();
      const alias = d.address.value.toLowerCase();
      const from = t.originalRecipient ?? expandedFrom(doc, t.address.end);
      if (target !== alias && from?.value.toLowerCase() === alias) merged.expandedTo = t.address;
    }
    if (!merged.address && t.address) {
      // The DSN named no address (a mailbox file, an empty field): the text's, from where the text had it.
      merged.address = t.address;
      merged.addressSource = t.addressSource;
    }
    return merged;
  });
}

/**
 * Three letters in a row outside the words "smtp" and "x-…" (a DSN's diagnostic type):
 * what `/[a-z]{3}/i` finds once those words are taken out. One scan, no copy: at each place
 * such a word is tried first and passed over whole; letters it leaves are never joined to
 * others by its removal (it stands between word boundaries).
 */
const RE_WORDS_OR_TYPE = /\b(?:smtp|x-[a-z-]+)\b|([a-z]{3})/gi;

function hasWords(text: string): boolean {
  RE_WORDS_OR_TYPE.lastIndex = 0;
  for (let m = RE_WORDS_OR_TYPE.exec(text); m; m = RE_WORDS_OR_TYPE.exec(text)) if (m[1] !== undefined) return true;
  return false;
}

/**
 * The lead of a list of recipients, alone on its line and ending with a colon, that says the
 * message was not delivered to them (failed) or is still tried (delayed): "Your message could
 * not be delivered to the following recipient(s):", "Delivery to the following recipient
 * failed permanently:" / "Delivery to the following recipient(s) has been delayed and will be
 * retried:", "… has not yet been delivered to …:" (Kerio Connect's, Gmail's older and Exim's
 * lead lines).
 */
const RE_FAILED_LEAD = /\b(?:could ?(?:not|n't)|can ?not|can't|was ?(?:not|n't)) be(?:en)? delivered to\b|\bfailed permanently\b|\b(?:delivery|delivery to [^:\n]{1,60}) (?:has )?failed\b|\bpermanent (?:fatal )?errors?\b/i;
const RE_DELAYED_LEAD = /\b(?:has been|is|was|were|have been) delayed\b|\bwill be retried\b|\bnot (?:yet )?been delivered\b|\bstill (?:being )?(?:tried|trying|retried)\b/i;

/**
 * Which section's lead stands nearest above `at` (within 3,000 characters), in a text that
 * holds both a failed and a delayed lead: 'failed', 'delayed', or null (one kind only, or none).
 */
function sectionLeadAbove(document: string, at: number): 'failed' | 'delayed' | null {
  const from = Math.max(0, at - 3000);
  let fate: 'failed' | 'delayed' | null = null;
  let both = 0;
  const kindAt = (text: string, start: number, end: number, before: string): 0 | 1 | 2 => {
    const line = text.slice(start, Math.min(end, start + 300));
    if (!/:[ \t]*$/.test(line)) return 0;
    // (With the line above it: a narrow view breaks a lead over two lines.)
    const lead = `${before} ${line}`;
    const failed = RE_FAILED_LEAD.test(lead);
    return failed === RE_DELAYED_LEAD.test(lead) ? 0 : failed ? 1 : 2;
  };
  let before = '';
  for (const line of eachLine(document, from, at)) {
    const k = kindAt(document, line.start, line.end, before);
    before = document.slice(line.start, Math.min(line.end, line.start + 300));
    if (k === 0) continue;
    fate = k === 1 ? 'failed' : 'delayed';
    both |= k;
    before = '';
  }
  if (both !== 3) {
    // The other kind's lead after the address: a notice with both sections, this one above.
    const rest = document.slice(at, Math.min(document.length, at + 3000));
    before = '';
    for (const line of eachLine(rest)) {
      both |= kindAt(rest, line.start, line.end, before);
      before = rest.slice(line.start, Math.min(line.end, line.start + 300));
    }
  }
  return both === 3 ? fate : null;
}

function kindOf(sc: Scan, format: Format | null, result: FormatResult | null, recipients: RecipientReport[], delayed: boolean, bare: boolean): ReportKind {
  if (result?.kind) return result.kind;
  if (recipients.length > 0) {
    if (recipients.every((r) => r.reason === 'delivered')) return 'delivered';
    // (Also when the others were delivered, relayed or expanded: nothing failed, one is still tried.)
    const later = (r: RecipientReport): boolean => r.action === 'delayed' || (delayed && r.action !== 'failed');
    if (recipients.some(later) && recipients.every((r) => later(r) || r.reason === 'delivered')) return 'delay';
  }
  if (recipients.length === 0) return 'unknown';
  if (sc.dsn.length > 0) return 'dsn';
  // A reply pasted on its own; a short notice around a reply is a bounce.
  if (format?.id === 'smtp-reply' && bare) return 'smtp-reply';
  return 'bounce';
}

/**
 * A recipient's failure line as MTAs write it: Postfix bounce(5) "<a@example.org>: host
 * mx.example.org[192.0.2.1] said: …", Exim "SMTP error from remote mail server after RCPT
 * TO:<a@example.org>:".
 */
const RE_FAILED_LINE = /^[ \t>]*<([^<>\s@]+@[^<>\s]+)>:[ \t]+host[ \t]|smtp error from remote mail server after rcpt to:<([^<>\s@]+@[^<>\s]+)>/gim;

/** The addresses of failure lines (up to three) that no recipient of the report is: a notice pasted beside the one read. */
function failedLinesNotRead(document: string, recipients: RecipientReport[]): string[] {
  const read = new Set(recipients.map((r) => (r.address ?? '').toLowerCase()));
  const out: string[] = [];
  const text = document.slice(0, 64 * 1024);
  RE_FAILED_LINE.lastIndex = 0;
  for (let m = RE_FAILED_LINE.exec(text); m && out.length < 3; m = RE_FAILED_LINE.exec(text)) {
    const address = m[1] ?? m[2];
    if (!read.has(address.toLowerCase()) && !out.includes(address)) out.push(address);
  }
  return out;
}

function messageFields(sc: Scan, dsn: DsnReading, evidence: Evidence[]): MessageFields {
  const pick = (field: keyof MessageFields, h: { value: string; start: number; end: number } | undefined | Found): string | null => {
    if (!h || !h.value) return null;
    evidence.push({ field, start: h.start, end: h.end });
    return h.value;
  };
  return {
    reportingMta: pick('reportingMta', dsn.reportingMta),
    arrivalDate: pick('arrivalDate', dsn.arrivalDate),
    originalMessageId: pick('originalMessageId', header(sc.returnedHeaders, 'message-id')),
    subject: pick('subject', header(sc.headers, 'subject')),
    from: pick('from', header(sc.headers, 'from')),
    to: pick('to', header(sc.headers, 'to')),
    date: pick('date', header(sc.headers, 'date')),
  };
}

const cutViews = new WeakMap<TextView, TextView>();

/** The diagnostic cut to LIMITS.maxDiagnosticLength (the same cut view for every recipient that shares it). */
function cutDiagnostic(view: TextView): TextView {
  if (view.length <= LIMITS.maxDiagnosticLength) return view;
  let cut = cutViews.get(view);
  if (!cut) cutViews.set(view, (cut = view.slice(0, LIMITS.maxDiagnosticLength)));
  return cut;
}

/** What toReport needs to know of the whole message. */
interface Context {
  sc: Scan;
  warnings: Warning[];
  format: Format | null;
  /** The input is a bare SMTP reply pasted on its own. */
  bare: boolean;
  /** The notice names one recipient and has no delivery-status part: its other words are about that recipient too. */
  single: boolean;
}

/**
 * The delivery action when the bounce states none. A failure reason is a failed delivery,
 * except for a temporary reply (4xx, 4.x.x): the sending server retries those, so it is
 * `failed` only when the text says the server gave up ("retry time exceeded", "giving
 * up", "expired", a returned-mail notice). A bare temporary reply pasted on its own says
 * nothing of what the sending server did with it: no action is claimed (null, not
 * `delayed`: nothing says a retry is pending either), and it stays temporary
 * (`permanent: false`, from its code).
 */
function defaultAction(ctx: Context, reason: ReasonId, status: Found | null, replyCode: Found | null, diagnostic: string): string | null {
  if (!REASONS[reason].failure) return null;
  if (!(status ? status.value[0] === '4' : replyCode?.value[0] === '4')) return 'failed';
  if (ctx.bare ? gaveUpWords(diagnostic) : saysGaveUp(ctx.sc, diagnostic)) return 'failed';
  return null;
}

/**
 * The recipient with all its fields, in one order (a field it lacks is undefined), for
 * toReport. The formats and the DSN reader make recipients of some dozens of shapes (hidden
 * classes: which fields each has, added in which order), so every read of a recipient's
 * field in toReport, the classifier and the description was a megamorphic property read
 * that searched a shared cache; a recipient of this one shape makes them reads of one
 * shape. (Its fields are the same objects: what toReport sets on it, the remote host and
 * the stage it reads from the words, it sets on this copy.)
 */
function fullRecipient(r: RawRecipient): RawRecipient {
  return {
    address: r.address,
    addressSource: r.addressSource,
    originalRecipient: r.originalRecipient,
    expandedTo: r.expandedTo,
    action: r.action,
    status: r.status,
    diagnostic: r.diagnostic,
    diagnosticType: r.diagnosticType,
    remoteMta: r.remoteMta,
    command: r.command,
    hint: r.hint,
    permanent: r.permanent,
    feedbackType: r.feedbackType,
    causeOnly: r.causeOnly,
    otherFailure: r.otherFailure,
  };
}

/**
 * The address an alias, a list or a forward expanded into the failed one, written right
 * after it: Postfix's "<b@y> (expanded from <a@x>):" (bounce(8)), Sendmail's "(expanded
 * from: <a@x>)" (under its "(reason: …)" line), Exim's "b@y\n  (generated from a@x)" and
 * "(ultimately generated from …)".
 */
const RE_EXPANDED_FROM = /^\s*\((?:expanded\s+from:?|(?:ultimately\s+)?generated\s+from)\s+<?([^\s<>()@]+@[^\s<>()]+?)>?\s*\)/i;
/** One note in parentheses other than the expansion's own ("(reason: 550 …)"), at the start of what is left of a line. */
const RE_OTHER_NOTE = /^[ \t]*\((?![ \t]*(?:expanded|generated|ultimately)\b)[^()\r\n]{0,300}\)/i;

/** The length of the notes (at most three) that open a line before its expansion note. */
function notesLength(line: string): number {
  let k = 0;
  for (let n = 0; n < 3; n++) {
    const m = RE_OTHER_NOTE.exec(line.slice(k));
    if (!m) break;
    k += m[0].length;
  }
  return k;
}

/**
 * The address an alias expanded into the failed one (see RE_EXPANDED_FROM): on the rest of
 * the address's line, or on a line of notes under it. The notes are in parentheses, each on a
 * line of its own ("(reason: 550 …)"), indented or not (a copy that lost the indentation); a
 * narrow copy may break a note over lines ("(reason: 550 5.1.1" / "<a@x>... User" /
 * "Unknown)"), which are read while its parenthesis is open. Up to eight lines are read.
 */
function expandedFrom(doc: string, end: number): Found | null {
  let at = doc[end] === '>' ? end + 1 : end;
  let depth = 0;
  for (let i = 0; i < 8 && at < doc.length; i++) {
    // (Lines end in LF, CRLF or CR alone; at most 400 characters of each are read.)
    const chunk = doc.slice(at, at + 400);
    const eol = /\r|\n/.exec(chunk);
    const nl = eol ? at + eol.index : at + chunk.length;
    const line = eol ? chunk.slice(0, eol.index) : chunk;
    // (A narrow view may have broken the note's words over lines: read on past the line end.)
    // (A copy that joined the entry's lines puts its other notes first on the address's line:
    // "<b@y> (reason: 550 …) (expanded from: <a@x>)".)
    const notes = i === 0 ? notesLength(line) : 0;
    const m = RE_EXPANDED_FROM.exec(i === 0 ? chunk.slice(notes) : line);
    if (m) {
      const s = at + notes + m.index + m[0].lastIndexOf(m[1]);
      return { value: m[1], start: s, end: s + m[1].length };
    }
    if (i === 0 && /\S/.test(line.slice(notes))) return null;
    if (i > 0) {
      // A line of notes opens with one, or goes on with one still open.
      if (depth === 0 && !/^[ \t]*\(/.test(line)) return null;
      for (let k = 0; k < line.length; k++) {
        const c = line.charCodeAt(k);
        if (c === 40) depth++;
        else if (c === 41 && depth > 0) depth--;
      }
    }
    at = doc[nl] === '\r' && doc[nl + 1] === '\n' ? nl + 2 : nl + 1;
  }
  return null;
}

/**
 * Postfix's "<b@y> (expanded from <a@x>)" anywhere in the document, by the address it names
 * (lower-cased): for a reading that took the address from elsewhere in the entry (the reply's
 * own "<b@y>", when a copy put blank lines between the entry's lines). Read once per scan.
 */
const RE_EXPANDED_ANYWHERE = /<([^\s<>()@]{1,200}@[^\s<>()]{1,255})>[ \t]{1,20}\(expanded\s{1,20}from:?\s{1,20}<([^\s<>()@]{1,200}@[^\s<>()]{1,255})>\)/gi;
/** One empty map for the scans that name no expansion (most). */
const NO_EXPANSIONS: ReadonlyMap<string, Found> = new Map();
function expansionsOf(sc: Scan): ReadonlyMap<string, Found> {
  if (sc.expansions) return sc.expansions;
  if (sc.document.indexOf('xpanded') === -1) return (sc.expansions = NO_EXPANSIONS as Map<string, Found>);
  const map = new Map<string, Found>();
  {
    RE_EXPANDED_ANYWHERE.lastIndex = 0;
    for (let m = RE_EXPANDED_ANYWHERE.exec(sc.document); m; m = RE_EXPANDED_ANYWHERE.exec(sc.document)) {
      const key = m[1].toLowerCase();
      const s = m.index + m[0].lastIndexOf(m[2]);
      if (!map.has(key)) map.set(key, { value: m[2], start: s, end: s + m[2].length });
    }
  }
  sc.expansions = map;
  return map;
}

/** The domain of an address, lower-cased; '' when it has none. */
/** The domain of an address, lower-cased, its A-labels (xn--…) read as the Unicode they stand for (one domain either way, RFC 5891). */
const domainOf = (a: string): string => unicodeDomain(a.slice(a.lastIndexOf('@') + 1));
/**
 * Two addresses in domains of different owners: not the same domain, nor one a subdomain
 * of the other (an organisation routing "a@example.org" to its mail host "a@mail.example.org").
 */
function otherDomains(a: string, b: string): boolean {
  const x = domainOf(a);
  const y = domainOf(b);
  return x !== y && !x.endsWith(`.${y}`) && !y.endsWith(`.${x}`);
}

/**
 * The mailbox name of an address, lower-cased, without the quotes of a quoted local part
 * ('"a..b"@x' is 'a..b@x', RFC 5321 §4.1.2) and without a subaddress ("a+tag" is delivered
 * to the mailbox "a", RFC 5233: a server that takes the tag off reports "a").
 */
const mailboxOf = (a: string): string => {
  const local = a.slice(0, a.lastIndexOf('@')).toLowerCase();
  if (local.length > 1 && local.startsWith('"') && local.endsWith('"')) return local.slice(1, -1);
  const plus = local.indexOf('+');
  return plus > 0 ? local.slice(0, plus) : local;
};
/**
 * The address the sender wrote (`original`) is an alias that expanded into another mailbox
 * (`final`): in domains of different owners, or in the same organisation under another name
 * (Postfix "<jdoe@example.org> (expanded from <john@example.org>)", Exim "k.berger@example.org
 * (generated from buchhaltung@example.org)", bounce(8) and Exim's redirect router). The alias
 * exists; its target failed. The same name at the organisation's own mail host
 * ("quincy@example.org" routed to "quincy@mail.example.org") is the same mailbox, not an alias.
 */
function aliasOf(original: string, final: string): boolean {
  return otherDomains(original, final) || mailboxOf(original) !== mailboxOf(final);
}

function toReport(raw: RawRecipient, ctx: Context, category: VendorCategory | undefined): { report: RecipientReport; provider: Provider | null } {
  const { sc, warnings, format } = ctx;
  const evidence: Evidence[] = [];
  const add = (field: string, f: { start: number; end: number; note?: string } | null | undefined): void => {
    if (f && f.end > f.start) evidence.push(f.note ? { field, start: f.start, end: f.end, note: f.note } : { field, start: f.start, end: f.end });
  };
  add('address', raw.address);
  if (!raw.originalRecipient && raw.address) {
    const from = expandedFrom(sc.document, raw.address.end) ?? expansionsOf(sc).get(raw.address.value.toLowerCase());
    if (from) raw.originalRecipient = from;
  }
  add('originalRecipient', raw.originalRecipient);
  add('action', raw.action);
  add('remoteMta', raw.remoteMta);
  add('command', raw.command);

  let diagnosticText: string | null = null;
  let replyCode: Found | null = null;
  const statuses: RecipientReport['statuses'] = [];
  let status: Found | null = null;
  if (raw.status) {
    status = raw.status;
    statuses.push({ code: raw.status.value, from: 'dsn' });
  }
  // What is shown is what is read: a cut diagnostic is cut before any rule reads it, so
  // that recipients sharing one long paragraph do not each read all of it.
  const diag = raw.diagnostic && cutDiagnostic(raw.diagnostic);
  if (diag && diag.length) {
    diagnosticText = diag.text;
    if (diag !== raw.diagnostic) {
      warnings.push({ code: 'diagnostic-cut', message: `A diagnostic longer than ${LIMITS.maxDiagnosticLength} characters was cut.` });
    }
    const [s, e] = diag.whole();
    evidence.push({ field: 'diagnostic', start: s, end: e });
    const codes = readCodes(diag);
    if (codes.replyCode) {
      const [rs, re] = diag.span(codes.replyCode.start, codes.replyCode.end);
      replyCode = { value: codes.replyCode.code, start: rs, end: re };
    }
    if (codes.status) {
      const [ss, se] = diag.span(codes.status.start, codes.status.end);
      const fromDiag: Found = { value: codes.status.code, start: ss, end: se };
      statuses.push({ code: codes.status.code, from: 'diagnostic' });
      // Prefer the more specific code; the server's own words win ties (a DSN Status is
      // often the sending MTA's summary of them). A success Status (2.x.x, with Action
      // delivered, relayed or expanded; RFC 3464 §2.3.4) stays: a failure code in the words
      // beside it is an example or an earlier hop's, not this recipient's outcome.
      const successKept = status !== null && status.value[0] === '2' && fromDiag.value[0] !== '2' && /^(?:delivered|relayed|expanded)$/i.test(raw.action?.value ?? '');
      if (!successKept && (!status || statusSpecificity(fromDiag.value) >= statusSpecificity(status.value))) status = fromDiag;
    }
  }
  add('status', status);
  // When the server's words gave a more specific code, the DSN's own Status still counts.
  if (raw.status && status !== raw.status) add('status', raw.status);
  add('replyCode', replyCode);
  if (status && replyCode && status.value[0] !== replyCode.value[0]) {
    warnings.push({
      code: 'status-class-mismatch',
      message: `Reply code ${replyCode.value} and status ${status.value} disagree on whether this is temporary; the status code is used.`,
    });
  }

  if (!raw.remoteMta && diag) {
    // "host mx.example.org[192.0.2.1] said:" (Postfix), "host mx.example.org [192.0.2.1]:"
    // (Exim), "while talking to mx.example.org.:" (Sendmail), "Server mx.example.org[...]".
    const m = RE_REMOTE_HOST.exec(diag.text);
    if (m) {
      const at = m.index + m[0].indexOf(m[1]);
      const [hs, he] = diag.span(at, at + m[1].length);
      raw.remoteMta = { value: m[1].toLowerCase(), start: hs, end: he };
      add('remoteMta', raw.remoteMta);
    }
  }
  if (!raw.command && diag) {
    // Gmail's older bounces end the other server's reply with "(state N)": the SMTP stage.
    const stage = gmailStateStage(diag);
    if (stage) {
      raw.command = stage;
      add('command', stage);
    }
  }
  const provider = detectProvider(sc, raw, diag?.lower ?? '');
  const verdict = classify({
    diagnostic: diag,
    status,
    replyCode,
    command: raw.command,
    action: raw.action,
    hint: raw.hint,
    diagnosticType: raw.diagnosticType,
    provider,
    format: format ? { id: format.id, reference: format.reference } : null,
    category,
    address: raw.address?.value || null,
    originalRecipient: raw.originalRecipient?.value || null,
    expandedTo: raw.expandedTo?.value || null,
  });
  // A notice about this one recipient that says elsewhere, in a sentence of its own, that the
  // mailbox exists (it is full): the address is not known to be bad (read/notice-causes.ts).
  if (ctx.single && diag && verdict.confidence !== 'low' && (verdict.reason === 'userunknown' || verdict.reason === 'hostunknown') && verdict.rule?.startsWith('phrase.')) {
    const [ds, de] = diag.whole();
    const other = mailboxExistsElsewhere(sc, ds, de);
    if (other) {
      verdict.confidence = 'low';
      verdict.trail.push({
        rule: 'decision.notice-says-mailbox-exists',
        reason: 'mailboxfull',
        source: 'Observed wording: notices that state the cause twice (in two languages, or a relay\'s summary beside the server\'s reply) and disagree',
        start: other.start,
        end: other.end,
        outcome: 'lost',
        note: `the notice also says "${other.phrase}": the mailbox exists, so the two causes disagree and the address is not called bad`,
      });
    }
  }
  // A notice about one recipient that says the address is an alias or forwarder whose
  // destination refused the message, the refusal naming no address of its own (a forwarding
  // service's notice): the bad-address verdict is the destination's (read/notice-causes.ts).
  let forwardsOnward = false;
  let forwardTarget: string | null = null;
  // (Also a notice whose words name both: "Your message to <a@x> was redirected to <b@y> …: 550
  // 5.1.1 <b@y>: User unknown", the refusal the target's; and a cause not said, where the notice
  // names the target: "a@x was set to forward to b@y, which couldn't be found".)
  const written = raw.address?.value?.toLowerCase() ?? null;
  const unsaid = verdict.reason === 'onhold' || verdict.reason === 'undefined';
  if (raw.expandedTo && (REASONS[verdict.reason].hardBounce || unsaid)) {
    // The report names the mailbox this address was expanded to (X-Actual-Recipient, or the
    // text's "<target> (expanded from: <this address>)"): delivery to that mailbox failed, and
    // the address written to is an alias or forward that exists.
    forwardsOnward = true;
    forwardTarget = raw.expandedTo.value;
    verdict.trail.push({
      rule: 'decision.expanded-to-another-mailbox',
      reason: verdict.reason,
      source: 'Sendmail\'s delivery report: Final-Recipient names the address it was given, X-Actual-Recipient the mailbox an alias or .forward expanded it to, and its text lists the failed mailbox "(expanded from: <alias>)"; RFC 3464 §2.3.2: the Final-Recipient is the address the reporting MTA was asked to deliver to',
      start: raw.expandedTo.start,
      end: raw.expandedTo.end,
      outcome: 'adjusted',
      note: `this address was expanded to ${raw.expandedTo.value} and delivery there failed: the address written to is not called bad`,
    });
  } else if (ctx.single && diag && (REASONS[verdict.reason].hardBounce || unsaid)) {
    const [ds, de] = diag.whole();
    const found = forwardsOnwardInNotice(sc, ds, de, raw.address?.value ?? null);
    const namesWritten = written !== null && diag.lower.includes(written);
    // A named target: the refusal is the target's unless the words name only the written address
    // after it. No target named: only where the refusal names no address of its own and a cause.
    let said: typeof found = null;
    if (found?.target) said = !namesWritten || diag.lower.lastIndexOf(found.target) > diag.lower.indexOf(written!) ? found : null;
    else if (found) said = !namesWritten && !unsaid ? found : null;
    if (said) {
      forwardsOnward = true;
      forwardTarget = said.target;
      verdict.trail.push({
        rule: 'decision.notice-says-forwarded-onward',
        reason: verdict.reason,
        source: 'Observed wording of forwarding services and alias providers ("is an alias that forwards mail to another mailbox … the destination mail server refused it"); RFC 3464 §2.3.1: the refused address is the one the refusing server received',
        start: said.start,
        end: said.end,
        outcome: 'adjusted',
        note: 'the notice says this address forwards to another mailbox and that mailbox refused the message: the address written to is not called bad',
      });
    }
  }
  // The DSN's Status and the server's own reply disagree on whether the failure is permanent
  // ("Status: 5.1.1" over "450 4.1.1 … User unknown"): the sending MTA's summary says one thing,
  // the receiving server another, so the verdict is not sure. When the cause would make the
  // address bad ("Status: 4.2.2" over "550 5.1.1 … no such user"), no address is removed on it:
  // whether a retry can succeed is the very thing the two dispute (as a reply code and a status
  // of different classes in one reply, classify.ts).
  const addressCause = verdict.reason === 'userunknown' || verdict.reason === 'hostunknown' || verdict.reason === 'hasmoved' || verdict.reason === 'notaccept';
  // Postfix's soft_bounce keeps a refused message queued and writes the receiver's status with
  // its class turned to 4 ("Status: 4.1.1" over "550 5.1.1 … User unknown"; Postfix
  // src/global/bounce.c bounce_append: my_status[0] = '4', postconf(5) soft_bounce). Only the
  // class differs: the receiving server's own reply said permanent, the 4 is the sending side's
  // safety net, so the receiver's reply decides, not for sure.
  const softBounced = raw.status !== null && raw.status !== undefined && status !== null && status !== raw.status && raw.status.value[0] === '4' && status.value[0] === '5' && raw.status.value.slice(1) === status.value.slice(1) && replyCode?.value[0] === '5';
  if (softBounced && raw.status && (verdict.confidence === 'high' || verdict.confidence === 'medium')) {
    verdict.confidence = 'medium';
    verdict.trail.push({
      rule: 'decision.dsn-status-soft-bounced',
      reason: verdict.reason,
      source: 'Postfix src/global/bounce.c (bounce_append under soft_bounce: the status class set to 4, the action delayed) and postconf(5) soft_bounce; RFC 3464 §2.3.4 and §2.3.6: the Status is the reporting MTA\'s, the Diagnostic-Code the remote server\'s own reply',
      start: raw.status.start,
      end: raw.status.end,
      outcome: 'adjusted',
      note: `the DSN's Status ${raw.status.value} is the server's own ${status!.value} with its class turned to 4, as the sending server's soft_bounce writes it: the server's reply decides, not for sure`,
    });
  } else if ((verdict.confidence === 'high' || (addressCause && verdict.confidence === 'medium')) && raw.status && status && status !== raw.status && /^[45]/.test(raw.status.value) && /^[45]/.test(status.value) && raw.status.value[0] !== status.value[0]) {
    verdict.confidence = addressCause ? 'low' : 'medium';
    verdict.trail.push({
      rule: 'decision.dsn-status-class-disagrees',
      reason: verdict.reason,
      source: 'RFC 3464 §2.3.4 (Status) and §2.3.6 (Diagnostic-Code): the Status is the reporting MTA\'s code, the Diagnostic-Code the remote server\'s own reply; RFC 3463 §2: the first digit says permanent or temporary',
      start: raw.status.start,
      end: raw.status.end,
      outcome: 'adjusted',
      note: `the DSN's Status ${raw.status.value} and the server's reply ${status.value} disagree on whether this is permanent, so the verdict is not sure`,
    });
  }
  // A delay (Action: delayed, or a warning notice: the sending server is still trying) over a
  // permanent reply ("550 5.1.1 … User unknown" under "still trying", Postfix's soft_bounce
  // warning): the report says a retry may pass, the server's code says it will not. The verdict
  // stays deferred, but it is not sure (RFC 3464 §2.3.3 delayed; RFC 5321 §4.2.1 5yz).
  const replyClass5 = (replyCode?.value ?? status?.value ?? '')[0] === '5';
  if (verdict.confidence === 'high' && raw.action?.value.toLowerCase() === 'delayed' && replyClass5 && REASONS[verdict.reason].failure) {
    verdict.confidence = 'medium';
    const at = replyCode ?? status!;
    verdict.trail.push({
      rule: 'decision.delayed-over-permanent-reply',
      reason: verdict.reason,
      source: 'RFC 3464 §2.3.3 (Action: delayed: the MTA will keep trying) against RFC 5321 §4.2.1 and RFC 3463 §3.1 (5yz, class 5: permanent); Postfix postconf(5) soft_bounce (a 5xx kept queued)',
      start: at.start,
      end: at.end,
      outcome: 'adjusted',
      note: `the report says delivery is still being tried, but the server's reply ${at.value} says permanent: the two disagree, so the verdict is not sure`,
    });
  }
  // A cause pasted on its own ("Mailbox full", "Error: User unknown"): the phrase says what the
  // cause is, but no notice, code or address says the server gave it as its final answer.
  // Nothing says a server wrote the words either: the trail says what the words pasted say, and
  // the entry below is there whatever the confidence was (the page reads it to label the words).
  if (raw.causeOnly && diag) {
    if (verdict.confidence === 'high') verdict.confidence = 'medium';
    for (const t of verdict.trail) if (t.note.startsWith('the server said ')) t.note = `the words pasted say ${t.note.slice('the server said '.length)}`;
    const [s0, e0] = diag.whole();
    verdict.trail.push({
      rule: 'decision.cause-pasted-alone',
      reason: verdict.reason,
      source: 'RFC 3464 §2.3.6 and RFC 5321 §4.2: a server states a failure with a reply code or in a delivery report; words with neither are a cause as someone copied it',
      start: s0,
      end: e0,
      outcome: 'adjusted',
      note: 'only the cause was pasted, with no code, address or notice around it: the reason follows the words, but the verdict is not sure',
    });
  }
  // A reply code a person retells in a sentence of their own ("the bounce for a@… says 550 5.1.1
  // again", "mail to a@… keeps coming back with 550 5.1.1. Any idea?"): someone's summary of a
  // bounce, not the server's reply, which gives its words after the code; the code still names a
  // cause, but no address is removed on a retelling.
  if (ctx.bare && verdict.confidence !== 'low') {
    const told = retoldCode(sc.document, status, replyCode);
    if (told) {
      verdict.confidence = 'low';
      verdict.trail.push({
        rule: 'decision.code-retold',
        reason: verdict.reason,
        source: 'RFC 5321 §4.2: a reply is its code followed by the server\'s text; a code after a person\'s "says", "comes back with", with no text of its own after it, is a retelling of a bounce',
        start: told.start,
        end: told.end,
        outcome: 'adjusted',
        note: 'the code is retold in a person\'s sentence, with none of the server\'s words: the reason follows the code, but the verdict is a guess',
      });
    }
  }
  // Text read off a screenshot by OCR (its codes held look-alike letters, read as digits by
  // scan.ts): the letters of its words and addresses may be misread as well ("exarnple.org"),
  // so the verdict follows the words but is not sure, and an address is removed on it only
  // after someone checks it against the picture.
  if (verdict.confidence === 'high' && sc.warnings.some((w) => w.code === OCR_CODES_READ.code)) {
    verdict.confidence = 'medium';
    const [s0, e0] = diag ? diag.whole() : [0, 0];
    verdict.trail.push({
      rule: 'decision.read-by-ocr',
      reason: verdict.reason,
      source: 'RFC 5321 §4.2 and RFC 3463 §2: reply codes and enhanced status codes are digits only; letters in their place (O for 0, l or I for 1, S for 5) are what OCR of a screenshot makes of them',
      start: s0,
      end: e0,
      outcome: 'adjusted',
      note: 'the codes in this text were written with look-alike letters, as OCR of a screenshot gives them: the verdict follows the words, but other letters may be misread too, so it is not sure',
    });
  }
  for (const e of verdict.evidence) if (e.end > e.start) evidence.push(e);
  // The provider's rule, when one decided (a stage row may have adjusted its reason since).
  const rule = provider ? verdict.providerRule : null;
  // A cause pasted alone states no action: nothing says the server gave up (RFC 3464 §2.3.3).
  const action = raw.action?.value ?? (raw.causeOnly ? null : defaultAction(ctx, verdict.reason, status, replyCode, diagnosticText ?? ''));
  // Permanence weighs the action the bounce states, and a `failed` we default to only
  // where the words say the server gave up on a temporary failure (an expired message).
  const temporary = status ? status.value[0] === '4' : replyCode?.value[0] === '4';
  const statedAction = raw.action?.value ?? (action === 'failed' && temporary ? action : null);
  // The list named as the cause, and the authentication results the words state. The
  // returned original's Authentication-Results describe an earlier hop: they are added
  // (marked `returned-message`) only when the refusal is about authentication.
  const blocklist = diag && !NOT_A_LISTING.has(verdict.reason) ? readBlocklist(diag) : null;
  const authentication: AuthCheck[] = diag && !NOT_AN_AUTH_CHECK.has(verdict.reason) ? readAuthentication(diag) : [];
  if (sc.returnedHeaders.length && (verdict.reason === 'authfailure' || authentication.some((a) => a.method !== 'reverse-dns'))) {
    authentication.push(...readReturnedAuthentication(sc.returnedHeaders));
  }
  const desc = describe({
    address: raw.address?.value || null,
    reason: verdict.reason,
    confidence: verdict.confidence,
    status: status?.value ?? null,
    replyCode: replyCode?.value ?? null,
    action: statedAction,
    command: raw.command?.value ?? null,
    remoteMta: raw.remoteMta?.value ?? null,
    diagnosticLower: diag?.lower ?? '',
    provider,
    rule,
    // A temporary answer we could not tie to giving up reads as a retry, as in a bare reply.
    bare: ctx.bare || (temporary && action === null),
    blocklist,
    authentication,
    pastedText: !sc.isMessage,
    activityPaste: ACTIVITY_FORMATS.has(ctx.format?.id ?? ''),
    readReceipt: ctx.format?.id === 'mdn',
    addressRetired: ctx.format?.id === 'auto-reply' && verdict.reason === 'vacation' && retiredAddressWords(sc) !== null,
    permanentInWords: status || replyCode || raw.action ? null : raw.permanent?.value ?? permanenceInWords(sc, diagnosticText ?? '', ctx.bare),
    rows: verdict.trail.filter((t) => t.outcome === 'adjusted').map((t) => t.rule),
    adjustedNote: verdict.confidence === 'low' ? ([...verdict.trail].reverse().find((t) => t.outcome === 'adjusted')?.note ?? null) : null,
    // Forwarded to another domain, or to another mailbox of the same organisation: the sender
    // wrote to the alias, the failure is its forwarding's.
    forwardedFrom: raw.address?.value && raw.originalRecipient?.value && raw.originalRecipient.value.includes('@') && aliasOf(raw.originalRecipient.value, raw.address.value) ? raw.originalRecipient.value : null,
    forwardsOnward,
    forwardTarget,
    addressGuessed: raw.addressSource === 'returned-to',
  });
  const report: RecipientReport = {
    address: raw.address?.value || null,
    addressSource: raw.address?.value ? raw.addressSource ?? 'mta' : null,
    originalRecipient: raw.originalRecipient?.value ?? null,
    action,
    status: status?.value ?? null,
    statuses,
    replyCode: replyCode?.value ?? null,
    diagnostic: diagnosticText,
    remoteMta: raw.remoteMta?.value ?? null,
    command: raw.command?.value ?? null,
    reason: verdict.reason,
    title: desc.title,
    permanent: desc.permanent,
    hardBounce: desc.hardBounce,
    owner: desc.owner,
    headline: desc.headline,
    summary: desc.summary,
    actions: desc.actions,
    rule: verdict.rule,
    confidence: verdict.confidence,
    trail: verdict.trail,
    codeMeaning: codeMeaning(status?.value ?? null, replyCode?.value ?? null),
    providerMeaning: rule && provider ? { provider: serviceLabel(provider, ctx.format) ?? provider.label, text: rule.note, docs: rule.docs ?? null } : null,
    blocklist,
    authentication,
    evidence,
  };
  return { report, provider };
}

/**
 * A paste read as usual, then, when it holds several notices one after the other (three
 * bounces from three servers, a thread of forwarded bounces, an mbox pasted as text:
 * read/notices.ts), each notice read on its own and their recipients listed together, each
 * recipient with the verdict of its own notice and its spans in the text as shown. A raw
 * message (bytes) is one message: a bounce of a bounce is read as the one it is.
 */
function readPaste(input: string | Uint8Array): Report {
  const report = run(input);
  if (typeof input !== 'string') return report;
  try {
    // An mbox pasted as text: its messages, as the page and the CLI part a file (parse/mbox.ts).
    const mbox = input.length <= LIMITS.maxInputLength ? splitMbox(input) : null;
    if (mbox?.isMbox && mbox.messages.length >= 2 && mbox.messages.length <= MAX_NOTICES) {
      const several = severalNotices(report, input, mbox.messages);
      if (several) return several;
    }
    return severalNotices(report) ?? report;
  } catch (error) {
    // The work budget ran out while the notices were read one by one: the reading of the
    // whole, done within it, stands (rather than a reading of the start of the text).
    if (error instanceof WorkBudgetExceeded) return report;
    throw error;
  } finally {
    forgetReportText();
  }
}

/** The warnings of the form a paste was read in, which hold for each notice in it too. */
const FORM_WARNINGS: ReadonlySet<string> = new Set(['quoted-bounce', 'indentation-taken-out', 'log-prefixes-taken-out', 'escaped-line-ends', 'raw-message-below-text', 'table-borders-taken-out', 'html-shown-as-text', 'letters-composed', 'quoted-printable-decoded']);

/** A part read on its own: its report, when it names a recipient by address (words alone, a notice's lead-in, are no notice). */
function readPart(document: string, part: NoticePart): Report | null {
  const report = run(document.slice(part.start, part.end));
  return report.kind === 'unknown' || !report.recipients.some((r) => r.address !== null) ? null : report;
}

/**
 * The Report of a paste that holds several notices, each read on its own (null: the paste is
 * one notice, or fewer than two of its parts read as notices, and the reading of the whole
 * stands, with its warning `several-notices` where it found more than one). A part that reads
 * as nothing is read with the notice before it when that names more recipients (a notice cut
 * in two), else left out, its text shown between the notices (a person's note, a report that
 * is no bounce). The same address in two notices is one recipient: a failure over a delay (the
 * notice after the warning), and when two failures disagree on whether the address is bad, the
 * one that does not call it bad, not sure.
 *
 * The document is the paste's, each notice's text in it as read: the same text for a notice
 * pasted as text (every span points into the paste as it stands), the message as laid out for
 * one read as a message (an mbox's, its parts decoded), with the text between them as pasted.
 */
function severalNotices(whole: Report, source = whole.document, parts?: readonly NoticePart[]): Report | null {
  // (What the whole reads as speaks for a paste; an mbox's messages are each what they are.)
  if (!parts && whole.kind !== 'unknown' && !FAILURE_REPORT_KINDS.has(whole.kind) && whole.kind !== 'delivered') return null;
  if (whole.warnings.some((w) => (!parts && w.code in NOT_A_BOUNCE) || w.code === 'work-budget')) return null;
  // (A paste read as a message: its header and text are the first notice.)
  const found = parts ?? noticeParts(source, whole.message.from !== null || whole.message.subject !== null);
  if (!found) return null;
  const groups: { part: NoticePart; report: Report }[] = [];
  for (const part of found) {
    const report = readPart(source, part);
    if (report) {
      groups.push({ part, report });
      continue;
    }
    const last = groups[groups.length - 1];
    if (!last) continue;
    const joinedPart = { start: last.part.start, end: part.end };
    const joined = readPart(source, joinedPart);
    if (joined && joined.recipients.length > last.report.recipients.length) {
      last.part = joinedPart;
      last.report = joined;
    }
  }
  if (groups.length < 2) return null;
  const reports = groups.map((g) => g.report);
  // A part begun by another language's notice words alone holds only where the notices name
  // different recipients: one notice says its words twice (its heading, its sentence).
  if (groups.some((g) => g.part.weak)) {
    const seen = new Set<string>();
    for (const r of reports) {
      const own = new Set(r.recipients.flatMap((x) => (x.address ? [x.address.toLowerCase()] : [])));
      for (const a of own) if (seen.has(a)) return null;
      for (const a of own) seen.add(a);
    }
  }
  // The same notice more than once (a copy out of an HTML view shows it thrice, a thread quotes
  // it again): every part names the same recipients with the same verdicts: one notice.
  const verdicts = (r: Report): string => r.recipients.map((x) => `${x.address?.toLowerCase()}|${x.reason}|${x.action}|${x.hardBounce}`).join('\n');
  if (reports.every((r) => verdicts(r) === verdicts(reports[0]))) return null;
  // The document: the text before, between and after the notices as pasted, each notice as read.
  let document = '';
  let at = 0;
  const sections: Section[] = [];
  // (The whole's sections above the first notice, when they point into the same text.)
  if (source === whole.document) for (const s of whole.sections) if (s.end <= groups[0].part.start) sections.push(s);
  groups.forEach((g, i) => {
    const r = g.report;
    document += source.slice(at, g.part.start);
    const offset = document.length;
    document += r.document;
    at = g.part.end;
    shiftSpans(r.recipients, offset);
    shiftSpans(r.messageEvidence, offset);
    const label = `Notice ${i + 1} of ${groups.length}${r.formatLabel ? ` (${r.formatLabel})` : ''}`;
    if (r.document === source.slice(g.part.start, g.part.end)) sections.push({ label, start: offset, end: offset + r.document.length });
    else for (const s of r.sections) sections.push({ ...s, label: `${label}: ${s.label}`, start: s.start + offset, end: s.end + offset });
  });
  document += source.slice(at);
  const recipients = mergeNoticeRecipients(reports);
  const warnings: Warning[] = [];
  for (const w of whole.warnings) if (FORM_WARNINGS.has(w.code)) warnings.push(w);
  const labels: string[] = [];
  for (const r of reports) {
    const label = r.formatLabel ?? r.format;
    if (label && !labels.includes(label)) labels.push(label);
    for (const w of r.warnings) if (w.code !== 'several-notices') warnings.push(w);
  }
  warnings.unshift({
    code: 'several-notices',
    message: `This text holds ${reports.length} delivery notices, pasted one after the other: each was read on its own, and each recipient is explained by its own notice.`,
  });
  for (const r of recipients.disagree) {
    warnings.push({ code: 'notices-disagree', message: `The notices disagree about ${r}: one calls the address bad, another gives a cause that says it is there. It is not called bad.` });
  }
  const first = reports[0];
  const list = recipients.list;
  const failed = reports.filter((r) => FAILURE_REPORT_KINDS.has(r.kind) && r.kind !== 'delay');
  const kind: ReportKind = list.every((r) => r.reason === 'delivered')
    ? 'delivered'
    : list.every((r) => r.reason === 'delivered' || r.action === 'delayed')
      ? 'delay'
      : failed.length > 0 && failed.every((r) => r.kind === failed[0].kind)
        ? failed[0].kind
        : 'bounce';
  return {
    kind,
    format: first.format,
    formatLabel: labels.length ? `${reports.length} notices: ${labels.join(', ')}` : null,
    provider: reports.find((r) => r.provider)?.provider ?? null,
    providerLabel: reports.find((r) => r.provider)?.providerLabel ?? null,
    message: first.message,
    messageEvidence: first.messageEvidence,
    headline: messageHeadline(list),
    quoted: whole.quoted || reports.some((r) => r.quoted),
    warnings: dedupeWarnings(warnings),
    recipients: list,
    document,
    sections,
    truncated: whole.truncated || reports.some((r) => r.truncated),
  };
}

/**
 * One address in two failed groups of one report that name two causes, one that calls the
 * address bad and one that does not (a gateway's try at one MX: "552 5.2.2 Mailbox full", at
 * the other: "550 5.1.1 User unknown"): the report disagrees with itself, so the address is not
 * called bad; the verdict that does not call it bad stands, unsure. (Both bad, or neither: the
 * later group's verdict stands, as RFC 3464 §2.3 gives one group per attempt.)
 */
function againstOtherGroup(kept: RecipientReport, other: RecipientReport): RecipientReport {
  return (
    unsureOfTwoCauses(kept, other, {
      rule: 'decision.groups-disagree',
      source: 'RFC 3464 §2.3 (one per-recipient group per attempt); observed: gateways that report each MX\'s answer for one address, and the answers differ',
      where: 'another group of this report',
      so: 'so the address is not called bad and the verdict is not sure',
    }) ?? kept
  );
}

/**
 * Two verdicts for one address with two causes, one that calls the address bad and one that
 * does not: the one that does not, made unsure (its words hedged, no step removes the address),
 * with a trail step naming the other's cause. Null when they do not disagree so (the same
 * reason, a verdict with no cause, or both bad or both not).
 */
function unsureOfTwoCauses(
  a: RecipientReport,
  b: RecipientReport,
  how: { rule: string; source: string; where: string; so: string },
): RecipientReport | null {
  if (a.reason === b.reason || NO_CAUSE.has(a.reason) || NO_CAUSE.has(b.reason) || a.hardBounce === b.hardBounce) return null;
  const safe = a.hardBounce ? b : a;
  const said = safe === a ? b : a;
  safe.confidence = 'low';
  hedgeAfterwards(safe, `${how.where} gives another cause for the same address (${said.title.toLowerCase()})`);
  safe.trail = [
    ...safe.trail,
    {
      rule: how.rule,
      reason: said.reason,
      source: how.source,
      start: said.evidence[0]?.start ?? 0,
      end: said.evidence[0]?.end ?? 0,
      outcome: 'adjusted',
      note: `${how.where} gives ${said.reason} for the same address, ${how.so}`,
    },
  ];
  return safe;
}

/**
 * The recipients of the notices, in their order, each address once: a failure over a delay or
 * a delivery; two failures with the same cause, the first; two that disagree on the cause (one
 * calls the address unknown, the other says its mailbox is full), the one that does not call it
 * bad, with low confidence and a note on its trail.
 */
function mergeNoticeRecipients(reports: Report[]): { list: RecipientReport[]; disagree: string[] } {
  const list: RecipientReport[] = [];
  const at = new Map<string, number>();
  const disagree: string[] = [];
  const failedOf = (r: RecipientReport): boolean => r.reason !== 'delivered' && r.action !== 'delayed' && r.action !== 'delivered' && r.action !== 'relayed' && r.action !== 'expanded';
  for (const report of reports) {
    for (const r of report.recipients) {
      const key = r.address?.toLowerCase();
      const i = key === undefined ? undefined : at.get(key);
      if (key === undefined || i === undefined) {
        if (key !== undefined) at.set(key, list.length);
        list.push(r);
        continue;
      }
      const kept = list[i];
      if (failedOf(r) && !failedOf(kept)) {
        list[i] = r;
        continue;
      }
      if (!failedOf(r) || r.reason === kept.reason) continue;
      if (NO_CAUSE.has(r.reason)) continue;
      if (NO_CAUSE.has(kept.reason)) {
        list[i] = r;
        continue;
      }
      // Two causes, one that calls the address bad and one that does not (a full mailbox, a
      // refusal by policy): never a bad address on one notice's word when the other's says the
      // mailbox is there. (Both bad, or neither: the first notice's verdict stands.)
      const safe = unsureOfTwoCauses(kept, r, {
        rule: 'decision.notices-disagree',
        source: 'Observed wording: notices pasted together that name one address with two causes (a server that calls it unknown, another that says its mailbox is full)',
        where: 'another notice in this text',
        so: 'so the verdict is not sure',
      });
      if (!safe) continue;
      if (!disagree.includes(safe.address!)) disagree.push(safe.address!);
      list[i] = safe;
    }
  }
  return { list, disagree };
}

function run(input: string | Uint8Array): Report {
  try {
    const sc = scan(input);
    // Binary data (an Outlook .msg, an archive): nothing is read from it, and no garbage shown.
    if (sc.warnings.some((w) => w.code === 'binary-input')) return nothingExplained(sc.warnings, sc.document, sc.sections, sc.truncated);
    // A paste in another form (indented as a whole, escaped line ends, a raw message under other
    // text, a bordered table, HTML source, decomposed letters): read in the form it stands for,
    // the forms tried in the order of OTHER_FORMS.
    if (!sc.isMessage) {
      for (const other of OTHER_FORMS) {
        const form = other.read(sc.document);
        if (form === null) continue;
        const inner = run(form.text);
        if (inner.recipients.length > 0 && (other.anyKind || inner.kind !== 'unknown')) return asQuoted(sc, form, inner, other.warning);
      }
    }
    const report = runScan(sc);
    if (sc.isMessage) return report;
    // Ordinary mail stays ordinary mail when its lines are read again (and so do a quote its
    // writer calls fixed, a lure and a virus notice read as no report).
    if (report.warnings.some((w) => w.code in ORDINARY_MAIL || (report.recipients.length === 0 && SAID_WHAT_IT_IS.has(w.code)))) return report;
    // A notice a program logged line by line, a log prefix on every line (syslog, journald,
    // a timestamp, docker compose's service column): read without the prefixes when the text
    // reads as nothing as it stands.
    if (report.kind === 'unknown' && report.recipients.length === 0) {
      const stripped = logPrefixesOut(sc.document);
      const inner = stripped === null ? null : run(stripped);
      if (inner && inner.recipients.length > 0 && inner.kind !== 'unknown') return asQuoted(sc, { start: 0, text: stripped! }, inner, LOG_PREFIXES_TAKEN_OUT);
    }
    // A bounce read out of a quote was read in its own lines, quote marks taken out: the
    // outer text's lines, marks and all, read again would read the notice's transcript
    // (Courier's ">>> DATA") as more quoting.
    if (report.quoted && report.recipients.length > 0) return report;
    // A paste whose mail view joined a list layout's lines (each paragraph one line, its
    // recipients' entries one after another) is also read with those lines broken again,
    // and that reading kept when it reads its recipients better.
    // (A paste read as nothing at all is read so only when its words are a notice's, and a
    // letter to someone by name never: a person's one-paragraph letter that names addresses
    // stays a letter.)
    const asNotice = report.recipients.length > 0 || (RE_NOTICE_WORDS.test(sc.document.slice(0, 8192)) && !greetsByName(sc.document));
    const lined = asNotice ? relined(sc.document, report.recipients.length ? 0 : NARROW) : null;
    if (lined) {
      const again = readAgain(report, lined, true);
      // (As well, it reads the same recipients with the server's codes, or the SMTP command
      // each reply answered, or surely, or as the notice it is where the joined line read as
      // a bare reply.)
      const tie = again && quality(again) === quality(report) && sameAddresses(report, again);
      const more = (f: (r: RecipientReport) => unknown): boolean => again!.recipients.filter(f).length > report.recipients.filter(f).length;
      if (again && (quality(again) > quality(report) || (tie && (more((r) => r.status || r.replyCode) || more((r) => r.command) || more((r) => r.confidence === 'high') || (report.kind === 'smtp-reply' && again.kind === 'bounce'))))) {
        return readAs(again, sc.document, LINES_BROKEN_AGAIN);
      }
      forgetReportText();
    }
    // Likewise a list of recipients with commas between that a narrow view broke over lines,
    // read as one line again.
    const listed = report.recipients.length ? listRejoined(sc.document) : null;
    if (listed) {
      const again = readAgain(report, listed, true);
      if (again && quality(again) > quality(report)) return readAs(again, sc.document, LINES_JOINED);
      forgetReportText();
    }
    // A paste with a blank line between all its lines (as some mail views copy them) is also
    // read as the notice wrote it, the blank lines taken out: a layout's own reader (Exim's
    // address blocks) then reads it whole, where read as it stands each indented line can be
    // a block of its own, or a list stop at its first blank line. That reading wins when it
    // reads its recipients better (see `quality`), or as well but to another verdict: the
    // lines as the notice wrote them hold together what the copy's blank lines split (a
    // cause under its address, a reply's continuation).
    const spaced = singleSpaced(sc.document);
    if (spaced && report.recipients.length && mostlyShortLines(sc.document)) {
      forgetReportText();
      const plain = runScan(scan(spaced));
      // Read so, the paste says what it is (a letter that quotes a bounce and says it is fixed
      // since, whose quote the blank lines hid): that reading holds, as it would as pasted.
      if (plain.recipients.length === 0 && plain.warnings.some((w) => w.code === FIXED_IN_REPLY)) return readAs(plain, sc.document, BLANK_LINES_TAKEN_OUT);
      const again = plain.recipients.length && plain.kind !== 'unknown' ? plain : null;
      if (again && (quality(again) > quality(report) || (quality(again) === quality(report) && !sameVerdicts(again, report)) || holdsTogether(again, report))) return readAs(again, sc.document, BLANK_LINES_TAKEN_OUT);
      forgetReportText();
    }
    // A narrow view's copy read with a recipient whose address it could not find (the line
    // that introduces the list broken in two, "… these recipients or / groups:"): read
    // joined too, and that reading kept when it reads its recipients better.
    if (!spaced && report.recipients.some((r) => !r.address) && report.recipients.some((r) => !NO_CAUSE.has(r.reason))) {
      const joined = unwrapped(sc.document);
      const again = joined ? readAgain(report, joined, true) : null;
      if (again && quality(again) > quality(report)) return readAs(again, sc.document, LINES_JOINED);
      forgetReportText();
      return report;
    }
    if (report.recipients.some((r) => !NO_CAUSE.has(r.reason))) return report;
    // Nothing, or no cause, could be read: perhaps a view put a blank line between all the
    // lines, or a narrow view broke the sentences over short lines. Read with those blank
    // lines taken out, or joined, the paste must give recipients, or a cause for the same ones.
    if (spaced) {
      const again = readAgain(report, spaced);
      return again ? readAs(again, sc.document, BLANK_LINES_TAKEN_OUT) : report;
    }
    const joined = unwrapped(sc.document);
    if (!joined) return report;
    const again = readAgain(report, joined);
    return again ? readAs(again, sc.document, LINES_JOINED) : report;
  } finally {
    forgetReportText();
  }
}

/**
 * The paste read again in another form (of the same length): its Report when that gives
 * recipients, and for recipients already read, the same ones with a cause; null otherwise.
 */
function readAgain(report: Report, text: string, better = false): Report | null {
  forgetReportText();
  const again = runScan(scan(text));
  if (!again.recipients.length || again.kind === 'unknown') return null;
  // (Read for a better reading of the same notice: its recipients may differ from a poor one's.)
  if (better) return again;
  if (report.recipients.length && (!sameAddresses(report, again) || again.recipients.every((r) => NO_CAUSE.has(r.reason)))) return null;
  return again;
}

/**
 * A reading of another form of the text kept as its Report: it shows the text as given (the
 * other form has the same length, so every span points into it), with a warning that says
 * how it was read.
 */
function readAs(again: Report, document: string, warning: Warning): Report {
  // The form read has the paste's length (one character for one), so every span points into
  // the paste as it stands; a form read as a message laid out anew (its header and parts, as a
  // mangled paste can be) keeps its own document, which its spans point into.
  if (again.document.length === document.length) again.document = document;
  again.warnings.push(warning);
  return again;
}

/**
 * How well a reading read its recipients: each with an address counts (once), each without one
 * counts against; a cause read, and read with more than low confidence, count besides.
 */
function quality(report: Report): number {
  let q = 0;
  // (An address read twice counts once: a reading that splits one recipient in two reads no better.)
  const seen = new Set<string>();
  for (const r of report.recipients) {
    if (r.address && seen.has(r.address)) continue;
    if (r.address) seen.add(r.address);
    q += r.address ? 2 : -2;
    if (!NO_CAUSE.has(r.reason)) q++;
    if (r.confidence !== 'low') q++;
  }
  return q;
}

/**
 * Does the reading of a double-spaced copy with its blank lines taken out hold together where
 * the reading as it stands falls apart? Read as it stands, a reply's continuation under a blank
 * line can open a block of its own (Postfix's indented "5.1.8 <sender@…>... Domain of sender
 * address …" read as a recipient), leaving the real recipient without its cause. The lines as
 * the notice wrote them win then, when they give every recipient its address and a cause, each
 * recipient among those read as it stands, while that reading left one of them without a cause
 * or read fewer of their words.
 */
function holdsTogether(joined: Report, asItStands: Report): boolean {
  if (!joined.recipients.length) return false;
  const stands = new Set(asItStands.recipients.map((r) => r.address));
  if (!joined.recipients.every((r) => r.address && stands.has(r.address))) return false;
  if (joined.recipients.every((r) => !NO_CAUSE.has(r.reason)) && asItStands.recipients.some((r) => r.address && NO_CAUSE.has(r.reason))) return true;
  // Or read more of the notice's words for the same recipients: a reply cut at a blank line
  // ("… said: 550 5.1.1", then "<a@example.org>: … temporary directory lookup failure"; "550 No
  // such user", then "here, or your IP is on a blocklist") read as it stands gives its first
  // words alone, surer than the whole reply warrants.
  // An address it read that the lines as the notice wrote them hold inside a recipient's reply
  // ("… said: 550 5.1.1", the blank line, "<other@example.net>: Recipient address rejected";
  // "Domain of sender address", the blank line, "alice@example.net does not exist") was the
  // reply's, not a recipient of its own.
  const joinedAddresses = new Set(joined.recipients.map((r) => r.address));
  const inReplies = joined.recipients.map((r) => (r.diagnostic ?? '').toLowerCase()).join('\n');
  let extra = false;
  for (const r of asItStands.recipients) {
    if (r.address === null || joinedAddresses.has(r.address)) continue;
    if (!inReplies.includes(r.address.toLowerCase())) return false;
    extra = true;
  }
  // (Never at the cost of a cause read surely as it stands: two notices one after the other, a
  // blank line between all their lines, read joined give the first recipient the second's cause.)
  if (extra && joined.recipients.some((r) => asItStands.recipients.some((s) => s.address === r.address && s.confidence === 'high' && s.reason !== r.reason))) return false;
  return extra || (wordsRead(joined) > wordsRead(asItStands) && !sameVerdicts(joined, asItStands));
}

/** How many characters, white space aside, of the recipients' diagnostics a reading holds. */
function wordsRead(report: Report): number {
  let n = 0;
  for (const r of report.recipients) if (r.diagnostic) n += r.diagnostic.replace(/\s+/g, '').length;
  return n;
}

/** The warning of a paste read with the blank lines between all its lines taken out. */
const BLANK_LINES_TAKEN_OUT: Warning = { code: 'blank-lines-taken-out', message: 'A blank line stood between all the lines of this text, as some mail views copy them: it was read without them.' };

/** The warning of a paste read with its short lines joined. */
const LINES_JOINED: Warning = { code: 'lines-joined', message: 'The lines of this text were broken short, as a narrow mail app shows them: they were read joined.' };

/**
 * Words a delivery notice says what it is with (English; the notices whose list layouts a
 * view joins): "could not be delivered", "undeliverable", "Failed to deliver to", "PERMANENT
 * fatal delivery errors", "Session Transcript", "I wasn't able to deliver", "did not reach", "An error
 * occurred while trying to deliver the mail to the following recipients".
 */
const RE_NOTICE_WORDS =
  /\b(?:undeliverable|undelivered|(?:could not|couldn't|cannot|can't|was not|wasn't|has not|hasn't) (?:be(?:en)? )?delivered|(?:failed|unable|not able) to deliver|delivery (?:has )?failed|delivery (?:status notification|failure|problem)|non-delivery|mailer-daemon|mail delivery (?:system|subsystem|software)|fatal (?:delivery )?errors?|session transcript|did not reach|permanent error|giving up on|error (?:has )?occurred while (?:trying|attempting) to deliver)\b/i;

/** The warning of a paste read with its joined lines broken again. */
const LINES_BROKEN_AGAIN: Warning = { code: 'lines-broken-again', message: 'The lines of this text were joined, as some mail apps show them: it was read with a line break again before each entry.' };

/** Reasons that say the cause could not be read. */
const NO_CAUSE: ReadonlySet<ReasonId> = new Set<ReasonId>(['onhold', 'undefined']);

/** Do both name the same recipients (a recipient with no address, read from words alone, aside)? */
/** Do two readings give the same recipients the same verdicts (address, reason, hard bounce, sureness)? */
function sameVerdicts(a: Report, b: Report): boolean {
  const key = (r: Report) => r.recipients.map((x) => `${x.address}|${x.reason}|${x.hardBounce}|${x.confidence}`).join('\n');
  return key(a) === key(b);
}

function sameAddresses(a: Report, b: Report): boolean {
  const key = (r: Report) => r.recipients.flatMap((x) => (x.address ? [x.address] : [])).join('\n');
  return key(a) === key(b);
}

/** Senders of delivery reports: what they send is a report, never a forward or a digest. */
const RE_DAEMON = /mailer-daemon|postmaster|mail delivery|delivery subsystem|mail system|microsoftexchange/;

/**
 * A multipart/digest whose every message is a mail system's notice (its From a mailer-daemon or
 * postmaster): bounces collected for a list's owner or an admin (RFC 2046 §5.1.5 digests of
 * messages; a list server forwards the bounces its -bounces address received), read message by
 * message, not a mailing-list digest of people's posts.
 */
function digestOfNotices(sc: Scan): boolean {
  if (!sc.contentTypes.includes('multipart/digest')) return false;
  const parts = sc.sections.filter((x) => x.label === 'Digest message headers');
  return parts.length > 0 && parts.every((x) => {
    const from = /^from:[ \t]*([^\n]*)/im.exec(sc.document.slice(x.start, x.end));
    return from !== null && RE_DAEMON.test(from[1].toLowerCase());
  });
}

function runScan(sc: Scan): Report {
  budget().documentLength = sc.document.length;
  // (Before the senders of reports: the postmaster sends these warnings too.)
  if (isOwnerQuotaWarning(sc)) {
    return notExplained(sc, {
      code: 'quota-warning',
      message:
        "This is a warning about your own mailbox's storage (a quota warning), not a bounce: no message was returned and no recipient is named. Warnings like this are also a common phishing lure: reach your provider's storage settings yourself, not through a link in the mail.",
    });
  }
  // (Before the senders of reports too: list managers send these from the list's -bounces or -owner address.)
  if (isListMembershipNotice(sc)) {
    return notExplained(sc, {
      code: 'list-membership',
      message:
        "This is a mailing list's notice to you about your own membership (unsubscribed, removed or paused, often after mail to your address bounced), not a bounce of a message: it reached you, so your address takes mail now. A bounce it quotes is an earlier one; if the list removed you by mistake, subscribe again.",
    });
  }
  // (Before the senders of reports too: cron mails these summaries from root or postmaster.)
  if (isLogSummary(sc)) {
    return notExplained(sc, {
      code: 'log-summary',
      message: "This is a log analyser's summary of a mail server's traffic (such as pflogsumm or eximstats): it counts deliveries, bounces and rejections of many messages, but it is not a bounce, and its shortened lines name no recipient to remove.",
    });
  }
  if (isServerSessionNotice(sc)) {
    return notExplained(sc, {
      code: 'server-session-notice',
      message:
        "This is a mail server's notice to its postmaster about an incoming session it refused (Postfix's \"SMTP server: errors from …\" with a transcript of the session): another client's mail was refused by your server. It is not a bounce of a message you sent, and it names no recipient to remove.",
    });
  }
  if (isHeldForModeration(sc)) {
    // (A failure notice that names a failed address stays one, whatever else it says.)
    return unlessReadAs(sc, (report) => FAILURE_REPORT_KINDS.has(report.kind) && report.recipients.some((r) => r.address !== null), {
      code: 'held-for-moderation',
      message:
        'This is a notice that a mailing list or a moderated address is holding your message until a moderator approves it: not a bounce, and no address failed. Nothing to do yet: if the moderator rejects the message, a notice will say so.',
    });
  }
  const challenge = challengeAt(sc);
  if (challenge !== -1) {
    // (An automatic reply stays one; a notice with a server's reply code is a report; what
    // reads as nothing, or as a failure without a code, is the request it says it is. A code
    // read only after the request's own words is in the held message it quotes, "my mail to
    // your old address came back with: 550 5.1.1 … User unknown", not a refusal of this one.)
    const before = (r: RecipientReport): boolean => r.evidence.some((e) => (e.field === 'status' || e.field === 'replyCode') && e.start < challenge);
    return unlessReadAs(sc, (report) => (report.kind !== 'unknown' && !FAILURE_REPORT_KINDS.has(report.kind)) || (FAILURE_REPORT_KINDS.has(report.kind) && report.recipients.some((r) => (r.status !== null || r.replyCode !== null) && before(r))), {
      code: 'challenge-response',
      message:
        "This is a challenge-response request: the recipient's spam filter holds your message until you confirm that you are a person (usually by a link). It is not a bounce, and the address exists. If you trust the sender of this request, confirm once; be wary of links in mail you did not expect.",
    });
  }
  if (isLureNotice(sc)) {
    return notExplained(sc, {
      code: 'lure',
      message:
        "This looks like phishing dressed as a delivery notice: it asks you to act on your own account (validate, verify, resend) through a link that carries your address, which no mail server's notice does. It is not a bounce, and the addresses it lists did not fail. Do not follow its links; if in doubt, ask your mail provider by a way you know.",
    });
  }
  if (isVirusNoticeToSender(sc)) {
    // What the notice says is read as usual, with a word on forged senders; a notice read as no
    // report is the scanner's notice it says it is.
    const kept = sc.warnings.length;
    const report = explainScan(sc);
    if (FAILURE_REPORT_KINDS.has(report.kind) && report.recipients.length > 0) {
      report.warnings = dedupeWarnings([...report.warnings, VIRUS_TO_SENDER]);
      return report;
    }
    sc.warnings.length = kept;
    return notExplained(sc, VIRUS_TO_SENDER);
  }
  if (sc.isMessage && RE_DAEMON.test(sc.fromLower)) return explainScan(sc);
  if (isDigest(sc) && !digestOfNotices(sc)) {
    return notExplained(sc, {
      code: 'digest',
      message: 'This is a mailing-list digest. It may quote a bounce someone posted, but it is not a bounce to you: nothing in it is explained.',
    });
  }
  if (isQuarantineDigest(sc)) {
    return notExplained(sc, {
      code: 'quarantine-digest',
      message: 'This is a spam quarantine summary: it lists messages held for you. Their subjects may read like bounces, but it is not a bounce: nothing in it is explained.',
    });
  }
  if (isRecallReport(sc)) {
    return notExplained(sc, {
      code: 'recall-report',
      message: 'This is a report on a message recall (Outlook, Exchange): it tells whether a message you asked to take back was removed. The message itself was delivered; nothing failed, and no address is bad.',
    });
  }
  if (isAggregateReport(sc)) {
    return notExplained(sc, {
      code: 'aggregate-report',
      message: 'This is an aggregate TLS or DMARC report about many messages (RFC 8460, RFC 7489): it counts failed sessions or checks, but it is not a bounce, and it names no recipient to remove.',
    });
  }
  // A person's message with the bounce attached as a message of its own (forwarded "as
  // attachment", as Outlook and Thunderbird do): the attached report is explained, as quoted.
  // (A report sender's wrapper, a gateway passing the MTA's DSN on, returned above; one that
  // says it is automatic, RFC 3834 Auto-Submitted, is no person's forward either.)
  if (sc.attachedReport && !isAutoSubmitted(sc)) {
    const report = explainScan(sc);
    if (report.recipients.length > 0 && FAILURE_REPORT_KINDS.has(report.kind)) {
      report.quoted = true;
      report.warnings = dedupeWarnings([QUOTED_BOUNCE, ...report.warnings]);
      return report;
    }
  }
  // (An automatic answer to the reader's mail, an out-of-office, quotes the reader's own message
  // below its words, "-----Original Message-----": a bounce there is one the reader had passed
  // on, not news from this reply, so it is not explained as a forward would be.)
  const ordinary = ordinaryMail(sc);
  const quoted = ordinary === 'automatic-reply' ? null : findQuotedBounce(sc);
  if (quoted) {
    // A paste quoted whole ("> " before each line, as a reply quotes the mail it answers) is
    // read as the same text unquoted: a letter in it that quotes or says it fixed a bounce is
    // that letter still, not the bounce.
    const whole = quotedWhole(sc, quoted);
    if (whole) return whole;
    const inner = explainBestSpaced(quoted.text);
    if (inner.recipients.length > 0 && inner.kind !== 'unknown') return fixedSince(sc, quoted) ?? asQuoted(sc, quoted, inner);
  }
  if (!ordinary) return explainScan(sc);
  // Ordinary mail that quotes a bounce: a whole notice pasted into a letter is passed on, as
  // a forward is (explained, as quoted); a quoted line or log entry is not explained.
  const notice = ordinary === 'newsletter' || ordinary === 'automatic-reply' || ordinary === 'article' ? null : noticeInLetter(sc);
  if (notice) {
    const inner = explainScan(scan(notice.text));
    if (inner.recipients.length > 0 && inner.kind !== 'unknown') return fixedSince(sc, notice) ?? asQuoted(sc, notice, inner);
  }
  // (What is no failure stays what it is: an out-of-office written as a letter is an automatic reply.)
  const report = explainScan(sc);
  return report.recipients.length === 0 || !FAILURE_REPORT_KINDS.has(report.kind) ? report : notExplained(sc, { code: ordinary, message: ORDINARY_MAIL[ordinary] });
}

/**
 * A paste that is one quote from its top (nothing but blank lines above it) of a person's
 * mail, a reply with a quote of its own, a challenge-response request, or a digest: read as that text unquoted would be (`runScan`), so a letter that says the
 * bounce it quotes is fixed, or only mentions one, is not explained as the bounce. Null when
 * the quote is no such text, or is one that reads as a bounce after all; then the quoted
 * bounce is read as usual.
 */
function quotedWhole(sc: Scan, quoted: QuotedBounce): Report | null {
  const range = sc.bodies[0];
  if (sc.isMessage || !range || sc.document.slice(range.start, quoted.start).trim() !== '') return null;
  const inner = scan(quoted.text);
  // (A challenge-response request quoted whole is read as the request it is, as when pasted
  // as it stands: the failure words it may hold are in the held message it quotes.)
  // (A list's notice to the reader about their membership, quoted whole, likewise: audit32.)
  if (!ordinaryMail(inner) && !isDigest(inner) && challengeAt(inner) === -1 && !isListMembershipNotice(inner)) {
    // (Or a reply whose own words stand above a quote of its own: "Fixed now … / On … wrote: / > …".)
    const nested = findQuotedBounce(inner);
    if (!nested || !inner.bodies[0] || nested.start <= inner.bodies[0].start) return null;
  }
  const report = runScan(inner);
  const said = report.recipients.length === 0 ? report.warnings.find((w) => NOT_A_BOUNCE[w.code] !== undefined) : undefined;
  return said ? notExplained(sc, said) : null;
}

/**
 * A bounce quoted under a person's words that say the problem is fixed since ("our IT team
 * recreated my mailbox, please resend", "das Postfach ist wieder eingerichtet"): what the
 * bounce said is no longer the state of the address, so nothing in it is explained (never a
 * "remove this address" on a quote the writer calls fixed); null when the words say no such thing.
 */
const FIXED_IN_REPLY = 'fixed-in-reply';
/** The notes of texts read as what they say they are, not re-read in other forms (see `run`). */
const SAID_WHAT_IT_IS: ReadonlySet<string> = new Set([FIXED_IN_REPLY, 'lure', 'virus-notice-to-sender']);
/** The note on a virus scanner's notice to the sender (read/quoted.ts isVirusNoticeToSender). */
const VIRUS_TO_SENDER: Warning = {
  code: 'virus-notice-to-sender',
  message:
    "A virus scanner says a message sent from your address carried a virus, and it was not delivered. Viruses forge the sender's address: if you did not send that message, your address was forged (backscatter), nothing of yours needs fixing and the recipient named is not to be removed. If you did send it, check the attachment before you send it again.",
};
/** Words of telling right before a code: "says", "shows", "gives", "comes back with", "bounced with", "error". */
const RE_TELLING_BEFORE_CODE = /\b(?:says?|said|shows?|showed|gives?|gave|gets?|got|getting|returns?|returned|(?:comes?|came|coming) back with|bounc(?:es|ed|ing) with|fail(?:s|ed|ing)? with|rejected with)[ \t]+(?:(?:an?|the)[ \t]+)?(?:error[ \t]+|code[ \t]+)?["'\u201c]?$/i;
/** Nothing of a server's after the code: "again", "every time", a full stop, a short question of one's own. */
const RE_NOTHING_AFTER_CODE = /^["'\u201d]?(?:[ \t]+(?:again|now|too|every time|each time|as well|today|this morning))?[.!?,;]*(?:[ \t]+[^\n]{0,40}\?\r?|[ \t\r]*)$/i;

/**
 * The code of a bare paste when a person retells it ("… says 550 5.1.1 again"): the line's words
 * before the code tell of it, and none follow it; null otherwise.
 */
function retoldCode(doc: string, status: Found | null, replyCode: Found | null): Found | null {
  const last = status ?? replyCode;
  if (!last) return null;
  const first = replyCode && status && replyCode.start < status.start && status.start - replyCode.end <= 2 ? replyCode : last;
  const ls = doc.lastIndexOf('\n', first.start - 1) + 1;
  const le = doc.indexOf('\n', last.end);
  const after = doc.slice(last.end, le === -1 ? doc.length : le);
  if (!RE_TELLING_BEFORE_CODE.test(doc.slice(ls, first.start)) || !RE_NOTHING_AFTER_CODE.test(after)) return null;
  return { value: doc.slice(first.start, last.end), start: first.start, end: last.end };
}

function fixedSince(sc: Scan, quoted: QuotedBounce): Report | null {
  const range = sc.bodies[0];
  if (!range || quoted.start <= range.start) return null;
  if (!saysFixed(sc.document.slice(range.start, quoted.start))) return null;
  return notExplained(sc, {
    code: FIXED_IN_REPLY,
    message:
      "This is someone's mail that quotes a bounce and says the problem is fixed since (a mailbox recreated, an alias corrected): the quoted bounce is no longer the state of the address, so nothing in it is explained. Send again; only a new bounce would tell of a problem now.",
  });
}

/**
 * A text found inside another (a bounce quoted with ">"), explained; when it is a copy with a
 * blank line between all its lines, also read without them, and that reading kept when it
 * reads its recipients better, or as well but to another verdict (as for a paste, in `run`).
 */
function explainBestSpaced(text: string): Report {
  const sc = scan(text);
  // The quote may hold a forward of its own (a person's note, then a mail app's forward
  // header above the bounce, all quoted with ">" when copied out of a reply): the forwarded
  // bounce is read, as it is in a paste that is not quoted.
  const nested = findQuotedBounce(sc);
  if (nested && nested.start > sc.bodies[0].start) {
    const inner = explainScan(scan(nested.text));
    if (inner.recipients.length > 0 && inner.kind !== 'unknown') return asQuoted(sc, nested, inner);
  }
  const report = explainScan(sc);
  const spaced = singleSpaced(text);
  if (!spaced) return report;
  if (!report.recipients.length) {
    // Nothing could be read as it stands: the same copy without its blank lines must give
    // recipients (as for a paste read as nothing, in `run`).
    forgetReportText();
    const again = explainScan(scan(spaced));
    return again.recipients.length && again.kind !== 'unknown' ? readAs(again, text, BLANK_LINES_TAKEN_OUT) : report;
  }
  if (!mostlyShortLines(text)) return report;
  forgetReportText();
  const again = explainScan(scan(spaced));
  if (again.kind === 'unknown' || ((quality(again) < quality(report) || (quality(again) === quality(report) && sameVerdicts(again, report))) && !holdsTogether(again, report))) return report;
  return readAs(again, text, BLANK_LINES_TAKEN_OUT);
}

/** Kinds of report that tell of a failure or a delay. */
const FAILURE_REPORT_KINDS: ReadonlySet<ReportKind> = new Set<ReportKind>(['bounce', 'dsn', 'smtp-reply', 'delay']);

/** Why ordinary mail that quotes a bounce is not explained (read/quoted.ts ordinaryMail). */
const ORDINARY_MAIL: Record<NonNullable<ReturnType<typeof ordinaryMail>>, string> = {
  'personal-reply': 'This is a reply from a person, not a bounce. It may quote words of a bounce, but nothing in it is explained: paste the bounce itself.',
  newsletter: 'This is a newsletter, not a bounce. It may show what a bounce looks like, but nothing in it is explained.',
  article: 'This is an article or a blog post about bounces, not a bounce. It may show what a bounce looks like, but nothing in it is explained: paste the bounce itself.',
  letter: "This reads as someone's mail about a bounce, not the bounce itself. It may quote a bounce's words, but nothing in it is explained: paste the bounce itself.",
  'automatic-reply': 'This is an automatic answer to your mail (an acknowledgement or an out-of-office), not a bounce. It repeats words of a bounce, but nothing in it is explained.',
};

/**
 * What a text that is no bounce is, in one line, by the code of its note: the page and the CLI
 * then say what it is, not only that it is no bounce. Mail about a bounce stays unclear: the
 * bounce itself is still to be pasted.
 */
const NOT_A_BOUNCE: Record<string, Headline> = {
  'quota-warning': { text: 'Not a bounce — a warning about your own mailbox’s storage', tone: 'not-failure' },
  'held-for-moderation': { text: 'Not a bounce — your message waits for a moderator’s approval', tone: 'not-failure' },
  'challenge-response': { text: 'Not a bounce — the recipient’s filter asks you to confirm you are a person', tone: 'not-failure' },
  digest: { text: 'Not a bounce — a mailing-list digest', tone: 'not-failure' },
  'quarantine-digest': { text: 'Not a bounce — a spam quarantine summary', tone: 'not-failure' },
  'recall-report': { text: 'Not a bounce — a report on a message recall', tone: 'not-failure' },
  'aggregate-report': { text: 'Not a bounce — an aggregate TLS or DMARC report', tone: 'not-failure' },
  'log-summary': { text: 'Not a bounce — a summary of a mail server’s logs', tone: 'not-failure' },
  'list-membership': { text: 'Not a bounce — a mailing list’s notice about your membership', tone: 'not-failure' },
  'server-session-notice': { text: 'Not a bounce — your server’s notice about a session it refused', tone: 'not-failure' },
  newsletter: { text: 'Not a bounce — a newsletter', tone: 'not-failure' },
  article: { text: 'Not a bounce — an article about bounces', tone: 'not-failure' },
  'automatic-reply': { text: 'Not a bounce — an automatic reply to your mail', tone: 'not-failure' },
  'personal-reply': { text: 'Not the bounce itself — a reply from a person; paste the bounce', tone: 'unknown' },
  letter: { text: 'Not the bounce itself — mail about a bounce; paste the bounce', tone: 'unknown' },
  lure: { text: 'Not a bounce — looks like phishing dressed as a delivery notice', tone: 'not-failure' },
  'virus-notice-to-sender': { text: 'A virus notice about mail sent from your address — often forged (backscatter)', tone: 'unknown' },
  'fixed-in-reply': { text: 'Not a bounce now — the writer says the quoted problem is fixed; send again', tone: 'not-failure' },
};

/**
 * The text read as usual, kept when `stands` says that reading is what the text is; else the
 * note that it is no bounce (the reading's own warnings, such as "no report found", go with it).
 */
function unlessReadAs(sc: Scan, stands: (report: Report) => boolean, warning: Warning): Report {
  const kept = sc.warnings.length;
  const report = explainScan(sc);
  if (stands(report)) return report;
  sc.warnings.length = kept;
  return notExplained(sc, warning);
}

/** A report with nothing explained, and why. */
function notExplained(sc: Scan, warning: Warning): Report {
  const report = nothingExplained(dedupeWarnings([...sc.warnings, warning]), sc.document, sc.sections, sc.truncated);
  report.headline = NOT_A_BOUNCE[warning.code] ?? null;
  return report;
}

/** Move every span (`start`/`end` pair) in a report part by `delta`. */
function shiftSpans(value: unknown, delta: number): void {
  if (Array.isArray(value)) {
    for (const v of value) shiftSpans(v, delta);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    o.start += delta;
    o.end += delta;
  }
  for (const k in o) if (k !== 'start' && k !== 'end') shiftSpans(o[k], delta);
}

/** The message says it was sent by a program (RFC 3834 Auto-Submitted, any value but "no"). */
function isAutoSubmitted(sc: Scan): boolean {
  const v = header(sc.headers, 'auto-submitted')?.value.trim().toLowerCase();
  return v !== undefined && v !== '' && !v.startsWith('no');
}

/**
 * The report of a bounce found quoted in a forward: the document is the forwarding text
 * up to the quoted bounce, then the bounce as read (quote marks removed); every span
 * points into it.
 */
const QUOTED_BOUNCE: Warning = {
  code: 'quoted-bounce',
  message: 'This bounce was found quoted inside another message (a forward or a reply). It is explained below, but it was not delivered to you as a bounce.',
};

/** A paste that opens as HTML source does ("<!DOCTYPE html>", "<html>", "<body>", "<div …>", "<p>", "<table>", "<style>", "<meta …>"). */
const RE_HTML_OPENING = /^\s*(?:<!--[^]{0,2000}?-->\s*)?<(?:!doctype\s+html|html|head|body|div|p|table|style|meta|font|span|center)\b[^<>]{0,2000}>/i;

/** The text HTML source shows (htmlToText), or null when the paste does not open as HTML or shows nothing. */
function htmlShown(text: string): string | null {
  if (!RE_HTML_OPENING.test(text.slice(0, 4096)) && !linesEndInBreaks(text)) return null;
  const shown = htmlToText(text);
  return /\S/.test(shown) ? shown : null;
}

/** A line that ends in an HTML line break ("…<br>", "…<br />"), as a webmail's HTML source of a plain-text notice writes every line. */
const RE_BR_LINE_END = /<br\s*\/?>[ \t]*$/gim;

/**
 * HTML source with no opening tag: a plain-text notice a webmail turned into HTML, each line
 * ended with <br> and its indentation written as &nbsp; (copied out of "View source" or an
 * HTML editor). Read as HTML when most of its lines (three at least) end that way.
 */
function linesEndInBreaks(text: string): boolean {
  const head = text.slice(0, 65536);
  const ends = head.match(RE_BR_LINE_END)?.length ?? 0;
  if (ends < 3) return false;
  let lines = 0;
  for (const line of head.split('\n')) if (line.trim()) lines++;
  return ends * 2 > lines;
}

/** The warning of HTML source read as the text it shows. */
const HTML_SHOWN: Warning = {
  code: 'html-shown-as-text',
  message: 'This paste is HTML source: it was read, and is shown, as the text a mail app shows of it.',
};

/** Combining marks that a decomposed (NFD) text carries: Latin, Greek and Cyrillic accents, kana voicing marks, Hangul jamo. */
const RE_COMBINING = /[\u0300-\u036f\u3099\u309a\u1160-\u11ff]/;

/** The text in its composed form (NFC), or null when composing changes nothing. */
function composedForm(text: string): string | null {
  if (!RE_COMBINING.test(text)) return null;
  const nfc = text.normalize('NFC');
  return nfc === text ? null : nfc;
}

const QP_DECODED: Warning = {
  code: 'quoted-printable-decoded',
  message: 'This paste shows its quoted-printable encoding (lines ending in "=", "=3D" for "="): it was read, and is shown, decoded.',
};

/** The warning of a paste read in its composed form. */
const COMPOSED: Warning = {
  code: 'letters-composed',
  message: 'Some letters of this text came as a base letter and a separate accent mark (as some apps copy text): it was read, and is shown, with them joined.',
};

/** The warning of a text whose line ends are written as escapes, read with them as line breaks. */
const ESCAPED_LINE_ENDS: Warning = {
  code: 'escaped-line-ends',
  message: 'The line breaks of this text were written as escapes (\\n, \\r\\n), as a log or a program prints a string: it was read with them as line breaks.',
};
const RAW_MESSAGE_BELOW: Warning = {
  code: 'raw-message-below-text',
  message: 'The raw source of a message stands under other text here (a page\'s table and buttons, or a few words above it): the source was read as the message it is; the text above it is not part of it.',
};
const TABLE_BORDERS_TAKEN_OUT: Warning = {
  code: 'table-borders-taken-out',
  message: 'This text is a table drawn with cell borders: each row was read from its first cell on, as a line of a list.',
};
const LOG_PREFIXES_TAKEN_OUT: Warning = {
  code: 'log-prefixes-taken-out',
  message: 'Every line of this text opens with a log prefix (a time stamp, a host and program, a container name), as a program logs a notice line by line: it was read without them.',
};
const INDENTATION_TAKEN_OUT: Warning = {
  code: 'indentation-taken-out',
  message: 'Every line of this text was indented by the same amount, as a quote or a code block shows it: it was read without that indentation.',
};

/** The whole text read in another form (null: the text is not in that form). */
const whole = (text: string | null): QuotedBounce | null => (text === null ? null : { start: 0, text });

/**
 * The other forms a paste can come in, tried in this order before it is read as it stands;
 * the first whose reading names recipients is kept, with its warning. (`anyKind`: a reading of
 * kind unknown that names recipients counts too.)
 */
const OTHER_FORMS: readonly { read: (document: string) => QuotedBounce | null; warning: Warning; anyKind?: boolean }[] = [
  // A paste indented as a whole (a code block, a ticket's quote): read, in every way a paste
  // is read, without the indentation.
  { read: (d) => whole(dedented(d)), warning: INDENTATION_TAKEN_OUT },
  // A paste quoted whole by a chat, a forum or a terminal with a mark other than ">" before
  // every line ("» ", "│ "): read without the marks, as a quote with ">" is (read/unwrap.ts).
  { read: (d) => whole(quoteMarksOut(d)), warning: QUOTED_BOUNCE },
  // A text whose line ends are written as escapes (a message or a notice copied out of a log
  // or a program's string, "Return-Path: <>\r\nReceived: …"): read with them as the line
  // breaks they stand for, at the same length (read/raw-below.ts escapedLineEnds).
  { read: (d) => whole(escapedLineEnds(d)), warning: ESCAPED_LINE_ENDS },
  // A raw message under a few lines of other text (Gmail's "Show original" page copied whole,
  // a person's line above the source in a ticket): read as the message it is, its parts
  // decoded (read/raw-below.ts). (Text above that reads as a notice of its own, "the message
  // returned below could not be delivered", is the notice: the message below it is what it returns.)
  {
    read: (d) => {
      const below = rawMessageBelow(d);
      if (below <= 0) return null;
      const above = d.slice(0, below);
      return isShowOriginalPage(above) || !RE_NOTICE_WORDS.test(above) ? { start: below, text: d.slice(below) } : null;
    },
    warning: RAW_MESSAGE_BELOW,
  },
  // A table drawn with cell borders ("| a@example.org | bounced | 550 5.1.1 … |"): read with
  // each row opening with its first cell, as a list's entries do.
  { read: (d) => whole(tableBordersOut(d)), warning: TABLE_BORDERS_TAKEN_OUT },
  // HTML source pasted (a notice's HTML part copied out of "View source"): read as the text a
  // mail app shows of it, as an HTML part of a message is.
  { read: (d) => whole(htmlShown(d)), warning: HTML_SHOWN, anyKind: true },
  // A paste whose letters came decomposed (a base letter and a combining mark, as macOS and
  // some PDF viewers copy text: "é" as "e" + U+0301, "ド" as "ト" + U+3099): read in its
  // composed form (Unicode NFC), the form the wording data is written in.
  { read: (d) => whole(composedForm(d)), warning: COMPOSED, anyKind: true },
  // A body pasted with its quoted-printable encoding undecoded (soft breaks "=" at 76 columns,
  // "=3D", "=20"): read decoded, as the body of a message is (text/copied.ts).
  { read: (d) => whole(qpDecodedPaste(d)), warning: QP_DECODED },
];

function asQuoted(sc: Scan, quoted: QuotedBounce, inner: Report, warning = QUOTED_BOUNCE): Report {
  const at = quoted.start;
  const isQuote = warning === QUOTED_BOUNCE;
  shiftSpans(inner.recipients, at);
  shiftSpans(inner.messageEvidence, at);
  const sections: Section[] = [];
  for (const s of sc.sections) if (s.start < at) sections.push({ ...s, end: Math.min(s.end, at) });
  for (const s of inner.sections) sections.push({ ...s, label: isQuote ? `${s.label} (quoted bounce)` : s.label, start: s.start + at, end: s.end + at });
  return {
    ...inner,
    quoted: isQuote || inner.quoted,
    warnings: dedupeWarnings([warning, ...sc.warnings, ...inner.warnings]),
    document: sc.document.slice(0, at) + inner.document,
    sections,
    truncated: sc.truncated || inner.truncated,
  };
}

/**
 * Addresses that are no address (a local part alone, a mailbox file, `@host`): completed
 * from X-Failed-Recipients when it names the same local part (or the one recipient), else
 * from the returned message's To when that names the same local part (what a mail app shows
 * of an Exim bounce: "  nobody" in the list, the copy's "To: nobody@example.net" below it,
 * no X-Failed-Recipients header), else dropped. The bounce then does not name the address,
 * and the page says so.
 */
function repairAddresses(sc: Scan, raws: RawRecipient[]): void {
  let failed: RawRecipient[] | null = null;
  let returnedTo: Found | null | undefined;
  for (const r of raws) {
    if (!r.address || isAddress(r.address.value)) continue;
    failed ??= failedRecipients(sc);
    const value = r.address.value.toLowerCase();
    const local = value.includes('@') ? value.slice(0, value.indexOf('@')) : value;
    const hit =
      (local ? failed.find((f) => f.address!.value.toLowerCase().split('@')[0] === local) : undefined) ??
      (raws.length === 1 && failed.length === 1 ? failed[0] : undefined);
    if (!hit && local && !value.includes('@')) {
      if (returnedTo === undefined) returnedTo = returnedToAddress(sc);
      if (returnedTo && returnedTo.value.toLowerCase().split('@')[0] === local) {
        // The notice's own line named the recipient; the copy only adds its domain (no guess,
        // so no "returned To" warning: the source stays the notice's line).
        r.address = returnedTo;
        r.addressSource = 'mta';
        continue;
      }
    }
    if (hit) {
      r.address = hit.address;
      r.addressSource = 'x-failed-recipients';
    } else {
      r.address = null;
      r.addressSource = undefined;
    }
  }
}

/** Formats that read a sending service's activity, its webhook events or a mail server's log: no bounce, so no attached report. */
const ACTIVITY_FORMATS = new Set(['service-activity', 'mta-log', 'esp-events', 'csv-export', 'log-table']);

/**
 * Are these words the last line of this multi-line reply, as a summary keeps it ("550 5.7.1 For
 * more information, go to …" of Gmail's four-line refusal)? The joined reply holds each line
 * without its code, so the words are compared without theirs; a last line too short to be
 * told from another reply's (a bare "550 5.7.1 Blocked") does not count.
 */
function isLastLineOf(reply: string, words: string): boolean {
  const code = /^[45]\d\d (?:[245]\.\d{1,3}\.\d{1,3} )?/.exec(words);
  if (!code || !/^[45]\d\d-/.test(reply)) return false;
  const rest = words.slice(code[0].length);
  return rest.length >= 20 && reply.endsWith(rest) && reply.charCodeAt(reply.length - rest.length - 1) === 32;
}

/** Does the span [start, end) hold the found value? */
function holds([start, end]: [number, number], f: { start: number; end: number }): boolean {
  return start <= f.start && f.end <= end;
}

function explainScan(pasted: Scan): Report {
  // A paste whose human text holds the report's fields (Thunderbird's view of a bounce, a copy
  // of the report under the notice): the fields read as its delivery status, the text around
  // them by the text readers (scan.ts withFieldsBlock). Asked here, once the paste is known to
  // be no forward, quote or letter (runScan's checks read it as it stands).
  const sc = withFieldsBlock(pasted) ?? pasted;
  const warnings = sc.warnings;
  const dsn = readDsnRecipients(sc);
  const { format, result } = runFormats(sc, dsn);

  let raws: RawRecipient[] = [];
  if (result?.kind) raws = result.recipients;
  else if (result) raws = mergeRecipients(dsn.recipients, result.recipients, sc.document);
  else raws = dsn.recipients;
  if (sc.bodies.length) {
    const replies = readTranscripts(sc);
    if (replies.length) {
      // Each recipient looks its reply up by address (the first reply for it), not by a
      // search of all replies: that grew with recipients x replies.
      const byAddress = new Map<string, TranscriptReply>();
      // The first refusal (4xx, 5xx) for each address.
      const refusedBy = new Map<string, TranscriptReply>();
      for (const t of replies) {
        if (t.address === null) continue;
        const key = t.address.toLowerCase();
        if (!byAddress.has(key)) byAddress.set(key, t);
        if (!refusedBy.has(key) && /^[45]/.test(t.reply.text)) refusedBy.set(key, t);
      }
      // A refusal after DATA names no address: it answers for every accepted recipient.
      const afterData = replies.find((t) => t.address === null && (t.command.value === 'DATA' || t.command.value === 'BDAT'));
      // The session's one refusal, when there is one recipient: it answers for that recipient
      // (a login refused at AUTH, a sender refused at MAIL FROM, before any RCPT TO).
      let refusal: TranscriptReply | undefined;
      let refusals = 0;
      for (const t of replies) if (/^[45]/.test(t.reply.text) && refusals++ === 0) refusal = t;
      for (const r of raws) {
        const key = r.address?.value.toLowerCase();
        // The refusal that answered this recipient's own RCPT TO is exact evidence of the
        // stage, even when a format guessed another from the first command in the text.
        // So is a refusal after DATA for a recipient accepted at RCPT TO ("250 2.1.5 Recipient OK").
        const accepted = key ? byAddress.get(key) : undefined;
        const own = (key ? refusedBy.get(key) : undefined) ?? (accepted && afterData && /^2/.test(accepted.reply.text) ? afterData : undefined);
        const lone = raws.length !== 1 ? undefined : replies.length === 1 ? replies[0] : refusals === 1 ? refusal : undefined;
        // (A whole session's one refusal at the stage a format read: its words are the refusal's.)
        if (r.command && !own && !(lone?.log && lone.command.value === r.command.value)) continue;
        const hit = own ?? accepted ?? afterData ?? lone;
        if (!hit) continue;
        r.command = hit.command;
        // A DSN or summary line often carries only the first line of a multi-line reply, or
        // only its last (Sendmail's "(reason: 550 5.7.1 For more information, go to …)" keeps
        // the last line it read); the transcript has all of it.
        const words = r.diagnostic?.text ?? '';
        const summary = words.replace(/(?<!\s)\s*(?:\)\s*)?$/, '');
        if (hit.reply.length > words.length && (!words || hit.reply.text.startsWith(summary) || isLastLineOf(hit.reply.text, summary))) r.diagnostic = hit.reply;
        // A log-style transcript (MDaemon's) records the whole session: the greeting, EHLO,
        // MAIL FROM and their replies, whose words ("EHLO", "ESMTP") would read as a cause.
        // When the words read hold it, the refusal that answered this recipient is its words.
        else if (hit.log && /^[45]/.test(hit.reply.text) && r.diagnostic && words.length > hit.reply.length && holds(r.diagnostic.whole(), hit.command)) r.diagnostic = hit.reply;
      }
      // A session that refused some recipients at RCPT TO and accepted others, its data not
      // refused (swaks: "RCPT TO:<a@…>" / "250 2.1.5 Ok", "RCPT TO:<b@…>" / "550 5.1.1 …", then
      // "250 2.0.0 Ok: queued"): the accepted ones got the message, and are no failed recipients.
      if (raws.length > 1 && !replies.some((t) => (t.command.value === 'DATA' || t.command.value === 'BDAT') && /^[45]/.test(t.reply.text))) {
        const acceptedOnly = (r: RawRecipient): boolean => {
          const key = r.address?.value.toLowerCase();
          const t = key ? byAddress.get(key) : undefined;
          return !!key && !!t && t.command.value === 'RCPT' && /^2/.test(t.reply.text) && !refusedBy.has(key);
        };
        const refused = raws.filter((r) => !acceptedOnly(r));
        if (refused.length > 0 && refused.length < raws.length && refused.some((r) => refusedBy.has(r.address?.value.toLowerCase() ?? ''))) raws = refused;
      }
    }
  }
  repairAddresses(sc, raws);
  // A warning that delivery is delayed, by its layout or its words ("THIS IS A WARNING
  // ONLY", "has not yet been delivered"): the recipients it names are delayed, unless
  // the DSN says otherwise.
  // (A DSN that states every recipient's action is authoritative: no need to read words.)
  const delayed = !result?.kind && raws.length > 0 && (result?.delayed || (raws.some((r) => !r.action) && isDelayWarning(sc)));
  if (delayed) {
    // A bounce pasted after the warning: its recipients failed, they are not delayed.
    // (An address the bounce names too, after the warning named it, failed in the end.)
    const finalAt = result?.delayed ? -1 : finalNoticeAfterDelay(sc);
    const after = finalAt < 0 ? '' : sc.document.slice(finalAt).toLowerCase();
    // A notice with a section of failed recipients and one of delayed ones (Kerio Connect's
    // "Your message could not be delivered to the following recipient(s):" and "Delivery to
    // the following recipient(s) has been delayed and will be retried:"): each recipient
    // under the failed section's lead failed.
    for (const r of raws) if (!r.action && r.address && sectionLeadAbove(sc.document, r.address.start) === 'failed') r.action = { value: 'failed', start: 0, end: 0 };
    for (const r of raws) if (finalAt < 0 || !r.address || (r.address.start < finalAt && !after.includes(r.address.value.toLowerCase()))) r.action ??= { value: 'delayed', start: 0, end: 0 };
  }
  if (raws.length > LIMITS.maxRecipients) {
    warnings.push({ code: 'recipients-cap', message: `Only the first ${LIMITS.maxRecipients} of ${raws.length} recipients are shown.` });
    raws = raws.slice(0, LIMITS.maxRecipients);
  }

  const bare = format?.id === 'smtp-reply' && isBareReply(sc);
  const ctx: Context = { sc, warnings, format, bare, single: raws.length === 1 && dsn.recipients.length === 0 };
  const categories = readVendorCategories(sc);
  // Built by one literal and pushes (not by map()), so that every Report's recipients array,
  // an empty one too, has the same elements kind and code reading it stays monomorphic.
  const recipients: RecipientReport[] = [];
  let provider: Provider | null = null;
  for (let i = 0; i < raws.length; i++) {
    const read = toReport(fullRecipient(raws[i]), ctx, categoryFor(categories, i, raws.length));
    const other = raws[i].otherFailure;
    recipients.push(other ? againstOtherGroup(read.report, toReport(fullRecipient(other), ctx, undefined).report) : read.report);
    provider ??= read.provider;
  }
  const encapsulated = recipients.find((r) => isEncapsulated(r.address));
  if (encapsulated) {
    warnings.push({
      code: 'encapsulated-address',
      message:
        "The failed address is Exchange's wrapping of an internal (X.500) address from a cached entry, not an email address: delete that entry from your mail app's address suggestions and type the person's address again; your email admin can add the old internal address to the mailbox (an X500 proxy address).",
    });
  }
  const hidden = recipients.flatMap((r) => (isPlaceholderAddress(r.address) ? [r.address!] : []));
  if (hidden.length) {
    warnings.push({
      code: 'address-redacted',
      message: `${[...new Set(hidden)].join(', ')} looks hidden (x's, stars or dots stand in for its letters): the verdict is about the real address behind it; act on that one, not on the placeholder.`,
    });
  }
  if (recipients.some((r) => r.addressSource === 'returned-to')) {
    warnings.push({
      code: 'address-from-returned-message',
      message: "The bounce does not say which address failed; the address shown is the To: of the returned message, which may not be the one that failed.",
    });
  }
  const messageEvidence: Evidence[] = [];
  const message = messageFields(sc, dsn, messageEvidence);
  const kind = kindOf(sc, format, result, recipients, delayed, bare);
  const empty = !/\S/.test(sc.document);
  // A winmail.dat beside a notice that was read (Exchange and WorkMail send both) is no
  // loss: its warning is for a notice that holds nothing else.
  if (recipients.length) {
    const at = warnings.findIndex((w) => w.code === 'tnef-attachment');
    if (at !== -1) warnings.splice(at, 1);
  }
  // (Not where a warning says what could not be read: binary data, a winmail.dat.)
  if (kind === 'unknown' && !empty && !warnings.some((w) => w.code === 'binary-input' || w.code === 'tnef-attachment')) {
    warnings.push({ code: 'not-a-report', message: 'No bounce, delivery report or SMTP reply was found in this text.' });
  }
  if (empty) warnings.push({ code: 'empty-input', message: 'Nothing to explain: the input is empty.' });
  // Two notices pasted one after the other (a pasted text: a raw message that holds two is a
  // bounce of a bounce): one reading may miss the other notice's addresses.
  if (kind !== 'unknown' && sc.headers.length === 0) {
    const unread = failedLinesNotRead(sc.document, recipients);
    if (unread.length > 0) {
      warnings.push({
        code: 'several-notices',
        message: `This text also names ${unread.join(', ')} in a failure line that this explanation does not cover (notices pasted one after the other?): paste each notice on its own to read every address.`,
      });
    } else if (noticeOpenings(sc.document) >= 2) {
      warnings.push({
        code: 'several-notices',
        message: 'This text holds more than one delivery notice (pasted one after the other, or one returned inside another). The explanation may cover only some of them: paste each notice on its own to read every address.',
      });
    }
  }
  const shownFormat = recipients.length || result?.kind ? format ?? (dsn.recipients.length ? rfc3464 : null) : null;
  return {
    kind,
    format: shownFormat?.id ?? null,
    formatLabel: shownFormat?.label ?? null,
    provider: provider?.id ?? null,
    providerLabel: serviceLabel(provider, shownFormat),
    message,
    messageEvidence,
    headline: messageHeadline(recipients),
    quoted: false,
    warnings: dedupeWarnings(warnings),
    recipients,
    document: sc.document,
    sections: sc.sections,
    truncated: sc.truncated,
  };
}

/** Titles already looked up, by status, then reply code (a few dozen codes make up nearly every bounce; '' and null read alike). */
/**
 * The receiving service's name: a provider named only by its software's signatures
 * (Exchange's RESOLVER.ADR…, on premises too) is the provider itself when the notice's layout
 * is one only its own servers write (Microsoft 365's NDR).
 */
function serviceLabel(provider: Provider | null, format: Format | null): string | null {
  if (!provider) return null;
  if (format?.service === provider.id && namedBySoftware(provider)) return providerById(provider.id)?.label ?? provider.label;
  return provider.label;
}

/** The registry's title for the status code, else for the reply code. */
function codeMeaning(status: string | null, reply: string | null): string | null {
  return (status ? statusTitle(status) : null) ?? (reply ? replyTitle(reply) : null);
}

/**
 * One line for the message: the recipient's headline when there is one recipient or all
 * agree (with how many), else the most pressing one's, saying that others differ.
 */
function messageHeadline(recipients: RecipientReport[]): Headline | null {
  if (recipients.length === 0) return null;
  const n = recipients.length;
  if (recipients.every((r) => r.headline.text === recipients[0].headline.text)) {
    const { text, tone } = recipients[0].headline;
    return n === 1 ? { text, tone } : { text: `${text} (${n === 2 ? 'both' : `all ${n}`} recipients)`, tone };
  }
  const order: Headline['tone'][] = ['address-bad', 'sender-fix', 'unknown', 'temporary', 'not-failure'];
  const worst = [...recipients].sort((a, b) => order.indexOf(a.headline.tone) - order.indexOf(b.headline.tone))[0];
  const same = recipients.filter((r) => r.headline.text === worst.headline.text).length;
  return { text: `${worst.headline.text} (${same} of ${n} recipients; ${n - same === 1 ? 'the other differs' : 'the others differ'})`, tone: worst.headline.tone };
}

function dedupeWarnings(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = w.code + '\u0000' + w.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
