/**
 * Scores a case of blind round bounds33 (tests/fixtures/bounds-r33.ts): right, wrong, or firmly
 * wrong (a hard bounce the case forbids, or a sure verdict with a reason or permanence it does
 * not accept). Used by tests/unit/bounds-r33.test.ts and runnable alone to count:
 *   npx tsx tests/helpers/bounds-r33-score.ts
 */
import { explain } from '../../src/lib/core/index.ts';
import type { BoundsCase } from '../fixtures/bounds-r33.ts';

export interface BoundsScore {
  faults: string[];
  firm: boolean;
}

export function scoreBounds(c: BoundsCase): BoundsScore {
  const r = explain(c.text);
  const x = r.recipients[0];
  if (!x) return { faults: ['no recipient'], firm: false };
  const seen = `${x.address} ${x.reason} ${x.status ?? '-'} perm=${x.permanent} hard=${x.hardBounce} ${x.confidence}`;
  const faults: string[] = [];
  let firm = false;
  const reasonOk = c.reasons.includes(x.reason);
  const permOk = c.permanent === 'any' || x.permanent === c.permanent;
  if (!reasonOk) faults.push(`reason: ${seen}`);
  if (!permOk) faults.push(`permanent: ${seen}`);
  if (c.hard !== 'any' && x.hardBounce !== c.hard) faults.push(`hard: ${seen}`);
  if (x.hardBounce && c.hard === false) firm = true;
  if (x.confidence === 'high' && (!reasonOk || !permOk)) firm = true;
  if (c.notHigh && x.confidence === 'high') faults.push(`sure where unsure: ${seen}`);
  return { faults, firm };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { BOUNDS_R33, BOUNDS_R33B } = await import('../fixtures/bounds-r33.ts');
  const ALL = process.argv.includes('--b') ? BOUNDS_R33B : BOUNDS_R33;
  let right = 0;
  let wrong = 0;
  let firmly = 0;
  for (const c of ALL) {
    const s = scoreBounds(c);
    if (s.faults.length === 0) right++;
    else if (s.firm) firmly++;
    else wrong++;
    if (s.faults.length) console.log(`${s.firm ? 'FIRM ' : 'wrong'} ${c.id}: ${s.faults.join('; ')}`);
  }
  console.log(`right ${right}, wrong ${wrong}, firmly wrong ${firmly} of ${ALL.length}`);
}
