/**
 * Pastes copied out of a view that puts blank lines between all the lines of a notice: read as
 * the notice wrote them, every span still pointing into the text as pasted.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { singleSpaced } from '../../src/lib/core/read/unwrap.ts';

const double = (t: string) => t.split('\n').join('\n\n');

// Postfix's notice whose reply, wrapped, names the SENDER's address on a continuation line.
const POSTFIX_SENDER_DOMAIN = `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bob@example.org>: host mx.example.org[192.0.2.22] said: 553
    5.1.8 <alice@example.net>... Domain of sender address
    alice@example.net does not exist (in reply to MAIL FROM
    command)
`;

// Outlook's delay notice, its paragraphs one line each with a blank line between them.
const OUTLOOK_DELAY_DE = `Zustellung verzögert: Angebot

Die Zustellung an diese Empfänger oder Gruppen verzögert sich:

hans@example.com

Betreff: Angebot

Diese Nachricht wurde noch nicht übermittelt. Es wird weiterhin versucht, die Nachricht zu übermitteln.

Der Server versucht noch 1 Tag, 19 Stunden und 52 Minuten lang, die Nachricht zu übermitteln. Sie erhalten eine Benachrichtigung, wenn die Nachricht nicht übermittelt werden kann.
`;

const OUTLOOK_DELAY_EN = `Delivery delayed: Offer

Delivery is delayed to these recipients or groups:

jane@example.com

Subject: Offer

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message can't be delivered by that time.
`;

describe('singleSpaced', () => {
  it('takes out one blank line between lines, keeping a paragraph break, with the length unchanged', () => {
    const text = 'a one\n\nb two\n\nc three\n\n\n\nd four\n';
    const out = singleSpaced(text)!;
    expect(out.length).toBe(text.length);
    // The lines stand together again; of the three blank lines of the paragraph break, two stay.
    expect(out.split('\n').map((l) => l.trimEnd())).toEqual(['a one', 'b two', 'c three', '', '', 'd four', '']);
  });

  it('takes out as many blank lines as the fewest between any two lines (a doubled copy of blank-separated paragraphs)', () => {
    const text = 'a one\n\n\n\nb two\n\n\n\nc three\n\n\n\n\n\n\n\nd four\n';
    const out = singleSpaced(text)!;
    expect(out.length).toBe(text.length);
    // Three blank lines taken out everywhere: of the seven in the wider gap, four stay.
    expect(out.split('\n').map((l) => l.trimEnd())).toEqual(['a one', 'b two', 'c three', '', '', '', '', 'd four', '']);
  });

  it('is null for text in which two lines with words stand together, or with fewer than three of them', () => {
    expect(singleSpaced('a\n\nb\nc\n\nd')).toBeNull();
    expect(singleSpaced('a\n\nb\n')).toBeNull();
  });
});

describe('a notice with a blank line between all its lines', () => {
  it('does not read the sender address on a reply continuation as a recipient', () => {
    for (const text of [POSTFIX_SENDER_DOMAIN, double(POSTFIX_SENDER_DOMAIN)]) {
      const report = explain(text);
      expect(report.recipients.map((r) => r.address)).toEqual(['bob@example.org']);
      const r = report.recipients[0];
      expect(r.reason).toBe('rejected');
      expect(r.hardBounce).toBe(false);
      expect(r.status).toBe('5.1.8');
      const span = r.evidence.find((e) => e.field === 'address')!;
      expect(text.slice(span.start, span.end)).toBe('bob@example.org');
    }
    // (Read as it stands since round layout33: a reply broken off after "said: 553" goes on
    // past the blank lines a copy put in, over all its lines, so none need taking out.)
    expect(explain(double(POSTFIX_SENDER_DOMAIN)).warnings.map((w) => w.code)).not.toContain('blank-lines-taken-out');
  });

  it.each([
    ['German', OUTLOOK_DELAY_DE, 'hans@example.com'],
    ['English', OUTLOOK_DELAY_EN, 'jane@example.com'],
  ])('reads an Outlook delay (%s) whose blank-separated paragraphs were doubled again by the copy', (_lang, text, address) => {
    for (const t of [text, double(text)]) {
      const report = explain(t);
      expect(report.kind).toBe('delay');
      expect(report.recipients.map((r) => r.address)).toEqual([address]);
      expect(report.recipients[0].permanent).toBe(false);
      expect(report.recipients[0].hardBounce).toBe(false);
      const span = report.recipients[0].evidence.find((e) => e.field === 'address')!;
      expect(t.slice(span.start, span.end)).toBe(address);
    }
  });
});
