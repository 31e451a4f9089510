/**
 * The verdict page as its readers see it (round ui32): the banner's small print names no
 * generic reader ("read as Bounce text"), the technical details say which blocklist and which
 * authentication results the bounce names, a registry meaning beside a provider's own is
 * called the general one, a card for 33 recipients keeps its verdict near its top, the
 * headline says "the other differs" for one, and the share dialog's table of hidden values
 * fits a phone without breaking "address" inside the word; the pressed "Show the evidence"
 * button stays readable under the pointer (its words were white on white).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtureText, headline, openEmpty, paste, pasteLong, verdict } from './support.ts';

const PHONE = { width: 360, height: 740 };

/** A delivery report: one recipient refused for a Spamhaus listing, one for DMARC at Gmail. */
const LISTED_AND_UNAUTHENTICATED = fixtureText('listed-and-unauthenticated.dsn.txt');

/** Microsoft's S3150 block-list reply: the provider's meaning of 5.7.1 differs from the registry's. */
const MICROSOFT_S3150 =
  "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0PR00MB0000.eurprd00.prod.outlook.com 2025-03-04T10:15:01.000Z 0000000000000000]";

/** A delivery report for 50 members of a list: every third one's mailbox is full, the others do not exist. */
const FIFTY = [
  'Reporting-MTA: dns; mail.example.com',
  '',
  ...Array.from({ length: 50 }, (_, i) => {
    const name = `member${String(i).padStart(2, '0')}@example.org`;
    const full = i % 3 === 0;
    return [`Final-Recipient: rfc822; ${name}`, 'Action: failed', `Status: ${full ? '5.2.2' : '5.1.1'}`, `Diagnostic-Code: smtp; ${full ? '552 5.2.2 Mailbox full' : '550 5.1.1 User unknown'}`, ''];
  }).flat(),
].join('\n');

/** A Japanese notice read by the generic text reader. */
const JAPANESE = [
  '送信されたメールは以下の宛先に配信できませんでした。',
  '',
  '宛先: tanaka.taro@example.jp',
  '理由: 宛先のメールアドレスが見つかりません。',
  '',
  'ホスト mx.example.jp[198.51.100.20] から次の応答がありました:',
  '550 5.1.1 <tanaka.taro@example.jp>: ユーザーが存在しません (RCPT TO への応答)',
].join('\n');

async function axe(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  expect(results.passes.length).toBeGreaterThan(5); // axe did look
  return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
}

/** How many lines a cell's text takes (one client rect per line box). */
async function lineCount(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size;
  });
}

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('the small print names no generic reader that restates the kind', async ({ page }) => {
  await pasteLong(page, LISTED_AND_UNAUTHENTICATED);
  const meta = verdict(page).locator('.verdict-meta');
  await expect(meta).toContainText('A delivery status notification');
  await expect(meta).not.toContainText('read as');

  await paste(page, JAPANESE);
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
  await expect(meta).toHaveText('A bounce message');
});

test('the technical details name the blocklist, with its lookup page, and the authentication result', async ({ page }) => {
  await pasteLong(page, LISTED_AND_UNAUTHENTICATED);
  await expect(headline(page)).toHaveText(/\(1 of 2 recipients; the other differs\)$/);

  const listed = page.locator('article[data-reason="blocked"]');
  await listed.locator('details.technical > summary').click();
  const blocklist = listed.locator('.facts div').filter({ has: page.locator('dt', { hasText: /^Blocklist$/ }) }).locator('dd');
  await expect(blocklist).toContainText('Spamhaus ZEN, which lists the sending IP 192.0.2.1');
  await expect(blocklist.getByRole('link')).toHaveAttribute('href', 'https://www.spamhaus.org/query/ip/192.0.2.1');

  const unauthenticated = page.locator('article[data-reason="authfailure"]');
  await unauthenticated.locator('details.technical > summary').click();
  const auth = unauthenticated.locator('.facts div').filter({ has: page.locator('dt', { hasText: /^Authentication$/ }) });
  await expect(auth.locator('li')).toHaveText(['DMARC fail for example.com']);
  expect(await axe(page, 'article[data-reason]')).toEqual([]);
});

test("where a provider's own meaning decided, the registry's is called the general one", async ({ page }) => {
  await paste(page, MICROSOFT_S3150);
  const card = page.locator('article[data-reason="blocked"]');
  await card.locator('details.why > summary').click();
  await expect(card.locator('.code-meaning')).toHaveText('In general the code means: Delivery not authorised; here the provider’s own meaning above applies.');
  await expect(card.locator('.why')).not.toContainText('The code means:');
});

test('on a phone, a card for 33 recipients shows a few addresses and keeps its verdict near its top', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await pasteLong(page, FIFTY);
  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.locator('h3')).toHaveText('33 recipients');
  await expect(card.locator('.card-header > .addresses')).toHaveText(/^member01@example\.org, .*, …$/);
  const more = card.locator('details.more-addresses');
  await expect(more.locator('summary')).toHaveText('Show the other 27 addresses');
  await expect(more.locator('.addresses')).toBeHidden();
  // The badges (permanent, remove the address) come within a screenful of the card's top.
  const top = (await card.boundingBox())!.y;
  const badges = (await card.locator('.badges').boundingBox())!.y;
  expect(badges - top).toBeLessThan(PHONE.height / 2);
  // Every address is still there, one tap away.
  await more.locator('summary').click();
  await expect(more.locator('.addresses')).toBeVisible();
  await expect(more.locator('.addresses')).toContainText('member49@example.org');
  expect(await axe(page, 'article[data-reason="userunknown"]')).toEqual([]);
});

test("on a phone, the share dialog's table of hidden values breaks no word and fits the dialog", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await pasteLong(page, LISTED_AND_UNAUTHENTICATED);
  await page.getByRole('button', { name: 'Share link…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('The link gives the same explanation')).toBeVisible();
  await dialog.locator('details.share-preview > summary').click();
  const table = dialog.locator('table.share-replacements');
  await expect(table).toBeVisible();
  const kinds = table.locator('tbody td:first-child');
  expect(await kinds.count()).toBeGreaterThan(3);
  for (const cell of await kinds.all()) {
    const words = (await cell.innerText()).trim().split(/\s+/).length;
    expect(await lineCount(cell), `"${await cell.innerText()}" is broken inside a word`).toBeLessThanOrEqual(words);
  }
  for (const header of await table.locator('th').all()) {
    const words = (await header.innerText()).trim().split(/\s+/).length;
    expect(await lineCount(header)).toBeLessThanOrEqual(words);
  }
  // Nothing in the dialog is wider than the dialog.
  expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
  expect(await axe(page, 'dialog')).toEqual([]);
});

/** WCAG contrast ratio of an element's text colour on its background colour (both opaque rgb). */
async function contrast(element: Locator): Promise<number> {
  return element.evaluate((e) => {
    const style = getComputedStyle(e);
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the pressed "Show the evidence" button keeps its words readable under the pointer (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await pasteLong(page, LISTED_AND_UNAUTHENTICATED);
    const card = page.locator('article[data-reason="authfailure"]');
    await card.locator('details.why > summary').click();
    const button = card.locator('.evidence-button');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.hover();
    await expect.poll(() => button.evaluate((e) => e.matches(':hover'))).toBe(true);
    expect(await contrast(button)).toBeGreaterThanOrEqual(4.5);
  });
}
