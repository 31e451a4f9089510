/**
 * "Your bounce never leaves your browser", checked: every request the browser makes is
 * recorded. Loading asks the app's own origin only; pasting, explaining, dropping a file,
 * sharing (with the dialog and Copy link) and opening reference pages ask nothing at all.
 * A hostile HTML bounce runs nothing and fetches nothing, and its text is shown as text.
 */
import { expect, test, type Page } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, documentView, fixturePath, fixtureText, openEvidence, paste, pasteBox, verdict } from './support.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

interface Recorded {
  url: string;
  phase: 'load' | 'use';
}

/** Load the page and let it settle: the service worker installed, the explain worker started. */
async function loadAndSettle(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
  await page.waitForLoadState('networkidle');
}

test('loading asks only the app itself; using it asks nothing at all', async ({ page, context, baseURL }) => {
  const requests: Recorded[] = [];
  let phase: Recorded['phase'] = 'load';
  context.on('request', (request) => requests.push({ url: request.url(), phase }));
  await loadAndSettle(page);
  phase = 'use';

  // Paste and explain, type, open a file.
  await paste(page, GMAIL_NO_SUCH_USER);
  await pasteBox(page).fill(fixtureText('postfix-userunknown.eml'));
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(fixturePath('postfix-delay.eml'));
  await expect(verdict(page)).toHaveAttribute('data-kind', 'delay');
  await openEvidence(page);

  // Share: the dialog, its options and preview, Copy link.
  await page.getByRole('button', { name: /share link/i }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/Preview: what the link holds/).click();
  await dialog.getByLabel('Hide personal data').uncheck();
  await dialog.getByLabel('Hide personal data').check();
  await expect(dialog.getByText('The link gives the same explanation')).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Link copied.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Reference pages, and back.
  for (const hash of ['#/code/5.1.1', '#/reason/userunknown', '#/code/550', '#/codes']) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(verdict(page)).toBeVisible();

  const loading = requests.filter((r) => r.phase === 'load');
  expect(loading.length).toBeGreaterThan(0);
  expect(loading.filter((r) => !r.url.startsWith(`${baseURL}/`))).toEqual([]);
  expect(requests.filter((r) => r.phase === 'use')).toEqual([]);
});

test('a hostile HTML bounce runs nothing, fetches nothing, and is shown as text', async ({ page, context }) => {
  const requests: string[] = [];
  await loadAndSettle(page);
  context.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (d) => void d.dismiss());

  for (const open of ['paste', 'file'] as const) {
    if (open === 'paste') await paste(page, fixtureText('hostile-html.eml'));
    else {
      await page.locator('input[type="file"]').setInputFiles(fixturePath('hostile-html.eml'));
      // The paste's verdict is still on screen: wait for the file's own before opening it.
      await expect(page.getByText('hostile-html.eml')).toBeVisible();
    }
    await expect(verdict(page)).toBeVisible();
    // The words are there, as text, even those a style would hide.
    await openEvidence(page);
    await expect(documentView(page)).toContainText('Delivery to the following recipient failed permanently');
    await expect(documentView(page)).toContainText('Hidden by the style: 550 5.1.1 The email account that you tried to reach does not exist.');
    await expect(page.locator('article[data-reason]', { hasText: 'nobody@example.org' })).toBeVisible();
    // The markup never became elements, and no link runs script.
    expect(
      await page.evaluate(() =>
        document.querySelectorAll(
          '[src*="tracker"], [href*="tracker"], [data*="tracker"], [action*="tracker"], a[href^="javascript:"], iframe, object, embed, form, main script, main style, meta[http-equiv="refresh"], [onerror], [onload]',
        ).length,
      ),
    ).toBe(0);
  }
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
  expect(requests).toEqual([]);
  await expect(page).toHaveURL(/localhost/);
});
