/**
 * The advice layer: from a classified recipient to who must act, whether resending can
 * work, a one-line headline, a one-sentence summary and ordered steps for the sender and
 * for their mail admin. Facts come from the classifier; the words come from the knowledge
 * tables (`knowledge/reasons/`), filled in with what the bounce says (the address, the
 * listed IP and its list, the domain that failed authentication, the provider's help page).
 *
 * One verdict decides all the words, so they never contradict each other:
 * - `not-failure`: delivered, an automatic reply, a feedback report;
 * - `deferred`: a temporary refusal the sending server retries (a delay notice, a bare 4xx);
 * - `gave-up`: the sending server stopped retrying (expired, or a final notice after 4xx);
 * - `failed`: a refusal that resending as it is will not get past.
 */
import type { AuthCheck, BlocklistHit, Confidence, Headline, Owner, ReasonId, RecipientReport, SmtpCommand, Step, Tone } from './types.ts';
import { REASONS } from '../knowledge/reasons/index.ts';
import type { ReasonInfo } from '../knowledge/types.ts';
import type { Provider, ProviderRule } from '../knowledge/providers/index.ts';
import { BLOCKLIST_BY_ID } from '../knowledge/blocklists.ts';
import { GREYLIST_WORDS, GREYLISTED } from '../knowledge/greylisting.ts';
import { LOOP_STATUS, LOOP_WORDS, MAIL_LOOP } from '../knowledge/mail-loops.ts';
import { ROW_WORDINGS, type RowWording } from '../knowledge/row-wordings.ts';
import { HEDGE, REMOVES_ADDRESS } from './hedge.ts';

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
  /**
   * The recipient comes from a bare SMTP reply, not from a notice: a temporary answer then
   * means the sender will retry, while in a failure notice it means the sender gave up.
   */
  bare?: boolean;
  /** The blocklist the server's words name as the cause (read/blocklist.ts), or null. */
  blocklist?: BlocklistHit | null;
  /** Authentication results the bounce states. */
  authentication?: readonly AuthCheck[];
  /**
   * The input is the text a mail app shows, not the whole message: the delivery report a
   * notice attaches is then not part of it.
   */
  pastedText?: boolean;
  /**
   * The input is a sending service's activity, a webhook event or a mail server's log line,
   * not a bounce: there is no attached report, but the service's event page or the whole
   * log line holds the receiving server's reply.
   */
  activityPaste?: boolean;
  /** The report is a read receipt (RFC 8098): what became of a message after it was delivered. */
  readReceipt?: boolean;
  /**
   * An automatic reply that says the address is no longer used ("This address is no longer
   * in use, please write to …"): the message arrived, but nobody reads it there.
   */
  addressRetired?: boolean;
  /**
   * Where no code says it, whether the words call the failure permanent (true: "This is a
   * permanent error", "will not continue trying") or temporary (false: "temporary failure",
   * "retry timeout exceeded"); null when they say neither.
   */
  permanentInWords?: boolean | null;
  /**
   * Why a row of the decision table made the reason unsure after the words had named one
   * ("the server names two possible causes ..."); null when none did.
   */
  adjustedNote?: string | null;
  /**
   * The address the sender wrote, when the failed address is where an alias, a list or a
   * forward of another domain sent the mail on (Postfix "<b@y> (expanded from <a@x>)", Exim
   * "b@y (generated from a@x)", a DSN's Original-Recipient): the failure is the forwarding's,
   * which the owner of that address fixes, and neither address is one to remove on it.
   */
  forwardedFrom?: string | null;
  /**
   * The notice says the address is an alias or forwarder whose destination refused the message
   * (a forwarding service's notice, the destination unnamed): the failure is the forwarding's.
   */
  forwardsOnward?: boolean;
  /** The forward's target the notice names ("set to forward to b@y"), when it names one. */
  forwardTarget?: string | null;
  /** The address is only the returned message's To: (the notice names none): a guess. */
  addressGuessed?: boolean;
  /** The rows of the decision table that adjusted the verdict (their ids): some have words of their own (knowledge/row-wordings.ts). */
  rows?: readonly string[];
}

/** What describe() adds to a recipient's report. */
export type Description = Pick<RecipientReport, 'title' | 'permanent' | 'hardBounce' | 'owner' | 'headline' | 'summary' | 'actions'>;

/** Which words a recipient gets; see the module comment. */
export type Verdict = 'not-failure' | 'deferred' | 'gave-up' | 'failed';

/**
 * Will resending the same message fail again? From the action, then the codes.
 * - `delayed`: the sending server is still trying: not permanent, whatever the code.
 * - `failed` with the reason `expired`: the message stayed in the queue until the
 *   sending server gave up; that message will not be delivered (even though each
 *   attempt got a temporary 4xx answer).
 * - otherwise the status code's class, then the reply code's, then the action; with none of
 *   them, what the words say (`words`, read/cues.ts permanenceInWords).
 */
