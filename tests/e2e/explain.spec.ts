/**
 * What the page shows for real bounces. These need the real engine (src/lib/core): they
 * assert the explanation, not just that something appeared.
 */
import { expect, test } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, documentView, fixturePath, fixtureText, headline, openEmpty, openEvidence, paste, results } from './support.ts';

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('a pasted multi-line Gmail reply: the answer first, then the steps', async ({ page }) => {
  await paste(page, GMAIL_NO_SUCH_USER);

  await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
  await expect(page.locator('section.verdict')).toHaveAttribute('data-tone', 'address-bad');
  await expect(page.locator('section.verdict .tone-label')).toHaveText('Bad address');

  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('The reply does not name the recipient');
  await expect(card.locator('.badges')).toContainText('Permanent — resending will fail');
  await expect(card.locator('.badges')).toContainText('Remove this address');
  await expect(card.locator('.sender-steps li').first()).toHaveText(/^Remove the address from your list/);
  // The provider's help page is a link, built by the page from the engine's words.
  const help = card.getByRole('link', { name: 'https://support.google.com/mail/?p=NoSuchUser' });
  await expect(help).toHaveAttribute('href', 'https://support.google.com/mail/?p=NoSuchUser');
  // Jargon is folded away.
  await expect(card.getByText('Reply code')).toBeHidden();
  await card.locator('summary', { hasText: 'Technical details' }).click();
  await expect(card.getByText('Reply code')).toBeVisible();
  await expect(card.getByRole('link', { name: '5.1.1' })).toHaveAttribute('href', '#/code/5.1.1');
  // A bare reply is already in the paste box: the card does not quote it again.
  await expect(card.locator('.diagnostic')).toHaveCount(0);

  await openEvidence(page);
  const mark = documentView(page).locator('mark[data-kind="code"]', { hasText: '5.1.1' }).first();
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('data-note', /Evidence for the status code/);

  // Pointing at the card brings its evidence forward.
  await card.hover();
  await expect(documentView(page).locator('mark.current').first()).toBeVisible();
});

test('a Postfix DSN, pasted or opened as a file, names the unknown recipient', async ({ page }) => {
  await paste(page, fixtureText('postfix-userunknown.eml'));
  const pasted = page.locator('article[data-reason="userunknown"]', { hasText: 'nobody@example.org' });
  await expect(pasted).toBeVisible();
  await expect(pasted).toContainText('Remove this address');
  await expect(pasted.locator('.sender-steps li').first()).toHaveText(/^Remove nobody@example\.org from your list/);
  await expect(pasted).toContainText('mail.example.org');

  await openEmpty(page);
  await page.getByLabel('Open a file').setInputFiles(fixturePath('postfix-userunknown.eml'));
  await expect(page.getByText('postfix-userunknown.eml')).toBeVisible();
  const opened = page.locator('article[data-reason="userunknown"]', { hasText: 'nobody@example.org' });
  await expect(opened).toBeVisible();
  await expect(opened).toContainText('Remove this address');
});

test('a delay notice is deferred: nothing to do yet, never "failed"', async ({ page }) => {
  await paste(page, fixtureText('postfix-delay.eml'));

  await expect(headline(page)).toHaveText('Deferred — the sending server will retry; nothing to do yet');
  await expect(page.locator('section.verdict')).toHaveAttribute('data-tone', 'temporary');
  const card = page.locator('article[data-reason]', { hasText: 'someone@example.org' });
  await expect(card.locator('.badges')).toContainText('Temporary — the server will retry');
  await expect(card.locator('.badges')).toContainText('Keep this address');
  await expect(card.locator('.badges')).toContainText('Who acts: Nobody, for now');
  await expect(card.locator('.sender-steps li').first()).toHaveText(/^Nothing to do yet/);
  expect(await results(page).evaluate((el) => el.textContent ?? '')).not.toMatch(/\bfailed\b|\bBounce\b/);
});

test('an out-of-office reply is shown as not a bounce', async ({ page }) => {
  await paste(page, fixtureText('out-of-office.eml'));

  await expect(headline(page)).toHaveText(/out-of-office or other automatic reply, not a bounce/);
  await expect(page.locator('section.verdict')).toHaveAttribute('data-tone', 'not-failure');
  await expect(page.locator('article[data-reason]:not([data-reason="vacation"])')).toHaveCount(0);
  await expect(page.getByText('Remove this address')).toHaveCount(0);
});

test('an mbox file lists its messages to pick from', async ({ page }) => {
  await page.getByLabel('Open a file').setInputFiles(fixturePath('../cli/three.mbox'));
  const list = page.getByRole('combobox', { name: /holds 3 messages/ });
  await expect(list).toBeVisible();
  await expect(list.locator('option')).toHaveCount(3);
  const first = await headline(page).textContent();
  await list.selectOption({ index: 2 });
  await expect(headline(page)).not.toHaveText(first ?? '');
});

test('an Outlook .msg file is not read, and the page says how to save it as .eml', async ({ page }) => {
  const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await page.getByLabel('Open a file').setInputFiles({ name: 'bounce.msg', mimeType: 'application/vnd.ms-outlook', buffer: ole2 });
  await expect(page.getByRole('alert')).toContainText('save it as .eml');
  await expect(page.locator('section.verdict')).toHaveCount(0);
});

test('a text the engine knows is no bounce says what it is, not "not recognised"', async ({ page }) => {
  await paste(
    page,
    "Your mail to 'Devs' with the subject\n\n    Release notes\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n",
  );
  await expect(headline(page)).toHaveText('Not a bounce — your message waits for a moderator’s approval');
  await expect(page.locator('section.verdict .tone-label')).toHaveText('Not a failure');
  await expect(page.locator('section.verdict .verdict-detail')).toHaveCount(0);
  await expect(page.getByText('holding your message until a moderator approves it')).toBeVisible();
  await expect(page.locator('article[data-reason]')).toHaveCount(0);
});

test('a part the engine decoded says so in the message view, since its highlights point into the decoded text', async ({ page }) => {
  await paste(page, fixtureText('hostile-html.eml'));
  await openEvidence(page);
  await expect(documentView(page).locator('.part-decoded').first()).toHaveText('shown decoded: HTML turned into text');
});
