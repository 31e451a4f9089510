import { describe, it } from 'vitest';
import { decodeDsnText, readDsn, readFieldBlocks, typedValue } from '../../src/lib/core/parse/dsn.ts';
import { explain } from '../../src/lib/core/index.ts';

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
  it('reads the attempt whose reply is of the Status class when a group holds several', ({ expect }) => {
    const group = (status: string) =>
      ['Final-Recipient: rfc822; jon@example.org', 'Action: failed', `Status: ${status}`, 'Remote-MTA: dns; mx1.example.org', 'Diagnostic-Code: smtp; 451 4.4.1 Connection timed out', 'Remote-MTA: dns; mx2.example.org', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', 'Remote-MTA: dns; mx3.example.org', 'Diagnostic-Code: smtp; 421 4.7.0 Try again later'].join('\n');
    const failed = readDsn(group('5.1.1'), 0, group('5.1.1').length).recipients[0];
    expect([failed.diagnosticCode?.value, failed.remoteMta?.value]).toEqual(['smtp; 550 5.1.1 User unknown', 'dns; mx2.example.org']);
    const delayed = readDsn(group('4.7.0'), 0, group('4.7.0').length).recipients[0];
    expect([delayed.diagnosticCode?.value, delayed.remoteMta?.value]).toEqual(['smtp; 421 4.7.0 Try again later', 'dns; mx3.example.org']);
  });

  it('reads one address in several groups as one recipient, by its outcome; two aliases of one mailbox stay two', ({ expect }) => {
    const group = (original: string, action: string, status: string, reply: string) =>
      `Final-Recipient: rfc822; mia@example.org\nOriginal-Recipient: rfc822; ${original}\nAction: ${action}\nStatus: ${status}\nDiagnostic-Code: smtp; ${reply}\n`;
    const tries = `Reporting-MTA: dns; mx.example.net\n\n${group('mia@example.org', 'delayed', '4.4.1', '421 4.4.1 Connection timed out')}\n${group('mia@example.org', 'failed', '5.1.1', '550 5.1.1 User unknown')}\n${group('mia@example.org', 'delayed', '4.4.1', '421 4.4.1 Connection timed out')}`;
    expect(explain(tries).recipients.map((x) => [x.address, x.action, x.status, x.reason])).toEqual([['mia@example.org', 'failed', '5.1.1', 'userunknown']]);
    const aliases = `Reporting-MTA: dns; mx.example.net\n\n${group('sales@example.org', 'failed', '5.2.2', '552 5.2.2 Mailbox full')}\n${group('info@example.org', 'failed', '5.2.2', '552 5.2.2 Mailbox full')}`;
    expect(explain(aliases).recipients.map((x) => x.originalRecipient)).toEqual(['sales@example.org', 'info@example.org']);
  });

  it('starts the next group at a second Original-Recipient when groups run together', ({ expect }) => {
    const text = ['Reporting-MTA: dns; mx.example.net', 'Original-Recipient: rfc822;fay@example.org', 'Final-Recipient: RFC822; fay@example.org', 'Action: failed', 'Status: 5.2.2', 'Original-Recipient: rfc822;sales@example.org', 'Final-Recipient: RFC822; gus@example.org', 'Action: failed', 'Status: 5.1.1'].join('\n');
    const r = readDsn(text, 0, text.length).recipients;
    expect(r.map((x) => [x.originalRecipient?.value, x.finalRecipient?.value, x.status?.value])).toEqual([
      ['rfc822;fay@example.org', 'RFC822; fay@example.org', '5.2.2'],
      ['rfc822;sales@example.org', 'RFC822; gus@example.org', '5.1.1'],
    ]);
  });

  it('reads a field folded right after its colon from the next line, its span there', ({ expect }) => {
    const text = ['Final-Recipient:', '    rfc822; abe@example.org', 'Action:', '\tfailed', 'Status: 5.1.1', '    (bad destination mailbox address)'].join('\n');
    const r = readDsn(text, 0, text.length).recipients[0];
    expect(r.finalRecipient?.value).toBe('rfc822; abe@example.org');
    expect(text.slice(r.finalRecipient!.valueStart, r.finalRecipient!.valueEnd)).toBe('rfc822; abe@example.org');
    expect(r.action?.value).toBe('failed');
    expect(text.slice(r.action!.valueStart, r.action!.valueEnd)).toBe('failed');
    expect(r.status?.value).toBe('5.1.1 (bad destination mailbox address)');
    // The same with the folds' indent lost (a relay hard-wrapped the part).
    const flat = text.replace(/\n[ \t]+/g, '\n');
    const f = readDsn(flat, 0, flat.length).recipients[0];
    expect([f.finalRecipient?.value, f.action?.value, flat.slice(f.action!.valueStart, f.action!.valueEnd)]).toEqual(['rfc822; abe@example.org', 'failed', 'failed']);
    const report = explain(`Reporting-MTA: dns; mx.example.net\n\n${text}\nDiagnostic-Code:\n    smtp; 550 5.1.1 <abe@example.org>: Recipient address rejected: User unknown\n`);
    expect(report.recipients.map((x) => [x.address, x.action, x.status, x.reason])).toEqual([['abe@example.org', 'failed', '5.1.1', 'userunknown']]);
  });

  it('reads an address whose domain ends in a dot as the same mailbox its reply refuses', ({ expect }) => {
    const dsn = 'Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kim@example.org.\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <kim@example.org.>: Recipient address rejected: User unknown\n';
    const r = explain(dsn).recipients;
    expect(r.map((x) => [x.address, x.reason, x.hardBounce])).toEqual([['kim@example.org', 'userunknown', true]]);
    // Another mailbox named in the reply still is another one.
    const other = explain(dsn.replace('<kim@example.org.>', '<kim.other@example.org.>')).recipients;
    expect(other.map((x) => [x.address, x.hardBounce])).toEqual([['kim@example.org', false]]);
  });

  it('reads a delivery-status part a gateway wrapped as a message of its own', ({ expect }) => {
    const eml = [
      'From: postmaster@gw.example.net',
      'To: sender@example.com',
      'Subject: Delivery Status Notification (Failure)',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="w"',
      '',
      '--w',
      'Content-Type: text/plain',
      '',
      'The message could not be delivered.',
      '--w',
      'Content-Type: message/rfc822',
      '',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; gw.example.net',
      '',
      'Final-Recipient: rfc822; oda@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '--w--',
      '',
    ].join('\n');
    const report = explain(new TextEncoder().encode(eml));
    expect(report.recipients.map((x) => [x.address, x.reason, x.status, x.action])).toEqual([['oda@example.org', 'mailboxfull', '5.2.2', 'failed']]);
  });

  it('reads a report whose report-type names another kind of report by the part it holds', ({ expect }) => {
    const eml = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Delivery failure notice',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'The message could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; pam@example.org',
      'Action: failed',
      'Status: 5.2.2',
      'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full',
      '--b--',
      '',
    ].join('\r\n');
    const report = explain(new TextEncoder().encode(eml));
    expect(report.kind).toBe('dsn');
    expect(report.recipients.map((x) => [x.address, x.reason, x.status])).toEqual([['pam@example.org', 'mailboxfull', '5.2.2']]);
    // A real read receipt keeps its own report type.
    const mdn = eml.replace('message/delivery-status', 'message/disposition-notification').replace(/Final-Recipient[^]*?(?=--b--)/, 'Final-Recipient: rfc822; pam@example.org\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n');
    expect(explain(new TextEncoder().encode(mdn)).kind).toBe('read-receipt');
  });

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

