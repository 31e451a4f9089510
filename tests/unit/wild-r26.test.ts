/**
 * Blind round wild26 (tests/fixtures/wild-r26.ts): paste forms. A bounce quoted in a chat app
 * (Slack, Teams, Discord), inside a GitHub / GitLab issue (<details>, <pre> with entities, a
 * traceback or a Laravel log around it), under a forward header of a client and language not
 * held before (Spanish Outlook, Italian Thunderbird, French Apple Mail, Yahoo, a Gmail forward
 * inside an Outlook forward), copied from a phone at 34-40 columns with the app's link texts,
 * made one line by a web form, or inside the exception or log line of a mail library
 * (nodemailer's error object, Symfony Mailer, .NET, MailKit, Go, pino JSON, Python smtplib,
 * Spring / JavaMail, Rails). Each must give the kind, the recipients (the reader's or the
 * app's own address, and addresses other people name in the thread, are never ones) and the
 * verdict the server's words support (a library's own status words are not evidence); none
 * may be firmly wrong.
 *
 * Score before any fix: 34 right, 1 wrong, 2 firmly wrong of 37. Firmly wrong: .NET's
 * inner exceptions for two recipients ("Failed recipient: a - Mailbox unavailable. The server
 * response was: 5.1.1 … User unknown" / "Failed recipient: b - Insufficient system storage.
 * The server response was: 4.2.2 … Mailbox full") read as ONE recipient with a full system;
 * Python's SMTPRecipientsRefused dict of two recipients read as one, full mailbox. Wrong:
 * Outlook mobile's summary "cy wasn't found at example.org." with the technical details
 * collapsed, read onhold. After the general fixes (several refusals in one paragraph, each
 * naming its own recipient right after its code, read one recipient per refusal, with only
 * its own reply as its words; Microsoft 365's title with its one-line explanation joined onto
 * the same line, as a narrow view read joined gives it, read from that line): 37 right,
 * 0 wrong, 0 firmly wrong.
 *
 * Second batch (16, written after those fixes, before running the engine on it): 14 right,
 * 0 wrong, 2 firmly wrong (a Teams reply under an Exim notice, "Looks like he left the
 * company", read as spam by the phrase "looks like"; an application's key=value log of two
 * refusals, read by the bare-reply reader as one recipient with the other's full mailbox).
 * After the fixes ("looks like" alone is no filter's words: theirs are "looks like spam",
 * which "spam" reads; the bare-reply reader also reads each refusal as its own recipient):
 * 16 of 16, all 53 right.
 *
 * Third batch (7, written after those fixes, before running the engine on it): 6 right,
 * 0 wrong, 1 firmly wrong (a log line refusing a recipient and the next refusing the app's own
 * sender, "553 5.7.1 <alerts@…>: Sender address rejected: not owned by user …", read as two
 * recipients). After the fix (a refusal of the sender, its words "Sender …" right after the
 * address or "MAIL FROM" before it, is no recipient, and still ends the words of the
 * refusal before it): 7 of 7, all 60 right.
 *
 * Fourth batch (6, written after that fix, before running the engine on it): 2 right, 3 wrong,
 * 1 firmly wrong. Two were our own expectations, revised to the project's documented readings:
 * Postfix's "Host not found" judged no hard bounce (the project leaves a domain with no mail
 * host's hard flag to the engine, vis22 / wild-r25), and a reply "Thanks, I fixed the address"
 * above the quoted notice judged a failure (the project reads it as no bounce now,
 * 'fixed-in-reply'). Of the two left wrong, never firmly, one was then fixed (a sending
 * report's table: a cell in double quotes that runs over lines is one cell, a cell holding a
 * reply after other words is its reply, and a header row of column names opens no event: its
 * terms name every row under it); the other is listed below. 65 of 66 right.
 *
 * Fifth batch (4, written after that fix, before running the engine on it: a CSV export's
 * quoted field over two lines, Slack's export JSON with &lt; entities, nodemailer's error in a
 * JSON log's "err", Exim's delay warning on one line): 4 right. 69 of 70 right, 0 firmly wrong.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { WILD_R26 } from '../fixtures/wild-r26.ts';
import { r26Faults } from '../helpers/wild-r26-score.ts';

/**
 * The pastes the engine does not read right yet, and why: each is still never firmly wrong
 * (asserted below). When one comes right, take it off this list.
 */
const LEFT: Record<string, string> = {
  'b4-pdf-page-break-in-entry': 'a page footer and a blank line inside an Exim entry end it before the reply: read onhold',
};

describe('paste forms: chat apps, issues, forwards, phones, one line, mail libraries (round wild26)', () => {
  it('are many, each with its own id, reserved names only', () => {
    expect(WILD_R26.length).toBeGreaterThanOrEqual(35);
    expect(new Set(WILD_R26.map((c) => c.id)).size).toBe(WILD_R26.length);
    for (const c of WILD_R26) {
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$/);
      for (const m of c.text.matchAll(/(?<!- )\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}\b/g)) expect(`${m[1]}.${m[2]}.${m[3]}`, `${c.id}: ${m[0]}`).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)$/);
    }
  });

  it.each(WILD_R26.filter((c) => !(c.id in LEFT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(r26Faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) if (x.hardBounce) expect(x.confidence).not.toBe('low');
  });

  it('none is firmly wrong', () => {
    const firm = WILD_R26.flatMap((c) => {
      const f = r26Faults(c, explain(c.text));
      return f.firm ? [`${c.id}: ${f.faults.join(' | ')}`] : [];
    });
    expect(firm).toEqual([]);
  });

  it('the ones not read right yet are exactly those listed', () => {
    const wrong = WILD_R26.filter((c) => r26Faults(c, explain(c.text)).faults.length > 0).map((c) => c.id);
    expect(wrong.sort()).toEqual(Object.keys(LEFT).sort());
  });
});
