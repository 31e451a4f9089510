/**
 * What is in the box survives a reload or a crash of the tab until the user clears it: kept
 * in IndexedDB, which does not fill up like sessionStorage; when the browser refuses
 * IndexedDB the text goes to sessionStorage and the page says so; when nothing can keep it,
 * the page says that plainly.
 */
import { expect, test, type Page } from '@playwright/test';
import { GMAIL_NO_SUCH_USER, documentView, openEmpty, openEvidence, paste, pasteBox, verdict } from './support.ts';

/** A 478-character bounce: the size that used to be "too large to be kept" once sessionStorage was full. */
const SHORT_BOUNCE = `${GMAIL_NO_SUCH_USER}\n${'Reporting-MTA: dns; mx.example.org\n'.repeat(8)}`.slice(0, 478);

/** Fill this origin's sessionStorage to its quota, as other pages of a site can. */
async function fillSessionStorage(page: Page): Promise<void> {
  const stored = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let n = 0;
    for (; n < 200; n++) {
      try {
        sessionStorage.setItem(`filler-${n}`, chunk);
      } catch {
        break;
      }
    }
    // Then the remainder, in smaller and smaller pieces, so that not even a short text fits.
    let key = 0;
    for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          sessionStorage.setItem(`f${key++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
    return n;
  });
  expect(stored).toBeGreaterThan(0);
  expect(await page.evaluate(() => {
    try {
      sessionStorage.setItem('probe', 'x'.repeat(100));
      return true;
    } catch {
      return false;
    }
  })).toBe(false);
}

test.beforeEach(async ({ page }) => {
  await openEmpty(page);
});

test('a paste is kept across a reload even when sessionStorage is full', async ({ page }) => {
  expect(SHORT_BOUNCE).toHaveLength(478);
  await fillSessionStorage(page);
  await paste(page, SHORT_BOUNCE);
  await expect(page.getByText(/will be lost|too large/)).toHaveCount(0);
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(SHORT_BOUNCE);
  await expect(verdict(page)).toBeVisible();
});

test('a large paste is kept across a reload', async ({ page }) => {
  test.slow(); // megabytes to explain, store and compare
  const large = `${GMAIL_NO_SUCH_USER}\n${'a returned attachment line, long enough to add up quickly\n'.repeat(22_000)}`;
  expect(large.length).toBeGreaterThan(1_200_000);
  await pasteBox(page).evaluate((box, value) => {
    (box as HTMLTextAreaElement).value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, large);
  await expect(verdict(page)).toBeVisible();
  // Over 1 MB the text stays out of the box (laying it out would take seconds); it is kept all the same.
  const note = page.getByTestId('large-note');
  await expect(note).toBeVisible();
  const described = await note.innerText();
  await page.reload();
  await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
  await expect(note).toHaveText(described);
  await openEvidence(page);
  await expect(documentView(page)).toContainText('a returned attachment line');
});

test('the text is kept until the user clears it, also for a new tab', async ({ page, context }) => {
  await paste(page, GMAIL_NO_SUCH_USER);
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);

  // A tab opened later (or after a crash took the tab's session) starts from the latest text.
  const later = await context.newPage();
  await later.goto('/');
  await expect(pasteBox(later)).toHaveValue(GMAIL_NO_SUCH_USER);
  await later.close();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(pasteBox(page)).toHaveValue('');
  await page.reload();
  await expect(pasteBox(page)).toHaveValue('');
  const after = await context.newPage();
  await after.goto('/');
  await expect(pasteBox(after)).toHaveValue('');
});

test('two tabs keep their own texts', async ({ page, context }) => {
  await paste(page, GMAIL_NO_SUCH_USER);
  const other = await context.newPage();
  await other.goto('/');
  await paste(other, '452 4.2.2 Mailbox full');
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  await other.reload();
  await expect(pasteBox(other)).toHaveValue('452 4.2.2 Mailbox full');
});

test('a file is kept byte for byte, charset and all', async ({ page }) => {
  // Not UTF-8: latin1 bytes, which the engine decodes with the declared charset.
  const bytes = Buffer.from(
    'From: MAILER-DAEMON@example.org\nSubject: Non remis\nContent-Type: text/plain; charset=iso-8859-1\n\nLe message n\'a pas \xe9t\xe9 remis.\n<dest@example.org>: 550 5.1.1 Utilisateur inconnu\n',
    'latin1',
  );
  await page.locator('input[type="file"]').setInputFiles({ name: 'non-remis.eml', mimeType: 'message/rfc822', buffer: bytes });
  await expect(page.getByText('non-remis.eml')).toBeVisible();
  await expect(verdict(page)).toBeVisible();
  const before = await page.locator('#explanation').innerText();
  await page.reload();
  await expect(page.getByText('non-remis.eml')).toBeVisible();
  await expect(verdict(page)).toBeVisible();
  expect(await page.locator('#explanation').innerText()).toBe(before);
  await openEvidence(page);
  await expect(documentView(page)).toContainText('Le message n\'a pas été remis.');
});

test.describe('when the browser will not give the page a database', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
  });

  test('the text is kept in the tab instead, and the page says so', async ({ page }) => {
    await page.reload();
    await paste(page, GMAIL_NO_SUCH_USER);
    await expect(page.getByText('kept in this tab only, until you close it')).toBeVisible();
    await page.reload();
    await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  });

  test('with sessionStorage full too, the page says plainly that the text will be lost', async ({ page }) => {
    await page.reload();
    await fillSessionStorage(page);
    await paste(page, SHORT_BOUNCE);
    await expect(page.getByText('will be lost if you reload or close the page')).toBeVisible();
    // The explanation itself is not affected.
    await expect(verdict(page)).toBeVisible();
  });
});

test('when the database is full, the text falls back to the tab, or the page says it will be lost', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await paste(page, GMAIL_NO_SUCH_USER);
  await expect(page.getByText('kept in this tab only')).toBeVisible();
  await fillSessionStorage(page);
  await paste(page, SHORT_BOUNCE);
  await expect(page.getByText("Your browser's storage is full, so this text will be lost")).toBeVisible();
});

test('a text whose write had not finished when the page went away is still there after a reload', async ({ page }) => {
  // The first load's database never opens, so the write of the paste is still under way when
  // the page is reloaded: the copy made synchronously as the page went away brings it back.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('test:database-hung')) return;
    sessionStorage.setItem('test:database-hung', '1');
    indexedDB.open = () => ({}) as IDBOpenDBRequest;
  });
  await page.reload();
  await paste(page, GMAIL_NO_SUCH_USER);
  await page.reload();
  await expect(pasteBox(page)).toHaveValue(GMAIL_NO_SUCH_USER);
  await expect(verdict(page)).toBeVisible();
  // The copy went into the database and was then removed: the text stays, and a newer one wins.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('bounce-explainer:input-pending'))).toBeNull();
  await paste(page, '452 4.2.2 Mailbox full');
  await page.reload();
  await expect(pasteBox(page)).toHaveValue('452 4.2.2 Mailbox full');
});
