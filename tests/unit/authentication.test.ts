/**
 * The `authentication` field: the SPF, DKIM, DMARC, ARC and reverse-DNS results a bounce
 * states, each with its subject and the exact words, in every shape servers write them;
 * and the returned original's Authentication-Results, read only when the refusal is about
 * authentication and marked as coming from the returned message.
 */
import { describe, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

type Row = [method: string, result: string, subject: string | null, words: string];

function checks(input: string): Row[] {
  const r = explain(input);
  return (r.recipients[0]?.authentication ?? []).filter((a) => a.from === 'reply').map((a) => [a.method, a.result, a.subject, r.document.slice(a.start, a.end)]);
}

const CASES: [string, Row[]][] = [
  [
    "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level. Spf=Fail Dkim=None DMARC=Fail",
    [
      ['spf', 'fail', null, 'Spf=Fail'],
      ['dkim', 'none', null, 'Dkim=None'],
      ['dmarc', 'fail', null, 'DMARC=Fail'],
    ],
  ],
  ['550 5.7.1 Email rejected per DMARC policy: dmarc=fail (p=reject) header.from=example.com', [['dmarc', 'fail', 'example.com', 'dmarc=fail']]],
  [
    '421-4.7.27 Your email has been rate limited because SPF authentication didn\'t pass for this message. Authentication results: SPF [example.com] with ip: [192.0.2.1] = did not pass - gsmtp',
    [['spf', 'fail', 'example.com', 'SPF [example.com] with ip: [192.0.2.1] = did not pass']],
  ],
  ['421-4.7.30 ... Authentication results: DKIM = did not pass - gsmtp', [['dkim', 'fail', null, 'DKIM = did not pass']]],
  ['550 5.7.1 Message rejected: spf=softfail (192.0.2.1 is not permitted) smtp.mailfrom=bounce@example.net', [['spf', 'softfail', 'example.net', 'spf=softfail']]],
  ['550 5.7.1 The DKIM signature was not valid for this message', [['dkim', 'fail', null, 'DKIM signature was not valid']]],
  [
    "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain. - gsmtp",
    [['dmarc', 'fail', 'example.com', "Unauthenticated email from example.com is not accepted due to domain's\n550-5.7.26 DMARC policy"]],
  ],
  ['550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.', [['dmarc', 'fail', 'example.com', 'sending domain example.com does not pass DMARC']]],
  ["554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info", [['dmarc', 'fail', 'example.org', "due to example.org's DMARC policy"]]],
  [
    '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.',
    [
      ['spf', 'fail', null, 'failing both SPF and DKIM'],
      ['dkim', 'fail', null, 'failing both SPF and DKIM'],
    ],
  ],
  ['550 5.7.1 SPF check failed: 192.0.2.1 is not authorized to send in the name of example.com', [['spf', 'fail', 'example.com', 'not authorized to send in the name of example.com']]],
  ['550 5.7.23 The message was rejected because of Sender Policy Framework violation', [['spf', 'fail', null, 'Sender Policy Framework violation']]],
  ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.5]', [['reverse-dns', 'fail', '192.0.2.5', 'cannot find your reverse hostname']]],
  ['421 Temporarily rejected. Reverse DNS for this IP failed. IB108', [['reverse-dns', 'fail', null, 'Reverse DNS for this IP failed']]],
  ['550 5.7.1 ARC validation failure: arc=fail (i=2)', [['arc', 'fail', null, 'arc=fail']]],
  ['550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table', []],
];

describe('results stated in the reply', () => {
  for (const [text, want] of CASES) {
    it(text.slice(0, 80), ({ expect }) => {
      expect(checks(text)).toEqual(want);
    });
  }
});

/** A DSN whose returned headers carry the original's Authentication-Results. */
function dsn(diagnostic: string): string {
  return [
    'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mx.example.net.',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; user@example.org',
    'Action: failed',
    'Status: 5.7.1',
    'Remote-MTA: dns; mx.example.org',
    `Diagnostic-Code: smtp; ${diagnostic}`,
    '',
    '--B',
    'Content-Type: text/rfc822-headers',
    '',
    'Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=fail header.from=example.com',
    'Received-SPF: pass (mx.example.net: domain of sender@example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=sender@example.com;',
    'From: Sender <sender@example.com>',
    'To: user@example.org',
    'Subject: Hello',
    '',
    '--B--',
    '',
  ].join('\r\n');
}

describe('the returned original\'s Authentication-Results', () => {
  it('are added, marked as from the returned message, when the refusal is about authentication', ({ expect }) => {
    const r = explain(dsn('550 5.7.1 Email rejected per DMARC policy for example.com'));
    const x = r.recipients[0];
    expect(x.reason).toBe('authfailure');
    const got = x.authentication.map((a) => [a.from, a.method, a.result, a.subject, r.document.slice(a.start, a.end)]);
    expect(got).toEqual([
      ['reply', 'dmarc', 'fail', 'example.com', 'DMARC policy for example.com'],
      ['returned-message', 'spf', 'pass', 'example.com', 'spf=pass'],
      ['returned-message', 'dkim', 'fail', 'example.com', 'dkim=fail'],
      ['returned-message', 'dmarc', 'fail', 'example.com', 'dmarc=fail'],
    ]);
  });
  it('are left out when the refusal has nothing to do with authentication', ({ expect }) => {
    const x = explain(dsn('550 5.1.1 <user@example.org>: Recipient address rejected: User unknown')).recipients[0];
    expect(x.reason).toBe('userunknown');
    expect(x.authentication).toEqual([]);
  });
});
