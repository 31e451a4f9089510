/**
 * Permalinks in the page: Copy link gives a link that reproduces the explanation in a fresh
 * browser; the address bar follows the box; personal data is hidden by default; damaged,
 * unknown and frozen v1 links; very long links offer the diagnostic parts only.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { decodePermalink, type SharedInput } from '../../src/lib/share/permalink.ts';
import { GMAIL_NO_SUCH_USER, fixtureText, openEmpty, paste, pasteBox, pasteLong, verdict } from './support.ts';

function card(page: Page, recipient: string) {
  return page.locator('article[data-reason]', { hasText: recipient });
}

/** Ask for a card's evidence, as a reader does: open "Why this verdict", press its button. */
async function showEvidence(page: Page, recipient: string): Promise<void> {
  await card(page, recipient).locator('details.why summary').click();
  await card(page, recipient).getByRole('button', { name: 'Show the evidence in the message' }).click();
}

/** The card's evidence is the one highlighted, in the open evidence panel. */
async function expectEvidenceShown(page: Page, recipient: string): Promise<void> {
  await expect(card(page, recipient)).toContainText('(evidence highlighted in the message)');
  await expect(page.locator('details.evidence-fold')).toHaveAttribute('open', '');
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

interface Fixtures {
  good: { name: string; fragment: string; expected: SharedInput }[];
  bad: { name: string; fragment: string; problem: string }[];
}
const FIXTURES = JSON.parse(readFileSync(new URL('../fixtures/permalinks/v1.json', import.meta.url), 'utf8')) as Fixtures;

/** What the explanation shows: the verdict and every card, as text. */
async function explanation(page: Page): Promise<string[]> {
  await expect(verdict(page)).toBeVisible();
  return [await verdict(page).innerText(), ...(await page.locator('article[data-reason]').allInnerTexts())];
}

/** Open a link in a brand-new browser context (nothing stored, nothing cached). */
async function openFresh(browser: Browser, link: string, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

async function shareDialog(page: Page) {
  await page.getByRole('button', { name: /share link/i }).click();
  const dialog = page.getByRole('dialog', { name: 'Share a link to this explanation' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function copiedLink(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<string> {
  await expect(dialog.getByText('The link gives the same explanation')).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Link copied.')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('Copy link reproduces the same explanation and view in a fresh browser', async ({ page, browser, baseURL }) => {
  await paste(page, fixtureText('postfix-userunknown.eml'));
  await showEvidence(page, 'nobody@example.org');
  // Fold "Why this verdict" again: what is unfolded is the reader's, the evidence shown is the view.
  await card(page, 'nobody@example.org').locator('details.why summary').click();
  await expectEvidenceShown(page, 'nobody@example.org');
  const before = await explanation(page);

  const dialog = await shareDialog(page);
  await dialog.getByLabel('Hide personal data').uncheck();
  const link = await copiedLink(page, dialog);
  expect(link).toMatch(new RegExp(`^${baseURL}/#v1\\.[A-Za-z0-9_-]+$`));

  const fresh = await openFresh(browser, link, baseURL);
  await expect(pasteBox(fresh)).toHaveValue(fixtureText('postfix-userunknown.eml'));
  expect(await explanation(fresh)).toEqual(before);
  // The view: the same card shows its evidence, in the open evidence panel.
  await expectEvidenceShown(fresh, 'nobody@example.org');
  await fresh.context().close();
});

test('by default the link hides personal data and keeps the verdict', async ({ page, browser, baseURL }) => {
  await paste(page, fixtureText('postfix-userunknown.eml'));
  const reasons = await page.locator('article[data-reason]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-reason')));

  const dialog = await shareDialog(page);
  await expect(dialog.getByLabel('Hide personal data')).toBeChecked();
  await dialog.getByText(/Preview: what the link holds/).click();
  const preview = dialog.locator('pre');
  await expect(preview).not.toContainText('example.org');
  await expect(preview.locator('mark').first()).toBeVisible();
  await expect(dialog.getByRole('table')).toContainText('sender@example.com');
  const link = await copiedLink(page, dialog);

  const decoded = await decodePermalink(link.slice(link.indexOf('#')));
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) return;
  for (const secret of ['example.org', 'sender@example.com', 'mx.example.net', '198.51.100.25']) expect(decoded.shared.input).not.toContain(secret);

  const fresh = await openFresh(browser, link, baseURL);
  await expect(verdict(fresh)).toBeVisible();
  expect(await fresh.locator('article[data-reason]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-reason')))).toEqual(reasons);
  await expect(fresh.locator('main')).not.toContainText('example.org');
  await fresh.context().close();
});

