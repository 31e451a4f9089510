/**
 * The verdict page as its readers see it (round ui31): nothing wider than a phone once the
 * card's disclosures are open, the banner's small print says each fact once, a text that is
 * no bounce says why nothing could be read, the roll-up names the addresses of each line, the
 * technical facts keep their spaces, and the share button is a button, not a bar.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixtureText, headline, openEmpty, paste, pasteLong, pickExample, verdict } from './support.ts';

const PHONE = { width: 360, height: 740 };

/** A Microsoft 365 notice for a long address, whose provider line links a long docs page. */
const M365_DMARC = [
  'Delivery has failed to these recipients or groups:',
  '',
  'jonathan.very-long-surname.accounts-payable-department@subsidiary.example.org',
  "Your message wasn't delivered because the recipient's email provider rejected it.",
  '',
  'Diagnostic information for administrators:',
  '',
  'Generating server: AM0PR00MB0000.eurprd00.prod.outlook.com',
  '',
  'jonathan.very-long-surname.accounts-payable-department@subsidiary.example.org',
  "Remote Server returned '550 5.7.26 This message failed DMARC. The sender's domain has a DMARC policy of reject and the message failed SPF and DKIM checks. [AM0PR00MB0000.eurprd00.prod.outlook.com 2026-03-04T10:15:01.000Z 08DC3B2A5F1E7D42]'",
  '',
].join('\n');

/** A Postfix notice for five unknown users. */
const FIVE_UNKNOWN = [
  'This is the mail system at host mail.example.com.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  '                   The mail system',
  '',
  ...['ada', 'bob', 'cy', 'dee', 'eve'].flatMap((name) => [
    `<${name}@example.org>: host mx.example.org[198.51.100.7] said: 550 5.1.1`,
    `    <${name}@example.org>: Recipient address rejected: User unknown in virtual`,
    '    mailbox table (in reply to RCPT TO command)',
    '',
  ]),
].join('\n');

/** A delivery report with an unknown user and a full mailbox. */
const MIXED = [
  'Reporting-MTA: dns; mail.example.com',
  '',
  'Final-Recipient: rfc822; anna@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
  '',
  'Final-Recipient: rfc822; dora@example.net',
  'Action: failed',
  'Status: 5.2.2',
  'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
  '',
].join('\n');

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('on a phone, a card with its disclosures open is no wider than the screen (long address, long links, long host names)', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await paste(page, M365_DMARC);
  const card = page.locator('article[data-reason]').first();
  await card.locator('details.why > summary').click();
  await card.locator('details.technical > summary').click();
  await expect(card.locator('.evidence-button')).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  // The evidence button wraps its words inside the card rather than sticking out of it.
  const cardBox = (await card.boundingBox())!;
  const buttonBox = (await card.locator('.evidence-button').boundingBox())!;
  expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
});

test('the technical facts keep the space between a status code and its meaning', async ({ page }) => {
  await paste(page, M365_DMARC);
  const card = page.locator('article[data-reason]').first();
  await card.locator('details.technical > summary').click();
  const status = card.locator('.facts div').filter({ hasText: 'Status code' }).locator('dd');
  await expect(status).toHaveText(/^5\.7\.26 — \S/);
});

test("the banner's small print names a service once, and a bare reply is not 'read as SMTP reply' under 'A mail server's reply'", async ({ page }) => {
  await paste(page, M365_DMARC);
  const meta = verdict(page).locator('.verdict-meta');
  await expect(meta).toContainText(/read as Microsoft 365[^·]*, the receiving service/);
  await expect(meta).not.toContainText('receiving service:');

  await paste(page, '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table');
  await expect(meta).toHaveText('A mail server’s reply');
});

test('a text that is no bounce is said once: no "Not recognised" under the headline, no warning repeating it', async ({ page }) => {
  await paste(page, 'Lunch on Friday? The usual place at noon.');
  await expect(headline(page)).toHaveText('This does not look like a bounce, a delivery report or a mail server’s reply');
  await expect(verdict(page).locator('.verdict-detail')).toContainText('Paste the whole bounce message');
  await expect(verdict(page).locator('.verdict-meta')).toHaveCount(0);
  await expect(page.locator('.warnings [data-code="not-a-report"]')).toHaveCount(0);
});

