/**
 * Blind round 3 of pasted logs and sending-service events (tests/fixtures/log-pastes.ts):
 * each row's recipient, reason (or an unsure answer), permanence, hard bounce and action, and
 * pastes that hold no failure must not be read as one.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LOG_PASTES } from '../fixtures/log-pastes.ts';
import { scoreLog } from '../helpers/log-score.ts';

const lines = (...l: string[]): string => l.join('\n') + '\n';

describe('pasted logs and sending-service events, round 3', () => {
  for (const row of LOG_PASTES) {
    it(`${row.family}: ${row.id}`, () => {
      const s = scoreLog(row);
      expect(s.diffs, `${row.source} ${JSON.stringify(s.got)}`).toEqual([]);
    });
  }

  it('the scorer can fail: a delivered line expected as a failure, and a failure expected as none', () => {
    const sent = LOG_PASTES.find((r) => r.id === 'postfix-sent-dovecot')!;
    expect(scoreLog({ ...sent, reason: 'userunknown', hard: true, action: 'failed' }).diffs).not.toEqual([]);
    const failed = LOG_PASTES.find((r) => r.id === 'postfix-iso-timestamp')!;
    expect(scoreLog({ ...failed, reason: 'none' }).firm).toBe(true);
  });

  it('keeps one recipient per queue, its last line deciding, and each queue apart', () => {
    const r = explain(
      lines(
        'Nov 27 10:00:11 mx postfix/smtp[4251]: E4A5B1C0052: to=<a@example.org>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.25]:25: Connection timed out)',
        'Nov 27 10:00:12 mx postfix/smtp[4252]: F5B6C1C0053: to=<b@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
        'Nov 27 10:05:11 mx postfix/smtp[4301]: E4A5B1C0052: to=<a@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=300, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
      ),
    );
    expect(r.format).toBe('mta-log');
    expect(r.recipients.map((x) => [x.address, x.action])).toEqual([
      ['a@example.org', 'delivered'],
      ['b@example.org', 'failed'],
    ]);
  });

  it('keeps the notice\'s own delivery when the paste holds nothing else', () => {
    const r = explain(
      lines(
        'Nov 27 10:00:13 mx postfix/bounce[4255]: 1A2B3C4D5E: sender non-delivery notification: 0B1C2D3E4F',
        'Nov 27 10:00:13 mx postfix/local[4256]: 0B1C2D3E4F: to=<sender@example.com>, relay=local, delay=0.01, dsn=2.0.0, status=sent (delivered to mailbox)',
      ),
    );
    expect(r.recipients.map((x) => [x.address, x.action])).toEqual([['sender@example.com', 'delivered']]);
  });

  it('reads the recipient column of a log table, never the sender column, with the reply in place', () => {
    const text = LOG_PASTES.find((r) => r.id === 'powermta-acct-bad-mailbox')!.text;
    const r = explain(text);
    expect(r.format).toBe('log-table');
    expect(r.recipients.map((x) => x.address)).toEqual(['e4@example.org']);
    const words = r.recipients[0].evidence.find((e) => e.field === 'reason')!;
    expect(text.slice(words.start, words.end)).toContain('User unknown');
  });

  it('sends the reader of a trace row without a reply to the event\'s details, not to an attached report', () => {
    const [x] = explain(LOG_PASTES.find((r) => r.id === 'm365-get-messagetrace-table')!.text).recipients;
    expect(x.confidence).toBe('low');
    expect(x.hardBounce).toBe(false);
    expect(x.actions[0].text).toMatch(/^Open the event in the sending service's dashboard/);
    expect(x.summary).not.toContain('Show original');
  });

  it('reads a table\'s column names written in words by its dashed line, the sender\'s column never a recipient', () => {
    const r = explain(lines(
      'Received               Sender Address     Recipient Address   Subject        Status',
      '--------               --------------     -----------------   -------        ------',
      '11/27/2026 10:02:11 AM ops@example.com    ann@example.org     Invoice 1042   Failed',
      '11/27/2026 10:02:12 AM ops@example.com    bob@example.org     Invoice 1042   Delivered',
    ));
    expect(r.format).toBe('log-table');
    expect(r.recipients.map((x) => [x.address, x.action])).toEqual([['ann@example.org', 'failed'], ['bob@example.org', 'delivered']]);
    // A bounce's "Recipient address rejected" line is no table's header.
    expect(explain(lines('Recipient address rejected: User unknown', '<ann@example.org>: 550 5.1.1 User unknown')).format).not.toBe('log-table');
  });

  it('leaves a table without a recipient column, or a line of prose, to the other readers', () => {
    expect(explain(lines('type,timeLogged,orig,dsnAction', 'b,2026-11-27,sender@example.com,failed')).format).not.toBe('log-table');
    expect(explain(lines('Recipient status', 'a@example.org failed yesterday, can you check?')).format).not.toBe('log-table');
  });
});
