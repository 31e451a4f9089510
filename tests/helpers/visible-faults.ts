/**
 * What a reading of a visible text gets wrong against its case (tests/fixtures/visible-layouts.ts
 * and lhost-visible.ts): the kind, the recipients in order and each one's verdict (`judge`),
 * and, as firmly wrong, a verdict `judge` calls so or a hard bounce of an address the client's
 * header lines name (the reader, a help desk), which is never a recipient.
 */
import type { Report } from '../../src/lib/core/types.ts';
import type { VisibleLayout } from '../fixtures/visible-layouts.ts';
import { judge } from '../fixtures/wild-pastes.ts';

export function visibleFaults(c: VisibleLayout, r: Report, readers: readonly string[]): { faults: string[]; firm: boolean } {
  const out: string[] = [];
  let firm = false;
  const kindOk = c.kind === 'delay' ? r.kind === 'delay' : ['dsn', 'bounce', 'smtp-reply'].includes(r.kind);
  if (!kindOk) out.push(`kind ${r.kind}`);
  const addresses = r.recipients.map((x) => x.address);
  if (c.addresses && JSON.stringify(addresses) !== JSON.stringify(c.addresses)) out.push(`addresses ${JSON.stringify(addresses)}`);
  if (kindOk && r.recipients.length === 0) out.push('no recipients');
  for (const x of r.recipients) {
    const j = judge(x, (x.address !== null && c.per?.[x.address]) || c.verdict);
    if (j.faults.length) out.push(`${x.address}: ${j.faults.join('; ')}`);
    firm ||= j.firm;
    if (c.kind === 'delay' && x.permanent === true) out.push(`${x.address}: permanent in a delay`);
  }
  for (const a of readers) {
    if (!addresses.includes(a)) continue;
    out.push(`${a} is named by the client's header lines, not a recipient`);
    if (r.recipients.find((x) => x.address === a)?.hardBounce) firm = true;
  }
  return { faults: out, firm };
}
