import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { guessWords } from '../../src/ui/labels.ts';

const first = (text: string) => explain(text).recipients[0];

describe('the badge of a guessed reason says what the guess rests on', () => {
  it('a bare code with no words: a guess from the codes', () => {
    const r = first('550 5.7.1 <someone@example.com>');
    expect(r.confidence).toBe('low');
    expect(guessWords(r)).toBe('A guess from the codes');
  });

  it('a pasted notice that lists the address and leaves the cause to its attachment: the cause is not stated', () => {
    const r = first(
      'Delivery has failed to these recipients or groups:\n\nsomeone@example.com\n\nDelivery to the following recipients failed.\n\n       someone@example.com\n',
    );
    expect(r.address).toBe('someone@example.com');
    expect(r.confidence).toBe('low');
    expect(r.status).toBeNull();
    expect(r.replyCode).toBeNull();
    expect(guessWords(r)).toBe('The cause is not stated');
  });

  it('words that name two causes at once: not sure, and the headline says the words do not settle it', () => {
    const r = first('550 5.1.1 <someone@example.com>: User unknown or blocked sender');
    expect([r.reason, r.confidence, r.hardBounce]).toEqual(['onhold', 'low', false]);
    expect(guessWords(r)).toBe('Not sure: the words allow more than one cause');
    expect(r.headline.text).toMatch(/^The message bounced, but its words do not settle why — /);
    expect(r.summary).toContain('The words do not settle it');
  });
});