describe('a blank line after every field (a copy that doubled the line breaks)', () => {
  it('keeps the fields of one recipient together, and a second recipient apart', ({ expect }) => {
    const text = DSN.split('\r\n').filter((l) => l !== '').join('\n\n');
    const report = readDsn(text, 0, text.length);
    expect(report.reportingMta?.value).toBe('dns; mx.example.net');
    expect(report.recipients.map((r) => [typedValue(r.finalRecipient!).value, r.originalRecipient?.value ?? null, r.action?.value, r.status?.value])).toEqual([
      ['one@example.org', 'rfc822;One@example.org', 'failed', '5.1.1'],
      ['two@example.org', null, 'delayed', '4.4.1'],
    ]);
  });

  it('never joins a block that repeats a field the recipient before it holds', ({ expect }) => {
    const text = 'Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\nOriginal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.2.2\n';
    expect(readDsn(text, 0, text.length).recipients.map((r) => r.status?.value)).toEqual(['5.1.1', '5.2.2']);
  });
});

describe('Diagnostic-Code text decoded like the text parts', () => {
  // "容量オーバーです" (over capacity) in ISO-2022-JP: ESC $ B ... ESC ( B.
  const JIS = '\x1b$BMFNL%*!<%P!<$G$9\x1b(B';
  it('reads ISO-2022-JP escape sequences as text', ({ expect }) => {
    expect(decodeDsnText(`Diagnostic-Code: smtp; 550 ${JIS}\nStatus: 5.0.0`)).toBe('Diagnostic-Code: smtp; 550 容量オーバーです\nStatus: 5.0.0');
    // Each line is its own run: a folded field decodes line by line.
    expect(decodeDsnText(`Diagnostic-Code: smtp; 550 ${JIS}\n    ${JIS}`)).toBe('Diagnostic-Code: smtp; 550 容量オーバーです\n    容量オーバーです');
  });
  it('reads RFC 2047 encoded words, B and Q', ({ expect }) => {
    expect(decodeDsnText('Diagnostic-Code: smtp; 550 =?UTF-8?B?UG9zdGZhY2ggdm9sbA==?=')).toBe('Diagnostic-Code: smtp; 550 Postfach voll');
    expect(decodeDsnText('Diagnostic-Code: smtp; 552 =?iso-8859-1?Q?Bo=EEte_pleine?=')).toBe('Diagnostic-Code: smtp; 552 Boîte pleine');
  });
  it('leaves other text as it is', ({ expect }) => {
    const plain = 'Diagnostic-Code: smtp; 550 5.1.1 User unknown (see =? in docs)';
    expect(decodeDsnText(plain)).toBe(plain);
    // An escape that is not ISO-2022-JP stays.
    expect(decodeDsnText('550 \x1b[2J x')).toBe('550 \x1b[2J x');
  });
  it('puts the decoded words into the document, where the phrases match and the spans point', ({ expect }) => {
    const eml = [
      'From: MAILER-DAEMON@mx.example.net',
      'To: sender@example.com',
      'Subject: Returned mail',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.net',
      '',
      'Final-Recipient: rfc822; taro@example.org',
      'Action: failed',
      'Status: 5.0.0',
      `Diagnostic-Code: smtp; 550 ${JIS}`,
      '',
      '--b--',
      '',
    ].join('\n');
    const r = explain(new TextEncoder().encode(eml));
    const rcpt = r.recipients[0];
    expect(rcpt.reason).toBe('mailboxfull');
    expect(rcpt.diagnostic).toBe('550 容量オーバーです');
    expect(r.document).not.toContain('\x1b');
    const words = rcpt.evidence.find((e) => e.field === 'reason');
    expect(words && r.document.slice(words.start, words.end)).toBe('容量オーバー');
  });
});

