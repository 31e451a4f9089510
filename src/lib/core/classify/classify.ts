/**
 * Decides the reason for one recipient. The order, most trusted first:
 *   1. what the report itself says it is (feedback report, auto-reply, success DSN);
 *   2. the receiving provider's own rules (a provider may give a code its own meaning);
 *   3. the server's words, against the phrase table;
 *   4. a format's own reading (e.g. qmail's "Giving up" means the queue time ran out);
 *   5. the enhanced status code;
 *   6. what is left: the SMTP stage and reply code.
 * Every verdict carries the span of the words or code that decided it.
 */
import type { Confidence, Evidence, ReasonId, SmtpCommand, TrailEntry } from '../types.ts';
import type { Found, ReasonHint } from '../formats/types.ts';
import type { TextView } from '../text/view.ts';
import { PHRASE_GROUPS, WEAK_PHRASES } from '../../knowledge/phrases.ts';
import { reasonForStatus, isBroadStatus } from '../../knowledge/status-reasons.ts';
import { matchProviderRule, type Provider } from '../../knowledge/providers/index.ts';

export interface ClassifyInput {
  diagnostic?: TextView;
  status: Found | null;
  replyCode: Found | null;
  command?: Found<SmtpCommand>;
  action?: Found;
  hint?: ReasonHint;
  diagnosticType?: Found;
  provider: Provider | null;
}

export interface Verdict {
  reason: ReasonId;
  rule: string | null;
  evidence: Evidence[];
}

/** The verdict with how sure it is and how it was reached. */
export interface Decision extends Verdict {
  confidence: Confidence;
  trail: TrailEntry[];
}

/** Reasons a strong format hint may set even against the words. */
const DECISIVE_HINTS = new Set<ReasonId>(['feedback', 'vacation', 'delivered', 'suppressed']);

function reasonEvidence(start: number, end: number, note: string): Evidence {
  return { field: 'reason', start, end, note };
}

/** a-z or 0-9 (the text is lower-cased). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

interface PhraseHit {
  reason: ReasonId;
  start: number;
  end: number;
  phrase: string;
  weak: boolean;
}

/**
 * All phrases of the table in one alternation, longest first, so a single pass over the
 * words finds every phrase that occurs (irregexp runs this far faster than one indexOf
 * per phrase). Built on first use.
 */
let phraseIndex: { re: RegExp; group: Map<string, number>; rank: Map<string, number> } | null = null;

function getPhraseIndex(): { re: RegExp; group: Map<string, number>; rank: Map<string, number> } {
  if (phraseIndex) return phraseIndex;
  const group = new Map<string, number>();
  // Rank: the group's place in the table, then the phrase's place in its group.
  const rank = new Map<string, number>();
  PHRASE_GROUPS.forEach((g, i) => {
    g.phrases.forEach((p, j) => {
      if (group.has(p)) return;
      group.set(p, i);
      rank.set(p, i * 10_000 + j);
    });
  });
  const alternatives = [...group.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  phraseIndex = { re: new RegExp(alternatives.join('|'), 'g'), group, rank };
  return phraseIndex;
}

/**
 * The phrase that decides: the one from the earliest group in the table (groups are in
 * priority order). A broad ("weak") phrase only counts when no specific phrase matches.
 */
export function matchPhrases(view: TextView): PhraseHit | null {
  const text = view.lower;
  const { re, group, rank } = getPhraseIndex();
  let best: PhraseHit | null = null;
  let bestGroup = Infinity;
  let bestRank = Infinity;
  let weak: PhraseHit | null = null;
  let weakRank = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = m[0];
    // Re-examine from the next character, so phrases that overlap this match are found too.
    re.lastIndex = m.index + 1;
    // A phrase starts a word ("mime" is not in "mimecast"); a short single word must also
    // end one ("dns" is not in "dnswl").
    if (isWordChar(text.charCodeAt(m.index - 1)) && isWordChar(phrase.charCodeAt(0))) continue;
    if (phrase.length <= 5 && !phrase.includes(' ') && isWordChar(phrase.charCodeAt(phrase.length - 1)) && isWordChar(text.charCodeAt(m.index + phrase.length))) continue;
    const g = group.get(phrase) ?? Infinity;
    const r = rank.get(phrase) ?? Infinity;
    const isWeak = WEAK_PHRASES.has(phrase);
    if (!isWeak && r < bestRank) {
      best = { reason: PHRASE_GROUPS[g].reason, start: m.index, end: m.index + phrase.length, phrase, weak: false };
      bestGroup = g;
      bestRank = r;
    } else if (isWeak && r < weakRank) {
      weak = { reason: PHRASE_GROUPS[g].reason, start: m.index, end: m.index + phrase.length, phrase, weak: true };
      weakRank = r;
    }
  }
  // Patterns say what phrases cannot; only groups ahead of the best phrase need trying.
  for (let g = 0; g < Math.min(bestGroup, PHRASE_GROUPS.length); g++) {
    const patterns = PHRASE_GROUPS[g].patterns;
    if (!patterns) continue;
    for (const p of patterns) {
      const m = p.exec(text);
      if (m) return { reason: PHRASE_GROUPS[g].reason, start: m.index, end: m.index + m[0].length, phrase: m[0], weak: false };
    }
  }
  return best ?? weak;
}

