/**
 * Round left24 (tests/fixtures/left24.ts): weaknesses the team had noted and left, one family
 * each: a second notice with no known opening under a first, amavisd-new's recipient lines, a
 * German delay warning with the address alone on its line, a content filter that names no
 * spam, reply codes with an undefined second digit, Trellix's hosts, Exchange on premises
 * with "[LastAttemptedServerName=…]", a bare 4xx, Kerio Connect's failed and delayed
 * sections, Korean temporary refusals, Gmail's translated notice double-spaced, greylisting.
 * Each must give the kind, the recipients and the verdict its words support, in every way a
 * copy changes it, and what else the case names (permanence, who acts, the reply code, the
 * service named).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LEFT24 } from '../fixtures/left24.ts';
import { visibleRound } from '../helpers/visible-round.ts';

/** The cases not read right yet (none since the round's fixes). */
const LEFT: Record<string, string> = {};

const LEFT_COPIES: Record<string, string> = {
  'de-exim-warning-address-alone, paragraphs joined':
    'the address and its indented words joined into one line are no longer an address alone over its words: not read',
  'gmail-fr-reponse-etait, a 40-column view':
    'the address broken at 40 columns is not read',
};

visibleRound({
  round: 'round left24',
  title: 'weaknesses noted and left before',
  cases: LEFT24,
  atLeast: 37,
  left: LEFT,
  leftCopies: LEFT_COPIES,
  notRecipients: ['john@example.com'],
});

describe('round left24: what each case names beyond its verdict', () => {
  const named = LEFT24.filter((c) => c.permanent !== undefined || c.owner || c.replyCode || c.provider !== undefined || c.label || c.labelNot);
  it.each(named.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(r.recipients.length).toBeGreaterThan(0);
    for (const x of r.recipients) {
      if (c.permanent !== undefined) expect(x.permanent, 'permanent').toBe(c.permanent);
      if (c.owner) expect(c.owner, `owner ${x.owner}`).toContain(x.owner);
      if (c.replyCode) expect(x.replyCode).toBe(c.replyCode);
    }
    if (c.provider !== undefined) expect(r.provider).toBe(c.provider);
    if (c.label) expect(r.providerLabel).toContain(c.label);
    if (c.labelNot) expect(r.providerLabel ?? '').not.toContain(c.labelNot);
  });
});

describe("round left24: a paste's separator begins a notice only where a notice begins under it", () => {
  it("a labelled rule of a notice's own (Sendmail's transcript) does not part it", () => {
    const t = `The original message was received at Tue, 3 Mar 2026 09:14:22 +0100\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<anna@example.org>\n    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.org.:\n>>> RCPT To:<anna@example.org>\n<<< 550 5.1.1 <anna@example.org>... User unknown\n550 5.1.1 <anna@example.org>... User unknown\n`;
    const r = explain(t);
    expect(r.warnings.map((w) => w.code)).not.toContain('several-notices');
    expect(r.recipients.map((x) => x.address)).toEqual(['anna@example.org']);
  });

  it('the same recipient under a rule is the same notice (its words said twice)', () => {
    const t = `Delivery to the following recipient failed:\n\n    anna@example.org\n\n-----\n\n<anna@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n`;
    const r = explain(t);
    expect(r.warnings.map((w) => w.code)).not.toContain('several-notices');
    expect(r.recipients.map((x) => x.address)).toEqual(['anna@example.org']);
  });

  it("a person's words under a rule begin no notice", () => {
    const t = `${'<anna@example.org>: host mx.example.org[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n'}\n-----\n\nThanks for looking, bert@example.net\n`;
    const r = explain(t);
    expect(r.recipients.map((x) => x.address)).toEqual(['anna@example.org']);
  });
});

describe('round left24: a temporary failure that states no cause', () => {
  it.each(['451', '451 4.0.0', '421 4.0.0', '450'])('%s: nobody acts yet; the sender\'s admin if it goes on', (t) => {
    const [r] = explain(`${t}\n`).recipients;
    expect(r.owner).toBe('nobody');
    expect(r.permanent).toBe(false);
    expect(r.headline.tone).toBe('temporary');
    const steps = r.actions.filter((a) => a.audience === 'sender').map((a) => a.text);
    expect(steps[0]).toMatch(/^Nothing to do yet/);
    expect(steps.some((x) => /keep being deferred.*email admin/.test(x))).toBe(true);
  });

  it('a temporary failure whose cause is stated gets no such step', () => {
    const [r] = explain('452 4.2.2 Mailbox full\n').recipients;
    expect(r.actions.map((a) => a.text).join('\n')).not.toMatch(/keep being deferred/);
  });
});

describe("round left24: Gmail's translated notice keeps its weight with a blank line between all lines", () => {
  it.each(LEFT24.filter((c) => c.family === 'gmail-localised').map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const plain = explain(c.text).recipients.map((r) => [r.address, r.reason, r.confidence, r.rule]);
    const spaced = explain(c.text.replace(/\n/g, '\n\n')).recipients.map((r) => [r.address, r.reason, r.confidence, r.rule]);
    expect(spaced).toEqual(plain);
    expect(plain.every(([, , confidence]) => confidence !== 'low')).toBe(true);
  });
});
