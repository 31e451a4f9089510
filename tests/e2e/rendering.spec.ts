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
        ],
        rule: 'google-nosuchuser',
        confidence: 'high',
        trail: [],
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

  await expect(page.locator('section.verdict')).toContainText('Bounce');
  const google = PROVIDERS.find((provider) => provider.id === 'google')?.label ?? 'google';
  await expect(page.locator('section.verdict')).toContainText(`Receiving service: ${google}`);
  await expect(page.getByText('An example warning.')).toBeVisible();

  const card = page.locator('article[data-reason="userunknown"]');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('The bounce does not name the address');
  for (const text of [
    reasonInfo('userunknown').title,
    'Permanent',
    'Hard bounce — remove this address',
    'You (the sender)',
    'The address does not exist at Google.',
    '5.1.1',
    '550',
    'naming the recipient (RCPT TO)',
    "The server's own words",
    'The email account that you tried to reach does not exist.',
  ]) {
    await expect(card).toContainText(text);
  }
  await expect(card.locator('ol li')).toHaveText(['Check the address for typos.', 'Remove the address from your list.']);

  // The evidence is marked where it is, with what it supports.
  await expect(page.locator('.doc-label')).toHaveText(['SMTP reply']);
  const status = page.locator('.document mark[data-fields~="status"]');
  await expect(status).toHaveText('5.1.1');
  await expect(status).toHaveAttribute('title', /Evidence for the status code/);
  await expect(page.locator('.document mark[data-fields~="reason"]')).toHaveAttribute('title', /Google says/);
  await expect(page.locator('.document mark.current')).toHaveCount(0);

  // Hover and keyboard focus both bring the card's evidence forward.
  await card.hover();
  await expect(page.locator('.document mark.current')).toHaveCount(3);
  await page.mouse.move(0, 0);
  await expect(page.locator('.document mark.current')).toHaveCount(0);
  const show = card.getByRole('button', { name: 'Show the evidence in the message' });
  await show.focus();
  await expect(page.locator('.document mark.current')).toHaveCount(3);
  await show.press('Enter');
  await expect(card.getByRole('button', { name: 'Stop showing the evidence' })).toHaveAttribute('aria-pressed', 'true');
  await page.locator('textarea').focus();
  await expect(page.locator('.document mark.current')).toHaveCount(3);
});

test('non-failures are marked as such', async ({ page }) => {
  const base = GMAIL.report.recipients[0];
  await useCannedReport(page, {
    report: {
      ...GMAIL.report,
      kind: 'delay',
      provider: null,
      formatLabel: null,
      providerLabel: null,
      warnings: [],
      messageEvidence: [{ field: 'kind', text: 'Delayed Mail' }],
      sections: [{ label: 'Notification', from: 'Delayed Mail' }],
      recipients: [
        { ...base, address: 'someone@example.org', reason: 'networkerror', action: 'delayed', permanent: false, hardBounce: false, evidence: [] },
        { ...base, address: 'other@example.org', reason: 'delivered', action: 'delivered', permanent: null, hardBounce: false, evidence: [] },
      ],
    },
  });
  await openEmpty(page);
  await paste(page, 'Subject: Delayed Mail (still being retried)\n\nsomeone@example.org');

  await expect(page.locator('section.verdict')).toContainText('Delay: not (yet) a failure');
  const delayed = page.locator('article[data-reason="networkerror"]');
  await expect(delayed).toContainText('Delayed: the server will keep retrying');
  await expect(delayed).toContainText('Temporary');
  await expect(delayed).toContainText('Not a hard bounce (the address may be fine)');
  const delivered = page.locator('article[data-reason="delivered"]');
  await expect(delivered).toContainText('Not a failure');
  await expect(delivered).not.toContainText('Hard bounce');
  await expect(page.locator('.document mark[data-fields="kind"]')).toHaveText('Delayed Mail');
});
