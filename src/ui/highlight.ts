/**
 * Cuts a stretch of the document into plain text and highlighted pieces, one piece per
 * change in which evidence ranges cover it. Ranges may nest or overlap; the pieces never do.
 * The page renders the pieces as text (never as HTML).
 */
import type { Evidence, Report } from '../lib/core/types.ts';

/** One evidence range, with whose it is: a recipient's index, or null for the message's own. */
export interface Tag extends Evidence {
  recipient: number | null;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The evidence covering this piece; empty for plain text. */
  tags: Tag[];
}

export interface Block {
  /** The section's label; null for text outside every section. */
  label: string | null;
  /** How the section's text was decoded from the bytes as sent ("base64, iso-2022-jp"), when it was. */
  decoded?: string;
  start: number;
  end: number;
}

/** What sort of thing a highlight marks, for its colour and its `data-kind`. */
export type MarkKind = 'code' | 'address' | 'host' | 'reason' | 'words' | 'field';

const FIELD_KINDS: Record<string, MarkKind> = {
  status: 'code',
  replyCode: 'code',
  address: 'address',
  originalRecipient: 'address',
  to: 'address',
  from: 'address',
  remoteMta: 'host',
  reportingMta: 'host',
  reason: 'reason',
  diagnostic: 'words',
};

/** The most telling kind among the tags covering a piece. */
const KIND_ORDER: MarkKind[] = ['code', 'address', 'host', 'reason', 'words', 'field'];

export function markKind(tags: readonly Tag[]): MarkKind {
  let best = KIND_ORDER.length - 1;
  for (const tag of tags) best = Math.min(best, KIND_ORDER.indexOf(FIELD_KINDS[tag.field] ?? 'field'));
  return KIND_ORDER[best];
}

/** Occurrences of a value looked for elsewhere in the document, per value. */
const ECHOES_PER_VALUE = 20;
/** Recipients above which no echoes are looked for. */
const MAX_ECHO_RECIPIENTS = 50;
/** Characters searched for echoes; what explains a bounce is near the top. */
const ECHO_SEARCH_LENGTH = 200_000;

/** Every evidence range in a report, the message's and each recipient's. */
export function collectTags(report: Report): Tag[] {
  const tags: Tag[] = report.messageEvidence.map((evidence) => ({ ...evidence, recipient: null }));
  report.recipients.forEach((recipient, index) => {
    for (const evidence of recipient.evidence) tags.push({ ...evidence, recipient: index });
  });
  return [...tags, ...echoTags(report, tags)];
}

/**
 * The same address, code, host or reason words where the engine did not point: a DSN's
 * values usually stand in the human-readable text too, and people read that part first.
 */
function echoTags(report: Report, tags: readonly Tag[]): Tag[] {
  // Many recipients: their own evidence is plenty, and the search would cost too much.
  if (report.recipients.length > MAX_ECHO_RECIPIENTS) return [];
  const doc = report.document;
  const lower = doc.slice(0, ECHO_SEARCH_LENGTH).toLowerCase();
  const echoes: Tag[] = [];
  // Where another recipient's own evidence stands (its block in a delivery report that names
  // the same host or code), the words are that recipient's: an echo there would light up
  // another recipient's lines as this one's evidence.
  const owned = tags.filter((t) => t.recipient !== null && t.field !== 'diagnostic');
  report.recipients.forEach((recipient, index) => {
    const covered = (start: number, end: number) => owned.some((t) => t.start < end && start < t.end);
    const values: [string, string][] = [];
    const add = (field: string, value: string | null | undefined) => {
      if (value && value.length >= 3) values.push([field, value.toLowerCase()]);
    };
    add('address', recipient.address);
    add('status', recipient.status);
    add('replyCode', recipient.replyCode);
    add('remoteMta', recipient.remoteMta);
    for (const e of recipient.evidence) {
      if (e.field === 'reason' && e.end - e.start >= 4 && e.end - e.start <= 80) add('reason', doc.slice(e.start, e.end));
    }
    const seen = new Set<string>();
    for (const [field, value] of values) {
      if (seen.has(value)) continue;
      seen.add(value);
      let found = 0;
      for (let at = lower.indexOf(value); at !== -1 && found < ECHOES_PER_VALUE; at = lower.indexOf(value, at + value.length)) {
        const end = at + value.length;
        // Whole words only: 550 is not in 5501 (but stands in "550-5.1.1"), nor a host in a longer host.
        const before = lower[at - 1] ?? ' ';
        const after = lower[end] ?? ' ';
        const code = field === 'status' || field === 'replyCode';
        if (field !== 'reason' && (code ? /[\w.]/ : /[\w.-]/).test(before)) continue;
        if ((code ? /\w/ : /[\w-]/).test(after) || (after === '.' && /\w/.test(lower[end + 1] ?? ' '))) continue;
        found++;
        if (!covered(at, end)) echoes.push({ field, start: at, end, note: 'named here too', recipient: index });
      }
    }
  });
  return echoes;
}

/** The document as labelled blocks: the sections in order, plus any text between them that is not blank. */
export function blocks(report: Report): Block[] {
  const length = report.document.length;
  const sections = report.sections
    .map((section) => ({ label: section.label, decoded: section.decoded, start: clamp(section.start, length), end: clamp(section.end, length) }))
    .filter((section) => section.end > section.start)
    .sort((a, b) => a.start - b.start);
  const result: Block[] = [];
  const between = (start: number, end: number) => {
    if (/\S/.test(report.document.slice(start, end))) result.push({ label: null, start, end });
  };
  let cursor = 0;
  for (const section of sections) {
    if (section.end <= cursor) continue; // nested in (or equal to) a block already shown
    if (section.start > cursor) between(cursor, section.start);
    result.push({ label: section.label, ...(section.decoded ? { decoded: section.decoded } : {}), start: Math.max(section.start, cursor), end: section.end });
    cursor = section.end;
  }
  if (cursor < length) between(cursor, length);
  return result;
}

/** Cut document[start, end) into pieces by the evidence that covers them. */
export function pieces(document: string, start: number, end: number, tags: readonly Tag[]): Piece[] {
  // Sweep over the points where a range opens or closes.
  const opens = new Map<number, Tag[]>();
  const closes = new Map<number, Tag[]>();
  const points = new Set<number>([start, end]);
  for (const tag of tags) {
    const from = Math.max(tag.start, start);
    const to = Math.min(tag.end, end);
    if (to <= from) continue;
    push(opens, from, tag);
    push(closes, to, tag);
    points.add(from).add(to);
  }
  const sorted = [...points].sort((a, b) => a - b);
  const active = new Set<Tag>();
  const result: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i];
    const to = sorted[i + 1];
    for (const tag of closes.get(from) ?? []) active.delete(tag);
    for (const tag of opens.get(from) ?? []) active.add(tag);
    const covering = [...active];
    const last = result.at(-1);
    if (last && last.tags.length === 0 && covering.length === 0) {
      last.end = to;
      last.text = document.slice(last.start, to);
    } else {
      result.push({ start: from, end: to, text: document.slice(from, to), tags: covering });
    }
  }
  return result;
}

function push(map: Map<number, Tag[]>, key: number, tag: Tag): void {
  const list = map.get(key);
  if (list) list.push(tag);
  else map.set(key, [tag]);
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Number.isFinite(offset) ? offset : 0), length);
}
