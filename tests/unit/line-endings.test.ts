/**
 * Pasted text arrives with LF, CRLF, CR or a mix. Every corpus message, rewritten with
 * each line ending, must give the same recipients, reasons and codes.
 */
import { describe, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { explain } from '../../src/lib/core/index.ts';
import { CORPUS_EMAILS, HAVE_CORPUS, NO_CORPUS_MESSAGE } from '../helpers/shared.ts';

if (!HAVE_CORPUS) console.warn(NO_CORPUS_MESSAGE);

const verdicts = (bytes: Buffer): string =>
  JSON.stringify(explain(new Uint8Array(bytes)).recipients.map((r) => [r.address, r.reason, r.status, r.replyCode, r.command]));

describe.skipIf(!HAVE_CORPUS)('corpus under LF, CRLF and CR line endings', () => {
  it('gives the same verdicts for every message', ({ expect }) => {
    const files = readdirSync(CORPUS_EMAILS).sort();
    expect(files.length).toBeGreaterThan(100);
    const differ: string[] = [];
    for (const name of files) {
      const lf = readFileSync(join(CORPUS_EMAILS, name)).toString('latin1').replace(/\r\n?/g, '\n');
      const base = verdicts(Buffer.from(lf, 'latin1'));
      for (const [label, ending] of [['CRLF', '\r\n'], ['CR', '\r']]) {
        if (verdicts(Buffer.from(lf.replace(/\n/g, ending), 'latin1')) !== base) differ.push(`${name} (${label})`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('spans under CR-only line ends', () => {
  it("Sendmail's program delivery names the program's line, up to its CR", ({ expect }) => {
    const text = [
      '   ----- The following addresses had permanent fatal errors -----',
      '"|/home/kiji/mail/catch.pl"',
      '    (reason: 255)',
      '    (expanded from: <kiji@example.org>)',
      '',
      '   ----- Transcript of session follows -----',
      '554 5.3.0 unknown mailer error 255',
      '',
    ].join('\r');
    const r = explain(text);
    const trail = r.recipients.flatMap((x) => x.trail).find((t) => t.rule === 'format.sendmail.mailererror');
    expect(trail).toBeDefined();
    expect(r.document.slice(trail!.start, trail!.end)).toBe('"|/home/kiji/mail/catch.pl"');
  });
});
