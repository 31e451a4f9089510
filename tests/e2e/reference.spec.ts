/**
 * The code reference: a page for every code of the reference tables and every reason, an
 * index that filters as you type, links from the cards, back and forward, and tables that
 * load only when a reference page is first visited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { REASON_IDS } from '../../src/lib/core/types.ts';
import { HAVE_REFERENCE, REFERENCE_DIR } from '../helpers/shared.ts';
import { headline, openEmpty, pickExample } from './support.ts';

function csvCodes(name: string): string[] {
  return readFileSync(resolve(REFERENCE_DIR, name), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0].trim())
    .filter(Boolean);
}

test('the reference tables stay out of the first load, and opening a reference page fetches nothing', async ({ page }) => {
  // The page's first load leaves them out (tests/unit/bundle.test.ts); they are fetched
  // once the page is idle, so that opening the reference later asks nothing of the network.
  const scripts: string[] = [];
  const whileVisiting: string[] = [];
  let visiting = false;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
    if (visiting) whileVisiting.push(request.url());
  });
  await openEmpty(page);
  await pickExample(page, 'gmail-user-unknown');
  await expect.poll(() => scripts.filter((url) => /ReferencePage/.test(url)).length).toBeGreaterThan(0);
  visiting = true;
  await page.getByRole('link', { name: 'Code reference' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reply codes, status codes and reasons');
  expect(whileVisiting).toEqual([]);
});

test('the index lists every code of the reference tables and every reason, and filters as you type', async ({ page }) => {
  await page.goto('/#/codes');
  const links = page.locator('.code-index a');
  // The reference tables load on first use: wait for the index before reading it.
  await expect(links.first()).toBeVisible();
  const hrefs = new Set(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href'))));
  test.skip(!HAVE_REFERENCE, `reference tables not found at ${REFERENCE_DIR}`);
  const codes = [...csvCodes('enhanced-status-codes.csv'), ...csvCodes('enhanced-status-codes-basic.csv'), ...csvCodes('smtp-reply-codes.csv')];
  expect(codes.length).toBeGreaterThan(100);
  for (const code of codes) expect(hrefs, code).toContain(`#/code/${code}`);
  for (const id of REASON_IDS) expect(hrefs, id).toContain(`#/reason/${id}`);

  const search = page.getByLabel('Search codes and reasons');
  await search.pressSequentially('5.7.26');
  await expect(links).toHaveText(['X.7.26']);
  await search.fill('5.7.2');
  await expect(links.first()).toBeVisible();
  for (const text of await page.locator('.code-index li').allTextContents()) expect(text).toMatch(/^[X245]\.7\.2/);
  await search.fill('mailbox full');
  await expect(page.locator('.code-index a', { hasText: 'mailboxfull' })).toBeVisible();
  await expect(page.locator('.code-index a', { hasText: '550' })).toHaveCount(0);
  await search.fill('no such code anywhere');
  await expect(links).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('0 of');
});

test('a status code page: meaning, RFC, providers, usual reason', async ({ page }) => {
  await page.goto('/#/code/5.7.26');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.7.26');
  await expect(page.getByRole('link', { name: 'RFC 7372' })).toHaveAttribute('href', 'https://www.rfc-editor.org/rfc/rfc7372');
  await expect(page.locator('.provider-uses')).toContainText('Gmail / Google Workspace');
  await expect(page.locator('.reference')).toContainText('Permanent');

  await page.goto('/#/code/550');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('550');
  await expect(page.getByRole('link', { name: 'RFC 5321' })).toBeVisible();

  await page.goto('/#/code/X.2.2');
  await expect(page.locator('.reference')).toContainText("Recipient's mailbox is full");
  await page.getByRole('link', { name: "Recipient's mailbox is full" }).click();
  await expect(page).toHaveURL(/#\/reason\/mailboxfull$/);
});

test('a reason page: owner, steps for each audience, codes and wordings', async ({ page }) => {
  await page.goto('/#/reason/mailboxfull');
  const article = page.locator('article.reference');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Recipient's mailbox is full");
  await expect(article).toContainText('The recipient');
  await expect(article.getByRole('heading', { name: 'What the sender can do' })).toBeVisible();
  await expect(article.getByRole('heading', { name: 'For the email admin' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'X.2.2' })).toBeVisible();
  await expect(article.locator('.wordings li').first()).toBeVisible();
  await expect(article).not.toContainText('{address}');
});

test('codes on a card link to the reference; back and forward work', async ({ page }) => {
  await openEmpty(page);
  await pickExample(page, 'postfix-mailbox-full');
  const card = page.locator('article[data-reason="mailboxfull"]');
  await card.locator('details.technical summary').click();
  await card.getByRole('link', { name: '5.2.2' }).click();
  await expect(page).toHaveURL(/#\/code\/5\.2\.2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.2.2');
  await page.getByRole('link', { name: "Recipient's mailbox is full" }).click();
  await expect(page).toHaveURL(/#\/reason\/mailboxfull$/);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.2.2');
  await page.goBack();
  await expect(headline(page)).toHaveText(/The recipient's mailbox is full/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.2.2');
});

test('nothing sticks out sideways at 360 px, on the reference pages or with the evidence open', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const hash of ['#/codes', '#/code/5.7.26', '#/code/X.7.XXX', '#/reason/authfailure']) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await overflow(), hash).toBeLessThanOrEqual(0);
  }
  await openEmpty(page);
  await pickExample(page, 'microsoft-s3150');
  await page.locator('details.evidence-fold > summary').click();
  for (const part of await page.locator('details.part').all()) await part.locator('summary').click();
  const card = page.locator('article[data-reason]');
  await card.locator('details.technical summary').click();
  await card.locator('details.why summary').click();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
