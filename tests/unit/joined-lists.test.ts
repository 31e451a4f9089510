/**
 * List layouts (one recipient a line or a block: qmail, OpenSMTPD, Haraka, MDaemon,
 * CommuniGate Pro, GroupWise, Sendmail, qmail-notify) as mail views show them: every
 * paragraph's lines joined into one, or each line broken short at about 40 columns. Each
 * must give its kind, its recipients, each one's cause as its words state it, and a hard
 * bounce only where the words say the address is bad (tests/fixtures/joined-lists.ts, and
 * the notices of those servers in server-notices.ts and unseen-notices.ts).
 *
 * And the two forms the engine reads such a paste in (read/unwrap.ts): `relined`, the joined
 * lines broken again before each entry, and `listRejoined`, a comma list broken over lines
 * made one line again; both keep every offset. A person's letter stays a letter.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { listRejoined, relined } from '../../src/lib/core/read/unwrap.ts';
import { LIST_NOTICES } from '../fixtures/joined-lists.ts';
import { SERVER_NOTICES } from '../fixtures/server-notices.ts';
import { UNSEEN_NOTICES } from '../fixtures/unseen-notices.ts';
import { joinParagraphs, narrow } from '../helpers/views.ts';

const VIEWS: [string, (t: string) => string][] = [
  ['as pasted', (t) => t],
  ['paragraphs joined', joinParagraphs],
  ['narrow', narrow],
];

describe('list layouts with several recipients, as mail views show them', () => {
  it.each(VIEWS.flatMap(([how, view]) => LIST_NOTICES.map((c) => [`${c.name}, ${how}`, c, view] as const)))('%s', (_name, c, view) => {
    const text = view(c.text);
    const report = explain(text);
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address)).toEqual(c.addresses);
    report.recipients.forEach((r, i) => {
      if (c.reasons[i]) expect(r.reason).toBe(c.reasons[i]);
      expect(r.hardBounce).toBe(c.hard[i]);
      if (r.hardBounce) expect(r.confidence).not.toBe('low');
      if (c.kind === 'delay') expect(r.permanent).toBe(false);
      // Every span points into the text as pasted.
      const span = r.evidence.find((e) => e.field === 'address')!;
      expect(text.slice(span.start, span.end)).toBe(r.address);
    });
  });
});

describe('list layouts with several recipients, the whole notice on one line', () => {
  // Every line of the notice joined, its paragraphs too, as some views copy a notice.
  // (Left aside: layouts whose fields need their own lines, Zoho's and Messaging Server's.)
  const joinAll = (t: string): string => t.split('\n').map((l) => l.trim()).filter(Boolean).join(' ') + '\n';
  const cases = LIST_NOTICES.filter((c) => !/^Zoho/.test(c.name));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const report = explain(joinAll(c.text));
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address)).toEqual(c.addresses);
    report.recipients.forEach((r, i) => {
      if (c.reasons[i]) expect(r.reason).toBe(c.reasons[i]);
      expect(r.hardBounce).toBe(c.hard[i]);
    });
  });
});

describe('the notices of MDaemon, CommuniGate Pro, GroupWise, Haraka, qmail-notify, OpenSMTPD, Tencent and Microsoft 365, joined or narrow', () => {
  const SERVERS = ['MDaemon', 'CommuniGate Pro', 'Novell GroupWise', 'Alt-N SecurityGateway', 'Haraka'];
  const UNSEEN = ['qmail (qmail-notify)', 'OpenSMTPD, delayed', 'OpenSMTPD, envelopes expired', 'MDaemon (older)', 'Tencent', 'Microsoft 365, "How to Fix It"'];
  const cases = [
    ...SERVER_NOTICES.filter((c) => SERVERS.some((s) => c.name.startsWith(s))).map((c) => ({ name: c.name, text: c.text, kind: c.kind, addresses: c.addresses, reason: c.reason as string | undefined, hard: c.hardBounce })),
    ...UNSEEN_NOTICES.filter((c) => UNSEEN.some((s) => c.name.startsWith(s))).map((c) => ({ name: c.name, text: c.text, kind: c.kind, addresses: c.addresses, reason: c.reason as string | undefined, hard: c.hardBounce })),
  ];
  it('finds every server named', () => expect(cases.length).toBe(15));
  it.each(VIEWS.slice(1).flatMap(([how, view]) => cases.map((c) => [`${c.name}, ${how}`, c, view] as const)))('%s', (_name, c, view) => {
    const report = explain(view(c.text));
    expect(report.kind).toBe(c.kind);
    expect(report.recipients.map((r) => r.address)).toEqual(c.addresses);
    for (const r of report.recipients) {
      if (c.reason) expect(r.reason).toBe(c.reason);
      expect(r.hardBounce).toBe(c.hard);
    }
  });
});

describe('relined: a joined line broken again before each entry, one character for one', () => {
  const breaksOf = (text: string): string[] => {
    const out = relined(text);
    expect(out).not.toBeNull();
    expect(out!.length).toBe(text.length);
    return out!.split('\n').map((l) => l.trim());
  };
  it('before each recipient line of a list run together', () => {
    expect(breaksOf('ann@example.org: Envelope expired dan@example.net: Envelope expired\n')).toEqual(['ann@example.org: Envelope expired', 'dan@example.net: Envelope expired', '']);
    expect(breaksOf('Sorry it didn\'t work out. <ann@example.org>: 198.51.100.7 does not like recipient.\n')[1]).toBe('<ann@example.org>: 198.51.100.7 does not like recipient.');
    expect(breaksOf('... User Unknown "dan@example.net": SMTP error from remote server after RCPT command:\n')[1]).toMatch(/^"dan@example\.net": SMTP error/);
  });
  it('before each address of a list after its introduction, and each time-stamped transcript entry', () => {
    expect(breaksOf('Recipient(s): ann@example.org dan@example.net\n')).toEqual(['Recipient(s):', 'ann@example.org', 'dan@example.net', '']);
    const t = '--- Session Transcript --- Wed 2026-02-11 16:40:02.801: --> RCPT To:<dan@example.net> Wed 2026-02-11 16:40:02.900: <-- 552 5.2.2 Mailbox full --- End Transcript ---\n';
    expect(breaksOf(t)).toEqual(['--- Session Transcript ---', 'Wed 2026-02-11 16:40:02.801: --> RCPT To:<dan@example.net>', 'Wed 2026-02-11 16:40:02.900: <-- 552 5.2.2 Mailbox full', '--- End Transcript ---', '']);
  });
  it('before an address followed by the same words as the entry that opened the line', () => {
    expect(breaksOf('ann@example.org Invalid Address, ERROR_CODE :550 User unknown dan@example.net Invalid Address, ERROR_CODE :552 Mailbox full\n')).toEqual([
      'ann@example.org Invalid Address, ERROR_CODE :550 User unknown',
      'dan@example.net Invalid Address, ERROR_CODE :552 Mailbox full',
      '',
    ]);
    expect(breaksOf('<ann@example.org> (reason: 550 5.1.1 User unknown) <dan@example.net> (reason: 552 5.2.2 Mailbox full)\n')[1]).toBe('<dan@example.net> (reason: 552 5.2.2 Mailbox full)');
  });
  it('before the lines of a Sendmail transcript and m-FILTER\'s headings', () => {
    expect(breaksOf('----- Transcript of session follows ----- ... while talking to mx.example.org.: >>> DATA <<< 550 5.1.1 User unknown\n')).toEqual([
      '----- Transcript of session follows -----',
      '... while talking to mx.example.org.:',
      '>>> DATA',
      '<<< 550 5.1.1 User unknown',
      '',
    ]);
    expect(breaksOf('-------server message 550 unknown user <ann@example.org> -------SMTP command DATA\n')[1]).toBe('-------SMTP command DATA');
  });
  it('but not the address a reply names after its code, a queued message\'s field, a longer label, or a bare address inside a sentence', () => {
    expect(relined('Remote host said: 550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown\n')).toBeNull();
    expect(relined('Failure Reason: 550 5.1.1 User unknown\n')).toBeNull();
    expect(relined('I asked ann@example.org: she thinks the address is gone.\n')).toBeNull();
    expect(relined('Intended Recipients: <ann@example.org>\nFailure Reason: Error: Some recipients failed: <ann@example.org>\n')).toBeNull();
    expect(relined('Intended Recipients: ann@example.org, dan@example.org\n')).toBeNull();
    const stamped = relined('Wed 2026-02-11 16:40:02.311: *  To: dan@example.net Wed 2026-02-11 16:40:02.330: Attempting SMTP connection\n')!;
    expect(stamped.split('\n')[0]).toBe('Wed 2026-02-11 16:40:02.311: *  To: dan@example.net');
  });
});

describe('listRejoined: a comma list a narrow view broke over lines', () => {
  it('is one line again, one character for one', () => {
    const text = 'Intended Recipients: ann@example.org,\ndan@example.org, eve@example.org\nFailure Reason: 550 5.1.1 User unknown\n';
    const out = listRejoined(text)!;
    expect(out.length).toBe(text.length);
    expect(out.split('\n')[0]).toBe('Intended Recipients: ann@example.org, dan@example.org, eve@example.org');
    expect(listRejoined('Contact: ann@example.org\nThanks\n')).toBeNull();
  });
});

describe('a person\'s letter with its lines joined stays a letter', () => {
  it.each([
    ['names addresses before colons', 'Hi team, I tried to reach ann@example.org: she says her mailbox is full and she will clean it up. Also dan@example.net: no answer yet, maybe the address does not exist anymore. Cheers, Tom\n'],
    ['says the mail was undeliverable', 'Hi Sam, the invoice was undeliverable again. I asked ann@example.org: she thinks the address does not exist. Can you check with dan@example.net: he set up the server? Thanks, Ann\n'],
    ['says it could not be delivered, to a group', 'Hi team, our newsletter could not be delivered to some people. ann@example.org: she says her mailbox is full. Also dan@example.net: no answer yet. Cheers, Tom\n'],
    ['lists people after a colon', 'Recipients: ann@example.org dan@example.net eve@example.com Status: rejected Reason: not interested in the offer\n'],
  ])('when it %s', (_what, text) => {
    const report = explain(text);
    expect(report.recipients.filter((r) => r.hardBounce || r.confidence === 'high')).toEqual([]);
    expect(report.warnings.map((w) => w.code)).not.toContain('lines-broken-again');
  });
});