/** Reasons that, at the MAIL FROM stage, really mean the sender was refused. */
const SENDER_STAGE = new Set<ReasonId>(['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered']);
/** Reasons that, before any address was sent (connection, HELO), mean the client was refused. */
const CLIENT_STAGE = new Set<ReasonId>(['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered', 'mailboxfull', 'rejected', 'systemerror', 'suspend', 'syntaxerror']);

export function classify(input: ClassifyInput): Decision {
  const verdict = stageAdjusted(input, decide(input));
  const first = verdict.evidence[0];
  const note = first?.note ?? '';
  // Words decide with high confidence, a code or the layout with medium; the rest is a guess.
  const confidence: Confidence = !first ? 'low' : note.startsWith('status ') ? (isBroadStatus(input.status?.value ?? null) ? 'low' : 'medium') : note.startsWith('reply ') || note.startsWith('refused at') ? 'low' : 'high';
  const trail: TrailEntry[] = verdict.evidence.map((e, i) => ({
    rule: i === 0 ? verdict.rule ?? 'engine.default' : 'engine.adjusted',
    reason: verdict.reason,
    source: 'engine',
    start: e.start,
    end: e.end,
    outcome: i === 0 ? 'won' : 'adjusted',
    note: e.note ?? '',
  }));
  return { ...verdict, confidence, trail };
}

function stageAdjusted(input: ClassifyInput, verdict: Verdict): Verdict {
  const { command } = input;
  const fromBroadStatus = verdict.evidence.length === 1 && verdict.evidence[0].note?.startsWith('status ') && isBroadStatus(input.status?.value ?? null);
  if (command?.value === 'MAIL' && (SENDER_STAGE.has(verdict.reason) || fromBroadStatus)) {
    return {
      reason: 'rejected',
      rule: verdict.rule,
      evidence: [...verdict.evidence, reasonEvidence(command.start, command.end, 'refused at MAIL FROM: the sender address was refused')],
    };
  }
  // Refused at the connection or greeting: no address was given yet, so it is the
  // sending host itself that was refused.
  if (command && (command.value === 'CONN' || command.value === 'HELO' || command.value === 'EHLO') && CLIENT_STAGE.has(verdict.reason)) {
    return {
      reason: 'blocked',
      rule: verdict.rule,
      evidence: [...verdict.evidence, reasonEvidence(command.start, command.end, 'refused before any address was sent: the sending host was refused')],
    };
  }
  return verdict;
}

