/**
 * Guards in the source itself: nothing in src/ can send data anywhere, and nothing renders
 * text as HTML. (The page test checks the requests actually made; this catches code paths
 * that a test run does not reach.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bfetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bsendBeacon\b/, 'navigator.sendBeacon'],
  [/\bnew\s+WebSocket\b/, 'WebSocket'],
  [/\bnew\s+EventSource\b/, 'EventSource'],
  [/\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML/, 'HTML string insertion'],
  [/\{@html\b/, 'Svelte {@html}'],
];

test('nothing in src/ sends data anywhere or renders text as HTML', () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(5);
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, what] of FORBIDDEN) {
      if (pattern.test(text)) found.push(`${relative(SRC, file)}: ${what}`);
    }
  }
  expect(found).toEqual([]);
});
