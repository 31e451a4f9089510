/** Scores the blind rows of tests/fixtures/log-pastes.ts: what differs, and whether the engine was firmly wrong. */
import { explain } from '../../src/lib/core/index.ts';
import type { LogPaste } from '../fixtures/log-pastes.ts';

export interface LogResult {
  row: LogPaste;
  diffs: string[];
  /** Confident and wrong, a hard bounce the words do not justify, or a failure where there is none. */
  firm: boolean;
  got: Record<string, unknown>;
}

export function scoreLog(row: LogPaste): LogResult {
  const report = explain(row.text);
  const diffs: string[] = [];
  let firm = false;
  const rs = report.recipients;
  const got = { kind: report.kind, format: report.format, recipients: rs.map((x) => [x.address, x.action, x.reason, x.confidence, x.permanent, x.hardBounce, x.rule]) };
  if (row.reason === 'none') {
    for (const x of rs) {
      if (x.action === 'failed' || x.action === 'delayed') (diffs.push(`failure read: ${x.address} ${x.action}`), (firm = true));
      if (x.hardBounce) (diffs.push(`hard ${x.address}`), (firm = true));
    }
    if (row.address && row.action) {
      const r = rs.find((x) => x.address === row.address);
      if (!r || r.action !== row.action) diffs.push(`action ${r?.action}`);
    }
    return { row, diffs, firm, got };
  }
  const count = row.count ?? 1;
  if (rs.length !== count) diffs.push(`recipients ${rs.length}`);
  const r = rs.find((x) => x.address === row.address) ?? rs[0];
  if (!r) return { row, diffs: [...diffs, 'no recipient'], firm, got };
  for (const x of rs) if (x !== r && x.hardBounce) (diffs.push(`hard ${x.address}`), (firm = true));
  if (r.address !== row.address) diffs.push(`address ${r.address}`);
  const unsure = r.confidence === 'low' || r.reason === 'onhold';
  if (row.reason === 'low') {
    if (!unsure) (diffs.push(`reason ${r.reason} (${r.rule}, ${r.confidence}) not unsure`), (firm = true));
  } else if (row.reason !== '*') {
    const want = typeof row.reason === 'string' ? [row.reason] : row.reason;
    // `low` among several reasons: an unsure answer is right too.
    if (!want.includes(r.reason) && !(unsure && want.includes('low'))) {
      diffs.push(`reason ${r.reason} (${r.rule}, ${r.confidence})`);
      if (!unsure) firm = true;
    }
  }
  if (row.permanent !== undefined && r.permanent !== row.permanent) diffs.push(`permanent ${r.permanent}`);
  if (r.hardBounce !== row.hard) {
    diffs.push(`hard ${r.hardBounce}`);
    if (r.hardBounce) firm = true;
  }
  if (row.action && r.action !== row.action) {
    diffs.push(`action ${r.action}`);
    if (row.action !== 'failed' && r.action === 'failed') firm = true;
  }
  return { row, diffs, firm, got };
}
