/** Shared bits for the end-to-end tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

/** Path of a file in tests/fixtures/e2e. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/e2e/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

/** The multi-line reply Gmail gives for an address that does not exist. */
export const GMAIL_NO_SUCH_USER = [
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550-5.1.1 unnecessary spaces. For more information, go to',
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp',
].join('\n');

export function pasteBox(page: Page) {
  return page.getByRole('textbox', { name: /bounce/i });
}

/** The verdict banner: one per explanation. */
export function verdict(page: Page) {
  return page.locator('section.verdict');
}

/** Forget what the page keeps: the box's text (IndexedDB, sessionStorage). */
export async function clearKept(page: Page): Promise<void> {
  await page.evaluate(async () => {
    sessionStorage.clear();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('bounce-explainer');
      request.onsuccess = request.onerror = () => resolve(null);
    });
  });
}

/** Open the page with nothing left over from an earlier test (and no link in the address). */
export async function openEmpty(page: Page): Promise<void> {
  await page.goto('/');
  await clearKept(page);
  await page.goto('about:blank');
  await page.goto('/');
  await expect(pasteBox(page)).toHaveValue('');
}

/** Put text in the paste box the way a paste does (one input event), and wait for the explanation. */
export async function paste(page: Page, text: string): Promise<void> {
  await pasteBox(page).fill(text);
  await expect(verdict(page)).toBeVisible();
}

/**
 * Put a long text in the paste box at once, as a real paste does. (Playwright's fill()
 * types through Chromium's editing commands, which take minutes for thousands of lines.)
 */
export async function pasteLong(page: Page, text: string): Promise<void> {
  await pasteBox(page).evaluate((box, value) => {
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await expect(verdict(page)).toBeVisible();
}
