/**
 * The installable app: every file precached by the service worker, so the page loads and
 * explains with the network cut; a new version waits for the user ("Update available —
 * reload") and never reloads the page by itself while the box holds text; "Ready to work
 * offline" is said once.
 */
import { expect, test, type Page } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, paste, pasteBox, verdict } from './support.ts';
import { serveApp } from './static-server.ts';

/** Wait until the service worker is installed and controls this page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('the app loads and explains with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page).toHaveTitle('Bounce Explainer');
  await paste(page, GMAIL_NO_SUCH_USER);
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();

  // A permalink opens offline too (the navigation is answered from the cache).
  await page.waitForFunction(() => location.hash.startsWith('#v1.'));
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(pasteBox(other)).toHaveValue(GMAIL_NO_SUCH_USER);
  await expect(other.locator('article[data-reason="userunknown"]')).toBeVisible();
  await context.setOffline(false);
});

test('"Ready to work offline" is said once, quietly', async ({ page }) => {
  await page.goto('/');
  const ready = page.getByText('Ready to work offline');
  await expect(ready).toBeVisible();
  await expect(ready.locator('xpath=ancestor::*[@aria-live][1]')).toHaveAttribute('aria-live', 'polite');
  await controlled(page);
  await page.reload();
  await expect(pasteBox(page)).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(ready).toHaveCount(0);
});

test('a new version waits for the user and never reloads the page by itself', async ({ page }) => {
  // A server of our own, so that a new version can be "deployed" while the page is open.
  const server = await serveApp();
  try {
    await page.goto(`${server.url}/`);
    await controlled(page);
    await paste(page, GMAIL_NO_SUCH_USER);

    const current = await (await page.request.get(`${server.url}/sw.js`)).text();
    server.serviceWorker = `${current}\n// the next version\n`;
    await page.evaluate(() => {
      (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(page.getByText('Update available')).toBeVisible();
    await expect(page.getByText('Your text stays in the box.')).toBeVisible();
    // Nothing happens until the user says so: same page, same text.
    await page.waitForTimeout(2000);
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);

    // The user reloads: the new version takes over and the text is still there.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'reload' }).click()]);
    expect(await page.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
    await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
    await expect(verdict(page)).toBeVisible();
    await expect(page.getByText('Update available')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    await server.close();
  }
});

test('a version let in by another tab reloads an empty page, and only asks a page with text', async ({ context }) => {
  const server = await serveApp();
  try {
    const [asker, idle, busy] = [await context.newPage(), await context.newPage(), await context.newPage()];
    for (const p of [asker, idle, busy]) {
      await p.goto(`${server.url}/`);
      await controlled(p);
    }
    await paste(asker, GMAIL_NO_SUCH_USER);
    await paste(busy, '550 5.7.1 Message rejected as spam');
    const current = await (await asker.request.get(`${server.url}/sw.js`)).text();
    server.serviceWorker = `${current}\n// the next version\n`;
    for (const p of [asker, idle, busy]) {
      await p.evaluate(() => {
        (window as unknown as { stillThisPage: boolean }).stillThisPage = true;
      });
    }
    await asker.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    for (const p of [asker, idle, busy]) await expect(p.getByText('Update available')).toBeVisible();

    // One tab takes the update: the empty tab follows by itself, the busy one keeps its page and says so.
    await Promise.all([asker.waitForEvent('load'), idle.waitForEvent('load'), asker.getByRole('button', { name: 'reload' }).click()]);
    await expect(pasteBox(asker)).toHaveValue(GMAIL_NO_SUCH_USER);
    expect(await idle.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
    await expect(busy.getByText('A new version was installed in another tab')).toBeVisible();
    expect(await busy.evaluate(() => (window as unknown as { stillThisPage?: boolean }).stillThisPage)).toBe(true);
    await expect(pasteBox(busy)).toHaveValue('550 5.7.1 Message rejected as spam');
  } finally {
    await server.close();
  }
});

test('the manifest makes the app installable, with a share target and file handlers', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: 'Bounce Explainer',
    short_name: expect.any(String),
    description: expect.stringContaining('bounced email'),
    display: 'standalone',
    start_url: '/',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
    share_target: { action: '/share-target', method: 'POST', enctype: 'multipart/form-data', params: { text: 'text', title: 'title', url: 'url' } },
    file_handlers: [{ action: '/', accept: { 'message/rfc822': ['.eml'] } }],
  });
  const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await page.request.get(`/${icon.src}`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
