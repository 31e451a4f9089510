/**
 * What must not change when a bounce is redacted or cut down for sharing: the kind of
 * message and, for every recipient, the reason, codes, permanence and hard bounce.
 * Pure TypeScript (no DOM).
 */
import type { Report } from '../core/types.ts';

export interface Verdict {
  kind: string;
  recipients: { address?: string | null; reason: string; status: string | null; replyCode: string | null; permanent: boolean | null; hardBounce: boolean }[];
}

export function verdictOf(report: Report, options: { addresses?: boolean } = {}): Verdict {
  return {
    kind: report.kind,
    recipients: report.recipients.map((r) => ({
      ...(options.addresses ? { address: r.address } : {}),
      reason: r.reason,
      status: r.status,
      replyCode: r.replyCode,
      permanent: r.permanent,
      hardBounce: r.hardBounce,
    })),
  };
}

/** What differs between two verdicts, in plain words (empty when they agree). */
export function verdictDifferences(a: Report, b: Report, options: { addresses?: boolean } = {}): string[] {
  const x = verdictOf(a, options);
  const y = verdictOf(b, options);
  const out: string[] = [];
  if (x.kind !== y.kind) out.push(`kind ${x.kind} → ${y.kind}`);
  if (x.recipients.length !== y.recipients.length) out.push(`${x.recipients.length} → ${y.recipients.length} recipients`);
  const n = Math.min(x.recipients.length, y.recipients.length);
  for (let i = 0; i < n; i++) {
    const p = x.recipients[i] as Record<string, unknown>;
    const q = y.recipients[i] as Record<string, unknown>;
    for (const key of Object.keys(p)) if (p[key] !== q[key]) out.push(`recipient ${i + 1}: ${key} ${String(p[key])} → ${String(q[key])}`);
  }
  return out;
}

export function sameVerdicts(a: Report, b: Report, options: { addresses?: boolean } = {}): boolean {
  return verdictDifferences(a, b, options).length === 0;
}
