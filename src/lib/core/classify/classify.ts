/**
 * Decides the reason for one recipient, and records how (the decision trail). The order,
 * most trusted first:
 *   1. what the report itself says it is (feedback report, auto-reply, success DSN);
 *   2. the receiving provider's own rules (a provider may give a code its own meaning);
 *   3. a vendor's own category field (`X-PowerMTA-BounceCategory: bad-mailbox`);
 *   4. a format's own reading (e.g. qmail's "Giving up" means the queue time ran out);
 *   5. the server's words, against the phrase table, the sentence that states the cause
 *      ahead of advice and links (`words.ts`);
 *   6. the table of special cases (`knowledge/decisions.ts`): the DSN's own fields, the
 *      enhanced status code, then the SMTP stage and reply code as a last resort, and the
 *      rows that adjust a reason by the stage or code.
 * Every verdict carries the span of the words or code that decided it, a stable rule id,
 * how sure it is, and the rules that also matched and lost.
 */
import { unicodeDomain } from '../read/idna.ts';
import type { Confidence, Evidence, ReasonId, SmtpCommand, TrailEntry } from '../types.ts';
import type { Found, ReasonHint } from '../formats/types.ts';
import type { TextView } from '../text/view.ts';
import { PHRASE_GROUPS } from '../../knowledge/phrases.ts';
import { REASONS } from '../../knowledge/reasons/index.ts';
import { reasonForStatus, isBroadStatus } from '../../knowledge/status-reasons.ts';
import { matchProviderRule, type Provider, type ProviderRule } from '../../knowledge/providers/index.ts';
import { DECISIONS, rowApplies, type DecidedBy, type DecisionRow, type DecisionState } from '../../knowledge/decisions.ts';
import { readWords, type PhraseHit } from './words.ts';
import { findBlocklistMention } from '../../knowledge/blocklists.ts';
import { GREYLIST_WORDS } from '../../knowledge/greylisting.ts';
import type { VendorCategory } from './vendor-category.ts';

export { readWords } from './words.ts';

export interface ClassifyInput {
  diagnostic?: TextView;
  status: Found | null;
  replyCode: Found | null;
  command?: Found<SmtpCommand>;
  action?: Found;
  hint?: ReasonHint;
  diagnosticType?: Found;
  provider: Provider | null;
  /** The format that read the recipient (names a hint's rule: `format.<id>.<reason>`). */
  format?: { id: string; reference: string } | null;
  /** A vendor's category field for this recipient. */
  category?: VendorCategory;
  /** The recipient's address (lower case), when the bounce names it. */
  address?: string | null;
  /** The original recipient (DSN Original-Recipient), when given. */
  originalRecipient?: string | null;
  /** The mailbox the address was expanded to (DSN X-Actual-Recipient), when the report names it. */
  expandedTo?: string | null;
}

export interface Verdict {
  reason: ReasonId;
  /** The rule that decided (the trail's `won` entry; an `adjusted` entry may have changed its reason since); null when nothing decided. */
  rule: string | null;
  evidence: Evidence[];
}

/** The verdict with how sure it is and how it was reached. */
export interface Decision extends Verdict {
  confidence: Confidence;
  trail: TrailEntry[];
  /** The provider's rule when it decided (the trail's `won` entry names it), else null. */
  providerRule: ProviderRule | null;
}

/**
 * An amount in brackets inside a sentence, number and unit alone ("メールサイズ（18MB）が制限（10MB）を
 * 超え", "il messaggio (18 MB) supera", "message [12 MB] exceeds"), with one space after it:
 * the words are read without it, so that the subject and its verb stand together as the
 * phrases hold them. (The amounts stay in the diagnostic shown.)
 */
const RE_BRACKETED_AMOUNT = /[(（［[] ?\d{1,12}(?:[.,]\d{1,6})? ?(?:[kmgt]i?b|[kmgt]o|bytes?|octets?|バイト|字节) ?[)）］\]] ?/gi;

/** Reasons a strong format hint may set even against the words. */
const DECISIVE_HINTS = new Set<ReasonId>(['feedback', 'vacation', 'delivered', 'suppressed']);

/** Winners a blocklist named in the words overrules: a code, or a row of the decision table. */
const LIST_REFINES = new Set<DecidedBy>(['status', 'broad-status', 'row']);
/**
 * Reasons of words that name a refusal but not its cause: a blocklist named beside them
 * says the cause ("Rejected for policy reasons ... see spamhaus.org/query", "Service
 * unavailable; ... spamcop.net/bl.shtml").
 */
const GENERIC_REFUSALS = new Set<ReasonId>(['policyviolation', 'systemerror', 'securityerror', 'rejected', 'notaccept', 'onhold', 'undefined', 'filtered']);

/** Reasons that say the address itself is bad: a code and words that disagree about one of them leave the verdict unsure. */
const ADDRESS_REASONS: ReadonlySet<ReasonId> = new Set<ReasonId>(['userunknown', 'hostunknown', 'hasmoved', 'notaccept']);

