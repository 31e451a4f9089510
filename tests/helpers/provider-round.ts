/**
 * The checks of a blind round of provider reply lines (tests/fixtures/provider-lines-r*.ts):
 * each line in, the provider's documented meaning out, bare and as copied out of a bounce,
 * with the same checks as provider-lines.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import type { ProviderLine } from '../fixtures/provider-lines.ts';

/** The reason the engine gave, or 'low' for a row that expects an unsure answer and got one. */
function readReason(row: ProviderLine, r: { reason: string; confidence: string }): string {
  return row.reason === 'low' ? (r.confidence === 'low' ? 'low' : r.reason) : r.reason;
}

export function providerRound(round: string, rows: readonly ProviderLine[], atLeast: number): void {
  describe(`provider reply lines, round ${round}`, () => {
    it('holds the round', () => {
      expect(rows.length).toBeGreaterThanOrEqual(atLeast);
    });

    for (const row of rows) {
      const title = row.line.replace(/\s+/g, ' ').slice(0, 110);
      it(`${row.reason}: ${title}`, () => {
        const report = explain(row.line);
        expect(report.recipients.length, 'one recipient').toBe(1);
        const r = report.recipients[0]!;
        const got = { reason: readReason(row, r), permanent: r.permanent, hardBounce: r.hardBounce };
        expect(got, `${row.source} (rule ${r.rule}, confidence ${r.confidence})`).toEqual({ reason: row.reason, permanent: row.permanent, hardBounce: row.hardBounce });
        if (row.provider) expect(report.provider, 'provider').toBe(row.provider);
        if (row.owner) expect(r.owner, 'who must act').toBe(row.owner);
      });
    }
  });

  describe(`provider reply lines, round ${round}, as copied out of a bounce`, () => {
    const wrappers: Record<string, (line: string) => string> = {
      'Diagnostic-Code value': (l) => `smtp; ${l}`,
      "Outlook's Remote Server returned": (l) => `Remote Server returned '${l}'`,
      "Postfix's said: line": (l) => `host mx.example.net[192.0.2.5] said: ${l} (in reply to RCPT TO command)`,
    };
    for (const [name, wrap] of Object.entries(wrappers)) {
      it(name, () => {
        const differ: string[] = [];
        for (const row of rows) {
          // A line with neither a reply code nor an enhanced code is no server's reply (an MTA's
          // own notice line, as Exim's "all hosts for '…' have been failing for a long time", or
          // a mail client's error box): no DSN field or NDR quotes it as one.
          if (!/\b[245]\d\d\b/.test(row.line) && !/\b[245]\.\d{1,3}\.\d{1,3}\b/.test(row.line)) continue;
          // Postfix's "said:" always quotes the reply code; a relay's code-less error (ZeptoMail's
          // "5.2.1 Subject is Mandatory.", its table: "No error code") never comes in that form.
          if (name.startsWith('Postfix') && !/\b[245]\d\d\b/.test(row.line)) continue;
          const report = explain(wrap(row.line));
          const r = report.recipients[0];
          const reason = r ? readReason(row, r) : 'none';
          const same = r && reason === row.reason && r.permanent === row.permanent && r.hardBounce === row.hardBounce && (!row.provider || report.provider === row.provider);
          if (!same) differ.push(`${row.line.slice(0, 80)} → ${reason}/${r?.permanent}/${r?.hardBounce}/${report.provider}`);
        }
        expect(differ).toEqual([]);
      });
    }
  });
}
