/**
 * How the page renders a Report, checked with canned Reports: the page's worker is swapped
 * for a stand-in that answers with a fixed Report, so these tests do not depend on what the
 * engine decides, only on the Report contract in src/lib/core/types.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Report, RecipientReport } from '../../src/lib/core/types.ts';
import { PROVIDERS } from '../../src/lib/knowledge/providers/index.ts';
import { reasonInfo } from '../../src/lib/knowledge/reasons/index.ts';
import { GMAIL_NO_SUCH_USER, openEmpty, paste } from './support.ts';

// A stand-in worker is served through page.route, which does not see what the service
// worker answers from its cache: these tests run without the service worker.
test.use({ serviceWorkers: 'block' });

/** A canned report whose evidence is given as text to find in the pasted document. */
interface Canned {
  report: Omit<Report, 'document' | 'recipients' | 'sections' | 'messageEvidence'> & {
    sections: { label: string; from: string; to?: string }[];
    messageEvidence: { field: string; text: string }[];
    recipients: (Omit<RecipientReport, 'evidence'> & { evidence: { field: string; text: string; note?: string }[] })[];
  };
}

/** The stand-in worker: places the canned evidence where its text occurs in the input. */
function standInWorker(canned: Canned): string {
  function answer(cannedReport: Canned['report']) {
    self.addEventListener('message', (event: MessageEvent) => {
      const { id, input } = event.data as { id: number; input: string | Uint8Array };
      const document = typeof input === 'string' ? input : new TextDecoder().decode(input);
      const span = (text: string) => {
        const start = document.indexOf(text);
        return start < 0 ? { start: 0, end: 0 } : { start, end: start + text.length };
      };
      const report = {
        ...cannedReport,
        document,
        sections: cannedReport.sections.map((section) => ({
          label: section.label,
          start: span(section.from).start,
          end: section.to ? span(section.to).end : document.length,
        })),
        messageEvidence: cannedReport.messageEvidence.map(({ field, text }) => ({ field, ...span(text) })),
        recipients: cannedReport.recipients.map((recipient) => ({
          ...recipient,
          evidence: recipient.evidence.map(({ field, text, note }) => ({ field, note, ...span(text) })),
        })),
      };
      self.postMessage({ id, ok: true, report });
    });
  }
  return `(${answer.toString()})(${JSON.stringify(canned.report)});`;
}

async function useCannedReport(page: Page, canned: Canned): Promise<void> {
  await page.route('**/*explain.worker*', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: standInWorker(canned) }),
  );
}

const NO_MESSAGE = { reportingMta: null, arrivalDate: null, originalMessageId: null, subject: null, from: null, to: null, date: null };

const GMAIL: Canned = {
  report: {
    kind: 'smtp-reply',
    format: null,
    provider: 'google',
    formatLabel: null,
    providerLabel: 'Gmail / Google Workspace',
    message: NO_MESSAGE,
    messageEvidence: [],
    headline: { text: 'The address does not exist: remove it from your list', tone: 'address-bad' },
    quoted: false,
    warnings: [{ code: 'example-warning', message: 'An example warning.' }],
    truncated: false,
    sections: [{ label: 'SMTP reply', from: '550-5.1.1' }],
    recipients: [
      {
        address: null,
        addressSource: null,
        originalRecipient: null,
        action: 'failed',
        status: '5.1.1',
        statuses: [{ code: '5.1.1', from: 'text' }],
        replyCode: '550',
        diagnostic: 'The email account that you tried to reach does not exist.',
        remoteMta: null,
        command: 'RCPT',
        reason: 'userunknown',
        title: 'Mailbox does not exist',
        permanent: true,
        hardBounce: true,
        owner: 'sender',
        headline: { text: 'The address does not exist: remove it from your list', tone: 'address-bad' },
        summary: 'The address does not exist at Google.',
        actions: [
          { audience: 'sender', text: 'Check the address for typos.' },
          { audience: 'sender', text: 'Remove the address from your list.' },
          { audience: 'admin', text: 'Suppress the address in your sending system.' },
        ],
        rule: 'provider.google.no-such-user',
        confidence: 'high',
        trail: [
          { rule: 'provider.google.no-such-user', reason: 'userunknown', source: 'https://support.google.com/a/answer/3726730', start: 0, end: 0, outcome: 'won', note: 'the server said "does not exist"' },
        ],
        codeMeaning: 'Bad destination mailbox address',
        providerMeaning: null,
        blocklist: null,
        authentication: [],
        evidence: [
          { field: 'replyCode', text: '550' },
          { field: 'status', text: '5.1.1' },
          { field: 'reason', text: 'does not exist', note: 'Google says the account does not exist' },
        ],
      },
    ],
  },
};

