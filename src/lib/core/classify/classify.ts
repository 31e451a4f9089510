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
import type { Evidence, ReasonId, SmtpCommand } from '../types.ts';
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
  provider: Provider | null;
}

export interface Verdict {
  reason: ReasonId;
  rule: string | null;
  evidence: Evidence[];
}

/** Reasons a strong format hint may set even against the words. */
const DECISIVE_HINTS = new Set<ReasonId>(['feedback', 'vacation', 'delivered', 'suppressed']);

function reasonEvidence(start: number, end: number, note: string): Evidence {
  return { field: 'reason', start, end, note };
}

/**
 * The first phrase group that matches the view, with the span of the match. A broad
 * ("weak") phrase only counts when no specific phrase matches anywhere.
 */
export function matchPhrases(view: TextView): { reason: ReasonId; start: number; end: number; phrase: string; weak: boolean } | null {
  const text = view.lower;
  let weakHit: { reason: ReasonId; start: number; end: number; phrase: string; weak: boolean } | null = null;
  for (const group of PHRASE_GROUPS) {
    for (const phrase of group.phrases) {
      const i = text.indexOf(phrase);
      if (i === -1) continue;
      const hit = { reason: group.reason, start: i, end: i + phrase.length, phrase, weak: WEAK_PHRASES.has(phrase) };
      if (!hit.weak) return hit;
      weakHit ??= hit;
    }
    if (group.patterns) {
      for (const re of group.patterns) {
        const m = re.exec(text);
        if (m) return { reason: group.reason, start: m.index, end: m.index + m[0].length, phrase: m[0], weak: false };
      }
    }
  }
  return weakHit;
}

/** Reasons that, at the MAIL FROM stage, really mean the sender was refused. */
const SENDER_STAGE = new Set<ReasonId>(['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered']);
/** Reasons that, before any address was sent (connection, HELO), mean the client was refused. */
const CLIENT_STAGE = new Set<ReasonId>(['userunknown', 'hostunknown', 'onhold', 'undefined', 'filtered', 'mailboxfull', 'rejected', 'systemerror', 'suspend', 'syntaxerror']);

export function classify(input: ClassifyInput): Verdict {
  const verdict = decide(input);
  const { command } = input;
  // Still being retried: the queue time has not run out, so a time-out is a network
  // problem on the way, not an expired message.
  if (input.action?.value === 'delayed' && verdict.reason === 'expired' && input.diagnostic && /timed? ?out/.test(input.diagnostic.lower)) {
    return { ...verdict, reason: 'networkerror' };
  }
  // Refused at MAIL FROM: whatever the words, it is the envelope sender that was refused
  // ("No such domain" there is about the sender's domain, not the recipient's).
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
  if (code === '451') return { reason: 'systemerror', rule: null, evidence: replyCode ? [reasonEvidence(replyCode.start, replyCode.end, 'reply 451: local error in processing')] : [] };
  if (/^50[0-4]$/.test(code)) return { reason: 'syntaxerror', rule: null, evidence: replyCode ? [reasonEvidence(replyCode.start, replyCode.end, `reply ${code}`)] : [] };

  if (status || replyCode || (diagnostic && diagnostic.length)) return { reason: 'onhold', rule: null, evidence: [] };
  return { reason: 'undefined', rule: null, evidence: [] };
}
