/**
 * The page's verdict words, from the Report alone (the page does not bundle the engine's
 * knowledge): recipients grouped by verdict, the roll-up lines, the words for permanence
 * and for the address, and the plain-text summary that "Copy summary" puts on the clipboard.
 * The tone of a recipient's headline decides the words, so they agree with the headline.
 */
import type { AuthCheck, BlocklistHit, Confidence, RecipientReport, Report, ReportKind, Step, Tone, Warning } from '../lib/core/types.ts';
import { HEDGE } from '../lib/core/hedge.ts';
import { ADDRESS_NOT_JUDGED, FIXED_NOT_WAITED, MAIL_HOSTS_MISSING_TITLE, VARIANT_TITLES } from '../lib/knowledge/variant-titles.ts';

/** Words and icon for each tone: colour is never the only signal. */
export const TONE_INFO: Record<Tone, { label: string; icon: 'cross' | 'alert' | 'clock' | 'check' | 'question' }> = {
  'address-bad': { label: 'Bad address', icon: 'cross' },
  'sender-fix': { label: 'Action needed', icon: 'alert' },
  temporary: { label: 'Temporary', icon: 'clock' },
  'not-failure': { label: 'Not a failure', icon: 'check' },
  unknown: { label: 'Unclear', icon: 'question' },
};

/**
 * A tone's label as firmly as the confidence allows (core/hedge.ts): "Bad address" when the
 * words say it, "Likely bad address" when the bounce only points to it.
 */
export function toneLabel(tone: Tone, confidence: Confidence | null): string {
  const hedge = HEDGE[confidence ?? 'high'];
  if (tone === 'address-bad') return hedge.badAddressLabel;
  if (tone === 'sender-fix') return hedge.actionLabel;
  return (TONE_INFO[tone] ?? TONE_INFO.unknown).label;
}

/** The recipient whose words the message's headline repeats (the first of the worst tone), or null. */
export function headlineRecipient(report: Report): RecipientReport | null {
  const h = report.headline;
  if (!h) return null;
  return report.recipients.find((r) => r.headline.tone === h.tone && h.text.startsWith(r.headline.text)) ?? null;
}

/** Recipients that share one verdict: shown as one card. */
export interface Group {
  /** Indexes into report.recipients. */
  members: number[];
  recipients: RecipientReport[];
  /** The first member, whose words stand for the group. */
  lead: RecipientReport;
  tone: Tone;
}

/** What makes two recipients the same verdict: the same words once their addresses are set aside. */
function groupKey(r: RecipientReport): string {
  const plain = (text: string) => (r.address ? text.split(r.address).join('\u0000') : text);
  return JSON.stringify([
    r.headline.text,
    r.headline.tone,
    r.reason,
    r.permanent,
    r.hardBounce,
    r.owner,
    r.confidence,
    r.actions.map((a) => [a.audience, plain(a.text)]),
  ]);
}

export function groupRecipients(report: Report): Group[] {
  const groups = new Map<string, Group>();
  report.recipients.forEach((recipient, index) => {
    const key = groupKey(recipient);
    const group = groups.get(key);
    if (group) {
      group.members.push(index);
      group.recipients.push(recipient);
    } else {
      groups.set(key, { members: [index], recipients: [recipient], lead: recipient, tone: recipient.headline.tone });
    }
  });
  const order: Tone[] = ['address-bad', 'sender-fix', 'unknown', 'temporary', 'not-failure'];
  return [...groups.values()].sort((a, b) => order.indexOf(a.tone) - order.indexOf(b.tone) || a.members[0] - b.members[0]);
}

/** How a text speaks of the group's addresses: the one address, or "each of these addresses". */
export function forGroup(text: string, group: Group): string {
  const address = group.lead.address;
  if (group.recipients.length === 1 || !address) return text;
  return text.split(address).join('each of these addresses');
}

export function groupSteps(group: Group): { sender: Step[]; admin: Step[] } {
  const steps = group.lead.actions.map((step) => ({ ...step, text: forGroup(step.text, group) }));
  return { sender: steps.filter((s) => s.audience === 'sender'), admin: steps.filter((s) => s.audience === 'admin') };
}

