/**
 * Blind round layout33 (tests/fixtures/layout33.ts): notices whose lines were changed on the way
 * to the paste box — hard-wrapped by a client at 72/76/78 columns with the continuation
 * unindented (a reply's wrapped line opening "<john@example.com>: Sender address rejected" or
 * with the reason), double-spaced, joined without a space, stripped of leading spaces,
 * quoted-printable leftovers, CR/CRLF mixes, no-break and zero-width characters, and a ticket's,
 * a chat's or a terminal's prefix ("> ", "| ", "» ", "│ ") — in Postfix, Exim, Sendmail,
 * Exchange / Microsoft 365, Gmail, qmail, Courier and Domino layouts, several recipients each
 * where the layout has them. Each must name its recipients (and no other: the reader's own
 * address in a "Sender address rejected" line is none), with the verdict its words support.
 *
 * Scores before any fix (44 cases; right / wrong / firmly wrong): 38 / 2 / 4. Firm: Postfix under
 * a "│ " box prefix read the wrapped "<john@…>: Sender address rejected" as a recipient; Exim with
 * every indentation stripped read one recipient with the second's cause; Momentum's "421 4.4.0
 * [internal] no MXs for this domain could be reached" (quoted in a Gmail-framed delay) read as a
 * sure unknown host; Domino's second listed recipient a hard bounce on a reason that names only
 * the first. Wrong: Gmail's notice pasted as undecoded quoted-printable (its address broken by a
 * soft break) and Domino under a "» " quote read no address.
 *
 * Fixes: a paste quoted whole with "» ", "›", "│", "┃" or "▌" is read without the marks, as a
 * ">" quote is (read/unwrap.ts quoteMarksOut); a paste that shows its quoted-printable encoding
 * (two soft breaks, or one and "=3D"/"=20") is read decoded (text/copied.ts qpDecodedPaste);
 * Exim's entry heads at the margin (an address alone on its line) part entries when a copy took
 * the indentation out; Momentum's "no MXs / no mail servers for this domain could be reached"
 * is a network error (its own release notes say the hosts could not be reached, no DNS fault);
 * Domino's reason that names a user is that user's only; and a reply broken off after "said:
 * NNN" is held open past a blank line over all its lines, not only its first (so a narrow or
 * hard-wrapped, double-spaced copy no longer opens a recipient at "<john@…>: Sender address
 * rejected"). After: 44 / 0 / 0. The seven copy forms of the visible-text rounds, applied over
 * these already changed texts (two layers of copying), read 280 of 308 right; the 28 left are
 * listed below.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { quoteMarksOut } from '../../src/lib/core/read/unwrap.ts';
import { qpDecodedPaste } from '../../src/lib/core/text/copied.ts';
import { LAYOUT33 } from '../fixtures/layout33.ts';
import { visibleRound } from '../helpers/visible-round.ts';

/** The reader's own address (the client's header lines, the sender Postfix's replies name). */
const NOT_RECIPIENTS = ['john@example.com'];

const TWICE_QUOTED = 'a second quote over a first one ("> | ", "> » ", "> │ ", "> > ") or over CR-only lines the quote did not split: two layers of copying, not read through both';
const CR_PART = 'CR-only line ends the copy did not split: the first entry keeps its indentation while the rest lost it';
const DOUBLE_OVER = 'a second change over the first (CR-only lines doubled only in part; quoted-printable soft breaks with blank lines between them no longer join)';
const JOINED_OVER = 'a view that joins each paragraph, over a text already double-spaced, quoted or prefixed: the entries run together';
const NARROW_OVER = 'a 40-column view over a double-spaced or prefixed text: the prefix or the blank lines stay on only some of the broken lines';

