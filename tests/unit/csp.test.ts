/**
 * The built page keeps its promises: a strict Content-Security-Policy (scripts, workers and
 * connections to the app's own origin only, no inline script, no frames, no plugins), no
 * inline script or handler, nothing loaded from elsewhere; and the service worker precaches
 * every file the page can load, the explain worker included, so it works offline.
 *
 * Builds the app (vite build, with the service worker) into a temporary folder first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { ROOT } from '../helpers/shared.ts';

let out = '';
let html = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'bounce-app-'));
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
  html = readFileSync(join(out, 'index.html'), 'utf8');
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/** The policy from the page's meta element, as directive → sources. */
function policy(): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'the built page has a Content-Security-Policy meta element').not.toBeNull();
  const directives = new Map<string, string[]>();
  for (const part of meta![1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(out, path)];
  });
}

describe('the built page', () => {
  it('has a strict Content-Security-Policy', () => {
    const csp = policy();
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('child-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    // Nothing anywhere in the policy opens the page to other origins or to eval.
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(/^(?:https?:|wss?:|\*|blob:|filesystem:)|unsafe-eval|strict-dynamic|unsafe-hashes/);
        if (name !== 'style-src') expect(source, `${name} ${source}`).not.toBe("'unsafe-inline'");
      }
    }
    expect([...(csp.get('img-src') ?? [])].sort()).toEqual(["'self'", 'data:']);
  });

  it('has no inline script or event handler, and loads nothing from elsewhere', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
    for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]+)"/gi)) expect(url, url).toMatch(/^(?:\/(?!\/)|data:image\/svg\+xml,)/);
    expect(html).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
  });

  it('the service worker precaches every file the page loads, the explain worker included', () => {
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const all = files(out);
    const worker = all.find((f) => /^assets\/explain\.worker-.*\.js$/.test(f));
    expect(worker, 'the explain worker chunk').toBeDefined();
    for (const file of all) {
      if (file === 'sw.js' || file.endsWith('.map')) continue;
      expect(sw, `precache lists ${file}`).toContain(JSON.stringify(file));
    }
  });

  it('the web manifest is installable and takes shares and .eml files', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.display).toBe('standalone');
    expect(manifest.share_target).toMatchObject({ action: '/share-target', method: 'POST', enctype: 'multipart/form-data' });
    expect(manifest.file_handlers[0].accept['message/rfc822']).toEqual(['.eml']);
    for (const icon of manifest.icons) expect(files(out)).toContain(icon.src);
  });
});
