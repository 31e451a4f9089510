/**
 * The page's budget: the JavaScript and CSS a first visit loads stay within 40 KB gzip.
 * The engine loads in its worker and the code reference on its first visit, so neither
 * counts; this test builds the page and checks that they really stay out.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.ts';

const BUDGET = 40 * 1024;

describe('the initial page load', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'bounce-bundle-'));
  let html = '';
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;

  beforeAll(() => {
    // A production build as `npm run build` makes it, in its own process (the test runner's
    // environment would make a development build).
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.VITEST;
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`vite build failed: ${run.stderr}`);
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  /** What index.html loads at once: its module script, the modules it preloads, its style sheets. */
  function initialFiles(): string[] {
    return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  }

  it(`is at most ${BUDGET / 1024} KB gzip of JavaScript and CSS`, () => {
    const files = initialFiles();
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    const total = files.reduce((sum, file) => sum + gz(file), 0);
    const assets = readdirSync(join(outDir, 'assets'));
    const size = (pattern: RegExp) => assets.filter((f) => pattern.test(f)).reduce((sum, f) => sum + gz(join('assets', f)), 0);
    console.log(
      `initial ${(total / 1024).toFixed(1)} KB gzip (${files.join(', ')}); reference chunk ${(size(/^ReferencePage-.*\.js$/) / 1024).toFixed(1)} KB, ` +
        `worker ${(size(/^explain\.worker-.*\.js$/) / 1024).toFixed(1)} KB, examples ${(size(/^examples-.*\.js$/) / 1024).toFixed(1)} KB gzip`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('leaves the engine, its tables and the code reference out of it', () => {
    const initial = initialFiles()
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    // Words that only the knowledge tables and the engine hold.
    expect(initial).not.toContain('REQUIRETLS could not be honoured'); // status code table
    expect(initial).not.toContain('[TSS04] Messages from'); // the examples
    expect(initial).not.toContain('provider.google.no-such-user'); // provider rules
    const assets = readdirSync(join(outDir, 'assets'));
    expect(assets.some((f) => /^ReferencePage-.*\.js$/.test(f))).toBe(true);
    expect(assets.some((f) => /^explain\.worker-.*\.js$/.test(f))).toBe(true);
  });
});