const LEFT_COPIES: Record<string, string> = {
  'pf-three-ticket-bar-crlf, quoted with ">"': TWICE_QUOTED,
  'pf-three-guillemet-double, quoted with ">"': TWICE_QUOTED,
  'pf-box-drawing-prefix, quoted with ">"': TWICE_QUOTED,
  'pf-cr-crlf-mix, quoted with ">"': TWICE_QUOTED,
  'exim-retry-timeout-cr, quoted with ">"': TWICE_QUOTED,
  'exim-spam-ticket-bar, quoted with ">"': TWICE_QUOTED,
  'gmail-notfound-qp, quoted with ">"': TWICE_QUOTED,
  'qmail-local-bar-cr, quoted with ">"': TWICE_QUOTED,
  'domino-suspend-guillemet, quoted with ">"': TWICE_QUOTED,
  'exim-retry-timeout-cr, no indentation': CR_PART,
  'exim-retry-timeout-cr, a blank line between all lines': DOUBLE_OVER,
  'gmail-notfound-qp, a blank line between all lines': DOUBLE_OVER,
  'pf-sender-domain-two-double-quoted, paragraphs joined': JOINED_OVER,
  'pf-three-quoted-76, paragraphs joined': JOINED_OVER,
  'pf-box-drawing-prefix, paragraphs joined': JOINED_OVER,
  'exim-retry-timeout-cr, paragraphs joined': JOINED_OVER,
  'exim-spam-ticket-bar, paragraphs joined': JOINED_OVER,
  'exch2010-wrap72-quoted, paragraphs joined': JOINED_OVER,
  'gmail-notfound-qp, paragraphs joined': JOINED_OVER,
  'domino-two-stripped-crlf, paragraphs joined': JOINED_OVER,
  'pf-sender-domain-two-double-quoted, a 40-column view': NARROW_OVER,
  'pf-box-drawing-prefix, a 40-column view': NARROW_OVER,
  'exim-sender-wrapped-double, a 40-column view': NARROW_OVER,
  'exim-retry-timeout-cr, a 40-column view': NARROW_OVER,
  'exch2010-wrap72-quoted, a 40-column view': NARROW_OVER,
  'qmail-two-double-quoted, a 40-column view': NARROW_OVER,
  'domino-one-double-quoted, a 40-column view': NARROW_OVER,
  'domino-suspend-guillemet, a 40-column view': NARROW_OVER,
};

visibleRound({
  round: 'blind round layout33',
  title: 'notices whose lines changed on the way to the paste box',
  cases: LAYOUT33,
  atLeast: 44,
  left: {},
  leftCopies: LEFT_COPIES,
  notRecipients: NOT_RECIPIENTS,
});

describe('layout33: the forms read back', () => {
  it('takes out a chat\'s or a terminal\'s quote marks only when every line with words has the same one', () => {
    expect(quoteMarksOut('» a@example.org: x\n»\n» 550 5.1.1 y\n» z\n')).toBe('a@example.org: x\n\n550 5.1.1 y\nz\n');
    expect(quoteMarksOut('│ one\n│   two\n│ three\n')).toBe('one\n  two\nthree\n');
    // A line without the mark, another mark, or fewer than three lines: no quote.
    expect(quoteMarksOut('» one\ntwo\n» three\n')).toBeNull();
    expect(quoteMarksOut('» one\n│ two\n» three\n')).toBeNull();
    expect(quoteMarksOut('» one\n» two\n')).toBeNull();
    expect(quoteMarksOut('one » two\nthree\nfour\n')).toBeNull();
  });

  it('decodes a pasted quoted-printable body only on its soft breaks and escapes', () => {
    expect(qpDecodedPaste('Your message to carol@exa=\nmple.org could not be delivered to the recipient=\n today.\n')).toBe('Your message to carol@example.org could not be delivered to the recipient today.\n');
    expect(qpDecodedPaste('name=3Dmail.example.net type=3DA: Host not found, retried for a lon=\ng time\n')).toBe('name=mail.example.net type=A: Host not found, retried for a long time\n');
    // Base64's padding, an equation, one soft break with no escape, a line longer than QP allows.
    expect(qpDecodedPaste('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\nYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo==\n')).toBeNull();
    expect(qpDecodedPaste('x =\ny =\n')).toBeNull();
    expect(qpDecodedPaste('only one soft=\nbreak here\n')).toBeNull();
    expect(qpDecodedPaste(`${'a'.repeat(90)}=\n${'b'.repeat(90)}=\nc\n`)).toBeNull();
  });

  it('reads Exim entries at the margin apart, but not an address that goes on with the reply above', () => {
    const head = 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n';
    const two = explain(`${head}carol@example.org\nhost mx.example.org [192.0.2.22]\nSMTP error from remote mail server after RCPT TO:<carol@example.org>:\n550 5.1.1 User unknown\ndave@example.org\nhost mx.example.org [192.0.2.22]\nSMTP error from remote mail server after end of data:\n552 5.2.2 Mailbox full\n`);
    expect(two.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['carol@example.org', 'userunknown'],
      ['dave@example.org', 'mailboxfull'],
    ]);
    const one = explain(`${head}carol@example.org\nhost mx.example.org [192.0.2.22]\nSMTP error from remote mail server after RCPT TO:\ncarol@example.org\n550 5.1.1 User unknown\n`);
    expect(one.recipients.map((r) => r.address)).toEqual(['carol@example.org']);
  });

  it('reads Momentum\'s "no MXs for this domain could be reached" as a network fault, not an unknown domain', () => {
    for (const words of ['no MXs for this domain could be reached at this time', 'no mail servers for this domain could be reached at this time']) {
      const r = explain(`<dave@example.org>: host relay.example.com[192.0.2.9] said: 421 4.4.0 [internal] ${words} (in reply to end of DATA command)\n`).recipients[0];
      expect(r.reason).not.toBe('hostunknown');
      expect(r.hardBounce).toBe(false);
    }
  });
});
