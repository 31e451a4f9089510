/**
 * Round left24 (tests/fixtures/left24.ts): weaknesses the team had noted and left, one family
 * each: a second notice with no known opening under a first, amavisd-new's recipient lines, a
 * German delay warning with the address alone on its line, a content filter that names no
 * spam, reply codes with an undefined second digit, Trellix's hosts, Exchange on premises
 * with "[LastAttemptedServerName=…]", a bare 4xx, Kerio Connect's failed and delayed
 * sections, Korean temporary refusals, Gmail's translated notice double-spaced, greylisting.
 * Each must give the kind, the recipients and the verdict its words support, in every way a
 * copy changes it, and what else the case names (permanence, who acts, the provider).
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { LEFT24 } from '../fixtures/left24.ts';
import { visibleRound } from '../helpers/visible-round.ts';

const LEFT: Record<string, string> = {
  'exim-then-bare-postfix-entry':
    'the bare Postfix entry under the Exim notice is read as part of it: the second notice has no opening the splitter knows',
  'm365-then-old-undeliverable-notice':
    'the second notice has no opening the splitter knows: only one recipient is read',
  'amavis-not-relayed-wrapped-banned':
    "amavisd's BANNED reply is read as a block of the sending server",
  'amavis-arrow-bracketed-virus':
    'the virus verdict above the "-> <addr>" line is not read for it',
  'de-exim-warning-address-alone':
    'a German delay warning whose address stands alone on its line is not read',
  'de-warning-address-alone-timeout':
    'a German delay warning whose address stands alone on its line is not read',
  'content-filter-recipient-refused':
    'a content filter that names no spam is read as sure spam',
  'content-filter-postfix-entry':
    'a content filter that names no spam is read as sure spam',
  'content-filter-blocked-message':
    'a content filter that names no spam is read as sure spam',
  'bare-451':
    'a bare 4xx with no words is read as no report',
  'kerio-failed-and-delayed':
    "Gmail's reader takes the whole Kerio report for a delay",
  'kerio-delayed-then-failed':
    "Gmail's reader takes the whole Kerio report for a delay",
  'ko-try-again-later-no-code':
    'the Korean temporary error with no code is not read',
  'greylist-postgrey':
    'greylisting is read as a block of the sending server',
  'greylist-milter':
    'greylisting is read as a block of the sending server',
  'greylist-exim-delay-warning':
    'greylisting is read as a block of the sending server',
};

/** Cases whose verdict is right but not what else they name (permanence, the reply code, the provider). */
const LEFT_EXTRA: Record<string, string> = {
  'code-591-words':
    'a reply code with an undefined second digit is not read as a code: permanence left empty',
  'code-580-unknown':
    'a reply code with an undefined second digit is not read as a code: permanence left empty',
  'code-599-with-status':
    'a reply code with an undefined second digit is not read as a code',
  'code-499-temporary':
    'a reply code with an undefined second digit is not read as a code: permanence left empty',
  'code-591-in-postfix-entry':
    'a reply code with an undefined second digit is not read as a code: permanence left empty',
  'exchange-onprem-last-attempted':
    '"[LastAttemptedServerName=" alone names Microsoft 365',
};

const LEFT_COPIES: Record<string, string> = {
  'postfix-then-labelled-notice-under-dashes, a blank line between all lines':
    'double-spaced, the second notice is read as part of the first',
  'amavis-arrow-two-recipients-spam, paragraphs joined':
    'the "-> addr" lines joined into the sentence above are not read',
  'gmail-fr-reponse-etait, a 40-column view':
    'the address broken at 40 columns is not read',
};

visibleRound({
  round: 'round left24',
  title: 'weaknesses noted and left before',
  cases: LEFT24,
  atLeast: 36,
  left: LEFT,
  leftCopies: LEFT_COPIES,
  notRecipients: ['john@example.com'],
});

describe('round left24: what each case names beyond its verdict', () => {
  const named = LEFT24.filter((c) => c.permanent !== undefined || c.owner || c.replyCode || c.provider !== undefined || c.notProvider);
  it.each(named.filter((c) => !(c.id in LEFT) && !(c.id in LEFT_EXTRA)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(explain(c.text).recipients.length).toBeGreaterThan(0);
    const r = explain(c.text);
    for (const x of r.recipients) {
      if (c.permanent !== undefined) expect(x.permanent, 'permanent').toBe(c.permanent);
      if (c.owner) expect(c.owner, `owner ${x.owner}`).toContain(x.owner);
      if (c.replyCode) expect(x.replyCode).toBe(c.replyCode);
    }
    if (c.provider !== undefined) expect(r.provider).toBe(c.provider);
    if (c.notProvider) expect(r.provider).not.toBe(c.notProvider);
  });
});