export function isPermanent(status: string | null, replyCode: string | null, action: string | null, reason: ReasonId, words: boolean | null = null): boolean | null {
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
  // A message the server gave up on for lack of time is failed, and a later attempt can
  // still succeed (the reason's own advice is to resend): only a code says more.
  if (action === 'failed' && reason !== 'expired') return true;
  return words;
}

/**
 * The verdict from the reason, permanence and the stated DSN action. A temporary answer
 * is deferred in a bare reply or a delay notice; in a failure notice (a bounce, or
 * Action: failed with 4.x.x) it means the sending server gave up retrying.
 */
export function verdictOf(reason: ReasonId, permanent: boolean | null, action: string | null, bare: boolean): Verdict {
  if (!REASONS[reason].failure) return 'not-failure';
  if (action === 'delayed') return 'deferred';
  if (reason === 'expired') return 'gave-up';
  if (permanent === false) return bare && action !== 'failed' ? 'deferred' : 'gave-up';
  return 'failed';
}

/** Where the cause is when the text shown has none: the delivery report attached to the notice. */
const NO_CAUSE_HINT = 'the cause is usually in the delivery report attached to it, which a mail app shows as an attachment; paste the whole message ("Show original" or "View source") to read it.';
/** The same for a service's activity or a log line: the receiving server's reply is in the event's details. */
const NO_CAUSE_ACTIVITY_HINT = "the receiving server's reply is usually in the event's details: open the event in the sending service's dashboard (or find the whole line in the mail server's log) and paste that reply.";

export const DEFERRED_HEADLINE = 'Deferred — the sending server will retry; nothing to do yet';
const WAIT_STEP = 'Nothing to do yet: the sending server retries by itself and sends a final notice only if it gives up.';
const AFTER_WAIT_STEP = 'If a final failure notice arrives later, explain that one: it will say what to do.';
/**
 * A temporary failure that states no cause (a bare "451", "421 4.0.0"): nobody acts while the
 * sending server retries (RFC 5321 §4.5.4.1); if the same deferral goes on, the sender's mail
 * admin is the one who can see the full reply and the retries in the sending server's log.
 */
const PERSISTS_STEP = "If messages to this server keep being deferred like this for a day or more, forward this to your email admin: the sending server's log shows the full reply and every retry.";

/** What to do when someone other than the reason's usual owner must act. */
const OWNER_TODO: Record<Owner, string> = {
  sender: 'change what you send before resending',
  'sender-admin': 'your mail admin must fix it',
  recipient: 'the recipient must fix it; tell them another way',
  'recipient-admin': "the recipient's mail admin must fix it; tell the recipient another way",
  nobody: 'nothing to do',
};

/** The first step for the sender when someone other than the reason's usual owner must act. */
const OWNER_FIRST_STEP: Record<Owner, string | null> = {
  sender: null,
  'sender-admin': 'Forward this bounce to your email admin or email provider: the fix is in how your mail is sent.',
  recipient: 'Tell the recipient another way (phone, chat) what the bounce says: only they can fix it.',
  'recipient-admin': "Tell the recipient another way (phone, chat) to pass this bounce to their mail admin: the fix is on the recipient's side.",
  nobody: null,
};

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

function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The provider's short name for a sentence ("Gmail" from "Gmail / Google Workspace"). */
export function providerShortName(label: string): string {
  return label.split(' / ')[0];
}

function fill(text: string, input: DescribeInput): string {
  if (text.indexOf('{') === -1) return text;
  const server = input.provider ? providerShortName(input.provider.label) : 'The receiving server';
  return text.replaceAll('{server}', server).replaceAll('{address}', input.address ?? 'the address');
}

