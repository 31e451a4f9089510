/**
 * The faults of the engine's answer for one paste of tests/fixtures/wild-r27.ts: those of
 * wild-r26.ts's scorer, and for a paste garbled on its way in (`garbled`: OCR), a hard bounce
 * given with `high` confidence (firmly wrong: garbled text never makes a sure hard bounce).
 */
import type { Report } from '../../src/lib/core/types.ts';
import type { WildR27Paste } from '../fixtures/wild-r27.ts';
import { r26Faults } from './wild-r26-score.ts';

export function r27Faults(c: WildR27Paste, r: Report): { faults: string[]; firm: boolean } {
  const { faults, firm } = r26Faults(c, r);
  let sure = false;
  if (c.garbled) {
    for (const x of r.recipients) {
      if (x.hardBounce && x.confidence === 'high') {
        faults.push(`${x.address}: a sure hard bounce on garbled text`);
        sure = true;
      }
    }
  }
  return { faults, firm: firm || sure };
}