/**
 * Reasons whose cause clears with time (`retry: 'later'` in src/lib/knowledge/reasons; a unit
 * test keeps the two lists equal). A permanent answer for one of them (552 5.2.2 for a full
 * mailbox) ends this message, but a later send can get through: "resending will fail" would
 * contradict the steps, which say to resend later.
 */
export const CLEARS_WITH_TIME: ReadonlySet<string> = new Set(['expired', 'mailboxfull', 'networkerror', 'speeding', 'systemerror', 'systemfull', 'toomanyconn']);
/** Reasons that fail for good whatever is fixed (`retry: 'no'`): the address is the cause. */
export const NEVER_WORKS: ReadonlySet<string> = new Set(['hasmoved', 'hostunknown', 'notaccept', 'suppressed', 'userunknown']);

/** The cause clears with time: its reason does, and its wording is not one a fix ends (a mail loop). */
function clearsWithTime(r: Pick<RecipientReport, 'reason' | 'title'>): boolean {
  return CLEARS_WITH_TIME.has(r.reason) && !FIXED_NOT_WAITED.has(r.title);
}

/** The address is the cause: its reason says so, and its wording does not leave the address unjudged (mail hosts missing). */
function neverWorks(r: Pick<RecipientReport, 'reason' | 'title'>): boolean {
  return NEVER_WORKS.has(r.reason) && !ADDRESS_NOT_JUDGED.has(r.title);
}

/**
 * The verdict is "will retry" (tone temporary), "the server gave up", "permanent", or not a failure.
 * `kind` is the Report's: a bare SMTP reply pasted alone (`smtp-reply`) is one server's answer,
 * not a sending server's final report, so nothing in it "gave up" (see `resendWords`).
 */
export function permanenceWords(r: RecipientReport, kind: ReportKind | null = null): string {
  if (r.headline.tone === 'not-failure') return 'Not a failure';
  if (r.headline.tone === 'temporary') return 'Temporary — the server will retry';
  if (r.permanent === true) return r.reason === 'expired' ? 'Not delivered — the server gave up retrying' : `${permanentOpening(r, kind)} — ${resendWords(r, kind)}`;
  if (r.permanent === false) return 'Not delivered — a later attempt can succeed';
  return 'Unknown whether resending will work';
}

/**
 * A permanent answer for a cause that clears with time is "not delivered" (a final notice: the
 * message is lost) or "refused" (a bare reply: the server turned it away), not "permanent".
 */
function permanentOpening(r: RecipientReport, kind: ReportKind | null): string {
  if (!clearsWithTime(r)) return 'Permanent';
  return kind === 'smtp-reply' ? 'Refused' : 'Not delivered';
}

export function addressWords(r: RecipientReport, count = 1): string | null {
  const these = count > 1 ? 'these addresses' : 'this address';
  // A hard bounce, or a bad-address cause guessed (low: never a hard bounce), in the words its confidence allows.
  if (r.hardBounce || (r.confidence === 'low' && neverWorks(r))) return count > 1 ? HEDGE[r.confidence].removeMany : HEDGE[r.confidence].removeOne;
  if (r.headline.tone === 'unknown') return count > 1 ? 'The addresses may be fine' : 'The address may be fine';
  // The card names the mailbox an alias or forward led to; the one to keep is the one written.
  if (r.originalRecipient && r.address && r.originalRecipient.toLowerCase() !== r.address.toLowerCase()) return count > 1 ? 'Keep the addresses you wrote' : 'Keep the address you wrote';
  return `Keep ${these}`;
}

const OWNER_WORDS: Record<RecipientReport['owner'], string> = {
  sender: 'You (the sender)',
  'sender-admin': 'Your email admin',
  recipient: 'The recipient',
  'recipient-admin': "The recipient's email admin",
  nobody: 'Nobody, for now',
};

export function ownerWords(r: RecipientReport): string {
  if (r.owner === 'nobody' && r.headline.tone !== 'temporary') return 'Nobody';
  return OWNER_WORDS[r.owner] ?? r.owner;
}