/** A list's lookup page, when it is the engine's own (a known list's page or checker), never a link taken from the bounce alone. */
function trustedLookup(hit: BlocklistHit): string | null {
  const known = BLOCKLIST_BY_ID.get(hit.id.replace(/-query-error$/, ''));
  if (!known || !hit.lookup) return null;
  const host = /^https:\/\/([a-z0-9.-]+)(?:[/?#:]|$)/i.exec(hit.lookup)?.[1]?.toLowerCase();
  if (!host) return null;
  const own = known.domains.some((d) => host === d || host.endsWith(`.${d}`)) || hit.lookup.startsWith(known.url);
  return own && hit.lookup.startsWith('https://') ? hit.lookup : null;
}

/** What a listing is about, in words: "192.0.2.1", "The domain example.com", "A link in your message". */
function listedSubject(hit: BlocklistHit): { subject: string; yours: string } {
  const v = hit.listed.value;
  switch (hit.listed.type) {
    case 'ip':
      return { subject: v ?? 'Your sending IP', yours: 'your sending server' };
    case 'domain':
      return { subject: v ? `The domain ${v}` : 'A domain in your message or its envelope', yours: 'a domain in your mail' };
    case 'helo':
      return { subject: v ? `Your server's HELO name ${v}` : "Your server's HELO name", yours: "your server's name" };
    case 'url':
      return { subject: v ? `A link to ${v} in your message` : 'A link in your message', yours: 'a link in your message' };
    default:
      return { subject: v ?? 'Your sending server', yours: 'your sending server' };
  }
}

/** The receiver's own lookup failed (Spamhaus "query refused"): nothing of yours is listed. */
function isQueryError(hit: BlocklistHit): boolean {
  return hit.id.endsWith('-query-error') || (hit.owner === 'recipient-admin' && hit.listed.type === 'unknown');
}

/** One admin step per failed authentication check the bounce states, naming the domain. */
function authenticationSteps(checks: readonly AuthCheck[]): string[] {
  if (checks.length === 0) return [];
  const steps: string[] = [];
  const seen = new Set<string>();
  for (const check of checks) {
    if (/^(?:pass|none|neutral)$/.test(check.result)) continue;
    // The refusing server's own words first; an earlier hop's record only adds what they lack.
    const key = `${check.method} ${check.subject ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const on = check.subject ? ` for ${check.subject}` : '';
    const of = check.subject ? `${check.subject}'s` : "the domain's";
    const where = check.from === 'returned-message' ? 'The returned message records that ' : '';
    const before = steps.length;
    switch (check.method) {
      case 'spf':
        steps.push(`SPF ${check.result === 'fail' ? 'failed' : `gave ${check.result}`}${on}: add the server or service that sent this message to ${of} SPF record.`);
        break;
      case 'dkim':
        steps.push(`DKIM ${check.result === 'fail' ? 'failed' : `gave ${check.result}`}${on}: make the sending service sign with ${of} key and publish that key in DNS.`);
        break;
      case 'dmarc':
        steps.push(`DMARC ${check.result === 'fail' ? 'failed' : `gave ${check.result}`}${on}: the From domain must match a domain that passes SPF or DKIM.`);
        break;
      case 'reverse-dns':
        steps.push(`Reverse DNS ${check.result === 'fail' ? 'failed' : `gave ${check.result}`}${on}: set a PTR record for the sending IP whose name resolves back to it.`);
        break;
      case 'arc':
        break;
    }
    if (where && steps.length > before) steps[before] = where + steps[before].charAt(0).toLowerCase() + steps[before].slice(1);
  }
  // The refusing server's words before an earlier hop's.
  return steps.sort((a, b) => Number(a.startsWith('The returned')) - Number(b.startsWith('The returned')));
}

/**
 * Exchange's encapsulation of an address that is no SMTP address ("IMCEAEX-_o=…_cn=…@domain"
 * for an internal X.500 / legacyExchangeDN address, "IMCEA<type>-…" for others): it comes from
 * a cached entry (Outlook's auto-complete, an old contact) whose internal address changed, as
 * after a mailbox moved; the person's email address may well work. Never one to remove
 * from a list: the entry is what is stale (learn.microsoft.com, "IMCEAEX non-delivery report
 * when you send email messages to an internal user").
 */
export function isEncapsulated(address: string | null): boolean {
  return address !== null && /^imcea[a-z0-9]{0,8}-/i.test(address);
}

/** What every placeholder address holds: three x's, a star, or three dots. */
const RE_PLACEHOLDER_MARK = /xxx|\*|\.\.\./i;

/**
 * An address whose letters a person hid before pasting it (a question on a forum, a ticket, a
 * test sample): a local part or a domain label of x's only ("xxxx@xxxx.com", "XXXXX@example.net",
 * "xxxx@wanadoo.fr"), or stars in it ("***@example.com", "j***@example.net"), or a run of dots
 * where letters were cut ("ja...@example.net", as Google Groups shows addresses). It is read as
 * the bounce wrote it, but the verdict is about the real address behind it (observed in pasted
 * questions, and in Sisimai's own anonymised samples, "xxxx@xxxx.net").
 */
export function isPlaceholderAddress(address: string | null): boolean {
  if (address === null) return false;
  // Most addresses hold none of the marks: one cheap look before the slices and tests below.
  if (!RE_PLACEHOLDER_MARK.test(address)) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split('.');
  return /^x{3,}$/i.test(local) || labels.slice(0, -1).some((l) => /^x{3,}$/i.test(l)) || address.includes('*') || local.includes('...');
}

/**
 * The permanence a reason implies when nothing else states it (see `describe`): `later`
 * reasons are temporary, `after-fix` ones permanent. Reasons that remove the address are
 * decided above; `notaccept` is permanent only with a permanent code (RFC 7504, RFC 7505),
 * `onhold` / `undefined` say the cause is unknown, and services disagree on a full mailbox,
 * so none of these has a default.
 */
function permanenceByDefault(reason: ReasonId, info: ReasonInfo): boolean | null {
  if (reason === 'onhold' || reason === 'undefined') return null;
  // Providers differ on whether a full mailbox is temporary (452 4.2.2) or permanent
  // (552 5.2.2; RFC 3463 §3.3 calls it usually temporary, many services give up at once).
  if (reason === 'mailboxfull') return null;
  if (info.retry === 'later') return false;
  if (info.retry === 'after-fix') return true;
  return null;
}

/**
 * Whether the failure is permanent as far as the bounce states it: the codes, the action and
 * the words (`isPermanent`); and a failure whose words say the address itself is bad, with
 * nothing that says temporary, fails for good (the address is removed on the same words).
 */
export function statedPermanence(input: DescribeInput): boolean | null {
  const permanent = isPermanent(input.status, input.replyCode, input.action, input.reason, input.permanentInWords ?? null);
  if (permanent === null && REASONS[input.reason].hardBounce && input.confidence !== 'low') return true;
  return permanent;
}

/**
 * Reasons a greylisting answer is read as (a hold on the sending server, or a refusal whose
 * cause the code alone would name): its words then say what it is (knowledge/greylisting.ts).
 */
const GREYLIST_READ_AS: ReadonlySet<ReasonId> = new Set<ReasonId>(['blocked', 'badreputation', 'policyviolation', 'rejected', 'onhold', 'undefined']);

/** The reply is a greylisting's: its own word, and no blocklist named as the cause. */
export function isGreylisting(input: Pick<DescribeInput, 'reason' | 'diagnosticLower' | 'blocklist'>): boolean {
  return GREYLIST_READ_AS.has(input.reason) && !input.blocklist && GREYLIST_WORDS.test(input.diagnosticLower);
}

/**
 * Reasons a mail loop is read as (a fault on the way, or inside the receiving system): its
 * words or its code then say it is a loop, which only a configuration fix ends (knowledge/mail-loops.ts).
 */
const LOOP_READ_AS: ReadonlySet<ReasonId> = new Set<ReasonId>(['networkerror', 'systemerror']);

/** The failure is a mail loop: its words or the loop's own status code. */
export function isMailLoop(input: Pick<DescribeInput, 'reason' | 'diagnosticLower' | 'status'>): boolean {
  return LOOP_READ_AS.has(input.reason) && ((input.status !== null && LOOP_STATUS.test(input.status)) || LOOP_WORDS.test(input.diagnosticLower));
}

/** The words of the first decision row that has its own, or null. */
function rowWording(input: Pick<DescribeInput, 'rows'>): RowWording | null {
  for (const id of input.rows ?? []) if (Object.hasOwn(ROW_WORDINGS, id)) return ROW_WORDINGS[id];
  return null;
}

export function describe(input: DescribeInput): Description {
  const greylisting = isGreylisting(input);
  const rowWords = rowWording(input);
  const info: ReasonInfo = greylisting
    ? { ...REASONS[input.reason], ...GREYLISTED }
    : rowWords
      ? { ...REASONS[input.reason], ...rowWords }
      : isMailLoop(input)
        ? { ...REASONS[input.reason], ...MAIL_LOOP }
        : REASONS[input.reason];
  let permanent = statedPermanence(input);
  // A failure notice that states no code, action or wording of permanence, whose cause is
  // sure: the reason's own default answers "will resending the same message fail again?"
  // (a condition that clears by itself, such as a full mailbox or a network fault, is
  // temporary; a refusal that lasts until someone fixes its cause, such as spam content or
  // the recipient's filter, is permanent). Not for a bare reply or log line, whose sender
  // may still retry, nor for a reason that only says the cause is unknown.
  // The verdict ("gave up after retrying") follows only what the bounce states.
  const verdict = verdictOf(input.reason, permanent, input.action, input.bare ?? false);
  const byDefault = permanent === null && input.confidence !== 'low' && !input.bare;
  if (byDefault) permanent = permanenceByDefault(input.reason, info);
  // The address itself is bad only when resending would fail for good, and only when the
  // bounce says so: a reason guessed from a code or the stage alone (confidence low) never
  // removes an address.
  const hardBounce = (info.hardBounce || (input.reason === 'notaccept' && permanent === true)) && permanent !== false && input.confidence !== 'low' && !isEncapsulated(input.address) && !input.forwardedFrom && !input.forwardsOnward && !input.addressGuessed;
  const blocklist = info.failure ? input.blocklist ?? null : null;

  let owner: Owner = greylisting ? info.owner : input.rule?.owner ?? info.owner;
  if (blocklist && blocklist.owner !== 'nobody') owner = blocklist.owner;
  if (verdict === 'deferred') owner = 'nobody';

  let summary = summaryOf(input, info, verdict, permanent);
  if (byDefault && permanent === false && verdict === 'failed') summary += ' Such a failure is usually temporary: a later attempt can succeed.';
  // A message that ran out of time is lost, and a fresh send can get through (the reason's advice is to resend).
  if (permanent === false && verdict === 'gave-up' && input.reason === 'expired') summary += byDefault ? ' Such a failure is usually temporary: a later attempt can succeed.' : ' A later attempt can succeed.';
  const headline = headlineOf(input, info, verdict, owner, hardBounce, blocklist);
  const actions = stepsOf(input, info, verdict, owner, hardBounce, blocklist, greylisting);
  return { title: info.title, permanent, hardBounce, owner, headline, summary, actions };
}

function summaryOf(input: DescribeInput, info: ReasonInfo, verdict: Verdict, permanent: boolean | null): string {
  const who = input.address || 'the recipient';
  const to = input.address ? ` to ${input.address}` : '';
  const codes = input.replyCode && input.status ? `${input.replyCode} ${input.status}` : input.replyCode || input.status || '';
  const stage = input.command ? ` ${COMMAND_WORDS[input.command]}` : '';
  const server = input.remoteMta ? `The receiving server ${input.remoteMta}` : 'The receiving server';
  let summary: string;
  if (verdict === 'not-failure' && input.readReceipt) {
    summary = READ_RECEIPT_SUMMARY;
  } else if (verdict === 'not-failure' && input.addressRetired) {
    summary = RETIRED_SUMMARY;
  } else if (verdict === 'not-failure') {
    summary = info.meaning;
  } else if (verdict === 'deferred' && input.action === 'delayed') {
    const cause = input.reason === 'expired' ? 'the receiving server has not answered in time so far' : lowerFirst(info.title);
    summary = `Delivery to ${who} is deferred: the sending server is still retrying${codes ? ` after a temporary ${codes} answer` : ''}. Likely cause: ${cause}.`;
  } else if (verdict === 'deferred') {
    summary = `${server} turned the message${to} away for now${stage}${codes ? ` with ${codes}` : ''}: ${lowerFirst(info.title)}. This is temporary: the sending server retries by itself, and a later attempt can succeed.`;
  } else if (verdict === 'gave-up') {
    summary =
      input.reason === 'expired'
        ? `The sending server gave up delivering the message${to}: its time for retries ran out${codes ? ` (last code ${codes})` : ''}.`
        : `The sending server gave up delivering the message${to} after retrying; its last answer${codes ? `, ${codes},` : ''} was temporary: ${lowerFirst(info.title)}.`;
  } else if (input.remoteMta || input.replyCode || input.status) {
    summary = `${server} refused the message${to}${stage}${codes ? ` with ${codes}` : ''}: ${lowerFirst(info.title)}.`;
    if (permanent === false) summary += ' This is temporary: a later attempt can succeed.';
  } else {
    summary = `The message${to} was not delivered: ${lowerFirst(info.title)}.`;
  }
  if (input.rule && verdict !== 'not-failure') {
    // The provider's note is as sure as the cause it explains (core/hedge.ts).
    const note = input.rule.note.replace(/\.$/, '');
    summary += ` ${HEDGE[input.confidence].ruleNote.replace('{note}', upperFirst(note)).replace('{lower}', lowerCommonOpening(note))}`;
  }
  if (input.confidence === 'low' && verdict !== 'not-failure' && input.action !== 'delayed') {
    if (input.adjustedNote && rowWording(input)) {
      // A row whose words say what the text says: its note explains them.
      summary += ` ${upperFirst(input.adjustedNote.replace(/\.$/, ''))}.`;
    } else if (input.adjustedNote) {
      // The words named a cause, and a rule found them not sure enough: say why.
      summary += ` The words do not settle it: ${input.adjustedNote.replace(/\.$/, '')}.`;
    } else if (!input.command && !input.status && !input.replyCode) {
      // Notices that list the addresses and leave the cause to the attached delivery report
      // (Exchange's "Delivery to the following recipients failed.", Amazon SES's "An error
      // occurred while trying to deliver the mail to the following recipients:").
      summary += ` The bounce gives no cause in words and no code${input.activityPaste ? `: ${NO_CAUSE_ACTIVITY_HINT}` : input.pastedText ? `: ${NO_CAUSE_HINT}` : '.'}`;
    } else {
      const from = input.command && (input.status || input.replyCode) ? 'its codes and the stage it failed at' : input.command ? 'the stage it failed at' : 'its codes';
      summary += ` The bounce gives no cause in words: this reason is a guess from ${from}.`;
    }
  }
  const note = verdict === 'not-failure' ? null : HEDGE[input.confidence].summaryNote;
  if (note) summary += ` ${note}`;
  return summary;
}

/**
 * The reason's words for what happened, as firmly as the confidence allows (`template` from
 * core/hedge.ts): as they are, their likely form, or "perhaps …".
 */
function hedgedVerdict(info: ReasonInfo, input: DescribeInput, template: string): string {
  if (info.unsure !== undefined) return fill(info.unsure, input);
  const verdict = fill(info.verdict, input);
  return template.replace('{verdict}', verdict).replace('{likely}', fill(info.likely, input)).replace('{lower}', fill(lowerOpening(info.verdict, input), input));
}

/**
 * The reason's words to go inside a sentence: the first word in lower case ("a network or DNS
 * problem", "the receiving server"), a provider's name as it is ("QQ Mail", "Gmail").
 */
function lowerOpening(template: string, input: DescribeInput): string {
  if (template.startsWith('{server}')) return input.provider ? template : `the receiving server${template.slice('{server}'.length)}`;
  return lowerCommonOpening(template);
}

/** The first word in lower case when it is a common word of our own sentences, never a name ("Gmail", "QQ Mail"). */
function lowerCommonOpening(text: string): string {
  return /^(?:The|A|An|This|Not|Delivered)\b/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * A recipient whose confidence was lowered after its words were made (another notice in the
 * same paste gives another cause for the address): the words now say it is not sure, as
 * `describe` says it at low (core/hedge.ts), and no step removes the address.
 */
export function hedgeAfterwards(r: Pick<RecipientReport, 'headline' | 'summary' | 'actions' | 'confidence'>, note: string): void {
  const hedge = HEDGE[r.confidence];
  const { text, tone } = r.headline;
  const cut = text.indexOf(' — ');
  if (tone !== 'temporary' && tone !== 'not-failure' && tone !== 'unknown' && cut > 0 && r.confidence === 'low' && !text.startsWith('Not sure')) {
    const what = text.slice(0, cut);
    r.headline = { text: `${hedge.what.replace('{lower}', lowerCommonOpening(what))} — ${hedge.todo.replace('{todo}', text.slice(cut + 3))}`, tone };
  }
  const said = ` The words do not settle it: ${note.replace(/\.$/, '')}.`;
  if (!r.summary.includes(said)) r.summary += said;
  if (hedge.removal === 'never') r.actions = r.actions.filter((a) => !REMOVES_ADDRESS.test(a.text));
}

/** A read receipt's words: the message was delivered; the receipt tells what the recipient's program did with it. */
const READ_RECEIPT_HEADLINE = 'A read receipt, not a bounce: the message was delivered — nothing to do';
const READ_RECEIPT_SUMMARY =
  "This is a read receipt (RFC 8098): the recipient's mail program reports what became of the message after it was delivered, such as opened, or deleted without being read. Nothing failed.";
const READ_RECEIPT_STEP = "Nothing needs to be done: the message was delivered, and the recipient's mail program sent this receipt.";

/**
 * An automatic reply that says the address is no longer used: delivered, so not a bounce and
 * no bad address (nothing refused it), but nobody reads it; the reply usually names who to
 * write to instead.
 */
const RETIRED_HEADLINE = 'An automatic reply says this address is no longer in use — update your list (the reply may name a new address)';
const RETIRED_SUMMARY =
  'This is an automatic reply, not a bounce: the message reached the mailbox, but the reply says the address is no longer in use or no longer read.';
const RETIRED_STEPS: readonly string[] = [
  'Read the reply: if it names a new address or another contact, write there instead and update your list.',
  'Stop sending to this address: the message was delivered, but nobody reads it. It is not a bounce, so bounce handling will not remove it by itself.',
];

function headlineOf(
  input: DescribeInput,
  info: ReasonInfo,
  verdict: Verdict,
  owner: Owner,
  hardBounce: boolean,
  blocklist: BlocklistHit | null,
): Headline {
  if (verdict === 'not-failure' && input.readReceipt) return { text: READ_RECEIPT_HEADLINE, tone: 'not-failure' };
  if (verdict === 'not-failure' && input.addressRetired) return { text: RETIRED_HEADLINE, tone: 'sender-fix' };
  const hedge = HEDGE[input.confidence];
  if (verdict === 'not-failure') return { text: `${hedgedVerdict(info, input, hedge.whatNotFailure)} — ${info.todo}`, tone: 'not-failure' };
  if (verdict === 'deferred') return { text: DEFERRED_HEADLINE, tone: 'temporary' };
  // How firmly the cause is stated follows the confidence (core/hedge.ts); the words of a
  // reason that already says the cause is unknown (onhold, undefined) read the same at each.
  const hedged = info.unsure === undefined;
  let todo = owner === info.owner ? info.todo : OWNER_TODO[owner];
  if (input.reason === 'blocked' && owner === 'sender-admin' && (blocklist || input.rule?.action) && verdict !== 'gave-up') todo = 'your mail admin must get it delisted';
  if (hardBounce && !info.hardBounce) todo = `remove it from your list and ${todo}`;
  if (hedged) todo = hedge.todo.replace('{todo}', todo);
  // A hard bounce said to be likely: check the address before removing it.
  if (hardBounce && hedge.addressTodo) todo = (input.confidence === 'medium' && info.likelyTodo) || hedge.addressTodo;
  // A bad-address reason with a temporary code: nothing says the address is gone for good.
  // A bad-address reason guessed from the codes alone: nothing in words says the address is bad.
  if (info.hardBounce && !hardBounce) todo = input.confidence === 'low' && verdict === 'failed' ? (hedge.addressTodo ?? todo) : 'check the address, then resend later';
  if (info.hardBounce && !hardBounce && input.forwardedFrom && verdict === 'failed') {
    todo = `${input.forwardedFrom} forwards to this address: tell its owner that the forwarding fails`;
  } else if (!hardBounce && input.forwardsOnward && verdict === 'failed') {
    todo = 'keep this address and tell its owner that the forwarding fails';
  } else if (info.hardBounce && !hardBounce && input.addressGuessed && verdict === 'failed') {
    todo = 'the bounce does not name the failed address: check which recipient it was before you remove anyone';
  }
  let what = hedgedVerdict(info, input, hedge.what);
  // The bad-address verdict is the forwarding destination's, not the address written to; a
  // cause not said is the forward's too (the notice names where it was sent on).
  const target = input.forwardTarget ? ` (${input.forwardTarget})` : '';
  if (info.hardBounce && !hardBounce && input.forwardsOnward && verdict === 'failed') {
    const cause = lowerFirst(fill(info.verdict, input)).replace(/^the (?:address|mailbox)\b/, 'that mailbox');
    what = `The mailbox this address forwards to${target} refused the message: ${hedge.adverb}${cause}`;
  } else if (!info.hardBounce && input.forwardsOnward && input.forwardTarget && verdict === 'failed') {
    what = `This address forwards to ${input.forwardTarget}, and delivery there failed; the bounce does not say why`;
  }
  // The words named a cause and a row of the decision table found them not enough to go
  // on ("user unknown or blocked sender"): the bounce does say something, just not which.
  if (input.adjustedNote && input.confidence === 'low' && (input.reason === 'onhold' || input.reason === 'undefined')) {
    what = 'The message bounced, but its words do not settle why';
  }
  if (blocklist && isQueryError(blocklist)) {
    what = `${fill('{server}', input)} refused the message because its own blocklist lookup failed (nothing of yours is listed)`;
  } else if (blocklist && input.reason === 'blocked' && BLOCKLIST_BY_ID.get(blocklist.id)?.closed) {
    what += ` because of ${blocklist.name}, a blocklist that has shut down and lists nobody`;
  } else if (blocklist && input.reason === 'blocked') {
    what += ` because ${listedSubject(blocklist).yours === 'your sending server' ? 'it is' : `${listedSubject(blocklist).yours} is`} listed on ${blocklist.name}`;
  }
  let text = `${what} — ${todo}`;
  if (verdict === 'gave-up' && input.reason !== 'expired') {
    const cause = hedged ? hedge.gaveUp.replace('{title}', lowerFirst(info.title)) : `(${lowerFirst(info.title)})`;
    text = `The sending server gave up retrying ${cause} — ${todo}`;
  }
  const tone: Tone = hardBounce
    ? 'address-bad'
    : input.reason === 'undefined' || input.reason === 'onhold'
      ? 'unknown'
      : 'sender-fix';
  return { text, tone };
}

function stepsOf(input: DescribeInput, info: ReasonInfo, verdict: Verdict, owner: Owner, hardBounce: boolean, blocklist: BlocklistHit | null, greylisting = false): Step[] {
  const hedge = HEDGE[input.confidence];
  let checkFirst = false;
  const sender: string[] = [];
  const admin: string[] = [];
  const docs = input.rule?.docs
    ? `${input.provider ? providerShortName(input.provider.label) : 'The provider'} explains this error at ${input.rule.docs}.`
    : null;

  if (verdict === 'not-failure' && input.readReceipt) {
    sender.push(READ_RECEIPT_STEP);
  } else if (verdict === 'not-failure' && input.addressRetired) {
    sender.push(...RETIRED_STEPS);
  } else if (verdict === 'deferred') {
    sender.push(WAIT_STEP, AFTER_WAIT_STEP);
    if (input.confidence === 'low') sender.push(PERSISTS_STEP);
    // "Expired" in a delay notice means "no answer so far": the network steps fit, the give-up ones do not.
    const adminInfo = input.reason === 'expired' ? REASONS.networkerror : info;
    admin.push(...adminInfo.adminActions.map((a) => fill(a, input)));
    if (docs) admin.push(docs);
  } else {
    const first = owner !== info.owner ? OWNER_FIRST_STEP[owner] : null;
    if (first) sender.push(first);
    let own = info.actions.map((a) => fill(a, input));
    let listAdvice: string | null = null;
    /** The reason's own admin steps do not fit this listing (see below). */
    let receiverList = false;
    if (blocklist && isQueryError(blocklist)) {
      const lookup = trustedLookup(blocklist);
      admin.push(`${blocklist.note.replace(/\.$/, '')}${lookup ? ` (${lookup})` : ''}.`);
    } else if (blocklist) {
      const { subject, yours } = listedSubject(blocklist);
      const lookup = trustedLookup(blocklist);
      const entry = BLOCKLIST_BY_ID.get(blocklist.id);
      // A closed list (SORBS) lists nobody: no "is listed, check it" line, its advice says why.
      if (!entry?.closed) {
        admin.push(
          lookup
            ? `${subject} is listed on ${blocklist.name}: check it at ${lookup}.`
            : `${subject} is listed on ${blocklist.name}${blocklist.lookup ? ': the bounce links to the list’s own page' : ''}.`,
        );
      }
      listAdvice = entry?.advice ?? null;
      if (listAdvice) admin.push(listAdvice);
      // A list only the recipient's side can change (their own, or a closed one they still
      // query): nothing of the sender's is to clean up or delist, so the reason's steps for a
      // listed sender (forward it to your admin, hunt the spam, relay elsewhere) would mislead.
      if (entry?.owner === 'recipient-admin') {
        own = [RECEIVER_LIST_RESEND];
        receiverList = true;
      }
      // A listed domain or link (Spamhaus DBL, SURBL, URIBL): the refusal follows the domain
      // wherever it is sent from, so the blocked reason's steps about the sending IP (clean the
      // host, fix its HELO name, relay elsewhere) would send the admin the wrong way.
      if (input.reason === 'blocked' && (blocklist.listed.type === 'domain' || blocklist.listed.type === 'url')) receiverList = true;
      if (owner === 'sender-admin') {
        // The list-specific request replaces the reason's generic "forward this" step.
        own = own.filter((a) => !a.startsWith('Forward this bounce'));
        // ... and the owner's generic "forward this" step, said once already by this one.
        const generic = sender.indexOf(OWNER_FIRST_STEP['sender-admin'] ?? '');
        if (generic >= 0) sender.splice(generic, 1);
        sender.unshift(`Forward this bounce to your email admin or email provider: ${yours} is listed on ${blocklist.name}, and only they can get it removed.`);
      }
    } else if (input.reason === 'blocked' && !input.rule?.action && !greylisting) {
      admin.push("The bounce names no blocklist: ask the receiver's postmaster why your server is refused, quoting the bounce.");
    }
    // A provider's step that sends to the same place as the list's advice says it twice.
    if (input.rule?.action && !(listAdvice && sameTarget(listAdvice, input.rule.action))) admin.push(input.rule.action);
    // No cause, no code, no stage: the whole message (with its delivery report) says more.
    if (input.pastedText && input.confidence === 'low' && !input.command && !input.status && !input.replyCode && !rowWording(input)) {
      own.unshift(
        input.activityPaste
          ? "Open the event in the sending service's dashboard (or the whole line in the mail server's log) and paste the receiving server's reply: it usually names the cause."
          : 'Paste the whole bounce ("Show original" or "View source" in your mail app): the delivery report attached to it usually names the cause.',
      );
    }
    // A forward's target refused it (Postfix "<b@y> (expanded from <a@x>)", a notice that says
    // a@x forwards to b@y): the address the sender wrote is not shown to be bad and the target
    // is not on the sender's list, so no step removes either; the owner of the forward fixes it.
    const forwardFails = verdict === 'failed' && (input.forwardedFrom || input.forwardsOnward) && (info.hardBounce || input.reason === 'onhold' || input.reason === 'undefined');
    // A bad address said to be likely, or a bad-address reason guessed from the codes or the
    // stage: check the address before removing it (core/hedge.ts).
    checkFirst = !forwardFails && verdict === 'failed' && hedge.addressFirstStep !== null && (hardBounce || (info.hardBounce && input.confidence === 'low'));
    if (forwardFails) own = forwardSteps(input, info);
    else if (checkFirst && hedge.addressFirstStep) own.unshift(fill((input.confidence === 'medium' && info.likelyFirstStep) || hedge.addressFirstStep, input));
    admin.push(...authenticationSteps(input.authentication ?? []));
    sender.push(...own);
    // (No suppression of an address for a forward's failure: neither address is shown bad.)
    if (!receiverList) admin.push(...info.adminActions.filter((a) => !(forwardFails && /\bsuppress the address\b/i.test(a))).map((a) => fill(a, input)));
    if (docs) (owner === 'sender' ? sender : admin).push(docs);
  }

  // No step twice, in either list; the first one stays. (A dozen steps at most: compared
  // with those kept rather than hashed, which costs more for sentences this long.)
  // No step removes the address outright where the confidence does not allow it.
  const removes = (a: string) => (hedge.removal === 'never' || (hedge.removal === 'after-check' && checkFirst)) && REMOVES_ADDRESS.test(a);
  const steps: Step[] = [];
  addSteps(steps, 'sender', sender.filter((a) => !removes(a)));
  addSteps(steps, 'admin', admin.filter((a) => !removes(a)));
  return steps;
}

/** The sender's steps when a forward's target refused the message: keep the address written, tell its owner. */
function forwardSteps(input: DescribeInput, info: ReasonInfo): string[] {
  const written = input.forwardedFrom ?? input.address;
  const target = input.forwardedFrom ? input.address : input.forwardTarget ?? null;
  const it = written ?? 'the address you wrote';
  const there = target ?? 'another mailbox';
  return [
    `Keep ${it} on your list: it forwards to ${there}, and ${info.hardBounce ? `that mailbox refused the message (${lowerFirst(info.title)})` : 'delivery there failed'}. The address you wrote is not shown to be bad.`,
    `Tell the owner of ${it} another way (such as by phone) that their forwarding to ${there} fails, so they can fix the forwarding or switch it off: until then mail to ${it} keeps bouncing.`,
  ];
}

/** After a list only the recipient's side can change: resend once they have. */
const RECEIVER_LIST_RESEND = "Resend once the recipient confirms their mail admin has changed it.";

/** Whether two steps send to the same place: a link or mail address of the second is in the first. */
function sameTarget(a: string, b: string): boolean {
  for (const word of b.split(' ')) {
    let end = word.length;
    while (end > 0 && '.,;:)'.includes(word[end - 1])) end--;
    const target = word.slice(0, end);
    if ((target.startsWith('https://') || target.startsWith('http://') || target.includes('@')) && a.includes(target)) return true;
  }
  return false;
}

function addSteps(steps: Step[], audience: Step['audience'], list: readonly string[]): void {
  for (const text of list) if (!steps.some((s) => s.text === text)) steps.push({ audience, text });
}
