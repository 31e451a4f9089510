/** The banner's small print, the warnings it already says and the roll-up's addresses (page round ui31). */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { listedWarnings, metaLine, rollupAddresses, unreadableWarning } from '../../src/ui/verdict.ts';
import { makeReport } from '../helpers/report.ts';

describe('metaLine', () => {
  it('leaves out a layout that only restates the kind (a bare reply read as an SMTP reply)', () => {
    const report = explain('550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table');
    expect(report.kind).toBe('smtp-reply');
    expect(metaLine(report, true, 'A mail server’s reply')).toBe('A mail server’s reply');
  });

  it('names a service once when the layout bears its name', () => {
    const report = makeReport({ formatLabel: 'Microsoft 365 / Outlook.com', providerLabel: 'Microsoft 365 / Outlook.com', provider: 'microsoft' });
    expect(metaLine(report, true, 'A bounce message')).toBe('A bounce message · read as Microsoft 365 / Outlook.com, the receiving service');
  });

  it('keeps a layout and a service that differ', () => {
    const report = makeReport({ formatLabel: 'Postfix', providerLabel: 'Gmail / Google Workspace', quoted: true });
    expect(metaLine(report, false, 'ignored')).toBe('read as Postfix · receiving service: Gmail / Google Workspace · found quoted inside another message');
  });
});

describe('the warnings the banner already says', () => {
  it('an unrecognised text: "no bounce found" is the headline, not a warning under it', () => {
    const report = explain('Lunch on Friday? The usual place at noon.');
    expect(report.warnings.map((w) => w.code)).toContain('not-a-report');
    expect(unreadableWarning(report)).toBeNull();
    expect(listedWarnings(report).map((w) => w.code)).not.toContain('not-a-report');
  });

  it('binary data: its warning becomes the banner detail and leaves the list', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 5 === 0 ? 0 : (i * 131 + 7) % 256));
    const report = explain(bytes);
    expect(unreadableWarning(report)?.code).toBe('binary-input');
    expect(listedWarnings(report).map((w) => w.code)).not.toContain('binary-input');
  });

  it('a report with recipients keeps every warning in the list', () => {
    const warnings = [{ code: 'binary-input', message: 'x' }, { code: 'not-a-report', message: 'y' }];
    const report = makeReport({ warnings });
    expect(unreadableWarning(report)).toBeNull();
    expect(listedWarnings(report)).toEqual(warnings);
  });
});

describe('rollupAddresses', () => {
  it('lists up to three, then says how many more', () => {
    expect(rollupAddresses(['a@example.org'])).toBe('a@example.org');
    expect(rollupAddresses(['a@example.org', 'b@example.org', 'c@example.org'])).toBe('a@example.org, b@example.org, c@example.org');
    expect(rollupAddresses(['a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'])).toBe('a@example.org, b@example.org, c@example.org and 1 more');
  });
});
