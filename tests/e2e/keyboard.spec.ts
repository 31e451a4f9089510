/** The whole flow works with the keyboard alone: paste, examples, the verdict, the evidence, the reference and back. */
import { expect, test, type Page } from '@playwright/test';
import { headline, openEmpty, pasteBox } from './support.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

/** Press Tab until the focused element matches `selector` (and holds `text`, when given). */
async function tabTo(page: Page, selector: string, text?: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ([sel, source]) => {
        const el = document.activeElement;
        return !!el && el.matches(sel) && (!source || new RegExp(source).test(el.textContent ?? ''));
      },
      [selector, text?.source ?? ''] as const,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

test('paste, pick an example, read the verdict, open the evidence and the code reference, come back', async ({ page }) => {
  await openEmpty(page);

  // Paste with the keyboard: a real paste, explained at once.
  await tabTo(page, 'textarea');
  await page.evaluate(() => navigator.clipboard.writeText('550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown'));
  await page.keyboard.press('ControlOrMeta+V');
  await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
  await expect(pasteBox(page)).toBeFocused();

  // The Examples menu: open, choose, and Escape closes it.
  await tabTo(page, 'summary', /Examples/);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-example]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-example', 'gmail-user-unknown');
  await page.keyboard.press('Escape');
  await expect(page.locator('details.examples')).not.toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-example="dmarc"]');
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(/Gmail refused the message because your domain is not authenticated/);

  // The verdict: why, with the evidence unfolded where it is.
  await tabTo(page, 'summary', /Why this verdict/);
  await page.keyboard.press('Enter');
  await expect(page.locator('details.evidence-fold')).toHaveAttribute('open', '');
  await tabTo(page, 'summary', /Technical details/);
  await page.keyboard.press('Enter');
  await tabTo(page, 'a', /^5\.7\.26$/);

  // Down to the evidence: each highlight is a stop, and says what it supports.
  await tabTo(page, 'mark');
  await expect(page.locator('.mark-tip')).toBeVisible();
  await expect(page.locator('.mark-tip')).toHaveText(/^Evidence for /);

  // Back up to the status code, into the reference, and back to the bounce.
  await page.keyboard.press('Shift+Tab');
  await page.locator('details.technical a', { hasText: '5.7.26' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/code\/5\.7\.26$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5.7.26');
  await tabTo(page, 'a', /Back to your bounce/);
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(/Gmail refused the message/);
});
