/**
 * A format's `needs` (formats/types.ts) lets the engine skip its `detect` when the head of
 * the text holds none of those words. That may only save work: whenever `detect` fits, the
 * head must hold one of them. Checked on every golden sample, on the corpus when it is
 * there, and on texts made at random of the very words the formats' tests look for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, CORPUS_EMAILS, HAVE_CORPUS } from '../helpers/shared.ts';
import { FORMATS } from '../../src/lib/core/formats/index.ts';
import type { Format } from '../../src/lib/core/formats/types.ts';
import { scan, type Scan } from '../../src/lib/core/scan.ts';

const GATED = FORMATS.filter((f) => f.needs || f.needsSubject || f.needsFrom);

function holdsOne(sc: Scan, f: Format): boolean {
  const one = (text: string, words: readonly string[] = []) => words.some((w) => text.includes(w));
  return one(sc.headLower, f.needs) || one(sc.subjectLower, f.needsSubject) || one(sc.fromLower, f.needsFrom);
}

/** Every gated format whose detect fits this scan holds one of its words. */
function check(sc: Scan, what: string): void {
  for (const f of GATED) if (f.detect(sc)) expect(holdsOne(sc, f), `${f.id} detects ${what} without its words`).toBe(true);
}

/** The string literals of every format's detect (the words the formats look for), lower-cased. */
const WORDS = [
  ...new Set(
    FORMATS.flatMap((f) => [...(f.needs ?? []), ...(f.needsSubject ?? []), ...(f.needsFrom ?? []), ...[...f.detect.toString().matchAll(/'((?:[^'\\\n]|\\.){3,})'|"((?:[^"\\\n]|\\.){3,})"/g)].map((m) => (m[1] ?? m[2]).replace(/\\(.)/g, '$1'))]),
  ),
];

describe('formats: the words a detect needs', () => {
  it('names words for most formats, each lower-case', () => {
    expect(GATED.length).toBeGreaterThan(50);
    for (const f of GATED) {
      const words = [...(f.needs ?? []), ...(f.needsSubject ?? []), ...(f.needsFrom ?? [])];
      expect(words.length, f.id).toBeGreaterThan(0);
      for (const w of words) expect(w, f.id).toBe(w.toLowerCase());
    }
  });

  it('holds for every golden sample', () => {
    const dir = join(ROOT, 'tests/fixtures/samples');
    let n = 0;
    for (const name of readdirSync(dir)) {
      for (const file of ['input.eml', 'input.txt']) {
        const p = join(dir, name, file);
        if (!existsSync(p)) continue;
        const sc = file.endsWith('.eml') ? scan(new Uint8Array(readFileSync(p))) : scan(readFileSync(p, 'utf8'));
        check(sc, name);
        n++;
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it.runIf(HAVE_CORPUS)('holds for every message of the corpus', () => {
    for (const name of readdirSync(CORPUS_EMAILS).filter((n) => n.endsWith('.eml'))) check(scan(new Uint8Array(readFileSync(join(CORPUS_EMAILS, name)))), name);
  });

  it('holds for texts made of the words the formats look for', () => {
    expect(WORDS.length).toBeGreaterThan(100);
    const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(' ', '\n', ': ', '<a@example.org>', 'x', '\n\n'));
    const body = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));
    const line = fc.array(fc.constantFrom(...WORDS), { maxLength: 2 }).map((a) => a.join(' '));
    fc.assert(
      fc.property(body, line, line, fc.boolean(), (text, subject, sender, message) => {
        const input = message ? `From: ${sender || 'MAILER-DAEMON'} <postmaster@example.org>\nSubject: ${subject}\nX-Failed-Recipients: a@example.org\nMIME-Version: 1.0\n\n${text}\n` : text;
        check(scan(input), JSON.stringify(input));
      }),
      { numRuns: 3000 },
    );
  });
});
