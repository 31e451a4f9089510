/**
 * Codes read off a screenshot by OCR and HTML escapes of a copied page (text/copied.ts): read
 * back at the same length, and only where the text is shaped as they are.
 */
import { describe, expect, it } from 'vitest';
import { plainEscapedAddresses, plainOcrCodes } from '../../src/lib/core/text/copied.ts';

describe('OCR look-alike letters in codes', () => {
  it.each([
    ['55O 5.l.1 The email account', '550 5.1.1 The email account'],
    ["returned '55O 5.7.1 Message rejected'", "returned '550 5.7.1 Message rejected'"],
    ['421 4.7.O Try again later', '421 4.7.0 Try again later'],
    ['SSO S.1.1 <a@example.org>: User unknown', '550 5.1.1 <a@example.org>: User unknown'],
    ['550 5.7.5O9 Access denied', '550 5.7.509 Access denied'],
  ])('%s', (input, want) => {
    expect(plainOcrCodes(input)).toBe(want);
  });

  it.each([
    'Version v5.l.1 of the app', // a word character before it
    'S.O.S from the ship', // no digit at all
    '550 5.1.1 User unknown', // nothing to read back
    'the ISO 9.1.1 norm', // class 9 is no class
    'see 2.OLD.1 notes', // not a code
  ])('%s stays as it is', (input) => {
    expect(plainOcrCodes(input)).toBe(input);
  });
});

describe('HTML escapes of a copied page', () => {
  it('an escaped address and quote marks read back at the same length', () => {
    const t = '&gt; &lt;pam@example.org&gt;: host mx.example.org[192.0.2.31] said: 550 5.1.1\n&gt;     &lt;pam@example.org&gt;: Recipient address rejected\n';
    const out = plainEscapedAddresses(t);
    expect(out.length).toBe(t.length);
    expect(out).toContain('<pam@example.org>: host');
    expect(out.split('\n')[0]).toMatch(/^> +<pam@example\.org>: host/);
  });

  it('a text with "<" of its own (a raw message, an HTML part) is left for its own reader', () => {
    const t = 'From: <a@example.com>\n\n&lt;b@example.org&gt;: 550 5.1.1 User unknown\n';
    expect(plainEscapedAddresses(t)).toBe(t);
  });
});
