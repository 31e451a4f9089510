/**
 * Where we are not sure, we say so: the words follow the confidence (core/hedge.ts) for every
 * reason, while the facts (reason, permanence, hard bounce) stay as the engine decided them.
 * - high: the reason's own words, as fact;
 * - medium: "probably", and a hard bounce asks to check the address before removing it;
 * - low: "Not sure why this failed: perhaps …", and no step removes the address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { describe, type DescribeInput } from '../../src/lib/core/describe.ts';
import { HEDGE, REMOVES_ADDRESS } from '../../src/lib/core/hedge.ts';
import { REASON_IDS, type Confidence, type ReasonId } from '../../src/lib/core/types.ts';
import { REASONS } from '../../src/lib/knowledge/reasons/index.ts';
import { explain } from '../../src/lib/core/index.ts';
import { addressWords, groupRecipients, headlineRecipient, permanenceWords, rollupLine, summaryText, toneLabel } from '../../src/ui/verdict.ts';
import { toText } from '../../src/cli/format.ts';

const ADDRESS = 'someone@example.org';

function input(reason: ReasonId, confidence: Confidence, over: Partial<DescribeInput> = {}): DescribeInput {
  return {
    address: ADDRESS,
    reason,
    confidence,
    status: '5.0.0',
    replyCode: '550',
    action: 'failed',
    command: null,
    remoteMta: null,
    diagnosticLower: '',
    provider: null,
    rule: null,
    ...over,
  };
}

const filled = (text: string) => text.replaceAll('{server}', 'The receiving server').replaceAll('{address}', ADDRESS);
/** A verdict inside a sentence: its first word in lower case (no provider here, so no name opens it). */
const lowerVerdict = (s: string) => s[0].toLowerCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
/** A step that removes or suppresses the address with no check before it. */
const removesOutright = (text: string) => REMOVES_ADDRESS.test(text) || /^remove\b.*\bfrom your (?:list|address book)/i.test(text);

group('every reason has its words at each confidence', () => {
  it.each(REASON_IDS)('%s: a likely form that differs from the sure one (or words that already say the cause is unknown)', (reason) => {
    const info = REASONS[reason];
    expect(info.likely.length).toBeGreaterThan(10);
    if (info.unsure !== undefined) {
      // onhold, undefined: their words say the cause is unknown at every confidence.
      expect(info.unsure).toMatch(/does not say why|could not tell/);
    } else {
      expect(info.likely).not.toBe(info.verdict);
      expect(info.likely).toMatch(/\bprobably\b|\bProbably\b/);
    }
  });
});

group('a failure, per reason and confidence', () => {
  const cases = REASON_IDS.filter((r) => REASONS[r].failure).flatMap((reason) => (['high', 'medium', 'low'] as const).map((confidence) => ({ reason, confidence })));

  it.each(cases)('$reason at $confidence', ({ reason, confidence }) => {
    const info = REASONS[reason];
    const sure = describe(input(reason, 'high'));
    const d = describe(input(reason, confidence));
    const headline = d.headline.text;
    const steps = d.actions.map((s) => s.text);
    const sender = d.actions.filter((s) => s.audience === 'sender').map((s) => s.text);

    // The facts do not change with the words, but a low guess never removes an address (as before).
    expect(d.permanent).toBe(sure.permanent);
    expect(d.owner).toBe(sure.owner);
    expect(d.hardBounce).toBe(confidence === 'low' ? false : sure.hardBounce);

    if (info.unsure !== undefined) {
      expect(headline.startsWith(filled(info.unsure))).toBe(true);
      return;
    }
    if (confidence === 'high') {
      expect(headline.startsWith(filled(info.verdict))).toBe(true);
      expect(headline).not.toMatch(/\bprobably\b|Not sure|perhaps/i);
      if (d.hardBounce) expect(steps.some(removesOutright)).toBe(true);
    }
    if (confidence === 'medium') {
      expect(headline.startsWith(filled(info.likely))).toBe(true);
      expect(d.summary).toContain(HEDGE.medium.summaryNote);
      if (d.hardBounce && info.likelyTodo === undefined) {
        expect(headline).toMatch(/— check the address; if it is right, remove it from your list$/);
        expect(sender[0]).toBe(`Check ${ADDRESS} first (a typo, an old address) with the person another way if you can; if it is right, remove it from your list: the bounce points to a bad address but does not settle it.`);
        expect(steps.filter(removesOutright)).toEqual([]);
      }
      if (d.hardBounce && info.likelyTodo !== undefined) {
        // A reason with its own medium words (hasmoved): those, and still no removal before the check.
        expect(headline.endsWith(` — ${info.likelyTodo}`)).toBe(true);
        expect(sender[0]).toBe(filled(info.likelyFirstStep!));
        expect(steps.filter(removesOutright)).toEqual([]);
      }
    }
    if (confidence === 'low') {
      expect(headline.startsWith(`Not sure why this failed: perhaps ${lowerVerdict(filled(info.verdict))}`)).toBe(true);
      expect(steps.filter(removesOutright)).toEqual([]);
      if (info.hardBounce) expect(sender[0]).toMatch(/^The bounce does not say in words that .* is bad: check it/);
      else expect(headline).toMatch(/ — if so, /);
    }
  });

  // (expired's own words say the time ran out: its headline is hedged as above.)
  it.each(REASON_IDS.filter((r) => REASONS[r].failure && REASONS[r].unsure === undefined && r !== 'expired'))('%s: a server that gave up says how sure its cause is', (reason) => {
    const words = (confidence: Confidence) => describe(input(reason, confidence, { status: '4.0.0', replyCode: '451' })).headline.text;
    const title = lowerFirst(REASONS[reason].title);
    expect(words('high')).toContain(`gave up retrying (${title})`);
    expect(words('medium')).toContain(`gave up retrying (probably: ${title})`);
    expect(words('low')).toContain(`gave up retrying (the cause is not clear; perhaps ${title})`);
  });
});

