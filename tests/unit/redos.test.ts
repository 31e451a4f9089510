/**
 * The ReDoS lint over every regular expression in the engine (src/lib/core and
 * src/lib/knowledge), found three ways:
 *
 * 1. every regex literal in every source file (a small tokenizer: tests/helpers/regex-lint.ts);
 * 2. every RegExp the engine constructs (`new RegExp(...)`), recorded while its modules load
 *    and while it explains the golden samples, the generated worst-case inputs and the
 *    corpus — and every `new RegExp(` in the source must have been seen doing so;
 * 3. every RegExp reachable from the modules' exports (tables of patterns), which must be
 *    among those of 1 or 2.
 *
 * Each is checked statically for the shapes that backtrack badly (see regex-lint.ts). No
 * timing anywhere: a slow shape is found by its shape.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it, beforeAll } from 'vitest';
import { findRegexLiterals, lintRegex, parseRegex } from '../helpers/regex-lint.ts';
import { ROOT } from '../helpers/shared.ts';

// ---- record every RegExp constructed from here on (the engine is imported below) ----------
interface Built {
  source: string;
  flags: string;
  /** `file:line` of the engine source line that built it, when the stack shows one. */
  site: string | null;
}
const built: Built[] = [];
const NativeRegExp = RegExp;
const ENGINE_DIRS = ['src/lib/core', 'src/lib/knowledge'].map((d) => join(ROOT, d));

function siteOf(stack: string | undefined): string | null {
  for (const line of (stack ?? '').split('\n').slice(2)) {
    const m = /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/.exec(line);
    const file = m?.[1] ?? m?.[3];
    if (!file) continue;
    const path = file.replace(/^file:\/\//, '');
    if (ENGINE_DIRS.some((d) => path.startsWith(d))) return `${relative(ROOT, path).split(sep).join('/')}:${m?.[2] ?? m?.[4]}`;
  }
  return null;
}

const record = (re: RegExp): RegExp => {
  built.push({ source: re.source, flags: re.flags, site: siteOf(new Error().stack) });
  return re;
};
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
  apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
});

function engineFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
    }
  };
  ENGINE_DIRS.forEach(walk);
  return out;
}

/** Every RegExp reachable from a value (tables, objects, arrays, maps), each once. */
function regexesIn(value: unknown, out: Set<RegExp>, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof NativeRegExp) {
    out.add(value);
    return;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) {
      regexesIn(k, out, seen);
      regexesIn(v, out, seen);
    }
    return;
  }
  if (value instanceof Set) {
    for (const v of value) regexesIn(v, out, seen);
    return;
  }
  for (const v of Object.values(value)) regexesIn(v, out, seen);
}

const files = engineFiles();
const literals = files.flatMap((f) => findRegexLiterals(readFileSync(f, 'utf8')).map((l) => ({ ...l, file: relative(ROOT, f).split(sep).join('/') })));
const exported = new Set<RegExp>();

beforeAll(async () => {
  // Load every engine module (module-level `new RegExp` runs now) and collect its exports.
  for (const f of files) regexesIn(await import(f), exported);
  // Explain inputs that reach the expressions built on demand (phrase index, prefix
  // patterns, HTML end tags): the golden samples, the worst-case families, the corpus.
  const { explain } = await import('../../src/lib/core/index.ts');
  const samples = join(ROOT, 'tests/fixtures/samples');
  for (const id of readdirSync(samples)) {
    for (const name of ['input.txt', 'input.eml']) {
      const p = join(samples, id, name);
      if (existsSync(p)) explain(new Uint8Array(readFileSync(p)));
    }
  }
  const { FAMILIES } = await import('../../bench/worst-families.ts');
  for (const f of FAMILIES) explain(f.make(10 * 1024));
  const { HAVE_CORPUS, CORPUS_EMAILS } = await import('../helpers/shared.ts');
  if (HAVE_CORPUS) for (const name of readdirSync(CORPUS_EMAILS)) explain(new Uint8Array(readFileSync(join(CORPUS_EMAILS, name))));
  globalThis.RegExp = NativeRegExp;
  // Loading and explaining all of that takes a few seconds; more on a busy machine.
}, 120_000);

const show = (source: string, flags: string) => `/${source.length > 160 ? source.slice(0, 160) + '…' : source}/${flags}`;

