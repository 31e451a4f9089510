import type { RecipientReport, Report } from '../../src/lib/core/index.ts';

/**
 * A hand-made Report for tests that exercise what consumes one (the CLI's output, the
 * well-formedness check): a userunknown recipient, with whatever the test overrides.
 */
export function makeRecipient(over: Partial<RecipientReport> = {}): RecipientReport {
  return {
    address: 'nobody@example.net',
    addressSource: 'dsn',
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
    headline: { text: 'h', tone: 'address-bad' },
    summary: 's',
    actions: [{ audience: 'sender', text: 'a' }],
    rule: null,
    confidence: 'high',
    trail: [],
    codeMeaning: null,
    providerMeaning: null,
    blocklist: null,
    authentication: [],
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
    headline: null,
    quoted: false,
    warnings: [],
    recipients: [makeRecipient()],
    document: '',
    sections: [],
    truncated: false,
    ...over,
  };
}
