/** Scores the blind rows of tests/fixtures/esp-pastes.ts: one verdict per row, what differs. */
import { explain } from '../../src/lib/core/index.ts';
import type { EspPaste } from '../fixtures/esp-pastes.ts';

export interface EspResult {
  row: EspPaste;
  ok: boolean;
  diffs: string[];
  got: Record<string, unknown>;
}

export function scoreEsp(row: EspPaste): EspResult {
  const report = explain(row.text);
  const diffs: string[] = [];
  const r = report.recipients[0];
  if (report.recipients.length !== 1) diffs.push(`recipients ${report.recipients.length}`);
  if (!r) return { row, ok: false, diffs, got: { kind: report.kind, format: report.format } };
  const reason = row.reason === 'low' ? (r.confidence === 'low' ? 'low' : r.reason) : r.reason;
  if (r.address !== row.address) diffs.push(`address ${r.address}`);
  if (row.reason !== '*' && reason !== row.reason) diffs.push(`reason ${reason} (${r.rule}, ${r.confidence})`);
  if (row.permanent !== undefined && r.permanent !== row.permanent) diffs.push(`permanent ${r.permanent}`);
  if (r.hardBounce !== row.hardBounce) diffs.push(`hard ${r.hardBounce}`);
  if (row.action && r.action !== row.action) diffs.push(`action ${r.action}`);
  return { row, ok: diffs.length === 0, diffs, got: { kind: report.kind, format: report.format, reason: r.reason, rule: r.rule } };
}
