/**
 * Recipient addresses found, against a reference run (Sisimai 5.1's JSON Lines,
 * `corpus/sisimai-5.1.jsonl`), scored exactly as ../shared/tools/score-addresses.mjs does:
 * a reference address counts as found when the results for the same file (its first
 * message) name it, compared case-insensitively; the reference's placeholders for "no
 * recipient named" (`*.invalid`) are skipped.
 *
 * `ADDRESS_DISAGREEMENTS` lists the reference addresses we are sure are wrong, each with
 * the reason; the score is given raw and with them set aside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CORPUS_DIR } from '../tests/helpers/shared.ts';

/** The reference run beside the corpus. */
export const ADDRESS_REFERENCE = resolve(CORPUS_DIR, 'sisimai-5.1.jsonl');
export const HAVE_ADDRESS_REFERENCE = existsSync(ADDRESS_REFERENCE);

/** Reference addresses we disagree with: `file: address` → why. */
export const ADDRESS_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'lhost-apachejames-01.eml: 00000000000@vtext.example.com':
    'cut: the message says "RCPT TO: 000000000000@vtext.example.com" (twelve zeros); the eleven-zero address appears nowhere in it',
  'lhost-office365-04.eml: otsu-sakaba-hunter-nyaaaaaaan@ezweb.ne.jp':
    'taken from a mailto: link; the DSN Final-Recipient, the text and the returned To all name otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp',
  'lhost-v5sendmail-01.eml: kijitora@exampl':
    'cut: the only recipient named is the returned message\'s "To: kijitora@example.com", which we report (with a warning that it is the returned To)',
  'rb-issue-368-bug.eml: xxxx@yyyyyy.net':
    'the corpus labels this message "not a bounce" (filed under maildir/not upstream; disputed): it stays not a bounce, so it names no recipient',
  'rfc3464-28.eml: info@neko.example.jp':
    'an mbox of two reports: the reference lists both files\' recipients under the file, the scorer compares them with the first message only; info@ is the second message\'s recipient, and we name it there',
};

export interface AddressScore {
  /** Reference addresses (placeholders skipped). */
  total: number;
  found: number;
  /** Misses as `file: want ADDRESS got ADDRESSES|-`, like the official scorer prints them. */
  misses: string[];
  /** Misses not in ADDRESS_DISAGREEMENTS. */
  unexplained: string[];
  pct: number;
  /** Found share with the disagreements set aside. */
  pctAccepted: number;
}

interface Result {
  source?: unknown;
  file?: unknown;
  recipients?: ({ address?: unknown } | null)[];
}

function byFile(results: Iterable<Result>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const o of results) {
    const k = basename(String(o.source ?? '')).replace(/#\d+$/, '');
    if (!m.has(k)) m.set(k, (o.recipients ?? []).map((r) => String(r?.address ?? '').toLowerCase()));
  }
  return m;
}

/** Score results (CLI records) against the reference run. */
export function scoreAddresses(results: Iterable<Result>, referencePath = ADDRESS_REFERENCE): AddressScore {
  const ref = byFile(
    readFileSync(referencePath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Result),
  );
  const res = byFile(results);
  let total = 0;
  let found = 0;
  const misses: string[] = [];
  const unexplained: string[] = [];
  let accepted = 0;
  for (const [k, addrs] of ref) {
    for (const a of addrs) {
      if (!a || a.endsWith('.invalid')) continue;
      total++;
      const got = res.get(k) ?? [];
      if (got.includes(a)) {
        found++;
        continue;
      }
      misses.push(`${k}: want ${a} got ${got.join(' ') || '-'}`);
      if (`${k}: ${a}` in ADDRESS_DISAGREEMENTS) accepted++;
      else unexplained.push(`${k}: want ${a} got ${got.join(' ') || '-'}`);
    }
  }
  const pct = total ? (100 * found) / total : 0;
  const pctAccepted = total - accepted ? (100 * found) / (total - accepted) : 0;
  return { total, found, misses, unexplained, pct, pctAccepted };
}

/** The official scorer's summary line for this score. */
export function addressSummary(s: AddressScore): string {
  return `addresses found ${s.found}/${s.total} (${s.pct.toFixed(1)}%) of the reference's recipients`;
}