test('a recipient card shows every part of the explanation, in words', async ({ page }) => {
  await useCannedReport(page, GMAIL);
  await openEmpty(page);
  await paste(page, GMAIL_NO_SUCH_USER);

  const banner = page.locator('section.verdict');
  await expect(banner.locator('.headline')).toHaveText('The address does not exist: remove it from your list');
  await expect(banner).toHaveAttribute('data-tone', 'address-bad');
  await expect(banner.locator('.tone-label')).toHaveText('Bad address');
  const google = PROVIDERS.find((provider) => provider.id === 'google')?.label ?? 'google';
  await expect(banner).toContainText(`receiving service: ${google}`);
  await expect(page.getByText('An example warning.')).toBeVisible();

  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('The reply does not name the recipient');
  await expect(card.locator('.badges li')).toHaveText(['Permanent — resending will fail', 'Remove this address', 'Who acts: You (the sender)']);
  await expect(card.locator('.sender-steps li')).toHaveText(['Check the address for typos.', 'Remove the address from your list.']);
  await expect(card.locator('.admin-steps li')).toHaveText(['Suppress the address in your sending system.']);
  await expect(card).toContainText('The address does not exist at Google.');

  // The technical facts are folded away, and say it in words when opened.
  const technical = card.locator('details.technical');
  await expect(technical.getByText('naming the recipient (RCPT TO)')).toBeHidden();
  await technical.locator('summary').click();
  for (const text of ['5.1.1', '550', 'naming the recipient (RCPT TO)', reasonInfo('userunknown').title, 'Bad destination mailbox address']) {
    await expect(technical).toContainText(text);
  }
  await expect(technical.getByRole('link', { name: '550' })).toHaveAttribute('href', '#/code/550');
  // A bare reply: its words are in the paste box, not repeated on the card.
  await expect(technical.locator('.diagnostic')).toHaveCount(0);

  // Why this verdict: how sure, and the trail; opening it shows the evidence in its part.
  await card.locator('details.why summary').click();
  await expect(card.locator('.confidence')).toContainText('Sure');
  await expect(card.locator('.trail li')).toHaveText([/Decided:.*the server said "does not exist".*provider\.google\.no-such-user/]);
  await expect(page.locator('details.evidence-fold')).toHaveAttribute('open', '');
  await expect(page.locator('details.part')).toHaveCount(1);

  // The evidence is marked where it is, with what kind of thing it is and what it supports.
  const status = page.locator('.document mark[data-fields~="status"]').first();
  await expect(status).toHaveText('5.1.1');
  // The same code where the engine did not point is marked too, as the same evidence.
  await expect(page.locator('.document mark[data-fields~="status"]')).toHaveCount(4);
  await expect(status).toHaveAttribute('data-kind', 'code');
  await expect(status).toHaveAttribute('data-note', /Evidence for the status code/);
  await expect(page.locator('.document mark[data-fields~="reason"]')).toHaveAttribute('data-kind', 'reason');
  await expect(page.locator('.document mark[data-fields~="reason"]')).toHaveAttribute('data-note', /Google says/);

  // A highlight explains itself on hover and on keyboard focus.
  await page.locator('.document mark[data-fields~="reason"]').hover();
  await expect(page.locator('.mark-tip')).toBeVisible();
  await expect(page.locator('.mark-tip')).toContainText('Google says the account does not exist');
  await status.focus();
  await expect(page.locator('.mark-tip')).toContainText('Evidence for the status code');

  // Hover and keyboard focus both bring the card's evidence forward; pinned stays.
  await page.mouse.move(0, 0);
  await page.locator('textarea').focus();
  await expect(page.locator('.document mark.current')).toHaveCount(9); // pinned by "Why this verdict"
  await card.getByRole('button', { name: 'Show the evidence in the message' }).focus();
  await expect(card).toHaveClass(/highlighted/);
});

