/** axe finds no serious or critical accessibility problems, empty or with a result, light or dark. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, fixtureText, openEmpty, paste } from './support.ts';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('the empty page', async ({ page }) => {
      await openEmpty(page);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('a page showing an explanation', async ({ page }) => {
      await openEmpty(page);
      await paste(page, GMAIL_NO_SUCH_USER);
      expect(await seriousViolations(page)).toEqual([]);

      await paste(page, fixtureText('postfix-userunknown.eml'));
      await expect(page.locator('.document')).toContainText('Reporting-MTA');
      const card = page.locator('article[data-reason]').first();
      if (await card.count()) await card.hover();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the share dialog, with its preview open', async ({ page }) => {
      await openEmpty(page);
      await paste(page, fixtureText('postfix-userunknown.eml'));
      await page.getByRole('button', { name: /share link/i }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(/Preview: what the link holds/).click();
      await expect(dialog.getByText('The link gives the same explanation')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // Escape closes it and gives the focus back to the button.
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('button', { name: /share link/i })).toBeFocused();
    });
  });
}
