/**
 * The SMTP stage a refusal answered, read from a session echoed without arrows (a session
 * typed by hand, or a tool's output pasted bare): the command just before the refusal.
 */
import { describe, it } from 'vitest';
import { findCommand } from '../../src/lib/core/read/command.ts';
import { explain } from '../../src/lib/core/index.ts';

const stage = (t: string) => findCommand(t, 0, t.length)?.value ?? null;

describe('the stage of a session echoed without arrows', () => {
  it('is the command the refusal answered, not the first one in the text', ({ expect }) => {
    const t = 'MAIL FROM:<news@example.com>\n250 OK\nRCPT TO:<ann@example.org>\n550 5.1.1 User unknown\nQUIT\n221 Bye\n';
    expect(stage(t)).toBe('RCPT');
    const r = explain(t).recipients[0];
    expect(r.address).toBe('ann@example.org');
    expect(r.reason).toBe('userunknown');
    expect(r.hardBounce).toBe(true);
  });
  it('is MAIL FROM when the refusal answered it', ({ expect }) => {
    expect(stage('MAIL FROM:<news@example.com>\n553 5.1.8 Sender address rejected: Domain not found\nRCPT TO:<ann@example.org>\n503 5.5.1 Error: need MAIL command\n')).toBe('MAIL');
  });
  it('keeps the first command when the refusal comes before the commands it quotes', ({ expect }) => {
    expect(stage('550 5.7.1 Rejected (session: MAIL FROM:<news@example.com> RCPT TO:<ann@example.org>)')).toBe('MAIL');
  });
  it('does not take a SIZE= parameter or a number in an address for a reply', ({ expect }) => {
    expect(stage('MAIL FROM:<news@example.com> SIZE=450\nRCPT TO:<550@example.org>\n550 5.1.1 User unknown\n')).toBe('RCPT');
    expect(stage('MAIL FROM:<news@example.com> SIZE=450\n250 OK\n')).toBe('MAIL');
  });
});
