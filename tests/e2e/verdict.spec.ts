/**
 * The verdict page's acceptance: for every example, the answer and the first step are on
 * screen right after the paste, on a laptop and on a phone; the words for deferrals; the
 * audience split; the roll-up; the evidence on demand; a failed or hung run clears the old
 * verdict. Screenshots of every example (light, dark, 360 px) are saved with the results.
 */
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLES } from '../../src/ui/examples/index.ts';
import { documentView, headline, openEmpty, pasteBox, pasteLong, pickExample, results, verdict } from './support.ts';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

/** Nothing sticks out sideways: the page is no wider than the window. */
async function expectNoSidewaysOverflow(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function expectAnswerOnScreen(page: Page): Promise<void> {
  await expect(headline(page)).toBeInViewport({ ratio: 1 });
  const firstStep = page.locator('article[data-reason]').first().locator('.sender-steps li').first();
  await expect(firstStep).toBeInViewport({ ratio: 1 });
}

test.describe('every example', () => {
  for (const example of EXAMPLES) {
    test(`${example.id}: the answer and the first step are on screen after the paste`, async ({ page }, testInfo) => {
      for (const [size, viewport] of [
        ['laptop', LAPTOP],
        ['phone', PHONE],
      ] as const) {
        await page.setViewportSize(viewport);
        await openEmpty(page);
        await pasteLong(page, example.text);
        await expect(verdict(page)).toHaveAttribute('data-tone', example.expect.tone);
        await expectAnswerOnScreen(page);
        await expectNoSidewaysOverflow(page);
        if (size === 'phone') {
          // The paste box is above: the page moved to the answer by itself.
          expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
        }
        if (example.expect.tone === 'temporary') {
          const words = (await results(page).textContent()) ?? '';
          expect(words).toMatch(/Deferred/);
          expect(words).not.toMatch(/\bfailed\b/i);
          expect(await verdict(page).textContent()).not.toMatch(/bounce/i);
        }
        await page.screenshot({ path: testInfo.outputPath(`${example.id}-${size}-light.png`) });
        if (size === 'laptop') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.screenshot({ path: testInfo.outputPath(`${example.id}-${size}-dark.png`) });
          await page.emulateMedia({ colorScheme: 'light' });
        }
      }
    });
  }
});

