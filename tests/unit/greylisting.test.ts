/**
 * Greylisting is a deliberate first refusal that a retry gets past (knowledge/greylisting.ts):
 * its words are never explained as a blocklisting to get removed from, and the address is
 * never bad on it, whatever the code.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';

const REPLIES = [
  '<a@example.org>: host mx.example.org[192.0.2.15] said: 450 4.2.0 <news@example.com>: Sender address rejected: Greylisted for 300 seconds (in reply to RCPT TO command)',
  '450 4.7.1 <a@example.org>: Client host rejected: Greylisted, try again later',
  'SMTP error from remote mail server after RCPT TO:<a@example.org>:\n451 4.7.1 Temporarily blocked by greylisting, please retry in 5 minutes',
  '421 4.7.0 mx.example.org Try again later, closing connection. (Greylisted)',
  '<a@example.org>: host mx.example.org[192.0.2.58] said: 451 4.7.1 Greylisting aktiv, bitte versuchen Sie es in einigen Minuten erneut (in reply to RCPT TO command)',
  '<a@example.org>: host mx.example.org[192.0.2.86] said: 550 5.1.1 <a@example.org>: Greylisted, please try again in 300 seconds (in reply to RCPT TO command)',
];

describe('greylisting', () => {
  it.each(REPLIES)('%s', (text) => {
    const [r] = explain(text).recipients;
    expect(r.hardBounce).toBe(false);
    expect(r.title).toMatch(/^Greylisted/);
    const words = [r.headline.text, r.summary, ...r.actions.map((a) => a.text)].join('\n');
    expect(words).not.toMatch(/delist|blocklist|removal|is blocked/i);
    expect(words).toMatch(/greylist/i);
  });

  it('a temporary greylisting answer is a deferral: nothing to do yet', () => {
    const [r] = explain(REPLIES[1]).recipients;
    expect(r.permanent).toBe(false);
    expect(r.headline.tone).toBe('temporary');
  });

  it('a blocklist named beside the word keeps the blocklist\'s explanation', () => {
    const [r] = explain('554 5.7.1 <a@example.org>: Client host [192.0.2.1] blocked using zen.spamhaus.org; greylisted sources are listed separately').recipients;
    expect(r.title).not.toMatch(/^Greylisted/);
    expect(r.blocklist).not.toBeNull();
  });
});
