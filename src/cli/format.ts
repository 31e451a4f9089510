/**
 * How the CLI prints a Report: one JSON object per message (JSON Lines), or a short
 * readable summary for a terminal.
 */
import { HEDGE } from '../lib/core/hedge.ts';
import type { AuthCheck, BlocklistHit, Confidence, Owner, RecipientReport, Report, ReportKind, Step, TrailEntry } from '../lib/core/index.ts';

/** One recipient in the JSON output. The names and their order are part of the CLI's contract. */
export interface CliRecipient {
  address: string | null;
  action: string | null;
  status: string | null;
  replyCode: string | null;
  reason: string;
  permanent: boolean | null;
  hardBounce: boolean;
  remoteMta: string | null;
  command: string | null;
  diagnostic: string | null;
  owner: string;
  rule: string | null;
  confidence: Confidence;
  summary: string;
  actions: Step[];
  blocklist: BlocklistHit | null;
  authentication: AuthCheck[];
}

/** One message in the JSON output. */
export interface CliRecord {
  source: string;
  kind: string;
  format: string | null;
  provider: string | null;
  recipients: CliRecipient[];
}

/** The field names of a JSON line, in order (tests check the output against these). */
export const RECORD_FIELDS = ['source', 'kind', 'format', 'provider', 'recipients'] as const;
export const RECIPIENT_FIELDS = [
  'address',
  'action',
  'status',
  'replyCode',
  'reason',
  'permanent',
  'hardBounce',
  'remoteMta',
  'command',
  'diagnostic',
  'owner',
  'rule',
  'confidence',
  'summary',
  'actions',
  'blocklist',
  'authentication',
] as const;

export function toRecord(source: string, report: Report): CliRecord {
  return {
    source,
    kind: report.kind,
    format: report.format,
    provider: report.provider,
    recipients: report.recipients.map((r) => ({
      address: r.address,
      action: r.action,
      status: r.status,
      replyCode: r.replyCode,
      reason: r.reason,
      permanent: r.permanent,
      hardBounce: r.hardBounce,
      remoteMta: r.remoteMta,
      command: r.command,
      diagnostic: r.diagnostic,
      owner: r.owner,
      rule: r.rule,
      confidence: r.confidence,
      summary: r.summary,
      actions: r.actions,
      blocklist: r.blocklist,
      authentication: r.authentication,
    })),
  };
}

/** One JSON line (with its newline). */
export function toJsonLine(source: string, report: Report): string {
  return JSON.stringify(toRecord(source, report)) + '\n';
}

const KIND_TEXT: Record<ReportKind, string> = {
  dsn: 'delivery failure report (DSN)',
  bounce: 'bounce message',
  'smtp-reply': 'SMTP reply',
  delay: 'delay warning (the server is still trying)',
  delivered: 'delivery success report',
  'auto-reply': 'automatic reply',
  'feedback-report': 'complaint / feedback report',
  'read-receipt': 'read receipt',
  unknown: 'not recognised as a bounce',
};

const OWNER_TEXT: Record<Owner, string> = {
  sender: 'the sender',
  'sender-admin': "the sender's mail administrator",
  recipient: 'the recipient',
  'recipient-admin': "the recipient's mail administrator",
  nobody: 'nobody',
};

// Control characters (C0 but tab, DEL, C1) would let a hostile message drive the terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Make untrusted text safe and single-line for a terminal. */
function clean(text: string, max = 500): string {
  let s = text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '');
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return s;
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s };
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const ANSI: Style = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39) };

const OUTCOME_TEXT: Record<TrailEntry['outcome'], string> = { won: 'decided by', adjusted: 'changed by', lost: 'also matched' };

/**
 * The decision trail: the rule that decided (with its source), what changed its reason,
 * then what also matched and lost, and why.
 */
function trailLines(r: RecipientReport, st: Style): string[] {
  if (r.trail.length === 0) return [];
  const out = [`    why this reason (${r.confidence} confidence):`];
  for (const t of r.trail) {
    const head = `${OUTCOME_TEXT[t.outcome] ?? clean(String(t.outcome))} ${clean(t.rule, 120)} → ${clean(t.reason, 40)}`;
    const line = `      ${t.outcome === 'lost' ? st.dim(head) : head}: ${clean(t.note, 400)}`;
    out.push(line);
    if (t.outcome !== 'lost' && t.source) out.push(`        ${st.dim(`source: ${clean(t.source, 400)}`)}`);
  }
  return out;
}

/** A readable summary of one message, ending with a blank line. `color` adds ANSI styling. */
export function toText(source: string, report: Report, color = false): string {
  const st = color ? ANSI : PLAIN;
  const lines: string[] = [];
  lines.push(st.bold(clean(source)));
  const head = [`kind: ${KIND_TEXT[report.kind] ?? clean(String(report.kind))}`];
  if (report.format) head.push(`format: ${clean(report.format)}`);
  if (report.provider) head.push(`provider: ${clean(report.provider)}`);
  lines.push('  ' + head.join(', '));
  if (report.recipients.length === 0) lines.push('  ' + st.dim('no recipients reported'));
  report.recipients.forEach((r, i) => {
    const n = report.recipients.length > 1 ? ` ${i + 1}` : '';
    lines.push(`  recipient${n}: ${st.bold(r.address ? clean(r.address) : '(the bounce does not name the address)')}`);
    const tags: string[] = [];
    if (r.permanent === true) tags.push(st.red('permanent'));
    else if (r.permanent === false) tags.push(st.yellow('temporary'));
    if (r.hardBounce) tags.push(st.red(HEDGE[r.confidence].cliHardBounce));
    lines.push(`    reason: ${st.bold(clean(r.reason))}${tags.length ? ' (' + tags.join(', ') + ')' : ''}`);
    const codes: string[] = [];
    if (r.status) codes.push(`status ${clean(r.status)}`);
    if (r.replyCode) codes.push(`reply code ${clean(r.replyCode)}`);
    if (r.command) codes.push(`at ${clean(r.command)}`);
    if (r.remoteMta) codes.push(`from ${clean(r.remoteMta, 200)}`);
    if (codes.length) lines.push(`    ${codes.join(', ')}`);
    if (r.diagnostic) lines.push(`    server said: ${st.dim(clean(r.diagnostic, 300))}`);
    lines.push(`    who must act: ${OWNER_TEXT[r.owner] ?? clean(String(r.owner))}`);
    if (r.summary) lines.push(`    ${clean(r.summary, 1000)}`);
    lines.push(...trailLines(r, st));
    if (r.actions.length) {
      lines.push('    what to do:');
      r.actions.forEach((a, j) => lines.push(`      ${j + 1}. ${a.audience === 'admin' ? '[mail admin] ' : ''}${clean(a.text, 1000)}`));
    }
  });
  for (const w of report.warnings) lines.push(`  ${st.yellow('note:')} ${clean(w.message, 300)}`);
  return lines.join('\n') + '\n\n';
}