/** Roll-up words for a group of recipients ("2 addresses do not exist"). */
export function rollupLine(group: Group): string {
  const n = group.recipients.length;
  const one = n === 1;
  const r = group.lead;
  if (r.headline.tone === 'temporary') return `${n} deferred — the sending server will retry`;
  const hedge = HEDGE[r.confidence];
  const adverb = hedge.adverb;
  if (r.hardBounce) {
    switch (r.reason) {
      case 'userunknown':
        return one ? `1 address ${adverb}does not exist` : `${n} addresses ${adverb}do not exist`;
      case 'hostunknown':
        return one ? `1 address's domain ${adverb}does not exist` : `${n} addresses' domains ${adverb}do not exist`;
      case 'hasmoved':
        return one ? `1 recipient has ${adverb}moved` : `${n} recipients have ${adverb}moved`;
      case 'notaccept':
        return one ? `1 address ${adverb}accepts no email` : `${n} addresses ${adverb}accept no email`;
    }
  }
  // A tone of its own already says the cause is unclear; a cause guessed or likely says so.
  const note = r.headline.tone === 'unknown' || r.headline.tone === 'not-failure' ? '' : hedge.rollupNote;
  return `${n} ${one ? 'recipient' : 'recipients'}: ${rollupWords(r, one)}${note}`;
}

/**
 * The cause after "17 recipients: " where the title would not read as a sentence about them
 * ("recipient's mailbox is full" for 17): by the reason, or by the title of a wording that
 * replaces the reason's own (knowledge/variant-titles.ts); "one|many" where the number changes
 * the words. Every other title reads as it is, in lower case ("too many connections",
 * "message judged to be spam"), as a unit test checks for every reason.
 */
const ROLLUP_WORDS: Readonly<Record<string, string>> = {
  exceedlimit: 'the message is over their size limit',
  filtered: 'their own filter refused the message|their own filters refused the message',
  hasmoved: 'their mailbox has moved, with no forwarding|their mailboxes have moved, with no forwarding',
  hostunknown: 'their domain does not exist|their domains do not exist',
  mailboxfull: 'their mailbox is full|their mailboxes are full',
  notaccept: 'their domain accepts no email|their domains accept no email',
  suppressed: 'not sent: the address is on a suppression list|not sent: the addresses are on a suppression list',
  suspend: 'their account is disabled|their accounts are disabled',
  userunknown: 'their mailbox does not exist|their mailboxes do not exist',
  vacation: 'an automatic reply (such as out of office)|automatic replies (such as out of office)',
  [MAIL_HOSTS_MISSING_TITLE]: "their domain's mail servers cannot be found|their domains' mail servers cannot be found",
};

/** The roll-up words for a recipient's cause, for one recipient or several. */
export function rollupWords(r: Pick<RecipientReport, 'reason' | 'title'>, one: boolean): string {
  const key = Object.hasOwn(ROLLUP_WORDS, r.title) ? r.title : Object.hasOwn(ROLLUP_WORDS, r.reason) && !VARIANT_TITLES.has(r.title) ? r.reason : null;
  const words = key ? ROLLUP_WORDS[key].split('|') : [r.title.charAt(0).toLowerCase() + r.title.slice(1)];
  return (one ? words[0] : words[1]) ?? words[0];
}

/**
 * The roll-up lines of the groups, in order. Two groups with the same reason can differ in
 * what resending does (a mailbox full for now, and one the server gave up on): their lines
 * then say that too, so no two lines read alike.
 */
export function rollupLines(groups: readonly Group[], kind: ReportKind | null = null): string[] {
  const lines = groups.map(rollupLine);
  const count = new Map<string, number>();
  for (const l of lines) count.set(l, (count.get(l) ?? 0) + 1);
  return lines.map((l, i) => {
    if ((count.get(l) ?? 0) < 2) return l;
    return `${l} — ${resendWords(groups[i].lead, kind)}`;
  });
}

