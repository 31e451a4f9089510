/**
 * Scores the trust cases of tests/fixtures/trust (cases.ts) as a count rather than pass/fail,
 * so a blind round can be scored before anything is fixed:
 *
 *   tsx bench/trust.ts [FILE ...]     (no files: every case)
 *
 * Each case is right (every expectation holds), wrong, or FIRMLY wrong: a hard bounce the
 * case forbids, a hard bounce of an address that is not the recipient, or a `high` verdict
 * whose reason or permanence the case does not accept — the answers people act on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain, type RecipientReport } from '../src/lib/core/index.ts';
import { splitMbox } from '../src/lib/core/parse/mbox.ts';
import { TRUST_CASES, type RecipientMust, type TrustCase } from '../tests/fixtures/trust/cases.ts';

const DIR = join(import.meta.dirname, '../tests/fixtures/trust');
const oneOf = <T>(want: T | readonly T[], got: T): boolean => (Array.isArray(want) ? (want as readonly T[]).includes(got) : want === got);

/** What a person brings: a `.txt` as a string, an `.eml` (or an Outlook `.msg`) as bytes, one message of an `.mbox` as bytes. */
function trustInput(c: TrustCase): string | Uint8Array {
  if (c.message === undefined && !/\.(?:emlx?|msg)$/.test(c.file)) return readFileSync(join(DIR, c.file), 'utf8');
  const bytes = new Uint8Array(readFileSync(join(DIR, c.file)));
  if (c.message === undefined) return bytes;
  const range = splitMbox(new TextDecoder('latin1').decode(bytes)).messages[c.message - 1];
  return range ? bytes.slice(range.start, range.end) : new Uint8Array();
}

function judge(c: TrustCase): { firm: string[]; soft: string[] } {
  const report = explain(trustInput(c));
  const firm: string[] = [];
  const soft: string[] = [];
  if (!c.kind.includes(report.kind)) soft.push(`kind ${report.kind}`);
  if (c.quoted !== undefined && report.quoted !== c.quoted) soft.push(`quoted ${report.quoted}`);
  const forbidden = new Set(c.notRecipients ?? []);
  report.recipients.forEach((r: RecipientReport, i: number) => {
    // The expectation for this address when one names it, else the one in the same place.
    const must: RecipientMust | undefined = c.recipients.find((m) => r.address !== null && oneOf(m.address, r.address)) ?? c.recipients[i];
    const seen = `${r.address} ${r.reason} ${r.status ?? '-'} perm=${r.permanent} hard=${r.hardBounce} ${r.confidence}`;
    if (r.hardBounce && r.address !== null && (forbidden.has(r.address) || (must && !oneOf(must.address, r.address)) || !must)) firm.push(`hard bounce of a wrong address: ${seen}`);
    if (forbidden.has(r.address ?? '')) soft.push(`names ${r.address}`);
    if (!must) {
      if (r.hardBounce) firm.push(`hard bounce of an extra recipient: ${seen}`);
      else soft.push(`extra recipient: ${seen}`);
      return;
    }
    if (r.hardBounce && !must.hardBounce) firm.push(`hard bounce: ${seen}`);
    const reasonOk = must.reason === 'any' || must.reason.includes(r.reason);
    const permOk = must.permanent === 'any' || oneOf(must.permanent, r.permanent);
    if (r.confidence === 'high' && (!reasonOk || !permOk)) firm.push(`sure and wrong: ${seen}`);
    if (!oneOf(must.address, r.address)) soft.push(`address: ${seen}`);
    if (!reasonOk) soft.push(`reason: ${seen}`);
    if (!permOk) soft.push(`permanent: ${seen}`);
    if (r.hardBounce !== must.hardBounce && !r.hardBounce) soft.push(`no hard bounce: ${seen}`);
    if (must.notHigh && r.confidence === 'high') soft.push(`sure where unsure: ${seen}`);
  });
  if (report.recipients.length < c.recipients.filter((m) => !m.optional).length) soft.push(`${report.recipients.length} recipients, want ${c.recipients.length}`);
  return { firm, soft };
}

const only = process.argv.slice(2).map((f) => f.replace(/^.*\//, ''));
const cases = only.length ? TRUST_CASES.filter((c) => only.includes(c.file)) : TRUST_CASES;
const name = (c: TrustCase): string => (c.message === undefined ? c.file : `${c.file}#${c.message}`);
let right = 0;
let firmly = 0;
for (const c of cases) {
  const { firm, soft } = judge(c);
  if (!firm.length && !soft.length) right++;
  else {
    if (firm.length) firmly++;
    console.log(`${firm.length ? 'FIRMLY WRONG' : 'wrong       '} ${name(c)}: ${[...firm, ...soft].join('; ')}`);
  }
}
console.log(`\n${cases.length} cases: ${right} right, ${cases.length - right - firmly} wrong, ${firmly} firmly wrong`);
