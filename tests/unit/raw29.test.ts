/**
 * The raw29 round (tests/fixtures/trust/raw-cases-29.ts): raw messages in the layouts other
 * open-source bounce parsers were written for (flufl.bounce's detectors, BounceParser's corpus).
 * trust.test.ts and raw-messages.test.ts hold each case to its verdict and its spans; here the
 * round's coverage and the rules it added, each with its limit.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { RAW_CASES_29 } from '../fixtures/trust/raw-cases-29.ts';

const HEAD = 'From: Postmaster <postmaster@mail.example.net>\nTo: sender@example.com\nSubject: Undeliverable message\nMIME-Version: 1.0\nContent-Type: text/plain\n\n';
const rcpts = (text: string) => explain(HEAD + text).recipients.map((r) => ({ address: r.address, reason: r.reason, hard: r.hardBounce }));

describe('raw29 round: coverage', () => {
  it('holds 35 to 50 raw messages: failures, warnings, several recipients, an address only in a header', () => {
    expect(RAW_CASES_29.length).toBeGreaterThanOrEqual(35);
    expect(RAW_CASES_29.length).toBeLessThanOrEqual(50);
    expect(RAW_CASES_29.filter((c) => c.kind.length === 1 && c.kind[0] === 'delay').length).toBeGreaterThanOrEqual(5);
    expect(RAW_CASES_29.filter((c) => c.recipients.length > 1).length).toBeGreaterThanOrEqual(3);
    expect(RAW_CASES_29.filter((c) => c.file.startsWith('raw29-only-')).length).toBeGreaterThanOrEqual(3);
    expect(RAW_CASES_29.every((c) => c.file.endsWith('.eml'))).toBe(true);
  });
});

describe('raw29 rules', () => {
  it('a short notice that names no recipient reads the returned original\'s one To address, never as a bad address', () => {
    const text = 'Your message could not be delivered: the mailbox does not exist.\n\n------ Original message ------\nFrom: sender@example.com\nTo: "Ann" <ann@example.org>\nSubject: Hi\n\nHello\n';
    expect(rcpts(text)).toEqual([{ address: 'ann@example.org', reason: 'userunknown', hard: false }]);
    expect(explain(HEAD + text).warnings.map((w) => w.code)).toContain('address-from-returned-message');
    // Sent to two people: the notice does not say which one failed, so it names none.
    expect(rcpts(text.replace('"Ann" <ann@example.org>', 'ann@example.org, bob@example.org')).map((r) => r.address)).toEqual([null]);
  });

  it('a sentence wrapped before the address keeps its failure words from the line above', () => {
    const wrapped = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered. It was addressed\nto \'cy@example.org\' and failed with the following error:\n\n    The recipient mailbox does not exist on this system.\n';
    expect(rcpts(wrapped)).toEqual([{ address: 'cy@example.org', reason: 'userunknown', hard: true }]);
    // A line that opens a new sentence (a capital letter) takes nothing from the line above.
    const fresh = 'A message that you sent could not be delivered\nSee cy@example.org for help with this mail system.\n';
    expect(rcpts(fresh).some((r) => r.address === 'cy@example.org')).toBe(false);
  });

  it('a list heading that names only the sender still heads the list, and the sender is no recipient', () => {
    const aol = 'Your mail to the following recipients could not be delivered because they are not accepting mail from sender@example.com:\n\tdee@example.org\n\tfay@example.org\n';
    expect(rcpts(aol)).toEqual([
      { address: 'dee@example.org', reason: 'filtered', hard: false },
      { address: 'fay@example.org', reason: 'filtered', hard: false },
    ]);
    // A heading whose address is not someone else's (no "from" before it) is no such heading.
    const other = 'The following recipients could not be delivered to gus@example.org:\n\thal@example.org\n';
    expect(rcpts(other).some((r) => r.address === 'hal@example.org' && r.hard)).toBe(false);
  });

  it('InterScan VirusWall NT\'s "Unable to deliver message to <…>." reads the remote reply on the lines under it, up to its "***" rule', () => {
    const text = '****** Message from InterScan E-Mail VirusWall NT ******\n\nUnable to deliver message to <ivy@example.org>.\nThe remote server replied: 550 5.1.1 <ivy@example.org>... User unknown\n\n*****  End of message  *****\n';
    const r = explain(HEAD.replace('Postmaster <postmaster', 'InterScan MSS for SMTP <postmaster') + text).recipients;
    expect(r.map((x) => [x.address, x.reason, x.status, x.hardBounce])).toEqual([['ivy@example.org', 'userunknown', '5.1.1', true]]);
  });

  it('"Mailbox unknown" alone is an unknown user, as Cyrus and the Yale notice write it', () => {
    const text = 'Message not delivered to the following:\n\n    jo@example.org    Mailbox unknown\n\nError Detail:\n    none given\n';
    expect(rcpts(text)).toEqual([{ address: 'jo@example.org', reason: 'userunknown', hard: true }]);
  });
});