/** What resending does, in a few words (`permanenceWords` without its opening). */
function resendWords(r: RecipientReport, kind: ReportKind | null = null): string {
  if (r.headline.tone === 'temporary') return 'the server will retry';
  if (r.permanent === true) {
    // Expired in the queue: this message is lost for good, but each attempt got a temporary
    // answer, so a fresh send may well get through.
    if (r.reason === 'expired') return 'the server gave up retrying';
    // A 5xx for a cause that clears with time (552 5.2.2 mailbox full): a final notice reports
    // that the sending server gave up; a bare reply is only the receiver's answer, which a
    // later send may not get.
    if (clearsWithTime(r)) return kind === 'smtp-reply' ? 'resending later may work' : 'the server gave up; resend later';
    if (r.hardBounce || neverWorks(r) || r.headline.tone === 'address-bad') return HEDGE[r.confidence].resendToBadAddress;
    return 'resending fails until the cause is fixed';
  }
  if (r.permanent === false) return 'a later attempt can succeed';
  return 'unknown whether resending will work';
}

/**
 * The provider's own meaning as one line: "Microsoft 365 / Outlook.com: the recipient's mailbox
 * is over its storage quota". Rule notes often open with the provider's short name
 * ("Microsoft: …"), which beside the label would say the name twice.
 */
export function providerMeaningWords(meaning: { provider: string; text: string }): string {
  const m = /^([^:]{1,40}): (.+)$/s.exec(meaning.text);
  const text = m && meaning.provider.toLowerCase().startsWith(m[1].toLowerCase()) ? m[2] : meaning.text;
  return `${meaning.provider}: ${text}`;
}

/** What a recipient without an address is called: a bare reply names no one, a bounce should. */
export function unnamedWords(report: Report): string {
  if (report.kind === 'read-receipt') return 'The receipt does not name the address';
  return report.kind === 'smtp-reply' ? 'The reply does not name the recipient' : 'The bounce does not name the address';
}

/** The headline and steps as plain text, for a ticket or a chat. */
export function summaryText(report: Report): string {
  const lines: string[] = [];
  if (report.headline) lines.push(report.headline.text);
  for (const group of groupRecipients(report)) {
    lines.push('');
    const names = group.recipients.map((r) => r.address ?? unnamedWords(report));
    lines.push(`${names.join(', ')}: ${group.lead.headline.text}`);
    lines.push(`${permanenceWords(group.lead, report.kind)}. ${addressWords(group.lead, group.recipients.length)}.`);
    const { sender, admin } = groupSteps(group);
    if (sender.length) {
      lines.push('What you can do:');
      sender.forEach((s, i) => lines.push(`${i + 1}. ${s.text}`));
    }
    if (admin.length) {
      lines.push('For your email admin:');
      admin.forEach((s, i) => lines.push(`${i + 1}. ${s.text}`));
    }
    const codes = [group.lead.replyCode, group.lead.status].filter(Boolean).join(' ');
    if (codes) lines.push(`Codes: ${codes}`);
  }
  return lines.join('\n').trim() + '\n';
}

/**
 * Warnings that say why nothing at all could be read (binary data, a winmail.dat alone, the
 * engine's own failure): for a text that is no bounce, the verdict says this instead of the
 * general advice to paste the whole bounce, which would not help.
 */
const UNREADABLE: readonly string[] = ['binary-input', 'tnef-attachment', 'internal-error', 'empty-input'];

/** The warning the banner of an unrecognised text says as its detail, or null. */
export function unreadableWarning(report: Report): Warning | null {
  if (report.kind !== 'unknown' || report.headline !== null || report.recipients.length) return null;
  return report.warnings.find((w) => UNREADABLE.includes(w.code)) ?? null;
}

/**
 * The warnings listed under "Worth knowing": not the ones the banner already says (that no
 * bounce was found, under a headline that says so; the reason nothing could be read).
 */
export function listedWarnings(report: Report): Warning[] {
  const said = unreadableWarning(report);
  const unrecognised = report.kind === 'unknown' && report.headline === null;
  return report.warnings.filter((w) => w !== said && !(unrecognised && w.code === 'not-a-report'));
}

/**
 * The banner's small print: what the text is, which layout it was read as and the receiving
 * service, each said once. A layout that only restates the kind (a bare reply read as an SMTP
 * reply) is left out, and a service of the same name as the layout joins it.
 */
/**
 * The readers that take any text of a kind rather than a server's layout: their labels and
 * the kind each restates (null: the label names no layout at all).
 */