test('a binary file says in the banner that it is binary data, not the general advice', async ({ page }) => {
  const bytes = Buffer.alloc(3000);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
  bytes[10] = 0; // mail text holds no NUL
  await page.getByLabel('Open a file').setInputFiles({ name: 'photo.bin', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(verdict(page)).toBeVisible();
  const detail = verdict(page).locator('.verdict-detail');
  await expect(detail).toHaveAttribute('data-code', 'binary-input');
  await expect(detail).toContainText('binary data');
  await expect(detail).not.toContainText('headers included');
  await expect(page.locator('.warnings [data-code="binary-input"]')).toHaveCount(0);
});

test('each roll-up line names its addresses, a long list cut after three', async ({ page }) => {
  await pasteLong(page, FIVE_UNKNOWN);
  const lines = page.locator('.rollup-line');
  await expect(lines).toHaveCount(1);
  await expect(lines.locator('.rollup-text')).toContainText('5 addresses do not exist');
  await expect(lines.locator('.rollup-addresses')).toHaveText('ada@example.org, bob@example.org, cy@example.org and 2 more');
  // The button says, to a screen reader too, which addresses it copies.
  await expect(lines.first().getByRole('button', { name: 'Copy addresses' })).toHaveAccessibleDescription(/^5 addresses do not exist.*ada@example\.org/);
  // Copying still gives every address, not the shortened line.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await lines.first().getByRole('button', { name: 'Copy addresses' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(['ada', 'bob', 'cy', 'dee', 'eve'].map((n) => `${n}@example.org`).join('\n'));
});

test('buttons of the same label say which recipient they are for', async ({ page }) => {
  await paste(page, MIXED);
  const copies = page.locator('.rollup').getByRole('button', { name: 'Copy address' });
  await expect(copies).toHaveCount(2);
  await expect(copies.nth(0)).toHaveAccessibleDescription(/anna@example\.org/);
  await expect(copies.nth(1)).toHaveAccessibleDescription(/dora@example\.net/);
  const admin = page.locator('article[data-reason]').getByRole('button', { name: 'Copy for your admin' });
  await expect(admin.nth(0)).toHaveAccessibleDescription('anna@example.org');
  await expect(admin.nth(1)).toHaveAccessibleDescription('dora@example.net');
});

test('the share button is a button of its own size, not a bar across the column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await paste(page, M365_DMARC);
  const share = page.getByRole('button', { name: 'Share link…' });
  const column = (await page.locator('.area-input').boundingBox())!;
  const button = (await share.boundingBox())!;
  expect(button.width).toBeLessThan(column.width / 2);
});

test('the evidence hint speaks of folded parts only where the message has several', async ({ page }) => {
  await paste(page, M365_DMARC);
  const fold = page.locator('details.evidence-fold');
  await fold.locator('> summary').click();
  await expect(page.locator('details.part')).toHaveCount(1);
  await expect(page.locator('details.part')).toHaveAttribute('open', '');
  await expect(fold.locator('.hint')).toHaveText(/^Highlights mark the words/);

  await pasteLong(page, fixtureText('postfix-userunknown.eml'));
  await fold.locator('> summary').click();
  await expect(page.locator('details.part')).not.toHaveCount(1);
  await expect(fold.locator('.hint')).toHaveText(/^Each part of the message is folded; open one to read it\. Highlights mark/);
});

test("a card's evidence lights its own recipient's lines, not another recipient's block that names the same host", async ({ page }) => {
  await paste(page, MIXED.replace('Diagnostic-Code: smtp; 552', 'Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 552').replace("Status: 5.1.1\n", 'Status: 5.1.1\nRemote-MTA: dns; mx.example.org\n'));
  const anna = page.locator('article[data-reason="userunknown"]');
  await anna.locator('details.why > summary').click();
  await anna.locator('.evidence-button').click();
  const current = page.locator('.evidence .document mark.current');
  await expect(current.filter({ hasText: 'anna@example.org' }).first()).toBeVisible();
  await expect(current.filter({ hasText: /^mx\.example\.org$/ })).toHaveCount(1);
  await expect(current.filter({ hasText: 'dora@example.net' })).toHaveCount(0);
});

test("a card for several recipients lights every one's evidence", async ({ page }) => {
  await pickExample(page, 'two-unknown');
  const card = page.locator('article[data-reason]');
  await expect(card.locator('h3')).toHaveText('2 recipients');
  await card.locator('details.why > summary').click();
  await card.locator('.evidence-button').click();
  const current = page.locator('.evidence .document mark.current');
  await expect(current.filter({ hasText: 'anna@example.org' }).first()).toBeVisible();
  await expect(current.filter({ hasText: 'ben@example.org' }).first()).toBeAttached();
});
