/** The message view's parts (src/ui/highlight.ts blocks): each section with its label and how it was decoded. */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { blocks } from '../../src/ui/highlight.ts';

describe('the parts of the message view', () => {
  it('say how a part was decoded from the bytes as sent, and only then', () => {
    const eml = [
      'From: Mail Delivery System <mailer-daemon@example.net>',
      'To: sender@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      btoa('<anna@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n'),
      '',
    ].join('\r\n');
    const parts = blocks(explain(new TextEncoder().encode(eml)));
    const text = parts.find((p) => p.label === 'Message text');
    expect(text?.decoded).toBe('base64');
    expect(parts.find((p) => p.label === 'Message headers')?.decoded).toBeUndefined();
    expect(blocks(explain('550 5.1.1 <anna@example.com>: User unknown')).every((p) => p.decoded === undefined)).toBe(true);
  });
});