describe('the ReDoS lint', () => {
  it('finds the regex literals of the engine (hundreds of them, in most files)', ({ expect }) => {
    expect(literals.length).toBeGreaterThan(250);
    expect(new Set(literals.map((l) => l.file)).size).toBeGreaterThan(40);
    for (const l of literals) expect(() => new NativeRegExp(l.source, l.flags), `${l.file}:${l.line}`).not.toThrow();
  });

  it('passes every regex literal in the engine', ({ expect }) => {
    const bad = literals.flatMap((l) => lintRegex(l.source, l.flags).map((f) => `${l.file}:${l.line} ${show(l.source, l.flags)} ${f.shape}: ${f.detail}`));
    expect(bad).toEqual([]);
  });

  it('passes every RegExp the engine builds, and has seen every `new RegExp(` in the source build one', ({ expect }) => {
    const engineBuilt = built.filter((b) => b.site !== null);
    const bad = engineBuilt.flatMap((b) => lintRegex(b.source, b.flags).map((f) => `${b.site} ${show(b.source, b.flags)} ${f.shape}: ${f.detail}`));
    expect(bad).toEqual([]);
    const sites = new Set(engineBuilt.map((b) => b.site));
    const calls: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\bnew RegExp\(|(?<![\w.])RegExp\(/.test(line) && !/^\s*(?:\/\/|\*)/.test(line)) calls.push(`${relative(ROOT, f).split(sep).join('/')}:${i + 1}`);
        });
    }
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.filter((c) => !sites.has(c))).toEqual([]);
  });

  it('passes every RegExp in the modules\' exported tables, each one also found as a literal or seen built', ({ expect }) => {
    expect(exported.size).toBeGreaterThan(3);
    const known = new Set([...literals.map((l) => `${l.source}/${l.flags}`), ...built.map((b) => `${b.source}/${b.flags}`)]);
    for (const re of exported) {
      expect(lintRegex(re.source, re.flags), show(re.source, re.flags)).toEqual([]);
      // The literal's text and the compiled source differ only by escaping of `/`.
      expect(known.has(`${re.source}/${re.flags}`) || known.has(`${re.source.replace(/\\\//g, '/')}/${re.flags}`), show(re.source, re.flags)).toBe(true);
    }
    console.log(`ReDoS lint: ${literals.length} literals in ${new Set(literals.map((l) => l.file)).size} files, ${new Set(built.filter((b) => b.site).map((b) => b.source + '/' + b.flags)).size} distinct built expressions, ${exported.size} exported`);
  });
});

describe('the lint itself', () => {
  const shapes = (source: string, flags = '') => lintRegex(source, flags).map((f) => f.shape);

  it('catches the exponential shapes', ({ expect }) => {
    expect(shapes('^(a+)+$')).toContain('nested');
    expect(shapes('^(?:[a-z]+,?)+$')).toContain('nested');
    expect(shapes('^(?:\\w+\\s?)*$')).toContain('nested');
    expect(shapes('^(?:a|ab)+$')).toContain('alternation');
    expect(shapes('^(?:\\w|\\d)+!')).toContain('alternation');
  });

  it('catches the polynomial shapes', ({ expect }) => {
    expect(shapes('^x\\s*:?\\s*y')).toContain('adjacent');
    expect(shapes('^\\d+\\.?\\d+!')).toContain('adjacent');
    expect(shapes('^[a-z]+x[a-z]+!')).toContain('adjacent');
    expect(shapes('\\s+said')).toContain('start-scan');
    expect(shapes('\\b[a-z][a-z0-9+.-]*:\\/\\/')).toContain('start-scan');
    expect(shapes('\\(.*\\)$')).toContain('start-scan');
    expect(shapes('[>"\')\\].,;:]+$')).toContain('start-scan');
    expect(shapes('^\\s*x', 'm')).toContain('start-scan');
    expect(shapes('(?:\\.[a-z]+)*x')).toContain('start-scan');
    expect(shapes('[^\\n]*x', 'm')).toContain('start-scan');
  });

  it('passes the safe forms of the same patterns', ({ expect }) => {
    for (const [source, flags] of [
      ['^(?:\\d{1,3}\\.){3}\\d{1,3}$', ''], // bounded repeats
      ['(?<![a-z0-9-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+', 'g'], // a lookbehind forbids starting inside the run; iterations delimited by dots
      ['^"(?:[^"\\\\]|\\\\.)*"', ''], // alternatives that start differently
      ['[^>"\']*(?:(?:"[^"]*"|\'[^\']*\')[^>"\']*)*>', 'y'], // the unrolled loop, sticky
      ['\\bhost\\s+((?:[a-z0-9-]+\\.)+[a-z]{2,})\\.?\\s*(?:\\[|\\(|:|said)', 'i'],
      ['(?<!\\s)\\s*------\\s*$', ''],
      ['^[ \\t]*\\S.*$', 'm'], // a line start cannot lie inside a run of blanks and tabs
      ['\\s+', 'g'], // nothing after the run can fail
      ['(?:^|[\\s<(])[a-z0-9][a-z0-9.-]*\\.[a-z]{2,}>? does not exist', ''],
      ['[a-z]{2,63}', ''],
    ] as const) {
      expect(lintRegex(source, flags), `/${source}/${flags}`).toEqual([]);
    }
  });

  it('reads the syntax it is given (classes, escapes, groups, Unicode)', ({ expect }) => {
    expect(() => parseRegex('[\\]\\\\-](?<name>x)\\k<name>(?=a)(?!b)(?<=c)(?<!d)\\u{1F600}\\p{L}[^\\s\\u3040-\\u30ff]{2,}', 'u')).not.toThrow();
    expect(lintRegex('(', '')[0].shape).toBe('unparsable');
  });

  it('finds literals and tells a regex from a division', ({ expect }) => {
    const found = findRegexLiterals(`
      const a = x / y / z; // not / a regex /
      const b = /a[/]b\\//gi.test(s) ? 1 : 2 /* /c/ */;
      const c = \`\${/d+/.source}/\${'/e/'}\`;
      return /f/;
    `);
    expect(found.map((f) => `${f.source}|${f.flags}|${f.line}`)).toEqual(['a[/]b\\/|gi|3', 'd+||4', 'f||5']);
  });
});
