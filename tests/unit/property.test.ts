/**
 * explain() must never throw and must always return a well-formed Report, whatever it is
 * given: random text and bytes, real bounces cut and spliced together, mutated bounces,
 * hostile MIME shapes and oversized input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { explain, LIMITS, REASON_IDS, type Owner, type Report, type ReportKind, type SmtpCommand } from '../../src/lib/core/index.ts';
import { CORPUS_EMAILS, HAVE_CORPUS, NO_CORPUS_MESSAGE } from '../helpers/shared.ts';
import { makeRecipient, makeReport } from '../helpers/report.ts';

const KINDS = [
  'dsn',
  'bounce',
  'smtp-reply',
  'delay',
  'delivered',
  'auto-reply',
  'feedback-report',
  'read-receipt',
  'unknown',
] as const satisfies readonly ReportKind[];
const OWNERS = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'nobody'] as const satisfies readonly Owner[];
const COMMANDS = ['CONN', 'HELO', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'BDAT'] as const satisfies readonly SmtpCommand[];
// Compile-time guards: adding a kind, owner or command to types.ts without listing it here fails `tsc`.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const allKinds: Missing<ReportKind, (typeof KINDS)[number]> = true;
const allOwners: Missing<Owner, (typeof OWNERS)[number]> = true;
const allCommands: Missing<SmtpCommand, (typeof COMMANDS)[number]> = true;
void [allKinds, allOwners, allCommands];

const MB = 1024 * 1024;
/** FUZZ_SCALE=20 npx vitest run tests/unit/property.test.ts runs twenty times as many cases. */
const FUZZ_SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const RUNS = { numRuns: 150 * FUZZ_SCALE } as const;
const CORPUS_RUNS = { numRuns: 60 * FUZZ_SCALE } as const;

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Throws (via expect) unless `report` is well formed. */
function assertWellFormed(report: Report): void {
  expect(report).toBeTypeOf('object');
  expect(KINDS).toContain(report.kind);
  expect(isStringOrNull(report.format)).toBe(true);
  expect(isStringOrNull(report.provider)).toBe(true);
  expect(typeof report.document).toBe('string');
  expect(typeof report.truncated).toBe('boolean');
  const len = report.document.length;
  const inDoc = (what: string, s: { start: number; end: number }) => {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= len;
    if (!ok) expect.fail(`${what} [${s.start}, ${s.end}) is outside the document (length ${len})`);
  };
  expect(report.message).toBeTypeOf('object');
  for (const v of Object.values(report.message)) expect(isStringOrNull(v)).toBe(true);
  expect(Array.isArray(report.messageEvidence)).toBe(true);
  for (const e of report.messageEvidence) {
    expect(typeof e.field).toBe('string');
    inDoc(`message evidence ${e.field}`, e);
  }
  expect(Array.isArray(report.sections)).toBe(true);
  for (const s of report.sections) {
    expect(typeof s.label).toBe('string');
    inDoc(`section ${s.label}`, s);
  }
  expect(Array.isArray(report.warnings)).toBe(true);
  for (const w of report.warnings) {
    expect(typeof w.code).toBe('string');
    expect(typeof w.message).toBe('string');
  }
  expect(Array.isArray(report.recipients)).toBe(true);
  expect(report.recipients.length).toBeLessThanOrEqual(LIMITS.maxRecipients);
  for (const r of report.recipients) {
    expect(REASON_IDS).toContain(r.reason);
    expect(OWNERS).toContain(r.owner);
    expect(isStringOrNull(r.address)).toBe(true);
    if (r.address !== null) expect(r.address).toMatch(/\S@|^[^@\s]+$/);
    expect(r.addressSource === null).toBe(r.address === null);
    expect(['high', 'medium', 'low']).toContain(r.confidence);
    expect(['address-bad', 'sender-fix', 'temporary', 'not-failure', 'unknown']).toContain(r.headline.tone);
    expect(r.headline.text.length).toBeGreaterThan(0);
    expect(isStringOrNull(r.codeMeaning)).toBe(true);
    expect(Array.isArray(r.authentication)).toBe(true);
    for (const a of r.authentication) {
      inDoc(`authentication ${a.method}`, a);
      expect(['spf', 'dkim', 'dmarc', 'arc', 'reverse-dns']).toContain(a.method);
      expect(['reply', 'returned-message']).toContain(a.from);
    }
    if (r.blocklist) {
      inDoc(`blocklist ${r.blocklist.id}`, r.blocklist);
      expect(OWNERS).toContain(r.blocklist.owner);
      expect(['ip', 'domain', 'helo', 'url', 'unknown']).toContain(r.blocklist.listed.type);
      if (r.blocklist.lookup !== null) expect(r.blocklist.lookup).toMatch(/^https:\/\//);
    }
    expect(Array.isArray(r.trail)).toBe(true);
    for (const t of r.trail) {
      expect(REASON_IDS).toContain(t.reason);
      expect(['won', 'lost', 'adjusted']).toContain(t.outcome);
      inDoc(`trail ${t.rule}`, t);
    }
    if (r.rule !== null) expect(r.trail.some((t) => t.rule === r.rule && t.outcome === 'won')).toBe(true);
    expect(isStringOrNull(r.originalRecipient)).toBe(true);
    expect(isStringOrNull(r.action)).toBe(true);
    expect(isStringOrNull(r.status)).toBe(true);
    expect(isStringOrNull(r.replyCode)).toBe(true);
    expect(isStringOrNull(r.diagnostic)).toBe(true);
    expect(isStringOrNull(r.remoteMta)).toBe(true);
    expect(isStringOrNull(r.rule)).toBe(true);
    if (r.command !== null) expect(COMMANDS).toContain(r.command);
    if (r.diagnostic !== null) expect(r.diagnostic.length).toBeLessThanOrEqual(LIMITS.maxDiagnosticLength + 16);
    expect([true, false, null]).toContain(r.permanent);
    expect(typeof r.hardBounce).toBe('boolean');
    expect(typeof r.summary).toBe('string');
    expect(Array.isArray(r.actions)).toBe(true);
    for (const a of r.actions) {
      expect(['sender', 'admin']).toContain(a.audience);
      expect(typeof a.text).toBe('string');
    }
    expect(Array.isArray(r.statuses)).toBe(true);
    for (const s of r.statuses) {
      expect(typeof s.code).toBe('string');
      expect(['dsn', 'diagnostic', 'text']).toContain(s.from);
    }
    for (const e of r.evidence) {
      expect(typeof e.field).toBe('string');
      inDoc(`evidence ${e.field} of ${r.address}`, e);
    }
  }
  expect(() => JSON.stringify(report)).not.toThrow();
}

/** explain() must return (not throw) a well-formed report. */
function check(input: string | Uint8Array): Report {
  let report: Report;
  try {
    report = explain(input);
  } catch (err) {
    expect.fail(`explain() threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  assertWellFormed(report);
  return report;
}

const enc = new TextEncoder();

describe('the well-formedness check', () => {
  // Guards the guard: a check that accepts anything would make every property below pass.
  const good = (): Report =>
    makeReport({
      messageEvidence: [{ field: 'kind', start: 0, end: 4 }],
      recipients: [
        makeRecipient({
          address: 'a@example.com',
          statuses: [{ code: '5.1.1', from: 'dsn' }],
          evidence: [{ field: 'status', start: 2, end: 10 }],
        }),
      ],
      document: '0123456789',
      sections: [{ label: 'Input', start: 0, end: 10 }],
    });

  it('accepts a good report', () => {
    expect(() => assertWellFormed(good())).not.toThrow();
  });

  it.each<[string, (r: Report) => void]>([
    ['an evidence span past the end', (r) => (r.recipients[0].evidence[0].end = 11)],
    ['a reversed span', (r) => (r.messageEvidence[0] = { field: 'x', start: 3, end: 2 })],
    ['a negative section start', (r) => (r.sections[0].start = -1)],
    ['an unknown reason', (r) => ((r.recipients[0] as { reason: string }).reason = 'nope')],
    ['an unknown kind', (r) => ((r as { kind: string }).kind = 'nope')],
    ['a warning without a message', (r) => r.warnings.push({ code: 'x' } as Report['warnings'][number])],
    ['a cycle', (r) => ((r.message as unknown as { self: unknown }).self = r)],
  ])('rejects %s', (_name, spoil) => {
    const r = good();
    spoil(r);
    expect(() => assertWellFormed(r)).toThrow();
  });
});

describe('explain() on random input', () => {
  it('random strings (ASCII, any code unit, graphemes)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }), // any code point
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)), maxLength: 400 }), // lone surrogates too
        ),
        (s) => void check(s),
      ),
      RUNS,
    );
  });

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => void check(b)),
      RUNS,
    );
  });

  it('random text assembled from bounce vocabulary', () => {
    const token = fc.constantFrom(
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n',
      'Content-Type: message/delivery-status\n',
      'Content-Type: message/rfc822\n',
      'Content-Transfer-Encoding: base64\n',
      'Content-Transfer-Encoding: quoted-printable\n',
      '--b\n',
      '--b--\n',
      '\n',
      '\r\n',
      'Final-Recipient: rfc822; user@example.com\n',
      'Original-Recipient: rfc822;\n',
      'Action: failed\n',
      'Status: 5.1.1\n',
      'Status: 4.0.0 (x)\n',
      'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>: User unknown\n',
      'Remote-MTA: dns; mx.example.net\n',
      'Reporting-MTA: dns; mx.example.org\n',
      '   continued\n',
      '550-5.1.1 The email account that you tried to reach does not exist.\n',
      '=?utf-8?B?w6k=?=',
      '=?iso-2022-jp?B?GyRCJUYlOSVIGyhC?=',
      '=C3=A9=\n',
      'From: MAILER-DAEMON@example.com\n',
      'Subject: Undelivered Mail Returned to Sender\n',
      '<user@example.com>: host mx.example.net[192.0.2.1] said: 550 5.1.1 (in reply to RCPT TO command)\n',
      'From MAILER-DAEMON Thu Apr 29 23:34:45 2021\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(token, fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        check(text);
        check(enc.encode(text));
      }),
      RUNS,
    );
  });

  it('JSON: webhook-like events with random values, and any JSON at all', () => {
    const event = fc.record(
      {
        event: fc.constantFrom('bounce', 'dropped', 'deferred', 'delivered', 'failed', 'hard_bounce', 'spamreport', 'open', 'x'),
        email: fc.oneof(fc.constant('user@example.com'), fc.string({ maxLength: 20 })),
        reason: fc.oneof(fc.constant('550 5.1.1 User unknown'), fc.constant('Bounced Address'), fc.string({ maxLength: 40 })),
        status: fc.constantFrom('5.1.1', '4.2.2', '2.0.0', 'x'),
        'delivery-status': fc.record({ code: fc.integer({ min: 0, max: 999 }), message: fc.string({ maxLength: 30 }) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.nat(400), (events, cut) => {
        const text = JSON.stringify(events);
        check(text);
        check(text.slice(0, cut));
      }),
      RUNS,
    );
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => void check(text)), RUNS);
  });

  it('deeply nested and very wide MIME', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 400 }), fc.boolean(), (depth, width, close) => {
        let body = 'Status: 5.1.1\nFinal-Recipient: rfc822; a@example.com\n';
        for (let d = depth; d > 0; d--) {
          const parts = Array.from({ length: d === depth ? width : 1 }, () => `--b${d}\nContent-Type: message/delivery-status\n\n${body}\n`);
          body = `Content-Type: multipart/report; boundary="b${d}"\n\n${parts.join('')}${close ? `--b${d}--\n` : ''}`;
        }
        check(`From: MAILER-DAEMON@example.com\nMIME-Version: 1.0\n${body}`);
      }),
      { numRuns: 40 },
    );
  });

  it('many recipients and header fields', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `Final-Recipient: rfc822; u${i}@example.com\nAction: failed\nStatus: 5.1.1\n`).join('\n');
    const r = check(`Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x.example.org\n\n${many}\n--b--\n`);
    expect(r.recipients.length).toBeLessThanOrEqual(LIMITS.maxRecipients);
    check('X-H: v\n'.repeat(20_000) + '\nbody');
  });
});

describe.skipIf(!HAVE_CORPUS)('explain() on cut, spliced and mutated corpus files', () => {
  if (!HAVE_CORPUS) console.warn(NO_CORPUS_MESSAGE);
  let sample: Uint8Array[] = [];
  beforeAll(() => {
    // A spread-out sample (every 8th file, a few dozen), read once.
    const names = readdirSync(CORPUS_EMAILS).sort();
    sample = names.filter((_, i) => i % 8 === 0).map((n) => new Uint8Array(readFileSync(join(CORPUS_EMAILS, n))));
  });

  const pick = () => fc.nat().map((n) => sample[n % sample.length]);
  /** An index into something of length n, from a fraction in [0, 1]. */
  const idx = (n: number, f: number) => Math.min(n - 1, Math.floor(f * n));
  const at = (b: Uint8Array, f: number) => Math.floor(f * b.length);
  const frac = fc.double({ min: 0, max: 1, noNaN: true });

  it('cut at random points and spliced with other files', () => {
    fc.assert(
      fc.property(pick(), pick(), frac, frac, fc.boolean(), (a, b, fa, fb, asString) => {
        const head = a.subarray(0, at(a, fa));
        const tail = b.subarray(at(b, fb));
        const joined = new Uint8Array(head.length + tail.length);
        joined.set(head);
        joined.set(tail, head.length);
        check(asString ? new TextDecoder().decode(joined) : joined);
      }),
      CORPUS_RUNS,
    );
  });

  it('whole files, as bytes and as latin1 strings', () => {
    for (const b of sample) {
      check(b);
      check(Buffer.from(b).toString('latin1'));
    }
    expect(sample.length).toBeGreaterThan(10);
  });

  it('random byte flips', () => {
    fc.assert(
      fc.property(pick(), fc.array(fc.tuple(frac, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 }), (src, flips) => {
        const b = src.slice();
        for (const [f, x] of flips) if (b.length) b[idx(b.length, f)] ^= x;
        check(b);
      }),
      CORPUS_RUNS,
    );
  });

  const lineMutation = fc.oneof(
    fc.record({ op: fc.constant('drop' as const), at: frac }),
    fc.record({ op: fc.constant('dup-boundary' as const), at: frac }),
    fc.record({ op: fc.constant('dup' as const), at: frac }),
    fc.record({ op: fc.constant('swap-newlines' as const), to: fc.constantFrom('\n', '\r\n', '\r', '\n\r', '') }),
  );

  it('dropped lines, duplicated lines and boundaries, CR/LF swaps', () => {
    fc.assert(
      fc.property(pick(), fc.array(lineMutation, { minLength: 1, maxLength: 12 }), (src, muts) => {
        let text = Buffer.from(src).toString('latin1');
        for (const m of muts) {
          if (m.op === 'swap-newlines') {
            text = text.replace(/\r\n|\r|\n/g, m.to);
            continue;
          }
          const lines = text.split(/(?<=\n)/);
          if (!lines.length) continue;
          if (m.op === 'drop') lines.splice(idx(lines.length, m.at), 1);
          else if (m.op === 'dup') {
            const i = idx(lines.length, m.at);
            lines.splice(i, 0, lines[i]);
          } else {
            const boundaries = lines.map((l, i) => (l.startsWith('--') ? i : -1)).filter((i) => i >= 0);
            if (!boundaries.length) continue;
            const i = boundaries[idx(boundaries.length, m.at)];
            lines.splice(i, 0, lines[i], lines[i]);
          }
          text = lines.join('');
        }
        check(text);
        check(Buffer.from(text, 'latin1'));
      }),
      CORPUS_RUNS,
    );
  });
});

describe('explain() on 20 MB input', () => {
  const SIZE = 20 * MB;

  function assertCut(report: Report) {
    expect(report.truncated, 'input past LIMITS.maxInputLength must be cut, with truncated: true').toBe(true);
    expect(report.document.length).toBeLessThanOrEqual(LIMITS.maxInputLength);
    const cut = report.warnings.find((w) => /\b(cut|truncat\w*)\b/i.test(w.message));
    expect(cut, `no warning says the input was cut; warnings: ${JSON.stringify(report.warnings)}`).toBeDefined();
    expect(cut!.message).toMatch(/\b8\s?MB\b|\b8\s?MiB\b|8,?388,?608/);
  }

  it('20 MB of "a", as a string and as bytes', () => {
    const s = 'a'.repeat(SIZE);
    assertCut(check(s));
    assertCut(check(new Uint8Array(SIZE).fill(0x61)));
  });

  it.skipIf(!HAVE_CORPUS)('20 MB of a corpus file repeated', () => {
    const names = readdirSync(CORPUS_EMAILS).sort();
    const one = readFileSync(join(CORPUS_EMAILS, names.find((n) => n.startsWith('lhost-postfix')) ?? names[0]));
    const big = new Uint8Array(SIZE);
    for (let off = 0; off < SIZE; off += one.length) big.set(one.subarray(0, Math.min(one.length, SIZE - off)), off);
    assertCut(check(big));
    assertCut(check(Buffer.from(big).toString('latin1')));
  });
});