group('a text that is no failure, per confidence', () => {
  it.each(REASON_IDS.filter((r) => !REASONS[r].failure))('%s', (reason) => {
    const info = REASONS[reason];
    const at = (confidence: Confidence) => describe(input(reason, confidence, { status: null, replyCode: null, action: null })).headline.text;
    expect(at('high')).toBe(`${info.verdict} — ${info.todo}`);
    expect(at('medium')).toBe(`${info.likely} — ${info.todo}`);
    expect(at('low')).toBe(`Not sure what this is: perhaps ${lowerVerdict(info.verdict)} — ${info.todo}`);
  });
});

group('real pastes', () => {
  it('a sending tool\'s label alone ("Reason: Invalid recipient"): a likely bad address, checked before it is removed', () => {
    const report = explain('Recipient: dana.t@example.org\nStatus: Bounced\nReason: Invalid recipient\n');
    const r = report.recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['userunknown', 'medium', true]);
    expect(r.headline.text).toBe('The address probably does not exist — check the address; if it is right, remove it from your list');
    expect(report.headline?.text).toBe(r.headline.text);
    expect(r.actions[0].text).toMatch(/^Check dana\.t@example\.org first .* if it is right, remove it from your list/);
    // The page's words: the banner, the badges, the roll-up, "Copy summary".
    expect(toneLabel(report.headline!.tone, headlineRecipient(report)?.confidence ?? null)).toBe('Likely bad address');
    expect(addressWords(r)).toBe('Likely bad address — check it before removing it');
    expect(permanenceWords(r)).toBe('Permanent — resending will probably fail');
    expect(rollupLine(groupRecipients(report)[0])).toBe('1 address probably does not exist');
    const copied = summaryText(report);
    expect(copied).toContain('The address probably does not exist');
    expect(copied).toContain('Likely bad address — check it before removing it.');
    expect(copied).not.toMatch(/Remove this address|^The address does not exist/m);
    // The CLI's text.
    const cli = toText('paste', report);
    expect(cli).toContain('likely hard bounce: check the address, then remove it');
    expect(cli).not.toContain('hard bounce: remove the address');
    expect(cli).toContain('does not settle it beyond doubt');
  });

  it('a cause pasted alone ("Error: User unknown"): the same', () => {
    const r = explain('Error: User unknown').recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['userunknown', 'medium', true]);
    expect(r.headline.text).toBe('The address probably does not exist — check the address; if it is right, remove it from your list');
    expect(r.actions.map((a) => a.text).filter(removesOutright)).toEqual([]);
  });

  it('a move pointed to but not settled (hasmoved, medium): ask the person, not "check the address; if it is right, remove it"', () => {
    const alone = explain('Error: user has moved').recipients[0];
    expect([alone.reason, alone.confidence, alone.hardBounce]).toEqual(['hasmoved', 'medium', true]);
    expect(alone.headline.text).toBe('The recipient has probably moved and the old address no longer works — ask the person whether they have moved; if so, update or remove the old address in your list');
    expect(alone.headline.text).not.toMatch(/if it is right/);
    expect(alone.actions[0].text).toBe(
      'Ask the person another way whether the address is still theirs; if they have moved, replace it with their new address or remove it from your list: the bounce points to a move but does not settle it.',
    );
    expect(alone.actions.map((a) => a.text).filter(removesOutright)).toEqual([]);
    // Other bad-address reasons keep the shared medium words.
    expect(explain('Error: User unknown').recipients[0].headline.text).toMatch(/— check the address; if it is right, remove it from your list$/);
  });

  it("the server's own words stay firm", () => {
    const report = explain('550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    const r = report.recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['userunknown', 'high', true]);
    expect(r.headline.text).toBe('The address does not exist — remove it from your list');
    expect(toneLabel(report.headline!.tone, headlineRecipient(report)?.confidence ?? null)).toBe('Bad address');
    expect(addressWords(r)).toBe('Remove this address');
    expect(permanenceWords(r)).toBe('Permanent — resending will fail');
    expect(toText('paste', report)).toContain('hard bounce: remove the address');
  });

  it('a bad address guessed from the stage (low): no removal, and the badge asks to check it rather than keep it', () => {
    const report = explain('SMTP error from remote mail server after RCPT TO:<a@example.org>: 550 sorry');
    const r = report.recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['userunknown', 'low', false]);
    expect(r.headline.text).toBe('Not sure why this failed: perhaps the address does not exist — check the address before you send again');
    expect(addressWords(r)).toBe('Check this address');
    expect(permanenceWords(r)).toBe('Permanent — resending may fail');
    expect(r.actions.map((a) => a.text).filter(removesOutright)).toEqual([]);
    expect(summaryText(report)).not.toMatch(/Keep this address|Remove this address/);
  });

  it('a cause another notice in the same paste contradicts (made low afterwards): said to be unsure too', () => {
    const text = readFileSync(new URL('../fixtures/trust/r21-same-address-unknown-and-full.txt', import.meta.url), 'utf8');
    const full = explain(text).recipients.find((r) => r.reason === 'mailboxfull');
    expect(full?.confidence).toBe('low');
    expect(full?.headline.text).toBe("Not sure why this failed: perhaps the recipient's mailbox is full — if so, tell them another way and resend later");
    expect(full?.summary).toMatch(/The words do not settle it: another notice in this text gives another cause for the same address \(mailbox does not exist\)\.$/);
  });

  it('a provider cause guessed from a bare code (QQ Mail\'s 550 and help page): not sure, and said so', () => {
    const report = explain('550 Mailbox unavailable or access denied [MN+DmoaaWo4I8IrEBU3Il5nyF8hsBQn8oR4L2UlTF3gIvhU3BYj+TeaB]. https://service.mail.qq.com/detail/122/166');
    const r = report.recipients[0];
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['speeding', 'low', false]);
    expect(r.headline.text).toBe('Not sure why this failed: perhaps QQ Mail is refusing mail sent too fast — if so, your mail admin must slow sending down');
    expect(toneLabel(report.headline!.tone, 'low')).toBe('Not sure — action may be needed');
    expect(rollupLine(groupRecipients(report)[0])).toBe('1 recipient: sending too fast (rate limited) (not sure)');
    // The provider's note in the summary is hedged like the headline, not said as fact.
    expect(r.summary).toContain('(Perhaps QQ Mail is holding back mail to this mailbox for now.)');
    expect(r.summary).not.toContain('(QQ Mail is holding back');
    expect(summaryText(report)).not.toContain('(QQ Mail is holding back');
  });

  it("a provider's note in the summary follows the confidence (core/hedge.ts ruleNote)", () => {
    const rule = { id: 'provider.example.full', contains: ['quota'], reason: 'mailboxfull' as const, note: "The recipient's storage is full." };
    const summary = (confidence: Confidence) => describe(input('mailboxfull', confidence, { rule })).summary;
    expect(summary('high')).toContain("(The recipient's storage is full.)");
    expect(summary('medium')).toContain("(Probably the recipient's storage is full.)");
    expect(summary('low')).toContain("(Perhaps the recipient's storage is full.)");
    // A name keeps its capital letter.
    const named = { ...rule, note: 'QQ Mail is holding back mail to this mailbox for now' };
    expect(describe(input('speeding', 'low', { rule: named })).summary).toContain('(Perhaps QQ Mail is holding back mail to this mailbox for now.)');
  });
});