describe('a success Status beside failure words', () => {
  const dsn = (action: string, status: string): string =>
    [
      'From: postmaster@gw.example.net',
      'To: sender@example.com',
      'Subject: Delivery Status Notification',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'If the next system cannot deliver it, it may send a notice such as "550 5.1.1 user unknown".',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; gw.example.net',
      '',
      'Final-Recipient: rfc822; one@example.org',
      `Action: ${action}`,
      `Status: ${status}`,
      '',
      '--b--',
      '',
    ].join('\r\n');
  it('keeps the 2.x.x Status of a relayed or delivered recipient (RFC 3464 §2.3.4), not an example code of the text', ({ expect }) => {
    for (const action of ['relayed', 'delivered', 'expanded']) {
      const r = explain(dsn(action, '2.0.0')).recipients[0];
      expect([r.address, r.reason, r.status]).toEqual(['one@example.org', 'delivered', '2.0.0']);
    }
  });
});

describe('a delivery-status part pasted on its own (as a mail program shows the report)', () => {
  it('is read as the DSN it is, each recipient by its own fields, not as the reply in its Diagnostic-Code', ({ expect }) => {
    const r = explain(DSN);
    expect(r.kind).toBe('dsn');
    expect(r.format).toBe('rfc3464');
    const [one, two] = r.recipients;
    expect([one.address, one.action, one.reason, one.hardBounce]).toEqual(['one@example.org', 'failed', 'userunknown', true]);
    expect([two.address, two.action, two.permanent, two.hardBounce]).toEqual(['two@example.org', 'delayed', false, false]);
    // Its evidence points into the pasted text.
    const status = one.evidence.find((e) => e.field === 'status');
    expect(status && r.document.slice(status.start, status.end)).toBe('5.1.1');
  });
  it('says the server gave up, not that a resend may work', ({ expect }) => {
    const text = ['Reporting-MTA: dns; mail.example.com', '', 'Final-Recipient: rfc822; busy@example.org', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 <busy@example.org>: Mailbox full, quota exceeded'].join('\n');
    const r = explain(text);
    expect(r.kind).toBe('dsn');
    expect(r.recipients[0].reason).toBe('mailboxfull');
    expect(r.recipients[0].headline.text).not.toMatch(/resending later may work/i);
  });
  it('needs a Final-Recipient and an outcome: a lone Reporting-MTA line over a reply stays a reply', ({ expect }) => {
    const r = explain('Reporting-MTA: dns; mail.example.com\n550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown');
    expect(r.kind).not.toBe('dsn');
    expect(r.recipients[0].reason).toBe('userunknown');
  });
});
