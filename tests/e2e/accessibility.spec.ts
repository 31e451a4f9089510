/**
 * axe finds no violations at all (every impact) on the four views — the empty page, a
 * verdict, the evidence open, a reference page — in light and in dark; and the theme
 * follows the system unless the user picks one, which is remembered.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { headline, openEmpty, openEvidence, pickExample } from './support.ts';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(20); // axe did look
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the empty page', async ({ page }) => {
      await openEmpty(page);
      expect(await violations(page)).toEqual([]);
    });

    test('a verdict, with its disclosures open', async ({ page }) => {
      await openEmpty(page);
      await pickExample(page, 'two-unknown');
      expect(await violations(page)).toEqual([]);
      await pickExample(page, 'yahoo-tss04');
      const card = page.locator('article[data-reason]').first();
      await card.locator('details.technical summary').click();
      await card.locator('details.why summary').click();
      await card.hover();
      expect(await violations(page)).toEqual([]);
    });

    test('the evidence open, a highlight focused', async ({ page }) => {
      await openEmpty(page);
      await pickExample(page, 'dmarc');
      await openEvidence(page);
      await page.locator('.document mark').first().focus();
      await expect(page.locator('.mark-tip')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('a reference page and the index', async ({ page }) => {
      await page.goto('/#/code/5.7.26');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('5.7.26');
      expect(await violations(page)).toEqual([]);
      await page.goto('/#/reason/mailboxfull');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.goto('/#/codes');
      await page.getByLabel('Search codes and reasons').fill('spam');
      expect(await violations(page)).toEqual([]);
    });

    test('the share dialog, with its preview open', async ({ page }) => {
      await openEmpty(page);
      await pickExample(page, 'two-unknown');
      await page.getByRole('button', { name: /share link/i }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/Preview: what the link holds/).click();
      await expect(dialog.getByText('The link gives the same explanation')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      // Escape closes it and gives the focus back to the button.
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: /share link/i })).toBeFocused();
    });
  });
}

test('the theme follows the system, and a choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEmpty(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  expect(light).not.toBe(dark);

  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await expect(toggle).toHaveText('Theme: Auto');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: Light');
  await toggle.click();
  await expect(toggle).toHaveText('Theme: Dark');
  expect(await background()).toBe(dark); // dark although the system says light
  await page.reload();
  await expect(page.getByRole('button', { name: /Colour theme/ })).toHaveText('Theme: Dark');
  expect(await background()).toBe(dark);
  await page.getByRole('button', { name: /Colour theme/ }).click();
  await expect(page.getByRole('button', { name: /Colour theme/ })).toHaveText('Theme: Auto');
  expect(await background()).toBe(light);
  await expect(headline(page)).toHaveCount(0);
});
