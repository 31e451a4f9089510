/**
 * Both forms of a bounce, the same verdict.
 *
 *   tsx scripts/form-agreement.ts [VISIBLE_DIR] [--all] [--json]
 *
 * For every corpus message that has a visible text (the `.txt` files visible-text.py writes,
 * `<emails file>.txt`; made into VISIBLE_DIR, default /tmp/vt, when the folder lacks them),
 * explains the raw message and its visible text the way the CLI reads files, pairs their
 * recipients by address (one each: paired whatever their addresses), and lists every recipient
 * whose address, reason, permanence or hard bounce differs between the two forms. A missing
 * Status in the visible text is expected (it has no DSN) and is not compared. An address the
 * other form gives as the original recipient (an alias and the mailbox it expanded to) agrees.
 *
 * A difference where the visible verdict is unsure (confidence low, or reason onhold /
 * undefined, or permanence unknown) is counted apart as `unsure`: the visible text may truly
 * lack the cause, and then an unsure answer is the right one. `--all` lists those too.
 * The last lines count the recipients by the fields that differ and by the two forms' formats.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../src/lib/core/index.ts';
import type { Report, RecipientReport } from '../src/lib/core/types.ts';
import { messagesOfFile } from '../src/cli/messages.ts';
import { CORPUS_EMAILS, CORPUS_LABELS, VISIBLE_TEXT_TOOL } from '../bench/corpus.ts';

const args = process.argv.slice(2);
const showAll = args.includes('--all');
const asJson = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? '/tmp/vt';

if (!existsSync(dir) || !readdirSync(dir).some((n) => n.endsWith('.txt'))) {
  const py = spawnSync('python3', [VISIBLE_TEXT_TOOL, CORPUS_LABELS, CORPUS_EMAILS, dir], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(`visible-text.py failed: ${py.stderr || py.stdout}`);
}

function reportOf(file: string): Report | null {
  for (const item of messagesOfFile(file)) if (item.type === 'message') return explain(item.bytes);
  return null;
}

const unsure = (r: RecipientReport): boolean =>
  r.confidence === 'low' || r.reason === 'onhold' || r.reason === 'undefined';

interface Row {
  file: string;
  fields: string[];
  /** A rough kind of the difference, for the summary (the general cause needs a reader's eye). */
  kind: string;
  unsure: boolean;
  raw: string;
  visible: string;
  formats: string;
}

const show = (r: RecipientReport | undefined): string =>
  r ? `${r.address ?? '(none)'} ${r.reason}/${r.permanent === null ? '?' : r.permanent ? 'perm' : 'temp'}${r.hardBounce ? '/HARD' : ''} ${r.confidence}` : '(missing)';

const rows: Row[] = [];
let messages = 0;
let recipients = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const rawFile = join(CORPUS_EMAILS, name.slice(0, -4));
  if (!existsSync(rawFile)) continue;
  const raw = reportOf(rawFile);
  const vis = reportOf(join(dir, name));
  if (!raw || !vis) continue;
  messages++;
  const formats = `${raw.format ?? '-'} → ${vis.format ?? '-'}`;
  const key = (r: RecipientReport) => (r.address ?? '').toLowerCase();
  const pairs: [RecipientReport | undefined, RecipientReport | undefined][] = [];
  if (raw.recipients.length === 1 && vis.recipients.length === 1) pairs.push([raw.recipients[0], vis.recipients[0]]);
  else {
    const left = new Map(vis.recipients.map((r) => [key(r), r]));
    for (const r of raw.recipients) {
      const v = left.get(key(r));
      if (v) left.delete(key(r));
      pairs.push([r, v]);
    }
    for (const v of left.values()) pairs.push([undefined, v]);
  }
  for (const [r, v] of pairs) {
    recipients++;
    const fields: string[] = [];
    // The same two addresses in other roles (the raw form names the alias its DSN gives, the
    // visible text the mailbox the alias expanded to, "expanded from" the alias) agree.
    const low = (a: string | null) => (a ?? '').toLowerCase();
    const same = !!r && !!v && (key(r) === key(v) || (!!r.address && key(r) === low(v.originalRecipient)) || (!!v.address && key(v) === low(r.originalRecipient)));
    if (!same) fields.push('address');
    if (r && v) {
      if (r.reason !== v.reason) fields.push('reason');
      if (r.permanent !== v.permanent) fields.push('permanent');
      if (r.hardBounce !== v.hardBounce) fields.push('hard');
    }
    if (!fields.length) continue;
    const soft = !!v && unsure(v) && !v.hardBounce && !fields.includes('address');
    const kind = fields.includes('address')
      ? !v || !v.address
        ? 'the visible text names no such recipient'
        : !r
          ? 'the visible text names a recipient the raw form lacks'
          : 'the forms name different addresses'
      : fields.includes('reason')
        ? 'the cause differs'
        : v?.permanent === null
          ? 'the visible text leaves permanence open'
          : fields.includes('permanent')
            ? 'permanence differs (the raw form\'s code, the visible text\'s words)'
            : 'hard bounce differs';
    rows.push({ file: name.slice(0, -4), fields, kind, unsure: soft, raw: show(r), visible: show(v), formats });
  }
}

if (asJson) {
  for (const row of rows) console.log(JSON.stringify(row));
} else {
  for (const row of rows) {
    if (row.unsure && !showAll) continue;
    console.log(`${row.file}\t[${row.fields.join(',')}]${row.unsure ? ' (visible unsure)' : ''}\t${row.formats}\t${row.kind}\n  raw:     ${row.raw}\n  visible: ${row.visible}`);
  }
}
const firm = rows.filter((r) => !r.unsure);
const count = (list: Row[], by: (r: Row) => string[]) => {
  const m = new Map<string, number>();
  for (const r of list) for (const k of by(r)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
};
console.error(`# ${messages} messages, ${recipients} recipients compared: ${firm.length} disagree, ${rows.length - firm.length} more where the visible text is unsure`);
console.error(`# by field (disagreeing): ${count(firm, (r) => r.fields)}`);
console.error(`# by kind (disagreeing): ${count(firm, (r) => [r.kind])}`);
console.error(`# by formats raw → visible (disagreeing): ${count(firm, (r) => [r.formats])}`);