group('over every trust case (tests/fixtures/trust)', () => {
  it('a low cause never removes the address and never reads as fact; a medium hard bounce says "probably" and checks first', () => {
    const dir = new URL('../fixtures/trust/', import.meta.url);
    let low = 0;
    let medium = 0;
    for (const name of readdirSync(dir)) {
      if (!/\.(?:txt|eml)$/.test(name)) continue;
      for (const r of explain(readFileSync(new URL(name, dir))).recipients) {
        const steps = r.actions.map((a) => a.text);
        if (r.confidence === 'low' && r.headline.tone !== 'temporary') {
          low++;
          expect(steps.filter(removesOutright), name).toEqual([]);
          expect(r.headline.text, name).toMatch(/^Not sure|does not say why|could not tell|do not settle why|the cause is not clear|gave up retrying \(bounce with too little detail\)|^The mailbox this address forwards to|^This address forwards to|^(?:An? |The )?.*greylisted|blocklist lookup failed/);
        }
        if (r.confidence === 'medium' && r.hardBounce) {
          medium++;
          expect(r.headline.text, name).toMatch(/\bprobably\b/);
          expect(steps[0], name).toMatch(r.reason === 'hasmoved' ? /^Ask the person .* if they have moved, .* remove it from your list/ : /^Check .* if it is right, remove it from your list/);
          expect(steps.filter(removesOutright), name).toEqual([]);
        }
      }
    }
    expect(low).toBeGreaterThan(50);
    expect(medium).toBeGreaterThan(5);
  });
});

