/**
 * The code reference, read from the engine's knowledge tables: what each reply code,
 * enhanced status code and reason means, where it is defined, what the known providers use
 * it for, the usual owner and steps, and how servers word it. Only the reference pages
 * import this module, so the tables load on the first visit of one (a separate chunk).
 */
import { REASON_IDS, type Owner, type ReasonId } from '../../lib/core/types.ts';
import { REASONS } from '../../lib/knowledge/reasons/index.ts';
import type { ReasonInfo } from '../../lib/knowledge/types.ts';
import { STATUS_CLASSES, STATUS_DETAILS, STATUS_SUBJECTS, explainStatus } from '../../lib/knowledge/status-codes.ts';
import { REPLY_CODES, explainReply } from '../../lib/knowledge/reply-codes.ts';
import { STATUS_REASONS, BROAD_STATUS } from '../../lib/knowledge/status-reasons.ts';
import { PROVIDERS } from '../../lib/knowledge/providers/index.ts';
import { PHRASE_GROUPS, phraseText } from '../../lib/knowledge/phrases.ts';

export interface IndexEntry {
  /** What the link says: `550`, `X.1.1`, `5.XXX.XXX`, `userunknown`. */
  code: string;
  title: string;
  group: 'reply' | 'class' | 'subject' | 'status' | 'reason';
  href: string;
  /** Lower-case text the search box matches. */
  haystack: string;
}

export const GROUP_TITLES: Record<IndexEntry['group'], string> = {
  reply: 'Reply codes (RFC 5321)',
  class: 'Status code classes (RFC 3463)',
  subject: 'Status code subjects (RFC 3463)',
  status: 'Enhanced status codes',
  reason: 'Reasons',
};

export const OWNER_WORDS: Record<Owner, string> = {
  sender: 'The sender',
  'sender-admin': "The sender's email admin",
  recipient: 'The recipient',
  'recipient-admin': "The recipient's email admin",
  nobody: 'Nobody',
};

/** Every code and reason, in the order the index lists them. */
export function indexEntries(): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const add = (code: string, title: string, group: IndexEntry['group'], detail: string, href = `#/code/${code}`) => {
    // "5.7.26" finds the registry's X.7.26: the class digit is any of 2, 4 and 5.
    const classes = code.startsWith('X.') ? ['2', '4', '5'].map((c) => c + code.slice(1)).join(' ') : '';
    entries.push({ code, title, group, href, haystack: `${code} ${classes} ${title} ${detail}`.toLowerCase() });
  };
  for (const [code, info] of Object.entries(REPLY_CODES)) add(code, info.title, 'reply', info.explanation);
  for (const [c, info] of Object.entries(STATUS_CLASSES)) add(`${c}.XXX.XXX`, info.title, 'class', info.explanation);
  for (const [s, info] of Object.entries(STATUS_SUBJECTS)) add(`X.${s}.XXX`, info.title, 'subject', info.explanation);
  for (const [code, info] of Object.entries(STATUS_DETAILS)) add(code, info.title, 'status', info.explanation);
  for (const id of REASON_IDS) add(id, REASONS[id].title, 'reason', REASONS[id].meaning, `#/reason/${id}`);
  return entries;
}

export interface ProviderUse {
  provider: string;
  note: string;
  reason: ReasonId;
  docs: string | null;
}

export interface CodePage {
  code: string;
  kind: 'reply' | 'status' | 'class' | 'subject';
  known: boolean;
  title: string;
  explanation: string;
  /** Extra lines: what the class and subject say, permanence. */
  facts: [string, string][];
  reference: string;
  /** The reason this code stands for when the words say nothing more. */
  reasons: ReasonId[];
  providers: ProviderUse[];
}

const RFC_LINKS: Record<string, string> = {
  'RFC 3463': 'https://www.rfc-editor.org/rfc/rfc3463',
  'RFC 5321': 'https://www.rfc-editor.org/rfc/rfc5321',
  'RFC 5248': 'https://www.rfc-editor.org/rfc/rfc5248',
};

/** A link for each RFC or Internet-Draft a reference names ("RFC 7505; RFC 7504", "draft-levine-mailbomb-header"). */
export function rfcLinks(reference: string): { label: string; href: string }[] {
  return [...reference.matchAll(/RFC\s*(\d{3,5})|\b(draft-[a-z0-9-]+)/g)].map((m) =>
    m[1]
      ? { label: `RFC ${m[1]}`, href: RFC_LINKS[`RFC ${m[1]}`] ?? `https://www.rfc-editor.org/rfc/rfc${m[1]}` }
      : { label: m[2], href: `https://datatracker.ietf.org/doc/${m[2]}/` },
  );
}

function permanenceFact(permanent: boolean | null, success = false): [string, string] {
  if (success) return ['Outcome', 'Success: not a failure'];
  if (permanent === true) return ['Outcome', 'Permanent: resending the same message will fail'];
  if (permanent === false) return ['Outcome', 'Temporary: the sending server retries, and a later attempt can succeed'];
  return ['Outcome', 'Not a failure'];
}

