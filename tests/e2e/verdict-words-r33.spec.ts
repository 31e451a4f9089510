/**
 * The verdict page's words and room (round words33): on a phone, the "Update available"
 * notice, which stays until a reload, gives the page room at its bottom, so that scrolled to
 * the end no button is left under it; a cause pasted alone is not called a server's words.
 */
import { expect, test, type Page } from '@playwright/test';
import { paste, verdict } from './support.ts';
import { serveApp } from './static-server.ts';

const PHONE = { width: 360, height: 740 };

/** Two recipients of two verdicts: a roll-up with a "Copy address" button on each line, and two cards. */
const TWO = [
  'Reporting-MTA: dns; mail.example.com',
  '',
  'Final-Recipient: rfc822; ann@example.org',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
  '',
  'Final-Recipient: rfc822; bob@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
  '',
].join('\n');

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** The visible buttons and links the notice covers (its own excepted). */
async function covered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notice = document.querySelector('.app-notice.update');
    if (!notice) return ['no notice'];
    const n = notice.getBoundingClientRect();
    const hits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], summary')) {
      if (notice.contains(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < n.right && r.right > n.left && r.top < n.bottom && r.bottom > n.top) hits.push(el.textContent?.trim() || el.tagName);
    }
    return hits;
  });
}

test('on a phone, the update notice leaves the last button uncovered at the end of the page', async ({ page }) => {
  const server = await serveApp();
  try {
    await page.setViewportSize(PHONE);
    await page.goto(`${server.url}/`);
    await controlled(page);
    await paste(page, TWO);
    await expect(verdict(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy address' }).first()).toBeVisible();

    const current = await (await page.request.get(`${server.url}/sw.js`)).text();
    server.serviceWorker = `${current}\n// the next version\n`;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Update available')).toBeVisible();

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    expect(await covered(page)).toEqual([]);
    // The room goes with the notice: after the reload there is none.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'reload' }).click()]);
    await expect(page.getByText('Update available')).toHaveCount(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
  } finally {
    await server.close();
  }
});

test('a cause pasted alone: the card calls it the words pasted, with no Action', async ({ page }) => {
  await page.goto('/');
  await paste(page, 'Mailbox full');
  const card = page.locator('article[data-reason="mailboxfull"]');
  await expect(card).toBeVisible();
  await card.locator('summary', { hasText: 'Technical details' }).click();
  await expect(card.locator('figcaption')).toHaveText('The words pasted');
  await expect(card.locator('dt', { hasText: /^Action$/ })).toHaveCount(0);
  await card.locator('summary', { hasText: 'Why this verdict' }).click();
  await expect(card.locator('.trail')).not.toContainText('the server said');
});