/**
 * Words that call a failure temporary, or say the address could not be looked up: observed in
 * Postfix's "Temporary lookup failure" (451 4.3.0), directory (LDAP) servers' "directory
 * temporarily unavailable", "lookup timed out", and the "try again later" of deferrals.
 */
const RE_TEMPORARY_WORDS = /\btemporar(?:y|ily) (?:(?:directory |ldap |local |dns )?lookup |directory |local |system |server )?(?:failure|error|problem|unavailable|not available)\b|\b(?:lookup|directory|ldap) (?:failure|failed|error|timed out|time-?out|(?:temporarily )?unavailable)\b|\b(?:try|retry) (?:again )?later\b|\bplease retry\b/;
/** Words that ask for a retry: "try again later", "try again in 300 seconds", "come back later", "retry later". */
const RE_RETRY_WORDS = /\b(?:try|retry) (?:again )?(?:later|in \d+|after)\b|\bcome back (?:later|in \d+)\b|\bplease retry\b/;
/** Words that call a failure permanent: "This is a permanent error", "permanent condition", "permanently rejected". */
const RE_PERMANENT_WORDS = /\bpermanent(?:ly)? (?:error|failure|condition|problem|fatal|rejected|refused|denied)\b|\bthis is a permanent\b/;

/** Reasons of broad words that name a rule, the sender or a filter as the cause ("policy", "not authorized", "your IP"): never a missing mailbox. */
const RULE_NOT_ADDRESS: ReadonlySet<ReasonId> = new Set<ReasonId>(['policyviolation', 'securityerror', 'blocked', 'spamdetected']);

/** What a status code says that contradicts a bad address: the mailbox exists (full, over its limit), or the sender is the problem. */
const MAILBOX_EXISTS_STATUS: ReadonlySet<ReasonId> = new Set<ReasonId>(['mailboxfull', 'exceedlimit']);

/** Two states of a mailbox that exists (RFC 3463 §3.3: X.2.1 disabled, X.2.2 full): a code of one under the words of the other is no sure cause. */
const MAILBOX_STATE: ReadonlySet<ReasonId> = new Set<ReasonId>(['mailboxfull', 'suspend']);

/** At most this many trail entries per recipient: the winner, adjustments, then the first losers. */
const MAX_TRAIL = 8;

/** A rule that decided (or could have). */
interface Candidate {
  rule: string;
  reason: ReasonId;
  source: string;
  start: number;
  end: number;
  note: string;
  by: DecidedBy;
  confidence: Confidence;
}

/** Why a status code lost, by what decided instead (the words, when not listed). */
const STATUS_LOST_TO: Partial<Record<DecidedBy, string>> = {
  provider: "the provider's own rule gives the code its meaning",
  vendor: "the sending MTA's own category names the cause",
  format: 'the layout of the bounce names the cause',
  row: 'the DSN names where the failure came from',
};

/**
 * The decision rows of each phase, in table order, by the reason decided so far: only the
 * rows with a condition that can hold for it (one that names no reason, or names it), so
 * that a walk does not ask every row's reason list.
 */
const ROWS_BY_PHASE: Record<DecisionRow['phase'], Map<ReasonId | 'none', DecisionRow[]>> = { 'before-status': new Map(), fallback: new Map(), adjust: new Map() };
/** Every row of each phase (for a reason the table above does not list). */
const ALL_ROWS_BY_PHASE: Record<DecisionRow['phase'], DecisionRow[]> = { 'before-status': [], fallback: [], adjust: [] };
for (const row of DECISIONS) ALL_ROWS_BY_PHASE[row.phase].push(row);
for (const reason of [...(Object.keys(REASONS) as ReasonId[]), 'none' as const]) {
  for (const [phase, rows] of Object.entries(ALL_ROWS_BY_PHASE) as [DecisionRow['phase'], DecisionRow[]][]) {
    ROWS_BY_PHASE[phase].set(
      reason,
      rows.filter((row) => row.when.some((c) => !c.reason || c.reason.includes(reason))),
    );
  }
}

/** RFC 3463's section for each subject of an enhanced status code. */
const STATUS_SECTIONS: Record<string, string> = { '1': '§3.2', '2': '§3.3', '3': '§3.4', '4': '§3.5', '5': '§3.6', '6': '§3.7', '7': '§3.8' };

function statusSource(code: string): string {
  const section = STATUS_SECTIONS[code.split('.')[1]];
  return `RFC 3463${section ? ` ${section}` : ''} and the IANA enhanced status code registry: X.${code.slice(code.indexOf('.') + 1)}`;
}

/**
 * An address refused the way a RCPT TO refusal names it, right after the reply code (and
 * status): `550 5.1.1 <a@example.org>: User unknown`, `550 5.1.1 <a@example.org>... User unknown`,
 * also when a relay's summary quotes the reply (`550-'5.1.1 <a@example.org>... User unknown'`).
 */