test.describe('the verdict', () => {
  test.use({ viewport: LAPTOP, permissions: ['clipboard-read', 'clipboard-write'] });

  test('steps for each audience: the sender first, the admin in a copy-ready block', async ({ page }) => {
    await openEmpty(page);
    await pickExample(page, 'spamhaus');
    const card = page.locator('article[data-reason="blocked"]');
    await expect(card.locator('h4', { hasText: 'What you can do' })).toBeVisible();
    await expect(card.locator('.sender-steps li').first()).toHaveText(/^Forward this bounce to your email admin/);
    const admin = card.locator('.admin');
    await expect(admin.getByRole('heading', { name: 'For your email admin' })).toBeVisible();
    const first = admin.locator('.admin-steps li').first();
    await expect(first).toHaveText(/^192\.0\.2\.1 is listed on .*Spamhaus/);
    await expect(first.getByRole('link')).toHaveAttribute('href', /^https:\/\/(?:www|check)\.spamhaus\.org\//);
    // No step twice, in either list.
    const all = await card.locator('.steps li').allTextContents();
    expect(new Set(all).size).toBe(all.length);

    await admin.getByRole('button', { name: 'Copy for your admin' }).click();
    await expect(admin.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${(await admin.locator('.admin-steps li').allTextContents()).map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`);

    // Copy summary: the headline and the steps as plain text; Copy as JSON: the Report.
    await verdict(page).getByRole('button', { name: 'Copy summary' }).click();
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary.split('\n')[0]).toBe(await headline(page).textContent());
    expect(summary).toContain('What you can do:\n1. Forward this bounce');
    expect(summary).toContain('For your email admin:\n1. 192.0.2.1 is listed');
    await verdict(page).getByRole('button', { name: 'Copy as JSON' }).click();
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(json.recipients[0].reason).toBe('blocked');
    expect(json.headline.text).toBe(await headline(page).textContent());
  });

  test('several recipients: one roll-up line with Copy addresses, one card per verdict', async ({ page }) => {
    await openEmpty(page);
    await pickExample(page, 'two-unknown');
    const line = page.locator('.rollup-line');
    await expect(line).toHaveCount(1);
    await expect(line).toContainText('2 addresses do not exist');
    await line.getByRole('button', { name: 'Copy addresses' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('anna@example.org\nben@example.org');
    const cards = page.locator('article[data-reason]');
    await expect(cards).toHaveCount(1);
    await expect(cards.locator('h3')).toHaveText('2 recipients');
    await expect(cards.locator('.addresses')).toHaveText('anna@example.org, ben@example.org');
    await expect(cards.locator('.badges')).toContainText('Remove these addresses');
    await expect(cards.locator('.sender-steps li').first()).toHaveText(/^Remove each of these addresses from your list/);
  });

  test('the evidence is folded, part by part, and its highlights are reached by keyboard', async ({ page }) => {
    await openEmpty(page);
    await pickExample(page, 'postfix-mailbox-full');
    const fold = page.locator('details.evidence-fold');
    await expect(fold).not.toHaveAttribute('open', '');
    await expect(documentView(page)).toBeHidden();

    await fold.locator('> summary').focus();
    await page.keyboard.press('Enter');
    const parts = page.locator('details.part');
    await expect(parts.locator('.part-label')).toHaveText(['Message headers', 'Message text', 'Delivery status', 'Returned message headers']);
    for (const part of await parts.all()) await expect(part).not.toHaveAttribute('open', '');

    // The human-readable text carries highlights too.
    await page.keyboard.press('Tab'); // the scroll box
    await parts.nth(1).locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(parts.nth(1)).toHaveAttribute('open', '');
    // (An opened part draws its text and highlights a moment later: Tab once they are there.)
    await expect(parts.nth(1).locator('mark').first()).toBeVisible();
    await page.keyboard.press('Tab');
    const focused = page.locator('mark:focus');
    await expect(focused).toHaveCount(1);
    const kinds = await parts.nth(1).locator('mark').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-kind')))]);
    expect(kinds).toEqual(expect.arrayContaining(['address', 'host', 'code', 'reason']));
    await expect(page.locator('.mark-tip')).toBeVisible();
    await expect(page.locator('.mark-tip')).toHaveText(/^Evidence for /);
    expect(await focused.getAttribute('aria-describedby')).toBe(await page.locator('.mark-tip').getAttribute('id'));
  });

  test('"Why this verdict" opens the part that holds the evidence without moving the card', async ({ page }) => {
    await openEmpty(page);
    await pickExample(page, 'microsoft-s3150');
    const card = page.locator('article[data-reason="blocked"]');
    const why = card.locator('details.why summary');
    await why.scrollIntoViewIfNeeded(); // as a reader would, within the results column
    const before = await card.boundingBox();
    await why.click();
    await expect(page.locator('details.evidence-fold')).toHaveAttribute('open', '');
    const current = documentView(page).locator('mark.current').first();
    await expect(current).toBeInViewport();
    // Only the parts that hold this card's evidence were unfolded.
    await expect(page.locator('details.part[open] .part-label')).not.toHaveText(['Message headers']);
    // The results column sticks to the top: the page may move by the header's height at most.
    const after = await card.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(100);
    await expect(why).toBeInViewport();
  });

  test('on a laptop the results stay in view while the evidence scrolls', async ({ page }) => {
    await openEmpty(page);
    await pickExample(page, 'dmarc');
    await page.locator('details.evidence-fold > summary').click();
    for (const part of await page.locator('details.part').all()) await part.locator('summary').click();
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expect(headline(page)).toBeInViewport({ ratio: 1 });
  });

  test('no layout shift when the verdict appears', async ({ page }) => {
    for (const viewport of [LAPTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await openEmpty(page);
      await page.evaluate(() => {
        const w = window as unknown as { __shift: number };
        w.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift' });
      });
      await pasteLong(page, EXAMPLES[1].text);
      await expect(page.locator('article[data-reason]')).toBeVisible();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
    }
  });
});

test.describe('getting the bounce in', () => {
  test('a paste is explained at once; typing waits for a pause', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-01-01T00:00:00Z') });
    await openEmpty(page);
    await page.clock.pauseAt(new Date('2026-01-01T00:10:00Z'));
    // Typing: nothing until the pause has passed.
    await pasteBox(page).fill('550 5.1.1 User unknown');
    await page.waitForTimeout(500); // real time; the page's timers stand still
    await expect(verdict(page)).toHaveCount(0);
    await page.clock.runFor(200);
    await expect(verdict(page)).toBeVisible();
    // A paste: explained with no timer at all.
    await pasteLong(page, EXAMPLES[0].text);
    await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
  });

  test('a paste anywhere on the page is explained', async ({ page }) => {
    await openEmpty(page);
    await page.locator('body').evaluate((body, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, EXAMPLES[0].text);
    await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
    await expect(pasteBox(page)).toHaveValue(EXAMPLES[0].text);
  });

  test('a long paste: the verdict first, then the text in the box', async ({ page }) => {
    await openEmpty(page);
    const text = `${EXAMPLES[0].text}\n\n${'a returned line of the original message\n'.repeat(2500)}`;
    const prevented = await pasteBox(page).evaluate((box, value) => {
      (box as HTMLTextAreaElement).focus();
      const data = new DataTransfer();
      data.setData('text/plain', value);
      return !box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    expect(prevented).toBe(true); // the page takes the text itself
    await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
    await expect(pasteBox(page)).toHaveValue(text);
  });

  for (const [mb, words] of [
    [2, 'A 2 MB message, explained whole'],
    [9, 'A 9 MB message, explained from its first 8 MB'],
  ] as const) {
    test(`a ${mb} MB paste stays out of the text box and gets the same verdict`, async ({ page }) => {
      await openEmpty(page);
      await pasteBox(page).evaluate((box, size) => {
        const head = '550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\n\n';
        const text = head + 'returned attachment line '.padEnd(76, '.').concat('\n').repeat(Math.ceil((size * 1024 * 1024) / 77));
        const data = new DataTransfer();
        data.setData('text/plain', text.slice(0, size * 1024 * 1024));
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, mb);
      await expect(page.getByTestId('large-note')).toContainText(words);
      await expect(pasteBox(page)).toHaveValue('');
      await expect(headline(page)).toHaveText('The address does not exist — remove it from your list');
    });
  }
});

test.describe('a run that fails or hangs', () => {
  // The stand-in worker is served through page.route, which does not see what the service
  // worker answers from its cache.
  test.use({ serviceWorkers: 'block' });

  /** A stand-in worker: the first request gets a verdict, later ones fail or never answer. */
  function standIn(mode: 'fail' | 'hang'): string {
    function worker(how: string) {
      let count = 0;
      self.addEventListener('message', (event: MessageEvent) => {
        const { id, input } = event.data as { id: number; input: string };
        count++;
        if (count === 1) {
          const recipient = {
            address: 'nobody@example.org', addressSource: 'mta', originalRecipient: null, action: 'failed', status: '5.1.1', statuses: [],
            replyCode: '550', diagnostic: null, remoteMta: null, command: null, reason: 'userunknown', title: 'Mailbox does not exist',
            permanent: true, hardBounce: true, owner: 'sender', headline: { text: 'The address does not exist — remove it from your list', tone: 'address-bad' },
            summary: 'Gone.', actions: [{ audience: 'sender', text: 'Remove it.' }], rule: null, confidence: 'high', trail: [], codeMeaning: null,
            providerMeaning: null, blocklist: null, authentication: [], evidence: [],
          };
          const report = {
            kind: 'smtp-reply', format: null, provider: null, formatLabel: null, providerLabel: null,
            message: { reportingMta: null, arrivalDate: null, originalMessageId: null, subject: null, from: null, to: null, date: null },
            messageEvidence: [], headline: recipient.headline, quoted: false, warnings: [], recipients: [recipient], document: input,
            sections: [], truncated: false,
          };
          self.postMessage({ id, ok: true, report });
        } else if (how === 'fail') {
          self.postMessage({ id, ok: false, error: 'the engine broke' });
        }
      });
    }
    return `(${worker.toString()})(${JSON.stringify(mode)});`;
  }

  test('a failed run clears the previous verdict', async ({ page }) => {
    await page.route('**/*explain.worker*', (route) => route.fulfill({ contentType: 'text/javascript', body: standIn('fail') }));
    await openEmpty(page);
    await pasteLong(page, '550 5.1.1 User unknown');
    await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
    await pasteBox(page).evaluate((box) => {
      (box as HTMLTextAreaElement).value = '452 4.2.2 Mailbox full';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await expect(page.getByRole('alert')).toContainText('Could not explain this: the engine broke');
    await expect(page.locator('article[data-reason]')).toHaveCount(0);
    await expect(verdict(page)).toHaveCount(0);
  });

  test('a run that times out clears the previous verdict', async ({ page }) => {
    await page.clock.install();
    await page.route('**/*explain.worker*', (route) => route.fulfill({ contentType: 'text/javascript', body: standIn('hang') }));
    await openEmpty(page);
    await pasteLong(page, '550 5.1.1 User unknown');
    await expect(page.locator('article[data-reason="userunknown"]')).toBeVisible();
    await pasteBox(page).evaluate((box) => {
      (box as HTMLTextAreaElement).value = '452 4.2.2 Mailbox full';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await expect(page.locator('.result.stale')).toBeVisible();
    await page.clock.runFor(31_000);
    await expect(page.getByRole('alert')).toContainText('took too long');
    await expect(page.locator('article[data-reason]')).toHaveCount(0);
  });
});
