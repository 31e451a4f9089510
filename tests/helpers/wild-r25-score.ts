/**
 * The faults of the engine's answer for one paste of tests/fixtures/wild-r25.ts: the kind
 * ('any' takes a failure or a delay), the recipients in order (the reader's or the tool's own
 * address is never one), and each recipient's verdict (judge of wild-pastes.ts). `firm` is set
 * when the answer is wrong and sure of itself, or a hard bounce the words do not justify.
 */
import type { Report } from '../../src/lib/core/types.ts';
import { judge } from '../fixtures/wild-pastes.ts';
import type { WildR25Paste } from '../fixtures/wild-r25.ts';

const FAILURE = ['dsn', 'bounce', 'smtp-reply'];

export function r25Faults(c: WildR25Paste, r: Report): { faults: string[]; firm: boolean } {
  const out: string[] = [];
  let firm = false;
  const kindOk = c.kind === 'delay' ? r.kind === 'delay' : c.kind === 'any' ? [...FAILURE, 'delay'].includes(r.kind) : FAILURE.includes(r.kind);
  if (!kindOk) out.push(`kind ${r.kind}`);
  const addresses = r.recipients.map((x) => x.address);
  if (c.addresses && JSON.stringify(addresses) !== JSON.stringify(c.addresses)) out.push(`addresses ${JSON.stringify(addresses)}`);
  if (kindOk && r.recipients.length === 0) out.push('no recipients');
  for (const x of r.recipients) {
    if (x.address && c.asker && x.address.toLowerCase() === c.asker.toLowerCase()) {
      out.push(`the reader's own ${x.address} read as a recipient`);
      if (x.hardBounce) firm = true;
    }
    const j = judge(x, (x.address && c.per?.[x.address]) || c.verdict);
    if (j.faults.length) out.push(`${x.address}: ${j.faults.join('; ')}`);
    firm ||= j.firm;
  }
  return { faults: out, firm };
}
