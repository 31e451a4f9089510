/**
 * The faults of the engine's answer for one paste of tests/fixtures/wild-r24.ts: the kind, the
 * recipients (a redaction placeholder is no address; the asker's own address is never a
 * recipient; one the report marks as hidden counts as none), and each recipient's verdict (judge of wild-pastes.ts). `firm` is set when the
 * answer is wrong and sure of itself, or removes an address the words do not say is bad.
 */
import type { Report } from '../../src/lib/core/types.ts';
import { judge } from '../fixtures/wild-pastes.ts';
import type { WildR24Paste } from '../fixtures/wild-r24.ts';

/** An address that is only a redaction: x's, stars, dots or a "redacted" word for a part. */
const PLACEHOLDER = /(?:^|@|\.)(?:x{2,}|\*+|\w?\.{2,}|\[?redacted\]?|<redacted>)(?:$|@|\.)|\*|\[email/i;

export function isPlaceholderAddress(a: string): boolean {
  return PLACEHOLDER.test(a);
}

export function r24Faults(c: WildR24Paste, r: Report): { faults: string[]; firm: boolean } {
  const out: string[] = [];
  let firm = false;
  const kindOk = c.kind === 'delay' ? r.kind === 'delay' : ['dsn', 'bounce', 'smtp-reply'].includes(r.kind);
  if (!kindOk) out.push(`kind ${r.kind}`);
  // A placeholder the report marks as hidden (its 'address-redacted' warning names it) counts as no address.
  const flagged = (a: string | null): boolean => a !== null && r.warnings.some((w) => w.code === 'address-redacted' && w.message.includes(a));
  const addresses = r.recipients.map((x) => (flagged(x.address) ? null : x.address));
  if (c.addresses && JSON.stringify(addresses) !== JSON.stringify(c.addresses)) out.push(`addresses ${JSON.stringify(addresses)}`);
  if (kindOk && r.recipients.length === 0) out.push('no recipients');
  for (const x of r.recipients) {
    if (x.address && isPlaceholderAddress(x.address) && !flagged(x.address)) out.push(`placeholder ${x.address} read as an address`);
    if (x.address && c.asker && x.address.toLowerCase() === c.asker.toLowerCase()) {
      out.push(`the asker's own ${x.address} read as a recipient`);
      if (x.hardBounce) firm = true;
    }
    const j = judge(x, (x.address && c.per?.[x.address]) || c.verdict);
    if (j.faults.length) out.push(`${x.address}: ${j.faults.join('; ')}`);
    firm ||= j.firm;
  }
  return { faults: out, firm };
}
