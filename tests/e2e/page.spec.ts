/**
 * The page's mechanics, whatever the engine says: explaining as you type, files, text never
 * treated as HTML, nothing sent anywhere, nothing lost on reload.
 */
import { expect, test } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, documentView, fixtureText, openEmpty, openEvidence, paste, pasteBox, pasteLong, verdict } from './support.ts';

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('the page explains as you type, with no button to press', async ({ page }) => {
  await expect(page).toHaveTitle('Bounce Explainer');
  await expect(page.getByRole('button', { name: /explain|submit|analy[sz]e/i })).toHaveCount(0);
  await expect(verdict(page)).toHaveCount(0);

  await pasteBox(page).pressSequentially('550 5.1.1 User unknown', { delay: 20 });
  await expect(verdict(page)).toBeVisible();
  await openEvidence(page);
  await expect(documentView(page)).toContainText('550 5.1.1 User unknown');

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(pasteBox(page)).toHaveValue('');
  await expect(verdict(page)).toHaveCount(0);
});

test('only the newest text is explained when the text changes quickly', async ({ page }) => {
  const box = pasteBox(page);
  for (const text of ['451 4.7.1 first', '452 4.2.2 second', '550 5.1.1 third and last']) await box.fill(text);
  await expect(verdict(page)).toBeVisible();
  await openEvidence(page);
  await expect(documentView(page)).toContainText('550 5.1.1 third and last');
  await page.waitForTimeout(400);
  await expect(documentView(page)).toContainText('550 5.1.1 third and last');
  await expect(documentView(page)).not.toContainText('second');
});

test('pasted markup is shown as text, never run', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__injected=1"><b>bold</b><script>window.__injected=2</script>\n550 5.1.1 User unknown';
  await paste(page, hostile);
  await openEvidence(page);
  await expect(documentView(page)).toContainText('<b>bold</b>');
  await expect(page.locator('main img, main b, main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('a dropped file is read and explained', async ({ page }) => {
  const text = fixtureText('postfix-userunknown.eml');
  await page.evaluate((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped.eml', { type: 'message/rfc822' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, text);
  await expect(page.getByText('dropped.eml')).toBeVisible();
  await expect(pasteBox(page)).toHaveValue(text);
  await expect(verdict(page)).toBeVisible();
});

test('nothing is requested from anywhere but the page itself, and a reload keeps the text', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await paste(page, GMAIL_NO_SUCH_USER);
  await pasteBox(page).fill(fixtureText('postfix-userunknown.eml'));
  await expect(page.locator('article[data-reason]', { hasText: 'nobody@example.org' })).toBeVisible();

  await page.reload();
  await expect(pasteBox(page)).toHaveValue(fixtureText('postfix-userunknown.eml'));
  await expect(verdict(page)).toBeVisible();
  await openEvidence(page);
  await expect(documentView(page)).toContainText('Reporting-MTA');

  expect(requests.length).toBeGreaterThan(0);
  const foreign = requests.filter((url) => !url.startsWith(`${baseURL}/`));
  expect(foreign).toEqual([]);
  // And none of them carried the pasted text.
  expect(requests.filter((url) => url.includes('example.org'))).toEqual([]);
});

test('a very long message is shown in part at first, and whole on request', async ({ page }) => {
  const long = `550 5.1.1 User unknown\n${'filler line of a long returned attachment\n'.repeat(4000)}the very end`;
  await pasteLong(page, long);
  await openEvidence(page);
  await expect(page.locator('.doc-more').first()).toContainText('more characters');
  await expect(documentView(page)).not.toContainText('the very end');
  await page.getByRole('button', { name: /Show the whole part/ }).click();
  await expect(documentView(page)).toContainText('the very end');
  await expect(page.locator('.doc-more')).toHaveCount(0);
});

test('a long text reloaded right after pasting is not lost', async ({ page }) => {
  // Long texts are stored once typing pauses; leaving the page must store them at once.
  const long = `550 5.1.1 User unknown\n${'another long line of a returned message\n'.repeat(3000)}the end`;
  await pasteLong(page, long);
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(long);
});
