/**
 * What the page shows for real bounces. These need the real engine (src/lib/core): they
 * assert the explanation, not just that something appeared.
 */
import { expect, test } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, fixturePath, fixtureText, openEmpty, paste, verdict } from './support.ts';

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('a pasted multi-line Gmail reply is explained as a hard bounce for an unknown user', async ({ page }) => {
  await paste(page, GMAIL_NO_SUCH_USER);

  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Hard bounce — remove this address');
  await expect(card).toContainText('Permanent');
  await expect(card).toContainText('5.1.1');
  await expect(card.locator('ol.actions li').first()).toBeVisible();
  await expect(verdict(page)).toContainText('Bounce');

  const mark = page.locator('.document mark', { hasText: '5.1.1' }).first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('title', /Evidence for/);

  // Pointing at the card brings its evidence forward.
  await card.hover();
  await expect(page.locator('.document mark.current').first()).toBeVisible();
});

test('a Postfix DSN, pasted or opened as a file, names the unknown recipient', async ({ page }) => {
  await paste(page, fixtureText('postfix-userunknown.eml'));
  const pasted = page.locator('article[data-reason="userunknown"]', { hasText: 'nobody@example.org' });
  await expect(pasted).toBeVisible();
  await expect(pasted).toContainText('Hard bounce — remove this address');
  await expect(pasted).toContainText('mail.example.org');

  await openEmpty(page);
  await page.getByLabel('Choose a .eml or .txt file').setInputFiles(fixturePath('postfix-userunknown.eml'));
  await expect(page.getByText('postfix-userunknown.eml')).toBeVisible();
  const opened = page.locator('article[data-reason="userunknown"]', { hasText: 'nobody@example.org' });
  await expect(opened).toBeVisible();
  await expect(opened).toContainText('Hard bounce — remove this address');
});

test('a delay notice is shown as not (yet) a failure', async ({ page }) => {
  await paste(page, fixtureText('postfix-delay.eml'));

  await expect(verdict(page)).toContainText('Delay: not (yet) a failure');
  const card = page.locator('article[data-reason]', { hasText: 'someone@example.org' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Temporary');
  await expect(card).toContainText('will keep retrying');
  await expect(card).not.toContainText('Hard bounce — remove this address');
});

test('an out-of-office reply is shown as not a bounce', async ({ page }) => {
  await paste(page, fixtureText('out-of-office.eml'));

  await expect(verdict(page)).toContainText('Not a bounce: automatic reply');
  // Either a card marked as the automatic reply, or no card at all: never a failure card.
  await expect(page.locator('article[data-reason]:not([data-reason="vacation"])')).toHaveCount(0);
  await expect(page.getByText('Hard bounce — remove this address')).toHaveCount(0);
});