/** An address a verification probe's reply refuses: "said: [550 5.1.1 ]<b@…>:". */
const RE_PROBED_ADDRESS = /\bsaid: (?:[45]\d\d[ -]['"]?)?(?:[45]\.\d{1,3}\.\d{1,3} )?<([^\s<>@]+@[^\s<>]+)>(?::|\.\.\.)/g;
/** A mailbox named after its noun, without brackets: "Mailbox b@example.net", "user b@example.net". */
const RE_NAMED_MAILBOX = /\b(?:mailbox|user|recipient|account|address) ([^\s<>@()'",;]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b/g;
const RE_REFUSED_ADDRESS = /\b[45]\d\d[ -]['"]?(?:[45]\.\d{1,3}\.\d{1,3} )?<([^\s<>@]+@[^\s<>]+)>(?::|\.\.\.)/g;

/**
 * Do the server's words refuse an address, and none of the addresses they refuse is this
 * recipient's (nor its original recipient's)? Then the recipient was forwarded or rewritten
 * on the way, and the refusal is about another mailbox.
 */
function namesOtherAddress(words: string, address: string | null | undefined, original: string | null | undefined, expandedTo: string | null | undefined): boolean {
  // Every refusal this reads holds "@" (a cheap test before the patterns).
  if (!address || words.indexOf('@') === -1) return false;
  // Postfix's recipient verification ("<a@…>: Recipient address rejected: undeliverable
  // address: host … said: 550 5.1.1 <b@…>: User unknown"): the words after "undeliverable
  // address:" are the probe's own result, and the mailbox its reply refuses is the one the
  // address was checked as; the refusal before them only repeats the address written to.
  // (The probe's reply may come with its code taken off, as a repeat of the outer one's.)
  const probe = words.lastIndexOf('undeliverable address:');
  if (probe !== -1) words = words.slice(probe);
  const pattern = probe === -1 ? RE_REFUSED_ADDRESS : RE_PROBED_ADDRESS;
  let named = false;
  // (One mailbox written another way is no other address: sameMailboxKey.)
  const self = sameMailboxKey(address);
  const before = sameMailboxKey(original ?? '');
  const target = sameMailboxKey(expandedTo ?? '');
  pattern.lastIndex = 0;
  for (let m = pattern.exec(words); m; m = pattern.exec(words)) {
    const a = sameMailboxKey(m[1].replace(/^(?:rfc822;|mailto:)/, ''));
    if (a === self || a === before || a === target) return false;
    named = true;
  }
  if (named || probe !== -1) return named;
  // A mailbox named without angle brackets right after its noun ("550 5.1.1 Mailbox
  // rex.old@example.net does not exist", "User b@example.net unknown"): the same, when none of
  // them is this recipient's (audit30 round).
  RE_NAMED_MAILBOX.lastIndex = 0;
  for (let m = RE_NAMED_MAILBOX.exec(words); m; m = RE_NAMED_MAILBOX.exec(words)) {
    const a = sameMailboxKey(m[1]);
    if (a === self || a === before || a === target) return false;
    named = true;
  }
  return named;
}

/**
 * An address as compared for "the same mailbox", written the ways servers write one mailbox:
 * lower-cased; the domain's trailing dot taken off (an absolute name, RFC 1034 §3.1) and its
 * A-labels read as Unicode (RFC 5891: xn--bcher-kva is bücher); a local part quoted where no
 * quotes are needed read without them (RFC 5321 §4.1.2: "a.b"@x is a.b@x); a subaddress
 * ("a+tag", RFC 5233) read as the mailbox it is delivered to, which is what a server that
 * takes the tag off names in its reply.
 */
function sameMailboxKey(address: string): string {
  let a = address.toLowerCase();
  const at = a.lastIndexOf('@');
  if (at <= 0) return a;
  let local = a.slice(0, at);
  let domain = a.slice(at + 1);
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  domain = unicodeDomain(domain);
  if (RE_NEEDLESS_QUOTES.test(local)) local = local.slice(1, -1);
  const plus = local.indexOf('+');
  if (plus > 0 && local[0] !== '"') local = local.slice(0, plus);
  a = `${local}@${domain}`;
  return a;
}
/** A quoted local part whose text is a plain dot-atom ("a.b"), which needs no quotes. */
const RE_NEEDLESS_QUOTES = /^"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"$/;

function spanOf(f: { start: number; end: number } | null | undefined): [number, number] {
  return f ? [f.start, f.end] : [0, 0];
}

export function classify(input: ClassifyInput): Decision {
  const { diagnostic, status, replyCode, command, action, hint, provider, category } = input;
  const act = action?.value;
  const statusCode = status?.value ?? null;
  const lost: TrailEntry[] = [];
  const loseTo = (c: Candidate, why: string): void => {
    lost.push({ rule: c.rule, reason: c.reason, source: c.source, start: c.start, end: c.end, outcome: 'lost', note: `${c.note}; ${why}` });
  };
  const formatId = input.format?.id ?? 'unknown';
  const formatSource = input.format?.reference ?? 'the layout of the bounce';
  const hintCandidate = (h: ReasonHint): Candidate => ({
    rule: `format.${formatId}.${h.reason}`,
    reason: h.reason,
    source: formatSource,
    start: h.start,
    end: h.end,
    note: h.note,
    by: 'format',
    // A tool's class of the bounce is its claim, not the server's words.
    confidence: h.claim ? 'medium' : 'high',
  });

  let winner: Candidate | null = null;
  let providerRule: ProviderRule | null = null;

  // 1. What the report says it is.
  if (hint && DECISIVE_HINTS.has(hint.reason)) {
    winner = hintCandidate(hint);
  } else if (act === 'delivered' || act === 'relayed' || act === 'expanded' || (statusCode && statusCode[0] === '2' && act !== 'failed' && !/^[45]/.test(replyCode?.value ?? ''))) {
    // (A success status under a refusal reply, "550 2.1.5 Recipient ok", is no delivery: the
    // codes contradict each other, and the rows below leave the cause open.)
    const byAction = act === 'delivered' || act === 'relayed' || act === 'expanded';
    const [s, e] = byAction ? spanOf(action) : spanOf(status);
    winner = {
      rule: byAction ? `dsn.action.${act}` : `status.${statusCode}`,
      reason: 'delivered',
      source: byAction ? 'RFC 3464 §2.3.3: the Action field' : 'RFC 3463 §3.1: class 2, success',
      start: s,
      end: e,
      note: byAction ? `Action: ${act}` : `status ${statusCode}: success`,
      by: 'format',
      // An Action of success over a failure's Status ("Action: delivered" / "Status: 5.1.1"): RFC
      // 3464 §2.3.3 and §2.3.4 describe the same recipient, and class 4 or 5 says it was not
      // delivered (RFC 3463 §3.1); the fields contradict each other, so the delivery is not sure.
      confidence: byAction && statusCode !== null && /^[45]/.test(statusCode) ? 'medium' : 'high',
    };
  }

  // 2. The provider's own rules.
  if (!winner && provider && diagnostic) {
    const hit = matchProviderRule(provider, diagnostic.lower, statusCode, replyCode?.value ?? null, input.command?.value ?? null);
    if (hit) {
      const [s, e] = hit.start >= 0 ? diagnostic.span(hit.start, hit.end) : status ? [status.start, status.end] : diagnostic.whole();
      winner = { rule: hit.rule.id, reason: hit.rule.reason, source: hit.rule.docs ?? provider.reference, start: s, end: e, note: hit.rule.note, by: 'provider', confidence: hit.rule.confidence ?? 'high' };
      providerRule = hit.rule;
    }
  }

  // 3. A vendor's category field.
  const vendor: Candidate | null = category
    ? (() => {
        const c = category.field.categories[category.value];
        return {
          rule: `format.${category.field.vendor}.${category.value}`,
          reason: c.reason,
          source: category.field.source,
          start: category.start,
          end: category.end,
          note: `${category.field.label} filed this bounce under "${category.value}"`,
          by: 'vendor' as const,
          confidence: c.strong ? ('high' as const) : ('medium' as const),
        };
      })()
    : null;
  const vendorStrong = vendor !== null && category !== undefined && category.field.categories[category.value].strong;
  if (vendor && winner) loseTo(vendor, 'a rule read earlier decided');
  if (!winner && vendor && vendorStrong) winner = vendor;

  // 4. A format's own reading.
  if (hint && !DECISIVE_HINTS.has(hint.reason)) {
    const c = hintCandidate(hint);
    if (winner) loseTo(c, 'a rule read earlier decided');
    else winner = c;
  }

  // 5. The server's words, read without an amount in brackets inside a sentence.
  const wordsView = diagnostic && diagnostic.length ? diagnostic.cut(RE_BRACKETED_AMOUNT) : null;
  const words = wordsView ? readWords(wordsView) : null;
  const byStatus = reasonForStatus(statusCode);
  const broadStatus = isBroadStatus(statusCode);
  let wordsCandidate: Candidate | null = null;
  /** Why the words lost, when they did. */
  let wordsLostTo: ((h: PhraseHit) => string) | null = null;
  if (words?.best && wordsView) {
    const m = words.best;
    const [s, e] = wordsView.span(m.start, m.end);
    const where = m.advice ? ' (in advice or a link, not in the sentence that states the cause)' : '';
    wordsCandidate = {
      rule: m.id,
      reason: m.reason,
      source: PHRASE_GROUPS[m.group].source,
      start: s,
      end: e,
      note: `the server said "${m.phrase}"${where}`,
      by: m.tier === 0 ? 'words' : 'weak-words',
      confidence: m.tier === 0 ? 'high' : 'medium',
    };
    // A sending MTA's category that calls the address bad is its own reading of the reply, not
    // the reply: where the receiving server's own words state another cause in the sentence that
    // states it ("550 5.7.1 … blocked using zen.spamhaus.org" filed as "bad-mailbox"), the words
    // decide, and the category loses (audit30 round).
    if (winner && winner.by === 'vendor' && ADDRESS_REASONS.has(winner.reason) && m.tier === 0 && !ADDRESS_REASONS.has(m.reason)) {
      loseTo(winner, 'the server\'s own words state another cause');
      winner = wordsCandidate;
    } else if (winner) wordsLostTo = () => (winner!.by === 'provider' ? "the provider's own rule decides" : winner!.by === 'vendor' ? "the sending MTA's own category decides" : "the format's own reading decides");
    // A specific status code outranks the broadest words and words only in advice.
    else if (m.tier > 0 && byStatus && !broadStatus) wordsLostTo = (h) => `${h.weak ? 'a broad phrase' : 'only in advice or a link'}: the specific status code ${statusCode} decides`;
    else winner = wordsCandidate;
    if (wordsLostTo) loseTo(wordsCandidate, wordsLostTo(m));
  }
  if (vendor && !vendorStrong) {
    // A wide category ("policy-related") decides only when the words did not.
    if (!winner) winner = vendor;
    else if (!lost.some((l) => l.rule === vendor.rule)) loseTo(vendor, 'a wide category, and the words say more');
  }

  // 6. The table: the DSN's own fields, the status code, the stage and reply code.
  const state: DecisionState = {
    reason: winner?.reason ?? 'none',
    decidedBy: winner?.by ?? 'none',
    stage: command?.value ?? null,
    status: statusCode,
    reply: replyCode?.value ?? null,
    diagnosticType: input.diagnosticType?.value ?? null,
    action: act ?? null,
    words: diagnostic?.lower ?? '',
    matched: words?.best && winner === wordsCandidate ? words.best.phrase : '',
    said: status !== null || replyCode !== null || (diagnostic !== undefined && diagnostic.length > 0),
    otherAddress: namesOtherAddress(diagnostic?.lower ?? '', input.address, input.originalRecipient, input.expandedTo),
  };
  const rowCandidate = (row: DecisionRow, confidence: Confidence): Candidate => {
    let span: [number, number];
    if (row.evidence === 'words') {
      // The words the row's condition matched.
      const re = row.when.find((c) => c.words?.test(state.words))?.words;
      const m = re && diagnostic ? re.exec(diagnostic.lower) : null;
      span = m && diagnostic ? diagnostic.span(m.index, m.index + m[0].length) : [0, 0];
    } else {
      const e = row.evidence;
      span = spanOf(e === 'command' ? command : e === 'status' ? status : e === 'reply' ? replyCode : e === 'diagnostic-type' ? input.diagnosticType : e === 'action' ? action : null);
    }
    return { rule: row.id, reason: row.reason, source: row.source, start: span[0], end: span[1], note: row.note, by: 'row', confidence };
  };
  const walk = (phase: DecisionRow['phase']): DecisionRow | null => {
    for (const row of ROWS_BY_PHASE[phase].get(state.reason) ?? ALL_ROWS_BY_PHASE[phase]) if (rowApplies(row, state)) return row;
    return null;
  };
  if (!winner) {
    const row = walk('before-status');
    if (row) winner = rowCandidate(row, row.confidence === 'keep' ? 'medium' : row.confidence);
  }
  // The status code's candidate, made only where it wins or loses (one that agrees with the winner is not listed).
  const statusCandidate = (code: Found, reason: ReasonId): Candidate => ({
    rule: `status.${code.value}`,
    reason,
    source: statusSource(code.value),
    start: code.start,
    end: code.end,
    note: broadStatus ? `status ${code.value}, a code used for many kinds of refusal` : `status ${code.value}`,
    by: broadStatus ? 'broad-status' : 'status',
    confidence: broadStatus ? 'low' : 'medium',
  });
  if (byStatus && status) {
    if (!winner) winner = statusCandidate(status, byStatus);
    else if (byStatus !== winner.reason) loseTo(statusCandidate(status, byStatus), STATUS_LOST_TO[winner.by] ?? 'the words say more than the code');
  }
  if (winner) {
    state.reason = winner.reason;
    state.decidedBy = winner.by;
  } else {
    const row = walk('fallback');
    if (row) {
      winner = rowCandidate(row, row.confidence === 'keep' ? 'low' : row.confidence);
      state.reason = row.reason;
      state.decidedBy = 'row';
    }
  }

  // 7. A blocklist of sending IPs the words name (its zone, its name, or a link to its lookup page:
  // csi.cloudmark.com, spamhaus.org/query, barracudacentral.org/lookups, MxToolbox's
  // blacklist check): the list says why the server refused, better than a code alone ("550
  // 5.1.1 Access denied, see csi.cloudmark.com/reset-request"), a decision-table row, or words
  // that name only a refusal ("rejected for policy reasons", "service unavailable"). The list
  // refuses the sender, so the address is never made bad by it.
  if (diagnostic && diagnostic.length && (!winner || LIST_REFINES.has(winner.by) || (GENERIC_REFUSALS.has(winner.reason) && (winner.by === 'words' || winner.by === 'weak-words')))) {
    const mention = findBlocklistMention(diagnostic.lower);
    // (Only a list of sending IPs says the server was refused: a domain or URL list, Spamhaus
    // DBL, SURBL, names a domain in the envelope or the content, which the words must place.)
    if (mention && mention.list.listed === 'ip') {
      const listReason: ReasonId = mention.list.reason ?? 'blocked';
      if (!winner || winner.reason !== listReason) {
        const [s, e] = diagnostic.span(mention.start, mention.end);
        const c: Candidate = {
          rule: `blocklist.${mention.list.id}`,
          reason: listReason,
          source: mention.list.url,
          start: s,
          end: e,
          note: `the words name ${mention.list.name}, a blocklist`,
          by: 'words',
          confidence: 'medium',
        };
        if (winner) loseTo(winner, `the words name ${mention.list.name}, which says why`);
        winner = c;
        state.reason = c.reason;
        state.decidedBy = c.by;
      }
    }
  }

  if (!winner) return { reason: 'undefined', rule: null, evidence: [], confidence: 'low', trail: lost.slice(0, MAX_TRAIL), providerRule: null };

  const trail: TrailEntry[] = [{ rule: winner.rule, reason: winner.reason, source: winner.source, start: winner.start, end: winner.end, outcome: 'won', note: winner.note }];
  const evidence: Evidence[] = [];
  if (winner.end > winner.start || winner.by !== 'row') evidence.push({ field: 'reason', start: winner.start, end: winner.end, note: winner.note });
  let reason = winner.reason;
  const rule = winner.rule;
  let confidence = winner.confidence;
  const adjust = walk('adjust');
  if (adjust) {
    const c = rowCandidate(adjust, adjust.confidence === 'keep' ? confidence : adjust.confidence);
    trail.push({ rule: c.rule, reason: c.reason, source: c.source, start: c.start, end: c.end, outcome: 'adjusted', note: c.note });
    evidence.push({ field: 'reason', start: c.start, end: c.end, note: c.note });
    reason = c.reason;
    confidence = c.confidence;
  }
  // The words decided, but a specific status code names another cause and one of the two is
  // a bad address ("550 5.1.1 … mailbox full", "452 4.2.2 … user unknown", "554 5.1.1 Message
  // rejected as spam"), or the reply code and the status code are of different classes
  // ("550 4.2.1", "450 5.1.1"): the bounce contradicts itself, so the verdict is not sure.
  // (RFC 3463 §2: the status code "provides more specific information" about the same reply;
  // servers that reuse one code for every refusal are observed, see decision rows.)
  if (confidence === 'high' && (winner.by === 'words' || winner.by === 'weak-words')) {
    const codesDisagree =
      (byStatus !== null && status !== null && !broadStatus && byStatus !== reason && (ADDRESS_REASONS.has(byStatus) || ADDRESS_REASONS.has(reason))) ||
      (statusCode !== null && replyCode !== null && /^[45]/.test(statusCode) && /^[45]/.test(replyCode.value) && statusCode[0] !== replyCode.value[0]);
    // Two states of an existing mailbox ("550 5.2.1 <…>: Mailbox full": disabled by the code, full
    // by the words) disagree too: the cause is not sure, though neither makes the address bad.
    const mailboxStates = byStatus !== null && status !== null && !broadStatus && byStatus !== reason && MAILBOX_STATE.has(byStatus) && MAILBOX_STATE.has(reason);
    // And words of a missing address under a temporary mail-system status ("421 4.3.0 <…>: user
    // unknown, closing connection"): RFC 3463 §3.4 has X.3.z say the destination system caused
    // the failure, and class 4 that it is passing; the words and the code name different faults.
    // (A permanent "553 5.3.0 <…>... No such user here" stays sure: servers use 5.3.0 as a
    // catch-all, as they do 5.0.0.)
    const systemStatus = statusCode !== null && statusCode.startsWith('4.3.') && ADDRESS_REASONS.has(reason);
    if (codesDisagree || mailboxStates || systemStatus) confidence = 'medium';
  }
  // A success status, but the server's own words name a failure in the same reply ("250 2.1.5
  // Recipient OK, but user unknown - message will be discarded", "250 2.0.0 Message rejected"):
  // RFC 3463 §3.1 class 2 says success, the words say otherwise; the delivery is not sure.
  if (confidence === 'high' && reason === 'delivered' && winner.rule === `status.${statusCode}` && words?.best && !words.best.hedged && !words.best.advice && REASONS[words.best.reason].failure) confidence = 'medium';
  // The reply code and the status code are of different classes, one temporary and one
  // permanent ("451 5.1.1 <…>: User unknown", "550 4.1.1 …"), and the cause would make the
  // address bad: RFC 2034 §4 has the status code's class match the reply's first digit, so the
  // server contradicts itself about whether the refusal is final, and no address is removed on
  // it (a retry may be accepted). Whatever decided: the words, or the status code alone.
  if (confidence !== 'low' && ADDRESS_REASONS.has(reason) && statusCode !== null && replyCode !== null && /^[45]/.test(statusCode) && /^[45]/.test(replyCode.value) && statusCode[0] !== replyCode.value[0]) {
    confidence = 'low';
    if (status) {
      trail.push({
        rule: 'decision.address-reply-status-classes',
        reason,
        source: 'RFC 2034 §4 (the enhanced status code\'s class matches the reply code\'s first digit); RFC 5321 §4.2.1 (4yz transient, 5yz permanent)',
        start: status.start,
        end: status.end,
        outcome: 'adjusted',
        note: `the reply code ${replyCode.value} and status ${status.value} disagree about whether the refusal is final: the address is not called bad on it`,
      });
    }
  }
  // The words say the address is bad, but both codes say the mailbox exists ("552 5.2.2 …
  // user unknown": the reply code and the status both say storage is exceeded), or the
  // status says the sender was refused ("553 5.1.8 … user unknown"): the bounce contradicts
  // itself about the one thing a removal rests on, so the verdict is a guess and no address
  // is removed on it. (One code alone against the words is not enough: "550 5.2.2 <…>...
  // User unknown" and "550 5.2.1 <…>... User Unknown" are unknown users as Sendmail-based
  // servers word them, 550 being the reply code of a mailbox that is unavailable.)
  // Only a broad phrase ("Recipient rejected", "Address rejected") names the address, and the
  // status is one of security or policy (RFC 3463 X.7.z): "550 5.7.1 Recipient rejected" says a
  // rule refused this recipient, not that the address does not exist, so it is a guess and no
  // address is removed on it. Likewise under a mailbox status (RFC 3463 §3.3, X.2.z: "the
  // mailbox exists, but something about the destination mailbox has caused" the failure, X.2.0;
  // disabled, X.2.1): "550 5.2.0 Mailbox unavailable", "550 5.2.0 Postfach nicht verfügbar" say
  // the mailbox cannot take mail now, not that it does not exist (RFC 5321 §4.2.2: 550's
  // "mailbox unavailable" covers not found, no access and policy alike).
  // (Unless a decision row that knows the code settled it: "550 5.7.504 … Recipient address
  // rejected: Access denied" is Microsoft's own code for an address it does not have.)
  const rowSettled = adjust !== null && adjust.reason === reason && adjust.confidence !== 'keep' && adjust.confidence !== 'low';
  if (confidence !== 'low' && !rowSettled && winner.by === 'weak-words' && ADDRESS_REASONS.has(reason) && statusCode !== null && /^[45]\.[27]\./.test(statusCode)) confidence = 'low';
  const bothSayExists = byStatus !== null && (byStatus === 'rejected' || (MAILBOX_EXISTS_STATUS.has(byStatus) && replyCode?.value === '552'));
  if (confidence !== 'low' && (winner.by === 'words' || winner.by === 'weak-words') && ADDRESS_REASONS.has(reason) && !broadStatus && bothSayExists) {
    confidence = 'low';
    // Said in the summary ("The words do not settle it: …"), rather than that no words gave a cause.
    if (status) {
      trail.push({
        rule: 'decision.address-words-mailbox-exists-status',
        reason,
        source: 'RFC 3463 §3.3 (X.2.z: the mailbox exists; X.2.2 full) and §3.8 (X.7.z policy) against the words of a missing mailbox; RFC 5321 §4.2.3 (552: storage exceeded)',
        start: status.start,
        end: status.end,
        outcome: 'adjusted',
        note: `the words say the address does not exist, but ${replyCode?.value === '552' ? `the reply code 552 and ` : ''}status ${status.value} say${replyCode?.value === '552' ? '' : 's'} ${byStatus === 'rejected' ? 'the sender was refused' : 'the mailbox exists'}: the two disagree, so the address is not called bad`,
      });
    }
  }
  // A specific status code says the address is bad ("552 5.1.1"), but the only words the server
  // gave name a rule, the sender or a filter, broad as they are: "552 5.1.1 <…> Mailbox delivery
  // failure policy error" (Zoho's reply, smtp.codes/zoho), "550 5.1.1 … not authorized",
  // "550 5.1.1 … your IP …". The code outranks such words for the cause (a 5.1.1 said alone is
  // an unknown user), but they disagree about the one thing a removal rests on, so the verdict
  // is a guess and no address is removed on it (RFC 3463 §3.2 X.1.z against §3.8 X.7.z).
  // (Any such phrase counts, not only the first: Postfix's "Recipient address rejected:" opens every
  // refusal of a recipient restriction, "… rejected: restricted by policy" among them.)
  const ruleWords = confidence !== 'low' && winner.by === 'status' && ADDRESS_REASONS.has(reason) && status && words ? words.hits.find((h) => h.weak && !h.advice && !h.hedged && RULE_NOT_ADDRESS.has(h.reason)) : undefined;
  if (ruleWords && status) {
    confidence = 'low';
    const [s, e] = wordsView ? wordsView.span(ruleWords.start, ruleWords.end) : [status.start, status.end];
    trail.push({
      rule: 'decision.address-status-rule-words',
      reason,
      source: 'RFC 3463 §3.2 (X.1.z: the address) against §3.8 (X.7.z: a rule or policy); broad words of a policy beside an address code (Zoho "552 5.1.1 … Mailbox delivery failure policy error", smtp.codes/zoho)',
      start: s,
      end: e,
      outcome: 'adjusted',
      note: `status ${status.value} says the address is bad, but the words say "${ruleWords.phrase}": a rule or the sender, not a missing mailbox; the two disagree, so the address is not called bad`,
    });
  }
  // The words state, each in a sentence of its own, that the address does not exist and that
  // the mailbox exists (it is full, over its limit): "Recipient not found. The recipient's
  // mailbox is full." They cannot both hold, so neither is sure, and no address is removed.
  if (words && winner === wordsCandidate && confidence !== 'low') {
    const exists = MAILBOX_EXISTS_STATUS.has(reason);
    const bad = ADDRESS_REASONS.has(reason);
    if ((exists || bad) && words.hits.some((h) => h.tier === 0 && (exists ? ADDRESS_REASONS.has(h.reason) : MAILBOX_EXISTS_STATUS.has(h.reason)))) confidence = bad ? 'low' : 'medium';
  }
  // A permanent refusal of the address that also says the failure is temporary ("550 5.1.1
  // User unknown; temporary directory lookup failure, please retry later"): the server could
  // not look the address up, so it is not known to be bad. And a temporary code whose words
  // call the failure permanent ("450 4.2.0 … this is a permanent condition") is not sure.
  const replyCode0 = replyCode?.value ?? statusCode ?? '';
  // (Not charAt(0) of an empty code: a read past the end makes the optimised code start over.)
  const replyClass = replyCode0.length > 0 ? replyCode0[0] : '';
  // (Also when the code alone decided: "550 5.1.1 <…>: Mailbox temporarily unavailable, please
  // try again later" names no missing address in its words, and says the failure is for now.)
  if (diagnostic && (winner.by === 'words' || winner.by === 'weak-words' || winner.by === 'status')) {
    if (replyClass === '5' && confidence !== 'low' && ADDRESS_REASONS.has(reason) && RE_TEMPORARY_WORDS.test(diagnostic.lower)) confidence = 'low';
    else if (replyClass === '4' && confidence === 'high' && RE_PERMANENT_WORDS.test(diagnostic.lower)) confidence = 'medium';
    else if (replyClass === '5' && confidence === 'high') {
      // A permanent code whose words say a retry passes: greylisting under a 5xx ("554 5.7.1 …
      // Greylisting in action, please come back later", milter-greylist's and policyd's words;
      // "550 Greylisted, please try again in 300 seconds"). The cause is plain, but the code and
      // the words disagree on whether resending fails, so the verdict is not sure (RFC 5321
      // §4.2.1: 5yz permanent; greylisting is a deliberate temporary refusal, §4.5.4.1).
      const grey = GREYLIST_WORDS.exec(diagnostic.lower);
      if (grey && RE_RETRY_WORDS.test(diagnostic.lower)) {
        confidence = 'medium';
        const [s, e] = diagnostic.span(grey.index, grey.index + grey[0].length);
        trail.push({
          rule: 'decision.permanent-code-greylisting',
          reason,
          source: 'RFC 5321 §4.2.1 (5yz: permanent) against §4.5.4.1 (a retry after a delay); milter-greylist "Greylisting in action, please come back later", policyd "Greylisting in effect, please come back later", Postgrey "Greylisted, see …"',
          start: s,
          end: e,
          outcome: 'adjusted',
          note: `the reply code ${replyCode0} says permanent, but the words say greylisting, which lets a retry through: the two disagree, so the verdict is not sure`,
        });
      }
    }
  }
  // What also matched and pointed elsewhere (rules that agreed with the winner did not lose):
  // the rules read before the words, the other phrases (one entry per rule), then the rest.
  const losers = lost.filter((l) => l.reason !== winner!.reason);
  let at = losers.findIndex((l) => l.rule.startsWith('status.'));
  if (at === -1) at = losers.length;
  // (Most words hold one phrase, the one that decided: nothing else to list then.)
  if (words && wordsView && words.hits.length > 0 && !(words.hits.length === 1 && words.hits[0] === words.best)) {
    const seen = new Set<string>([words.best?.id ?? '']);
    const phrases: TrailEntry[] = [];
    for (const h of words.hits) {
      if (h.reason === winner.reason || seen.has(h.id) || trail.length + losers.length + phrases.length >= MAX_TRAIL) continue;
      seen.add(h.id);
      const [s, e] = wordsView.span(h.start, h.end);
      phrases.push({ rule: h.id, reason: h.reason, source: PHRASE_GROUPS[h.group].source, start: s, end: e, outcome: 'lost', note: `the server said "${h.phrase}"; ${wordsLostTo ? wordsLostTo(h) : whyLost(h, words.best)}` });
    }
    if (phrases.length) losers.splice(at, 0, ...phrases);
  }
  for (const l of losers) if (trail.length < MAX_TRAIL) trail.push(l);
  return { reason, rule, evidence: evidence.filter((e) => e.end > e.start), confidence, trail, providerRule: winner === null || winner.by !== 'provider' ? null : providerRule };
}

/** Why a phrase hit gave way to the best one, in plain words. */
function whyLost(h: PhraseHit, best: PhraseHit | null): string {
  if (h.hedged) return 'it stands in a condition, a list of possible causes or after a negation, which states no cause';
  if (!best) return 'another rule decided';
  if (h.advice && !best.advice) return 'it stands in advice or a link, not in the sentence that states the cause';
  if (h.weak && !best.weak) return 'a broad phrase, and more specific words matched';
  return 'words of an earlier, more specific group of the table matched';
}
