import { describe, it } from 'vitest';
import { readDsn, readFieldBlocks, typedValue } from '../../src/lib/core/parse/dsn.ts';

const DSN = [
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Fri, 27 Nov 2026 09:59:58 +0000',
  '',
  'Final-Recipient: rfc822; one@example.org',
  'Original-Recipient: rfc822;One@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mail.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <one@example.org>: Recipient address',
  '    rejected: User unknown',
  '',
  'Final-Recipient: rfc822; two@example.org',
  'Action: delayed',
  'Status: 4.4.1',
  'Will-Retry-Until: Wed, 2 Dec 2026 10:00:00 +0000',
].join('\r\n');

describe('delivery-status fields', () => {
  it('reads the per-message block and one block per recipient', ({ expect }) => {
    const dsn = readDsn(DSN, 0, DSN.length);
    expect(dsn.reportingMta?.value).toBe('dns; mx.example.net');
    expect(dsn.recipients).toHaveLength(2);
    expect(dsn.recipients[0].action?.value).toBe('failed');
    expect(dsn.recipients[1].willRetryUntil?.value).toBe('Wed, 2 Dec 2026 10:00:00 +0000');
  });
  it('unfolds continuation lines and keeps the value span over all of them', ({ expect }) => {
    const diag = readDsn(DSN, 0, DSN.length).recipients[0].diagnosticCode!;
    expect(diag.value).toBe('smtp; 550 5.1.1 <one@example.org>: Recipient address rejected: User unknown');
    expect(DSN.slice(diag.valueStart, diag.valueEnd)).toBe('smtp; 550 5.1.1 <one@example.org>: Recipient address\r\n    rejected: User unknown');
  });
  it('splits typed values and points at the part after the type', ({ expect }) => {
    const field = readDsn(DSN, 0, DSN.length).recipients[0].finalRecipient!;
    const t = typedValue(field);
    expect(t.type).toBe('rfc822');
    expect(t.value).toBe('one@example.org');
    expect(DSN.slice(t.start, t.start + t.value.length)).toBe('one@example.org');
  });
  it('reads CR-only line ends the same way', ({ expect }) => {
    const cr = DSN.replace(/\r\n/g, '\r');
    const dsn = readDsn(cr, 0, cr.length);
    expect(dsn.recipients.map((r) => r.status?.value)).toEqual(['5.1.1', '4.4.1']);
  });
  it('keeps a stray line with the field before it rather than losing it', ({ expect }) => {
    const text = 'Final-Recipient: rfc822; x@example.org\nDiagnostic-Code: smtp; 550 no\nsuch user here\nAction: failed';
    const [block] = readFieldBlocks(text, 0, text.length);
    expect(block.fields.map((f) => f.name)).toEqual(['final-recipient', 'diagnostic-code', 'action']);
    expect(block.fields[1].value).toBe('smtp; 550 no such user here');
  });
});

describe('blocks without blank lines between them', () => {
  it('starts a new recipient when Final-Recipient repeats, and after per-message fields', ({ expect }) => {
    const text = [
      'Reporting-MTA: dns; mx.example.net',
      'Final-Recipient: rfc822; one@example.org',
      'Action: failed',
      'Status: 5.1.1',
      'Final-Recipient: rfc822; two@example.org',
      'Action: failed',
      'Status: 5.2.2',
    ].join('\n');
    const dsn = readDsn(text, 0, text.length);
    expect(dsn.reportingMta?.value).toBe('dns; mx.example.net');
    expect(dsn.recipients.map((r) => [r.finalRecipient?.value, r.status?.value])).toEqual([
      ['rfc822; one@example.org', '5.1.1'],
      ['rfc822; two@example.org', '5.2.2'],
    ]);
  });
});
