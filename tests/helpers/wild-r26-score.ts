/**
 * The faults of the engine's answer for one paste of tests/fixtures/wild-r26.ts: those of
 * wild-r25.ts's scorer, and for a paste that is no bounce now (`kind: 'none'`), any recipient
 * read as failed or as a hard bounce (a hard bounce is firmly wrong).
 */
import type { Report } from '../../src/lib/core/types.ts';
import type { WildR26Paste } from '../fixtures/wild-r26.ts';
import { r25Faults } from './wild-r25-score.ts';

const FAILURE = ['dsn', 'bounce', 'smtp-reply'];

export function r26Faults(c: WildR26Paste, r: Report): { faults: string[]; firm: boolean } {
  if (c.kind !== 'none') return r25Faults({ ...c, kind: c.kind }, r);
  const faults: string[] = [];
  if (FAILURE.includes(r.kind)) faults.push(`kind ${r.kind}`);
  const hard = r.recipients.filter((x) => x.hardBounce);
  for (const x of hard) faults.push(`${x.address}: hard bounce`);
  return { faults, firm: hard.length > 0 };
}