test('links: only the engine’s https URLs, never a value quoted from the bounce', async ({ page }) => {
  const base = GMAIL.report.recipients[0];
  await useCannedReport(page, {
    report: {
      ...GMAIL.report,
      recipients: [
        {
          ...base,
          address: 'https://phish.example.net/a',
          actions: [
            { audience: 'sender', text: 'Remove https://phish.example.net/a from your list; help is at https://help.example.com/page.' },
            { audience: 'admin', text: 'Not a link: http://plain.example.com/ nor javascript:alert(1).' },
          ],
        },
      ],
    },
  });
  await openEmpty(page);
  await paste(page, GMAIL_NO_SUCH_USER);
  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.locator('.steps a')).toHaveCount(1);
  await expect(card.locator('.steps a')).toHaveAttribute('href', 'https://help.example.com/page');
  await expect(card.locator('.sender-steps li')).toHaveText('Remove https://phish.example.net/a from your list; help is at https://help.example.com/page.');
});

test('deferrals, gave-ups and non-failures get their own words', async ({ page }) => {
  const base = GMAIL.report.recipients[0];
  const deferred = { text: 'Deferred — the sending server will retry; nothing to do yet', tone: 'temporary' as const };
  await useCannedReport(page, {
    report: {
      ...GMAIL.report,
      kind: 'dsn',
      provider: null,
      formatLabel: null,
      providerLabel: null,
      warnings: [],
      headline: deferred,
      messageEvidence: [{ field: 'kind', text: 'Delayed Mail' }],
      sections: [{ label: 'Notification', from: 'Delayed Mail' }],
      recipients: [
        { ...base, address: 'someone@example.org', reason: 'networkerror', title: 'Network or DNS problem', action: 'failed', permanent: false, hardBounce: false, headline: deferred, evidence: [] },
        { ...base, address: 'later@example.org', reason: 'mailboxfull', title: "Recipient's mailbox is full", action: 'failed', permanent: false, hardBounce: false, headline: { text: 'The sending server gave up retrying', tone: 'sender-fix' }, evidence: [] },
        { ...base, address: 'other@example.org', reason: 'delivered', title: 'Delivered successfully', action: 'delivered', permanent: null, hardBounce: false, headline: { text: 'Delivered', tone: 'not-failure' }, evidence: [] },
      ],
    },
  });
  await openEmpty(page);
  await paste(page, 'Subject: Delayed Mail (still being retried)\n\nsomeone@example.org');

  await expect(page.locator('section.verdict .headline')).toHaveText(deferred.text);
  const waiting = page.locator('article[data-reason="networkerror"]');
  await expect(waiting.locator('.badges')).toContainText('Temporary — the server will retry');
  await expect(waiting.locator('.badges')).toContainText('Keep this address');
  await expect(waiting).toContainText('Likely cause: network or DNS problem');
  await waiting.locator('details.technical summary').click();
  // The engine's default action word would contradict "deferred": it is not shown.
  await expect(waiting.locator('details.technical')).not.toContainText('failed');
  const gaveUp = page.locator('article[data-reason="mailboxfull"]');
  await expect(gaveUp.locator('.badges')).toContainText('Not delivered — a later attempt can succeed');
  const delivered = page.locator('article[data-reason="delivered"]');
  await expect(delivered.locator('.badges')).toContainText('Not a failure');
  await expect(delivered).not.toContainText('Remove this address');
  // The cards come grouped by verdict, the most pressing first.
  expect(await page.locator('article[data-reason]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-tone')))).toEqual([
    'sender-fix',
    'temporary',
    'not-failure',
  ]);
  await expect(page.locator('.rollup-line')).toHaveText([/1 recipient: their mailbox is full/, /1 deferred — the sending server will retry/, /1 recipient: delivered successfully/]);
});

test("a provider's own meaning names the provider once, with its page after a space", async ({ page }) => {
  await openEmpty(page);
  await paste(page, "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException");
  const card = page.locator('article[data-reason="mailboxfull"]');
  await card.locator('details.why summary').click();
  await expect(card.locator('details.why')).toContainText(
    "Microsoft Exchange: the recipient's mailbox is over its storage quota (https://learn.microsoft.com/",
  );
  // A permanent code for a full mailbox: the badge agrees with the steps, which say to resend later
  // (a bare reply: the server refused, no sending server "gave up").
  await expect(card.locator('.badges')).toContainText('Refused — resending later may work');
  await expect(card.locator('.sender-steps')).toContainText('Resend later');
});
