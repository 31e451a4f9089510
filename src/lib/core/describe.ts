/**
 * The advice layer: from a classified recipient to who must act, whether resending can
 * work, a one-sentence summary and ordered steps. Facts come from the classifier; the
 * words come from the knowledge tables.
 */
import type { Confidence, Headline, Owner, ReasonId, SmtpCommand, Step } from './types.ts';
import { REASONS } from '../knowledge/reasons/index.ts';
import type { Provider, ProviderRule } from '../knowledge/providers/index.ts';
import { findBlocklist } from '../knowledge/blocklists.ts';

export interface DescribeInput {
  address: string | null;
  reason: ReasonId;
  confidence: Confidence;
  status: string | null;
  replyCode: string | null;
  action: string | null;
  command: SmtpCommand | null;
  remoteMta: string | null;
  diagnosticLower: string;
  provider: Provider | null;
  rule: ProviderRule | null;
}

export interface Description {
  permanent: boolean | null;
  hardBounce: boolean;
  owner: Owner;
  headline: Headline;
  summary: string;
  actions: Step[];
}

/** Will resending the same message fail again? From the codes first, then the action. */
export function isPermanent(status: string | null, replyCode: string | null, action: string | null, reason: ReasonId): boolean | null {
  if (!REASONS[reason].failure) return null;
  if (action === 'delayed') return false;
  if (status) {
    if (status[0] === '5') return true;
    if (status[0] === '4') return false;
  }
  if (replyCode) {
    if (replyCode[0] === '5') return true;
    if (replyCode[0] === '4') return false;
  }
  if (action === 'failed') return true;
  if (reason === 'expired') return true;
  return null;
}

const COMMAND_WORDS: Record<SmtpCommand, string> = {
  CONN: 'as soon as your server connected',
  HELO: 'at the greeting (HELO)',
  EHLO: 'at the greeting (EHLO)',
  STARTTLS: 'while setting up encryption (STARTTLS)',
  AUTH: 'at authentication',
  MAIL: 'at the sender address (MAIL FROM)',
  RCPT: 'at the recipient address (RCPT TO)',
  DATA: 'after receiving the message content (DATA)',
  BDAT: 'after receiving the message content (BDAT)',
};

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

export function describe(input: DescribeInput): Description {
  const info = REASONS[input.reason];
  const permanent = isPermanent(input.status, input.replyCode, input.action, input.reason);
  const hardBounce = info.hardBounce || (input.reason === 'notaccept' && permanent === true);
  let owner: Owner = input.rule?.owner ?? info.owner;
  const who = input.address || 'the recipient';
  const codes = input.replyCode && input.status ? `${input.replyCode} ${input.status}` : input.replyCode || input.status || '';

  let summary: string;
  if (input.action === 'delayed') {
    const cause = input.reason === 'expired' ? 'the receiving server has not answered in time so far' : lowerFirst(info.title);
    summary = `Delivery to ${who} is delayed, not failed: the sending server is still retrying${codes ? ` after a temporary ${codes} answer` : ''}. Likely cause: ${cause}.`;
    owner = 'nobody';
  } else if (!info.failure) {
    summary = `${info.meaning}`;
  } else {
    const stage = input.command ? ` ${COMMAND_WORDS[input.command]}` : '';
    const to = input.address ? ` to ${input.address}` : '';
    const temp = permanent === false ? ' This is temporary: a later attempt can succeed.' : '';
    if (input.remoteMta || input.replyCode || input.status) {
      const server = input.remoteMta ? `The receiving server ${input.remoteMta}` : 'The receiving server';
      summary = `${server} refused the message${to}${stage}${codes ? ` with ${codes}` : ''}: ${lowerFirst(info.title)}.${temp}`;
    } else {
      summary = `The message${to} was not delivered: ${lowerFirst(info.title)}.${temp}`;
    }
    if (input.rule) summary += ` (${input.rule.note.replace(/\.$/, '')}.)`;
  }

  const actions: string[] = [];
  if (input.rule?.action) actions.push(input.rule.action);
  if (input.reason === 'blocked' || input.reason === 'badreputation' || input.reason === 'spamdetected') {
    const list = findBlocklist(input.diagnosticLower);
    if (list) actions.push(`Your sending IP or domain is listed on ${list.name}. ${list.advice}`);
  }
  if (input.action === 'delayed') {
    actions.push('Wait: the sending server retries by itself and will send a final notice only if it gives up.');
  }
  actions.push(...info.actions);
  if (input.rule?.docs) actions.push(`The provider documents this error at ${input.rule.docs}`);
  if (input.confidence === 'low' && info.failure && input.action !== 'delayed') {
    const from = input.command && (input.status || input.replyCode) ? 'its codes and the stage it failed at' : input.command ? 'the stage it failed at' : 'its codes';
    summary += ` The bounce gives no cause in words: this reason is a guess from ${from}.`;
  }
  // Duplicates dropped, first one kept (a filter beats a Set for a handful of strings).
  const steps: Step[] = actions.filter((a, i) => actions.indexOf(a) === i).map((text) => ({ audience: 'sender', text }));
  return { permanent, hardBounce, owner, headline: headlineOf(input, info.failure, permanent, hardBounce), summary, actions: steps };
}

/** What happened and what to do, in one line, with its tone. */
function headlineOf(input: DescribeInput, failure: boolean, permanent: boolean | null, hardBounce: boolean): Headline {
  const info = REASONS[input.reason];
  if (!failure) return { text: info.title, tone: 'not-failure' };
  if (input.action === 'delayed' || permanent === false) {
    return { text: `Deferred (${lowerFirst(info.title)}): the sending server will retry`, tone: 'temporary' };
  }
  if (hardBounce) return { text: `${info.title}: remove the address from your list`, tone: 'address-bad' };
  if (input.reason === 'undefined' || input.reason === 'onhold') return { text: info.title, tone: 'unknown' };
  return { text: info.title, tone: 'sender-fix' };
}
