/**
 * The installed app is handed bounces from outside: the system share sheet (manifest
 * share_target: shared text arrives in the query of a GET, or as a POST with a file that the
 * service worker keeps) and opening a .eml with the app (file_handlers, read through
 * launchQueue). What was shared lands in the box, and never reaches a server.
 */
import { expect, test, type Page } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, fixtureText, pasteBox, verdict } from './support.ts';

async function controlled(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

test('text shared from another app lands in the box, answered by the service worker', async ({ page }) => {
  await controlled(page);
  const query = new URLSearchParams({ title: 'Delivery Status Notification (Failure)', text: GMAIL_NO_SUCH_USER }).toString();
  const response = await page.goto(`/?${query}`);
  // The page came from the service worker's cache: the shared text went to no server.
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(pasteBox(page)).toHaveValue(`Delivery Status Notification (Failure)\n\n${GMAIL_NO_SUCH_USER}`);
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
  // Nor does it stay in the address bar.
  await expect(page).not.toHaveURL(/\?/);
});

test('a .eml shared from another app lands in the box', async ({ page }) => {
  await controlled(page);
  const eml = fixtureText('postfix-userunknown.eml');
  const status = await page.evaluate(async (text) => {
    const form = new FormData();
    form.append('title', 'Undelivered Mail Returned to Sender');
    form.append('file', new File([text], 'shared-bounce.eml', { type: 'message/rfc822' }));
    const answer = await fetch('/share-target', { method: 'POST', body: form, redirect: 'manual' });
    return answer.type;
  }, eml);
  // The service worker kept it and sent the app to pick it up.
  expect(status).toBe('opaqueredirect');
  await page.goto('/?share-target=pending');
  await expect(page.getByText('shared-bounce.eml')).toBeVisible();
  await expect(pasteBox(page)).toHaveValue(eml);
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
  await expect(page).not.toHaveURL(/\?/);
  // Picked up once: a reload shows the kept box, not a second share.
  expect(await page.evaluate(async () => (await caches.open('bounce-explainer-shared')).keys().then((k) => k.length))).toBe(0);
});

test('a .eml opened with the installed app lands in the box (launchQueue)', async ({ page }) => {
  const eml = fixtureText('postfix-delay.eml');
  await page.addInitScript((text) => {
    const file = new File([text], 'opened-with-the-app.eml', { type: 'message/rfc822' });
    // Chromium has a launchQueue of its own (empty unless the OS launched the app with files):
    // this one hands over a file, as a launch from the file manager does.
    Object.defineProperty(window, 'launchQueue', {
      configurable: true,
      value: {
        setConsumer(consumer: (params: { files: { getFile(): Promise<File> }[] }) => void) {
          consumer({ files: [{ getFile: async () => file }] });
        },
      },
    });
  }, eml);
  await page.goto('/');
  await expect(page.getByText('opened-with-the-app.eml')).toBeVisible();
  await expect(pasteBox(page)).toHaveValue(eml);
  await expect(verdict(page)).toHaveAttribute('data-kind', 'delay');
});