const GENERIC_FORMATS: Readonly<Record<string, { label: string; kind: ReportKind | null }>> = {
  'smtp-reply': { label: 'SMTP reply', kind: 'smtp-reply' },
  rfc3464: { label: 'Delivery status notification (RFC 3464)', kind: 'dsn' },
  'auto-reply': { label: 'Automatic reply (RFC 3834)', kind: 'auto-reply' },
  text: { label: 'Bounce text', kind: null },
};

export function metaLine(report: Report, showKind: boolean, kindTitle: string): string {
  const format = report.formatLabel ?? report.format;
  const provider = report.providerLabel ?? report.provider;
  // The generic readers restate the kind ("A delivery status notification · read as Delivery
  // status notification (RFC 3464)"), and "Bounce text" names no layout at all.
  const generic = report.format !== null && Object.hasOwn(GENERIC_FORMATS, report.format) ? GENERIC_FORMATS[report.format] : null;
  const restates = generic !== null && format === generic.label && (generic.kind === null || (showKind && generic.kind === report.kind));
  const readAs = format && !restates ? `read as ${format}` : null;
  const sameName = Boolean(readAs && provider && format?.toLowerCase() === provider.toLowerCase());
  return [
    showKind && kindTitle,
    readAs && (sameName ? `${readAs}, the receiving service` : readAs),
    provider && !sameName && `receiving service: ${provider}`,
    report.quoted && 'found quoted inside another message',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The addresses under a roll-up line, so that the first screen says which address each line
 * is about: up to `max` of them, then how many more ("a@x, b@x and 4 more").
 */
export function rollupAddresses(addresses: readonly string[], max = 3): string {
  if (addresses.length <= max) return addresses.join(', ');
  return `${addresses.slice(0, max).join(', ')} and ${addresses.length - max} more`;
}

/** The blocklist a refusal names, in words: "Spamhaus ZEN, which lists the sending IP 192.0.2.1". */
export function blocklistWords(hit: BlocklistHit): string {
  const what = { ip: 'the sending IP', domain: 'the domain', helo: 'the server name (HELO)', url: 'a link in the message', unknown: '' }[hit.listed.type];
  const listed = [what, hit.listed.value].filter(Boolean).join(' ');
  return listed ? `${hit.name}, which lists ${listed}` : hit.name;
}

const AUTH_NAMES: Record<AuthCheck['method'], string> = { spf: 'SPF', dkim: 'DKIM', dmarc: 'DMARC', arc: 'ARC', 'reverse-dns': 'Reverse DNS' };

/** One authentication result as stated: "DMARC fail for example.com (in the returned message's headers)". */
export function authWords(check: AuthCheck): string {
  const subject = check.subject ? ` for ${check.subject}` : '';
  const where = check.from === 'returned-message' ? ' (in the returned message’s headers)' : '';
  return `${AUTH_NAMES[check.method]} ${check.result}${subject}${where}`;
}

/** The registry's meaning of a code, said as the general one when a provider's own meaning decided. */
export function codeMeaningWords(r: Pick<RecipientReport, 'codeMeaning' | 'providerMeaning'>): string | null {
  if (!r.codeMeaning) return null;
  return r.providerMeaning ? `In general the code means: ${r.codeMeaning}; here the provider’s own meaning above applies.` : `The code means: ${r.codeMeaning}.`;
}

/** A card's list of addresses: the first `shown` of them, and the rest to be unfolded. */
export function splitAddresses<T>(addresses: readonly T[], shown = 6): { first: T[]; rest: T[] } {
  // Folding away one or two would hide less than the line that says so.
  if (addresses.length <= shown + 2) return { first: [...addresses], rest: [] };
  return { first: addresses.slice(0, shown), rest: addresses.slice(shown) };
}

/**
 * Whose words the recipient's diagnostic is: a server's, or, for a cause pasted on its own
 * (`decision.cause-pasted-alone`: no code, address or notice around it), only the words
 * pasted, since nothing shows a server gave them.
 */
export function diagnosticWords(r: Pick<RecipientReport, 'trail'>): string {
  return r.trail.some((t) => t.rule === 'decision.cause-pasted-alone') ? 'the words pasted' : "the server's own words";
}
