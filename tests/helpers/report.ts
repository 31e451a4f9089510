import type { RecipientReport, Report } from '../../src/lib/core/index.ts';

/**
 * A hand-made Report for tests that exercise what consumes one (the CLI's output, the
 * well-formedness check): a userunknown recipient, with whatever the test overrides.
 */
export function makeRecipient(over: Partial<RecipientReport> = {}): RecipientReport {
  return {
    address: 'nobody@example.net',
    originalRecipient: null,
    action: 'failed',
    status: '5.1.1',
    statuses: [],
    replyCode: '550',
    diagnostic: null,
    remoteMta: null,
    command: 'RCPT',
    reason: 'userunknown',
    title: 'Mailbox does not exist',
    permanent: true,
    hardBounce: true,
    owner: 'sender',
    summary: 's',
    actions: ['a'],
    rule: null,
    evidence: [],
    ...over,
  };
}

export function makeReport(over: Partial<Report> = {}): Report {
  return {
    kind: 'dsn',
    format: 'rfc3464',
    provider: null,
    formatLabel: null,
    providerLabel: null,
    message: { reportingMta: null, arrivalDate: null, originalMessageId: null, subject: null, from: null, to: null, date: null },
    messageEvidence: [],
    warnings: [],
    recipients: [makeRecipient()],
    document: '',
    sections: [],
    truncated: false,
    ...over,
  };
}
