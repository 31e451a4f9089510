/**
 * Blind round layout23 (tests/fixtures/layout23.ts): bounces whose cause a content filter, a
 * gateway or a server wrote in words the other fixtures held not at all or only in part
 * (rspamd, amavisd-new before the queue, spamass-milter, clamav-milter, a bare milter reject,
 * MailScanner's warning, Proxmox Mail Gateway, Cisco Secure Email, Apache James 3's DSNBounce,
 * Exchange 2013–2019 on-premises, Domino with two blocks, Sendmail's transcript of a multi-line
 * reply), each as the visible text people paste and as the raw message the server sends. Each
 * must give the kind, the recipients and the verdict its words support, in both forms; none may
 * be firmly wrong.
 *
 * Scores before any fix (21 cases; right / wrong / firmly wrong): visible 18/2/1, raw 18/2/1;
 * the copies of the 18 read right (7 each): 124 of 126, two wrong (a 40-column view of Cisco's
 * notice under Outlook's header lines, of Domino's two blocks). The firm one in both forms:
 * Proxmox's greylisting "Service is unavailable (try later)" read as a suspended mailbox.
 * After the fixes ("Service is unavailable" is the receiving service; the transcript's whole
 * reply where a summary kept its last line, and a reply line a narrow view broke; MailScanner's
 * warning as a format; Domino's every block; the SES/Cisco line broken before its address):
 * visible 21/0/0, raw 21/0/0, copies 146/147 (left: the Sendmail transcript with its paragraphs
 * joined, not firm). A second batch (LAYOUT23_B, 8 cases: postscreen's deferral, Exim's ACL
 * spam score and its "lines too long for transport", Exchange's Sender ID agent, Postfix's
 * client access refusal, Exim's sender verification flat in Exchange's notice, rspamd's DMARC
 * refusal, amavisd-new's BAD_HEADER; written after those fixes, before running the engine on
 * them): 8/0/0 in both forms and every copy.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { rawMessage } from '../fixtures/layout21.ts';
import { LAYOUT23 as FIRST, LAYOUT23_B } from '../fixtures/layout23.ts';

const LAYOUT23 = [...FIRST, ...LAYOUT23_B];
import { visibleFaults } from '../helpers/visible-faults.ts';
import { visibleRound } from '../helpers/visible-round.ts';

/** The reader's own address (the client's header lines, the returned original's From). */
const NOT_RECIPIENTS = ['john@example.com'];

const LEFT: Record<string, string> = {};
const LEFT_COPIES: Record<string, string> = {
  'sendmail-transcript-gmail-multiline-reputation, paragraphs joined':
    "the joined transcript read again line by line keeps Sendmail's own closing \"554 5.0.0 Service unavailable\" on the reply's last line, so the summary's last line is not found in it: the entry's own words, securityerror (low, not firm)",
};
const LEFT_RAW: string[] = [];

visibleRound({
  round: 'blind round layout23',
  title: 'visible text of filters, gateways and servers not held before',
  cases: LAYOUT23,
  atLeast: 29,
  left: LEFT,
  leftCopies: LEFT_COPIES,
  notRecipients: NOT_RECIPIENTS,
});

describe('blind round layout23: the raw messages', () => {
  const raw = (id: string) => {
    const c = LAYOUT23.find((x) => x.id === id)!;
    return visibleFaults(c, explain(new TextEncoder().encode(rawMessage(c))), NOT_RECIPIENTS);
  };
  const sent = LAYOUT23.filter((c) => !c.screenOnly);
  it.each(sent.filter((c) => !LEFT_RAW.includes(c.id)).map((c) => [c.id] as const))('%s', (id) => {
    expect(raw(id).faults).toEqual([]);
  });
  it('the ones not read right yet are exactly those listed', () => {
    expect(sent.filter((c) => raw(c.id).faults.length > 0).map((c) => c.id).sort()).toEqual([...LEFT_RAW].sort());
  });
  it('each raw message holds its DSN part where the server sends one, and its X-Failed-Recipients', () => {
    for (const c of LAYOUT23) {
      const m = rawMessage(c);
      expect(m.includes('message/delivery-status'), c.id).toBe(c.dsn !== undefined);
      if (c.xFailed) expect(m, c.id).toContain(`X-Failed-Recipients: ${c.xFailed.join(', ')}`);
    }
  });
});

describe("blind round layout23: a report's repeated blocks are one notice", () => {
  it("Domino's two 'was not delivered to:' blocks read as one report, not two notices", () => {
    const c = LAYOUT23.find((x) => x.id === 'domino-your-message-two-blocks')!;
    const r = explain(c.text);
    expect(r.format).toBe('domino');
    expect(r.warnings.map((w) => w.code)).not.toContain('several-notices');
    expect(r.recipients.map((x) => [x.address, x.reason])).toEqual([
      ['sam@example.org', 'userunknown'],
      ['tara@example.org', 'mailboxfull'],
    ]);
  });
});
