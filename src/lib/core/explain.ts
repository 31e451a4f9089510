/**
 * The pipeline: scan the input into a document → read DSN fields → try the formats in
 * their one fixed order → merge what the text says with what the DSN says → classify
 * each recipient → describe it (owner, permanence, summary, actions).
 */
import type { AuthCheck, Evidence, Headline, MessageFields, ReasonId, RecipientReport, Report, ReportKind, Warning } from './types.ts';
import { scan, header, type Scan } from './scan.ts';
import { LIMITS } from './limits.ts';
import { FORMATS } from './formats/index.ts';
import { rfc3464 } from './formats/rfc3464.ts';
import type { Provider } from '../knowledge/providers/index.ts';
import type { Format, FormatResult, Found, RawRecipient } from './formats/types.ts';
import { readDsnRecipients, type DsnReading } from './read/dsn-recipients.ts';
import { readTranscripts } from './read/transcript.ts';
import { readCodes, statusSpecificity } from './parse/smtp-reply.ts';
import { classify } from './classify/classify.ts';
import { describe } from './describe.ts';
import { detectProvider, gmailStateStage } from './classify/provider.ts';
import { categoryFor, readVendorCategories, type VendorCategory } from './classify/vendor-category.ts';
import { readBlocklist } from './read/blocklist.ts';
import { readAuthentication, readReturnedAuthentication } from './read/authentication.ts';
import { REASONS } from '../knowledge/reasons/index.ts';
import { explainStatus } from '../knowledge/status-codes.ts';
import { explainReply } from '../knowledge/reply-codes.ts';

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
    return run(input);
  } catch (error) {
    // A bug must not cost the user their paste: return what we can, and say so.
    const document = typeof input === 'string' ? input.slice(0, LIMITS.maxInputLength) : '';
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
      warnings: [{ code: 'internal-error', message: `The engine failed on this input (${String(error).slice(0, 200)}); nothing could be explained.` }],
      recipients: [],
      document,
      sections: [{ label: 'Input', start: 0, end: document.length }],
      truncated: false,
    };
  }
}

/** Try the formats in order; the first that detects the layout and reads it wins. */
function runFormats(sc: Scan, dsn: DsnReading): { format: Format | null; result: FormatResult | null } {
  for (const format of FORMATS) {
    if (!format.detect(sc)) continue;
    const result = format.parse({ scan: sc, dsn });
    if (result && (result.recipients.length > 0 || result.kind || dsn.recipients.length > 0)) return { format, result };
  }
  return { format: null, result: null };
}

/**
 * Merge what the human-readable text says into the DSN recipients: the DSN is
 * authoritative for the list of recipients, their action and status; the text adds the
 * server's words when the DSN has none, and the SMTP stage.
 */
function mergeRecipients(dsn: RawRecipient[], text: RawRecipient[]): RawRecipient[] {
  if (dsn.length === 0) return text;
  if (text.length === 0) return dsn;
  const byAddress = new Map<string, RawRecipient>();
  for (const t of text) if (t.address) byAddress.set(t.address.value.toLowerCase(), t);
  return dsn.map((d, i) => {
    let t = d.address ? byAddress.get(d.address.value.toLowerCase()) : undefined;
    if (!t && text.length === dsn.length) t = text[i];
    if (!t && text.length === 1 && !text[0].address) t = text[0];
    if (!t) return d;
    const merged: RawRecipient = { ...d };
    const dsnWords = d.diagnostic && /[a-z]{3}/i.test(d.diagnostic.text.replace(/\b(?:smtp|x-[a-z-]+)\b/gi, ''));
    if (!dsnWords && t.diagnostic) merged.diagnostic = t.diagnostic;
    merged.command ??= t.command;
    merged.hint ??= t.hint;
    merged.remoteMta ??= t.remoteMta;
    if (merged.diagnostic === t.diagnostic) merged.diagnosticType = undefined;
    merged.address ??= t.address;
    return merged;
  });
}