function decide(input: ClassifyInput): Verdict {
  const { diagnostic, status, replyCode, command, action, hint, provider } = input;
  const act = action?.value;
  if (hint && DECISIVE_HINTS.has(hint.reason)) {
    return { reason: hint.reason, rule: null, evidence: [reasonEvidence(hint.start, hint.end, hint.note)] };
  }
  if (act === 'delivered' || act === 'relayed' || act === 'expanded' || (status && status.value[0] === '2' && act !== 'failed')) {
    return { reason: 'delivered', rule: null, evidence: action ? [reasonEvidence(action.start, action.end, `Action: ${act}`)] : [] };
  }

  if (provider && diagnostic) {
    const hit = matchProviderRule(provider, diagnostic.lower, status?.value ?? null, replyCode?.value ?? null);
    if (hit) {
      const [s, e] = hit.start >= 0 ? diagnostic.span(hit.start, hit.end) : status ? [status.start, status.end] : diagnostic.whole();
      return { reason: hit.rule.reason, rule: hit.rule.id, evidence: [reasonEvidence(s, e, hit.rule.note)] };
    }
  }

  if (hint) return { reason: hint.reason, rule: null, evidence: [reasonEvidence(hint.start, hint.end, hint.note)] };

  if (diagnostic && diagnostic.length) {
    const m = matchPhrases(diagnostic);
    if (m) {
      // A specific status code outranks the broadest words ("unknown", "policy").
      const byStatus = reasonForStatus(status?.value ?? null);
      if (!(m.weak && byStatus && !isBroadStatus(status?.value ?? null))) {
        const [s, e] = diagnostic.span(m.start, m.end);
        const evidence = [reasonEvidence(s, e, `the server said "${m.phrase}"`)];
        // "User unknown" after the content was sent: the address was accepted at RCPT TO,
        // so a per-recipient filter refused the message, not a missing mailbox.
        if (m.reason === 'userunknown' && command?.value === 'DATA' && !(status && /^[45]\.[15]\.[1-9]/.test(status.value))) {
          evidence.push(reasonEvidence(command.start, command.end, 'refused after the message content, once the address had been accepted'));
          return { reason: 'filtered', rule: null, evidence };
        }
        // "User unknown" with a mailbox-status code (X.2.x: the mailbox exists) and no sign
        // that the address stage refused it: the mailbox exists and refused this message.
        if (m.reason === 'userunknown' && status && /^[45]\.2\.[01]$/.test(status.value) && command?.value !== 'RCPT') {
          evidence.push(reasonEvidence(status.start, status.end, `status ${status.value}: the mailbox exists`));
          return { reason: 'filtered', rule: null, evidence };
        }
        // A size refusal with X.2.3 is the recipient's own limit, not the system's.
        if (m.reason === 'mesgtoobig' && byStatus === 'exceedlimit' && status && /exceed|length/.test(m.phrase)) {
          evidence.push(reasonEvidence(status.start, status.end, `status ${status.value}: a per-mailbox limit`));
          return { reason: 'exceedlimit', rule: null, evidence };
        }
        return { reason: m.reason, rule: null, evidence };
      }
    }
  }

  // A DSN Diagnostic-Code of type X-Unix comes from a local delivery program (a pipe or a
  // script), not from an SMTP server: when its words said nothing, the program failed.
  const dtype = input.diagnosticType;
  if (dtype && dtype.value === 'x-unix') {
    return { reason: 'mailererror', rule: null, evidence: [reasonEvidence(dtype.start, dtype.end, 'reported by a local delivery program (X-Unix)')] };
  }

  const byStatus = reasonForStatus(status?.value ?? null);
  if (byStatus && status) {
    return { reason: byStatus, rule: null, evidence: [reasonEvidence(status.start, status.end, `status ${status.value}`)] };
  }

  if (act === 'delayed') {
    return { reason: 'expired', rule: null, evidence: action ? [reasonEvidence(action.start, action.end, 'delivery is delayed')] : [] };
  }

  // Only the stage and the reply code are left.
  const code = replyCode?.value ?? '';
  if (command?.value === 'RCPT' && /^55[03]$/.test(code)) {
    return { reason: 'userunknown', rule: null, evidence: [reasonEvidence(command.start, command.end, 'refused at RCPT TO, the address stage')] };
  }
  if (command?.value === 'MAIL' && /^5/.test(code)) {
    return { reason: 'rejected', rule: null, evidence: [reasonEvidence(command.start, command.end, 'refused at MAIL FROM, the sender stage')] };
  }
  if (code === '421' || code === '554' && command?.value === 'CONN') {
    return { reason: 'blocked', rule: null, evidence: replyCode ? [reasonEvidence(replyCode.start, replyCode.end, `reply ${code}`)] : [] };
  }
  if (code === '552') return { reason: 'mailboxfull', rule: null, evidence: replyCode ? [reasonEvidence(replyCode.start, replyCode.end, 'reply 552')] : [] };
  if (/^50[0-4]$/.test(code)) return { reason: 'syntaxerror', rule: null, evidence: replyCode ? [reasonEvidence(replyCode.start, replyCode.end, `reply ${code}`)] : [] };

  if (status || replyCode || (diagnostic && diagnostic.length)) return { reason: 'onhold', rule: null, evidence: [] };
  return { reason: 'undefined', rule: null, evidence: [] };
}
