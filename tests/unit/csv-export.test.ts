/** A sending service's bounce list exported as CSV (formats/csv-export.ts): one recipient a row, each row's own reply. */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

describe('csv-export', () => {
  it('reads each row with its own reply and status', () => {
    const text = [
      'email,created,reason,status',
      'a@example.org,2026-12-04 10:11:02,"550 5.1.1 The email account that you tried to reach does not exist.",5.1.1',
      'b@example.org,2026-12-04 10:11:05,"452 4.2.2 The email account that you tried to reach is over quota.",4.2.2',
    ].join('\n');
    const report = explain(text);
    expect(report.format).toBe('csv-export');
    expect(report.recipients.map((r) => [r.address, r.reason, r.status, r.hardBounce])).toEqual([
      ['a@example.org', 'userunknown', '5.1.1', true],
      ['b@example.org', 'mailboxfull', '4.2.2', false],
    ]);
    const a = report.recipients[0];
    const span = a.evidence.find((e) => e.field === 'address');
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('a@example.org');
  });

  it('reads semicolons, doubled quotes and a bounce type; the type never makes the address bad', () => {
    const text = ['Email Address;Bounce Type;Reason', 'c@example.org;Hard;"554 5.7.1 Message rejected as spam: ""bulk"" content"', 'd@example.org;Hard;'].join('\n');
    const report = explain(text);
    expect(report.format).toBe('csv-export');
    expect(report.recipients.map((r) => r.address)).toEqual(['c@example.org', 'd@example.org']);
    expect(report.recipients[0].reason).toBe('spamdetected');
    expect(report.recipients.every((r) => !r.hardBounce)).toBe(true);
    expect(report.recipients[1].permanent).toBe(true);
    expect(report.recipients[1].confidence).toBe('low');
  });

  it('a line of prose with commas is no export', () => {
    expect(explain('Hello, the email address, as we said, bounced with 550 5.1.1 user unknown').format).not.toBe('csv-export');
  });
});
