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

/** The headline: the answer, first. */
export function headline(page: Page) {
  return page.locator('section.verdict .headline');
}

/** The results column. */
export function results(page: Page) {
  return page.locator('#explanation');
}

/** The evidence panel's scrolling box (inside the folded panel). */
export function documentView(page: Page) {
  return page.locator('.evidence .document');
}

/** Forget what the page keeps: the box's text (IndexedDB, sessionStorage), the theme. */
export async function clearKept(page: Page): Promise<void> {
  await page.evaluate(async () => {
    sessionStorage.clear();
    localStorage.clear();
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

/** Type-like input: one input event of kind insertText (explained after the typing pause). */
export async function paste(page: Page, text: string): Promise<void> {
  await pasteBox(page).fill(text);
  await expect(verdict(page)).toBeVisible();
}

/**
 * Put text in the paste box the way a paste does: the value changes and one input event
 * of kind insertFromPaste follows. (Playwright's fill() types through Chromium's editing
 * commands, which take minutes for thousands of lines, and reads as typing.)
 */
export async function pasteLong(page: Page, text: string): Promise<void> {
  await pasteBox(page).evaluate((box, value) => {
    (box as HTMLTextAreaElement).focus();
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await expect(verdict(page)).toBeVisible();
}

/** Unfold the message with the evidence and every part of it. */
export async function openEvidence(page: Page): Promise<void> {
  // Retried as a whole: a verdict for text still being typed is replaced by the next one,
  // and the fold opened on the old one closes with it. Each step has a short timeout of its
  // own: a click that waits on a part of the old verdict (gone, or folded away) would
  // otherwise wait out the whole retry window and never be retried.
  const step = { timeout: 2000 };
  await expect(async () => {
    const fold = page.locator('details.evidence-fold');
    if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open, undefined, step))) await fold.locator('summary').first().click(step);
    for (const part of await page.locator('details.part').all()) {
      if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open, undefined, step))) await part.locator('summary').click(step);
    }
    await expect(documentView(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

/** Choose an example from the Examples menu. */
export async function pickExample(page: Page, id: string): Promise<void> {
  await page.locator('details.examples > summary').click();
  await page.locator(`[data-example="${id}"]`).click();
  await expect(verdict(page)).toBeVisible();
}