function kindOf(sc: Scan, format: Format | null, result: FormatResult | null, recipients: RecipientReport[]): ReportKind {
  if (result?.kind) return result.kind;
  if (recipients.length > 0) {
    if (recipients.every((r) => r.reason === 'delivered')) return 'delivered';
    if (result?.delayed || recipients.every((r) => r.action === 'delayed')) return 'delay';
  }
  if (recipients.length === 0) return 'unknown';
  if (sc.dsn.length > 0) return 'dsn';
  if (format?.id === 'smtp-reply') return 'smtp-reply';
  return 'bounce';
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

function toReport(
  raw: RawRecipient,
  sc: Scan,
  warnings: Warning[],
  format: Format | null,
  category: VendorCategory | undefined,
  bare: boolean,
): { report: RecipientReport; provider: Provider | null } {
  const evidence: Evidence[] = [];
  const add = (field: string, f: { start: number; end: number } | null | undefined): void => {
    if (f && f.end > f.start) evidence.push({ field, start: f.start, end: f.end });
  };
  add('address', raw.address);
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
  const diag = raw.diagnostic;
  if (diag && diag.length) {
    diagnosticText = diag.text;
    if (diagnosticText.length > LIMITS.maxDiagnosticLength) {
      diagnosticText = diagnosticText.slice(0, LIMITS.maxDiagnosticLength);
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
      // often the sending MTA's summary of them).
      if (!status || statusSpecificity(fromDiag.value) >= statusSpecificity(status.value)) status = fromDiag;
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
  });
  for (const e of verdict.evidence) if (e.end > e.start) evidence.push(e);
  // The provider's rule, when one decided (a stage row may have adjusted its reason since).
  const won = verdict.trail[0]?.outcome === 'won' ? verdict.trail[0].rule : null;
  const rule = won && provider ? provider.rules.find((r) => r.id === won) ?? null : null;
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
    action: raw.action?.value ?? null,
    command: raw.command?.value ?? null,
    remoteMta: raw.remoteMta?.value ?? null,
    diagnosticLower: diag?.lower ?? '',
    provider,
    rule,
    bare,
    blocklist,
    authentication,
  });
  const report: RecipientReport = {
    address: raw.address?.value || null,
    addressSource: raw.address?.value ? raw.addressSource ?? 'mta' : null,
    originalRecipient: raw.originalRecipient?.value ?? null,
    action: raw.action?.value ?? (REASONS[verdict.reason].failure ? 'failed' : null),
    status: status?.value ?? null,
    statuses,
    replyCode: replyCode?.value ?? null,
    diagnostic: diagnosticText,
    remoteMta: raw.remoteMta?.value ?? null,
    command: raw.command?.value ?? null,
    reason: verdict.reason,
    title: REASONS[verdict.reason].title,
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
    providerMeaning: rule && provider ? { provider: provider.label, text: rule.note, docs: rule.docs ?? null } : null,
    blocklist,
    authentication,
    evidence,
  };
  return { report, provider };
}

function run(input: string | Uint8Array): Report {
  const sc = scan(input);
  const warnings = sc.warnings;
  const dsn = readDsnRecipients(sc);
  const { format, result } = runFormats(sc, dsn);

  let raws: RawRecipient[] = [];
  if (result?.kind) raws = result.recipients;
  else if (result) raws = mergeRecipients(dsn.recipients, result.recipients);
  else raws = dsn.recipients;
  if (raws.some((r) => !r.command) && sc.bodies.length) {
    const replies = readTranscripts(sc);
    if (replies.length) {
      for (const r of raws) {
        if (r.command) continue;
        const hit = replies.find((t) => t.address !== null && t.address.toLowerCase() === r.address?.value.toLowerCase()) ??
          // A refusal after DATA names no address: it answers for every accepted recipient.
          replies.find((t) => t.address === null && (t.command.value === 'DATA' || t.command.value === 'BDAT')) ??
          (raws.length === 1 && replies.length === 1 ? replies[0] : undefined);
        if (!hit) continue;
        r.command = hit.command;
        // A DSN or summary line often carries only the first line of a multi-line reply;
        // the transcript has all of it.
        const words = r.diagnostic?.text ?? '';
        if (hit.reply.length > words.length && (!words || hit.reply.text.startsWith(words.replace(/\s*\)?\s*$/, '')))) r.diagnostic = hit.reply;
      }
    }
  }
  if (result?.delayed) {
    for (const r of raws) r.action ??= { value: 'delayed', start: 0, end: 0 };
  }
  if (raws.length > LIMITS.maxRecipients) {
    warnings.push({ code: 'recipients-cap', message: `Only the first ${LIMITS.maxRecipients} of ${raws.length} recipients are shown.` });
    raws = raws.slice(0, LIMITS.maxRecipients);
  }

  const categories = readVendorCategories(sc);
  const bare = format?.id === 'smtp-reply' && !result?.delayed;
  const read = raws.map((r, i) => toReport(r, sc, warnings, format, categoryFor(categories, i, raws.length), bare));
  const recipients = read.map((r) => r.report);
  const messageEvidence: Evidence[] = [];
  const message = messageFields(sc, dsn, messageEvidence);
  const kind = kindOf(sc, format, result, recipients);
  const empty = !/\S/.test(sc.document);
  if (kind === 'unknown' && !empty && !warnings.some((w) => w.code === 'binary-input')) {
    warnings.push({ code: 'not-a-report', message: 'No bounce, delivery report or SMTP reply was found in this text.' });
  }
  if (empty) warnings.push({ code: 'empty-input', message: 'Nothing to explain: the input is empty.' });
  const provider = read.find((r) => r.provider !== null)?.provider ?? null;
  const shownFormat = recipients.length || result?.kind ? format ?? (dsn.recipients.length ? rfc3464 : null) : null;
  return {
    kind,
    format: shownFormat?.id ?? null,
    formatLabel: shownFormat?.label ?? null,
    provider: provider?.id ?? null,
    providerLabel: provider?.label ?? null,
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

/** The registry's title for the status code, else for the reply code. */
function codeMeaning(status: string | null, reply: string | null): string | null {
  if (status) {
    const s = explainStatus(status);
    if (s) return s.title;
  }
  if (reply) {
    const r = explainReply(reply);
    if (r) return r.title;
  }
  return null;
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
  return { text: `${worst.headline.text} (${same} of ${n} recipients; the others differ)`, tone: worst.headline.tone };
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
