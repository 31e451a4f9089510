/**
 * Scoring of the redaction round privacy32 (tests/fixtures/redact-r32.ts): for each case, the
 * secrets found in the redacted text once every encoding in it is undone, and what changed in
 * the verdict. Run it alone: `npx tsx tests/helpers/redact-r32-score.ts`.
 */
import { domainToUnicode } from 'node:url';
import { explain } from '../../src/lib/core/index.ts';
import { redact } from '../../src/lib/share/redact.ts';
import { DEFAULT_SETTINGS, prepareShare } from '../../src/lib/share/prepare.ts';
import { verdictDifferences } from '../../src/lib/share/verdicts.ts';
import { decodeEncodedWords, percentBytes } from '../../src/lib/core/parse/encoded-words.ts';
import { decodeBase64, decodeCharset, decodeQuotedPrintable } from '../../src/lib/core/parse/transfer-decoding.ts';
import { REDACT_R32, type RedactCase } from '../fixtures/redact-r32.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', nbsp: ' ', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', ccedil: 'ç', ocirc: 'ô', aring: 'å', Aring: 'Å', euml: 'ë' };

const printable = (s: string) => s.length > 0 && !/[\x00-\x08\x0e-\x1f\ufffd]/.test(s);

/** Every way of reading the text a person could use to get at what it hides. */
const DECODERS: ((s: string) => string)[] = [
  (s) => decodeEncodedWords(s),
  (s) => s.replace(/\r?\n[ \t]+/g, ' '),
  (s) => new TextDecoder('utf-8').decode(decodeQuotedPrintable(s, true)),
  (s) => decodeCharset(decodeQuotedPrintable(s, true), 'iso-8859-1'),
  (s) => s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => new TextDecoder('utf-8').decode(percentBytes(m))),
  (s) =>
    s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (m, d, h, n) =>
      d ? String.fromCodePoint(+d) : h ? String.fromCodePoint(parseInt(h, 16)) : (ENTITIES[n] ?? m),
    ),
  (s) => s.replace(/\\x\{([0-9A-Fa-f]{1,6})\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16))),
  (s) => s.replace(/\b(?:[\w-]+\.)*xn--[\w-]+(?:\.[\w-]+)*/gi, (m) => domainToUnicode(m) || m),
  // base64 blocks over several lines, and single base64/base64url tokens (in URLs, tokens)
  (s) =>
    s.replace(/(?:^[A-Za-z0-9+/]{8,}={0,2}[ \t]*(?:\r?\n|$))+/gm, (m) => {
      const t = new TextDecoder('utf-8').decode(decodeBase64(m));
      return printable(t) ? t + '\n' : m;
    }),
  (s) =>
    s.replace(/[A-Za-z0-9+/_-]{12,}(?:={0,2}|(?:%3D){0,2})/g, (m) => {
      const t = new TextDecoder('utf-8').decode(decodeBase64(m.replace(/%3D/gi, '=').replace(/-/g, '+').replace(/_/g, '/')));
      return printable(t) && /[@.\s]/.test(t) ? t : m;
    }),
];

export function views(text: string): string[] {
  const seen = new Set<string>([text]);
  let layer = [text];
  for (let depth = 0; depth < 3 && layer.length; depth++) {
    const next: string[] = [];
    for (const v of layer) {
      for (const d of DECODERS) {
        let out: string;
        try {
          out = d(v);
        } catch {
          continue;
        }
        if (!seen.has(out) && seen.size < 400) {
          seen.add(out);
          next.push(out);
        }
      }
    }
    layer = next;
  }
  return [...seen];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** The secrets found in any reading of the text. */
export function leaksIn(text: string, secrets: readonly string[]): string[] {
  const all = views(text).map(norm);
  return secrets.filter((s) => all.some((v) => v.includes(norm(s))));
}

/** What differs between the verdicts of the original and the redacted text (confidence included). */
export function verdictChanges(original: string, redacted: string): string[] {
  const a = explain(original);
  const b = explain(redacted);
  const out = verdictDifferences(a, b);
  const n = Math.min(a.recipients.length, b.recipients.length);
  for (let i = 0; i < n; i++) {
    if (a.recipients[i].confidence !== b.recipients[i].confidence) out.push(`recipient ${i + 1}: confidence ${a.recipients[i].confidence} → ${b.recipients[i].confidence}`);
  }
  return out;
}

export interface CaseScore {
  id: string;
  /** Secrets left by redact() alone (hiding on, nothing left out). */
  leaks: string[];
  /** Secrets left by the share dialog's defaults (hide + leave out). */
  leaksDefault: string[];
  verdict: string[];
}

export function scoreCase(c: RedactCase): CaseScore {
  const redacted = redact(c.text).text;
  const shared = prepareShare({ input: c.text }, explain(c.text), DEFAULT_SETTINGS).shared.input;
  return { id: c.id, leaks: leaksIn(redacted, c.secrets), leaksDefault: leaksIn(shared, c.secrets), verdict: verdictChanges(c.text, redacted) };
}

export function scoreAll(cases: readonly RedactCase[] = REDACT_R32): { scores: CaseScore[]; leaking: number; leaks: number; verdicts: number } {
  const scores = cases.map(scoreCase);
  return {
    scores,
    leaking: scores.filter((s) => s.leaks.length).length,
    leaks: scores.reduce((n, s) => n + s.leaks.length, 0),
    verdicts: scores.filter((s) => s.verdict.length).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { scores, leaking, leaks, verdicts } = scoreAll();
  for (const s of scores) {
    if (!s.leaks.length && !s.leaksDefault.length && !s.verdict.length) continue;
    console.log(`${s.id}: leaks [${s.leaks.join(', ')}]${s.leaksDefault.join() !== s.leaks.join() ? ` default [${s.leaksDefault.join(', ')}]` : ''}${s.verdict.length ? ` VERDICT ${s.verdict.join('; ')}` : ''}`);
  }
  console.log(`${scores.length} cases: ${leaking} leaking (${leaks} secrets), ${verdicts} verdict changes`);
}
