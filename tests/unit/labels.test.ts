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
});