/** The page for a reply code (`550`), a status code (`5.7.26`, `X.1.1`), a class (`5.XXX.XXX`) or a subject (`X.7.XXX`); null when unknown. */
export function codePage(raw: string): CodePage | null {
  const code = raw.replace(/x/gi, 'X');
  let m = /^([245])\.XXX\.XXX$/.exec(code);
  if (m) {
    const info = STATUS_CLASSES[m[1]];
    return {
      code,
      kind: 'class',
      known: true,
      title: info.title,
      explanation: info.explanation,
      facts: [permanenceFact(m[1] === '5' ? true : m[1] === '4' ? false : null, m[1] === '2')],
      reference: info.reference,
      reasons: [],
      providers: [],
    };
  }
  m = /^X\.(\d{1,3})\.XXX$/.exec(code);
  if (m) {
    const subject = String(Number(m[1]));
    if (!Object.hasOwn(STATUS_SUBJECTS, subject)) return null;
    const info = STATUS_SUBJECTS[subject];
    const reasons = [...new Set(Object.entries(STATUS_REASONS).filter(([k]) => k.startsWith(`${subject}.`)).map(([, r]) => r))];
    return { code, kind: 'subject', known: true, title: info.title, explanation: info.explanation, facts: [], reference: info.reference, reasons, providers: [] };
  }
  if (/^[2-5]\d\d$/.test(code)) {
    const info = explainReply(code);
    if (!info) return null;
    const providers = providerUses((rule) => rule.reply === code);
    const facts: [string, string][] = [permanenceFact(info.permanent, code[0] === '2' || code[0] === '3')];
    if (info.nonStandard) facts.push(['Standard', 'Not defined by the SMTP standards: read the server’s own words']);
    return { code, kind: 'reply', known: info.known, title: info.title, explanation: info.explanation, facts, reference: info.reference, reasons: [], providers };
  }
  m = /^([245X])\.(\d{1,3})\.(\d{1,3})$/.exec(code);
  if (!m) return null;
  const generic = m[1] === 'X';
  const info = explainStatus(generic ? `5.${m[2]}.${m[3]}` : code);
  if (!info) return null;
  const shown = generic ? `X.${m[2]}.${m[3]}` : info.code;
  const key = `${Number(m[2])}.${Number(m[3])}`;
  const facts: [string, string][] = [];
  if (!generic) facts.push(permanenceFact(info.permanent, info.success));
  else facts.push(['Class', '2 (success), 4 (temporary) or 5 (permanent): the first number says which']);
  facts.push(['Subject', info.subjectMeaning]);
  if (BROAD_STATUS.has(key)) facts.push(['Note', 'Too broad to name a reason: servers use it for every kind of refusal, so their words decide']);
  const reasons = STATUS_REASONS[key] ? [STATUS_REASONS[key]] : [];
  // As the engine matches them: ".7.26" ignores the class, "5.7." is a prefix.
  const withoutClass = `.${key}`;
  const providers = providerUses((rule) => {
    const s = rule.status;
    if (!s) return false;
    if (s.startsWith('.')) return withoutClass.startsWith(s);
    return generic ? withoutClass.startsWith(s.slice(1)) : info.code.startsWith(s);
  });
  return { code: shown, kind: 'status', known: info.known, title: info.title, explanation: info.explanation, facts, reference: info.reference, reasons, providers };
}

function providerUses(test: (rule: (typeof PROVIDERS)[number]['rules'][number]) => boolean): ProviderUse[] {
  const uses: ProviderUse[] = [];
  for (const provider of PROVIDERS) {
    // "Gmail: the account is disabled" under the heading "Gmail / Google Workspace" says Gmail once.
    const name = provider.label.split(/[\s/]/)[0];
    for (const rule of provider.rules) {
      if (!test(rule)) continue;
      const note = rule.note.startsWith(`${name}: `) ? rule.note.slice(name.length + 2) : rule.note;
      uses.push({ provider: provider.label, note, reason: rule.reason, docs: rule.docs ?? null });
    }
  }
  return uses;
}

export interface ReasonSummary {
  id: ReasonId;
  title: string;
  owner: string;
  /** The sender's first steps, with the address spoken of in general. */
  steps: string[];
  wordings: string[];
}

/** What a code page says of its usual reason: who acts, the first steps, how servers word it. */
export function reasonSummary(id: ReasonId): ReasonSummary {
  const info = REASONS[id];
  return {
    id,
    title: info.title,
    owner: OWNER_WORDS[info.owner],
    steps: info.actions.slice(0, 3).map((s) => s.replace(/\{address\}/g, 'the address')),
    wordings: PHRASE_GROUPS.filter((g) => g.reason === id)
      .flatMap((g) => g.phrases.map(phraseText))
      .slice(0, 6),
  };
}

export interface ReasonPage {
  info: ReasonInfo;
  /** Status codes that stand for this reason when the words say nothing more. */
  codes: string[];
  providers: ProviderUse[];
  /** How servers word it: phrases from the phrase table. */
  wordings: string[];
  /** Where those wordings come from. */
  sources: string[];
}

/** Phrases shown per reason: enough to recognise the wording, not the whole table. */
const WORDINGS_SHOWN = 12;

export function reasonPage(id: string): ReasonPage | null {
  if (!(REASON_IDS as readonly string[]).includes(id)) return null;
  const info = REASONS[id as ReasonId];
  const codes = Object.entries(STATUS_REASONS)
    .filter(([, r]) => r === id)
    .map(([k]) => `X.${k}`);
  const groups = PHRASE_GROUPS.filter((g) => g.reason === id);
  return {
    info,
    codes,
    providers: providerUses((rule) => rule.reason === id),
    wordings: groups.flatMap((g) => g.phrases.map(phraseText)).slice(0, WORDINGS_SHOWN),
    sources: groups.map((g) => g.source),
  };
}
