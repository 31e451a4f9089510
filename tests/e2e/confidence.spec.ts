/**
 * Where we are not sure, we say so: the page's headline, banner, badges and steps follow the
 * recipient's confidence (core/hedge.ts). A likely bad address is checked before it is removed;
 * a guessed cause reads as a guess; the server's own words stay firm.
 */
import { expect, test } from '@playwright/test';
import { headline, openEmpty, paste, verdict } from './support.ts';

/** A sending tool's own label, no reply of the receiving server: userunknown, medium. */
const TOOL_LABEL = 'Recipient: dana.t@example.org\nStatus: Bounced\nReason: Invalid recipient\n';
/** The server's own words: userunknown, high. */
const SERVER_WORDS = '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
/** QQ Mail's bare 550 with its help page and no cause in words: speeding, low. */
const QQ_GUESS = '550 Mailbox unavailable or access denied [MN+DmoaaWo4I8IrEBU3Il5nyF8hsBQn8oR4L2UlTF3gIvhU3BYj+TeaB]. https://service.mail.qq.com/detail/122/166';

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('a likely bad address (medium): the headline, banner and badge say "likely", and the first step checks it', async ({ page }) => {
  await paste(page, TOOL_LABEL);
  await expect(headline(page)).toHaveText('The address probably does not exist — check the address; if it is right, remove it from your list');
  await expect(verdict(page)).toHaveAttribute('data-tone', 'address-bad');
  await expect(page.locator('section.verdict .tone-label')).toHaveText('Likely bad address');
  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.locator('.badges .address-verdict')).toHaveText('Likely bad address — check it before removing it');
  await expect(card.locator('.badges')).not.toContainText('Remove this address');
  await expect(card.locator('.sender-steps li').first()).toHaveText(/^Check dana\.t@example\.org first .*; if it is right, remove it from your list/);
  await expect(card.locator('.steps li', { hasText: /^Remove / })).toHaveCount(0);
});

test('a bad address the server states (high): firm words, as before', async ({ page }) => {
  await paste(page, SERVER_WORDS);
  await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
  await expect(page.locator('section.verdict .tone-label')).toHaveText('Bad address');
  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.locator('.badges .address-verdict')).toHaveText('Remove this address');
  await expect(card.locator('.sender-steps li').first()).toHaveText(/^Remove jane@example\.com from your list/);
});

test('a guessed cause (low): the headline says it is not sure, and nothing removes the address', async ({ page }) => {
  await paste(page, QQ_GUESS);
  await expect(headline(page)).toHaveText('Not sure why this failed: perhaps QQ Mail is refusing mail sent too fast — if so, your mail admin must slow sending down');
  await expect(page.locator('section.verdict .tone-label')).toHaveText('Not sure — action may be needed');
  const card = page.locator('article[data-reason="speeding"]');
  await expect(card.locator('.badges .guess')).toHaveText('A guess from the codes');
  // A bare reply is one server's answer, not a final notice: nothing "gave up".
  await expect(card.locator('.badges .permanence')).toHaveText('Refused — resending later may work');
  // The provider's note is hedged like the headline.
  await expect(card.locator('.card-summary')).toContainText('(Perhaps QQ Mail is holding back mail to this mailbox for now.)');
  await expect(card.locator('.steps li', { hasText: /remove .* from your list/i })).toHaveCount(0);
});

test.describe('screenshots of the hedged words', () => {
  for (const [name, text] of [['medium', TOOL_LABEL], ['low', QQ_GUESS]] as const) {
    for (const [size, viewport] of [['wide', { width: 1280, height: 800 }], ['narrow', { width: 360, height: 740 }]] as const) {
      test(`${name} ${size}`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewport);
        await paste(page, text);
        await expect(headline(page)).toContainText(name === 'medium' ? 'probably' : 'Not sure');
        // Nothing wider than the screen.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await verdict(page).scrollIntoViewIfNeeded();
        await page.screenshot({ path: testInfo.outputPath(`${name}-${size}-light.png`), fullPage: true });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: testInfo.outputPath(`${name}-${size}-dark.png`), fullPage: true });
        await page.emulateMedia({ colorScheme: 'light' });
      });
    }
  }
});
