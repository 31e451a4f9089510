#!/usr/bin/env node
/**
 * Renders the app icons (public/icons/*.png) from the favicon's drawing with the Chromium
 * that the end-to-end tests use. Run after changing public/favicon.svg:
 *
 *   node scripts/make-icons.mjs
 *
 * - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners);
 * - icon-maskable-512.png: full-bleed background with the drawing inside the central 80%
 *   safe zone, so that any mask shape (circle, squircle) keeps all of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const svg = readFileSync(`${root}public/favicon.svg`, 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#0b5cad';

function page(size, maskable) {
  const inner = maskable ? Math.round(size * 0.8) : size;
  const drawing = svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `);
  const backdrop = maskable ? background : 'transparent';
  return `<!doctype html><html><body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${backdrop}">${drawing}</body></html>`;
}

const own = chromium.executablePath();
const browser = await chromium.launch({ executablePath: own && existsSync(own) ? own : '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [name, size, maskable] of [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-512.png', 512, true],
  ]) {
    const tab = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await tab.setContent(page(size, maskable));
    await tab.screenshot({ path: `${root}public/icons/${name}`, omitBackground: !maskable });
    await tab.close();
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
