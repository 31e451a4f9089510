/**
 * The faults of the engine's answer for one paste of tests/fixtures/dsn-pasted-r33.ts: those of
 * wild-r26.ts's scorer (kind, every recipient once and in order, each verdict), and for a paste
 * whose fields block is a DSN (`dsn`), that it is read as the delivery status (a section of
 * that name) and each recipient from its fields (its Action is evidence, pointing at the
 * Action's word inside that section), and that each recipient's address
 * evidence points at its address in the document.
 */
import type { Report } from '../../src/lib/core/types.ts';
import type { DsnPaste } from '../fixtures/dsn-pasted-r33.ts';
import { r26Faults } from './wild-r26-score.ts';

export function r33Faults(c: DsnPaste, r: Report): { faults: string[]; firm: boolean } {
  const { faults, firm } = r26Faults(c, r);
  if (c.dsn) {
    // Read from the fields as the delivery status: each recipient's Action is evidence, points
    // at the Action's word, and lies in a section the report calls the delivery status.
    const status = r.sections.filter((s) => s.label.startsWith('Delivery status'));
    if (status.length === 0) faults.push(`fields not read as the delivery status (sections: ${r.sections.map((s) => s.label).join(', ')})`);
    for (const x of r.recipients) {
      const action = x.evidence.find((e) => e.field === 'action');
      if (!action) faults.push(`${x.address}: not read from the fields (no Action evidence)`);
      else if (!/^(?:failed|delayed|delivered|relayed|expanded)$/i.test(r.document.slice(action.start, action.end))) faults.push(`${x.address}: Action evidence reads "${r.document.slice(action.start, action.end)}"`);
      else if (status.length && !status.some((s) => action.start >= s.start && action.end <= s.end)) faults.push(`${x.address}: its Action is outside the delivery status`);
    }
  }
  for (const x of r.recipients) {
    if (!x.address) continue;
    const at = x.evidence.filter((e) => e.field === 'address');
    if (at.length === 0) faults.push(`${x.address}: no address evidence`);
    for (const e of at) {
      const seen = r.document.slice(e.start, e.end);
      if (seen.toLowerCase() !== x.address.toLowerCase()) faults.push(`${x.address}: address evidence reads "${seen}"`);
    }
  }
  return { faults, firm };
}