test('the address bar follows the box, and a bookmark of it opens the same bounce', async ({ page, browser, baseURL }) => {
  const entries = await page.evaluate(() => history.length);
  await paste(page, GMAIL_NO_SUCH_USER);
  await expect(page).toHaveURL(/#v1\.[A-Za-z0-9_-]+$/);
  const first = page.url();
  await pasteBox(page).fill('452 4.2.2 Mailbox full');
  await expect(page).not.toHaveURL(first);
  await expect(page).toHaveURL(/#v1\./);

  const fresh = await openFresh(browser, page.url(), baseURL);
  await expect(pasteBox(fresh)).toHaveValue('452 4.2.2 Mailbox full');
  await expect(verdict(fresh)).toBeVisible();
  await fresh.context().close();

  // Written in place: no new history entries for each change.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page).not.toHaveURL(/#/);
});

test('reference pages keep their own address', async ({ page }) => {
  await paste(page, GMAIL_NO_SUCH_USER);
  await expect(page).toHaveURL(/#v1\./);
  const link = page.url();
  await page.evaluate(() => {
    location.hash = '#/code/5.1.1';
  });
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/#\/code\/5\.1\.1$/);
  await page.goBack();
  await expect(page).toHaveURL(link);
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
});

test('a damaged link says so and leaves the box as it was', async ({ page, browser, baseURL }) => {
  // Eight fresh browsers, one per damaged link, each explaining a paste: more than one test's time.
  test.slow();
  await paste(page, GMAIL_NO_SUCH_USER);
  // The tab is up and its address follows the box before a link is put in it (as in the test below).
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toMatch(/^#v1\./);
  const damaged = FIXTURES.bad.find((f) => f.name === 'one character changed')!.fragment;
  await page.evaluate((fragment) => {
    location.hash = `#${fragment}`;
  }, damaged);
  await expect(page.getByRole('alert')).toContainText('This link is damaged');
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();

  // In a fresh browser: the message, an empty box, and a page that works.
  for (const { fragment, problem } of FIXTURES.bad.filter((f) => f.problem !== 'not-a-link')) {
    const fresh = await openFresh(browser, `${baseURL}/#${fragment}`, baseURL);
    await expect(fresh.getByRole('alert')).toContainText(problem === 'unknown-version' ? 'newer version' : 'damaged');
    await expect(pasteBox(fresh)).toHaveValue('');
    await paste(fresh, '550 5.1.1 User unknown');
    await fresh.context().close();
  }
});

test('a link put in the address is opened even when the page rewrites the address before it hears of it', async ({ page }) => {
  // The page writes the box into the address on a timer. When that write lands between the
  // navigation to a link and the hashchange event, the event must still open the link.
  await paste(page, '452 4.2.2 Mailbox full');
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toMatch(/^#v1\./);
  const fragment = FIXTURES.good.find((f) => f.name === 'smtp-reply')!.fragment;
  await page.evaluate((f) => {
    const own = location.hash;
    location.hash = `#${f}`;
    // The same task: the event has not been dispatched yet, as when the page's timer runs first.
    history.replaceState(history.state, '', `${location.pathname}${location.search}${own}`);
  }, fragment);
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  // And the address follows the box again: it holds a link to what the box now shows.
  await expect
    .poll(async () => {
      const decoded = await decodePermalink(await page.evaluate(() => location.hash));
      return decoded.ok ? decoded.shared.input : null;
    }, { timeout: 10_000 })
    .toBe(GMAIL_NO_SUCH_USER);
});

test('a link opened in a tab that held other text offers that text back', async ({ page }) => {
  await paste(page, '452 4.2.2 Mailbox full');
  // The tab is up and its address follows the box (the share runtime loads after the page
  // itself; a link put in the address before it listens is opened when it starts instead).
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toMatch(/^#v1\./);
  const fragment = FIXTURES.good.find((f) => f.name === 'smtp-reply')!.fragment;
  await page.evaluate((f) => {
    location.hash = `#${f}`;
  }, fragment);
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  await page.getByRole('button', { name: 'Bring back your previous text' }).click();
  await expect(pasteBox(page)).toHaveValue('452 4.2.2 Mailbox full');
});

for (const fixture of FIXTURES.good) {
  test(`frozen v1 link "${fixture.name}" opens what it held`, async ({ page }) => {
    await page.goto(`/#${fixture.fragment}`);
    const { expected } = fixture;
    // A file that was not UTF-8 is shown as windows-1252 text; its bytes are explained as they are.
    const shown = expected.file?.binary ? new TextDecoder('windows-1252').decode(Uint8Array.from(expected.input, (c) => c.charCodeAt(0))) : expected.input;
    await expect(pasteBox(page)).toHaveJSProperty('value', shown.replace(/\r\n?/g, '\n'));
    await expect(verdict(page)).toBeVisible();
    if (expected.file) await expect(page.getByText(expected.file.name)).toBeVisible();
    if (expected.view?.message !== undefined) {
      // The mbox's message that was explained is the one explained again.
      await expect(page.locator('.mbox select')).toHaveValue(String(expected.view.message));
      await expect(page.locator('article[data-reason]')).toContainText('second@example.org');
    }
    if (expected.view?.pinned !== undefined) {
      // This fixture's second recipient (b@example.org) had its evidence open.
      await expectEvidenceShown(page, 'b@example.org');
    }
  });
}

test('a very long link offers the diagnostic parts only, and says so', async ({ page, browser, baseURL }) => {
  // A bounce followed by a large returned attachment pasted as text: it hardly compresses.
  let noise = '';
  for (let i = 0; i < 1400; i++) noise += `${(i * 2654435761 >>> 0).toString(36)}${(i * 40503 >>> 0).toString(16)}${(i * 97 + 13).toString(36)} line ${i} ${((i * 7919) % 100003).toString(2)}\n`;
  const long = `${GMAIL_NO_SUCH_USER}\n\n${noise}`;
  await pasteLong(page, long);
  const dialog = await shareDialog(page);
  await dialog.getByLabel('Hide personal data').uncheck();
  await expect(dialog.getByText(/too long for most chat and mail programs/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Share only the diagnostic parts' }).click();
  await expect(dialog.getByText('This link holds only the diagnostic parts')).toBeVisible();
  const link = await copiedLink(page, dialog);
  expect(link.length).toBeLessThan(32 * 1024);

  const fresh = await openFresh(browser, link, baseURL);
  await expect(fresh.locator('article[data-reason="userunknown"]')).toBeVisible();
  await expect(pasteBox(fresh)).not.toHaveValue(long);
  await fresh.context().close();
});
