/**
 * Blind round layout21 (tests/fixtures/layout21.ts): notices of servers and services whose
 * layouts the other fixtures did not hold (chasquid, CommuniGate Pro, Kerio Connect, IceWarp,
 * Axigen, Mercury/32, Oracle Messaging Server 8, Exchange 2003–2019, Domino 12, GroupWise 18,
 * qmail variants, Postfix and Exim with an admin's own template, Sendmail 8.18, MailChannels,
 * Mailgun and SendGrid routes, Yahoo/AOL HTML, mail.com, Zoho, Fastmail, iCloud, Yandex 360,
 * Tuta, Proton, Stalwart, Courier in German, Open-Xchange), each as the visible text people
 * paste and as the raw message the server sends. Each must give the kind, the recipients and
 * the verdict its words support, in both forms; none may be firmly wrong.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LAYOUT21, rawMessage } from '../fixtures/layout21.ts';
import { visibleFaults } from '../helpers/visible-faults.ts';
import { visibleRound } from '../helpers/visible-round.ts';

/** The reader's own address (the client's header lines, the returned original's From). */
const NOT_RECIPIENTS = ['john@example.com'];

const LEFT: Record<string, string> = {};

visibleRound({
  round: 'blind round layout21',
  title: 'visible text of layouts not held before',
  cases: LAYOUT21,
  atLeast: 60,
  left: LEFT,
  leftCopies: {},
  notRecipients: NOT_RECIPIENTS,
});

describe('blind round layout21: the raw messages', () => {
  const raw = (id: string) => {
    const c = LAYOUT21.find((x) => x.id === id)!;
    return visibleFaults(c, explain(new TextEncoder().encode(rawMessage(c))), NOT_RECIPIENTS);
  };
  const sent = LAYOUT21.filter((c) => !c.screenOnly);
  it.each(sent.map((c) => [c.id] as const))('%s', (id) => {
    expect(raw(id).faults).toEqual([]);
  });
  it('none is firmly wrong', () => {
    expect(sent.filter((c) => raw(c.id).firm).map((c) => c.id)).toEqual([]);
  });
  it('each raw message holds its DSN part where the server sends one, and its X-Failed-Recipients', () => {
    for (const c of LAYOUT21) {
      const m = rawMessage(c);
      expect(m.includes('message/delivery-status'), c.id).toBe(c.dsn !== undefined);
      if (c.xFailed) expect(m, c.id).toContain(`X-Failed-Recipients: ${c.xFailed.join(', ')}`);
    }
  });
});
