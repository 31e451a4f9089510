/**
 * Bare provider replies (tests/fixtures/provider-lines.ts): each documented line in, the
 * provider's documented meaning out — reason, permanent, hard bounce, and the provider when
 * the line names it, and who must act where the row says so. A line marked `low` must say it is
 * unsure and keep the address.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { PROVIDER_LINES } from '../fixtures/provider-lines.ts';

describe('provider reply lines', () => {
  it('covers many lines and services', () => {
    expect(PROVIDER_LINES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(PROVIDER_LINES.map((r) => r.source.split('/')[2])).size).toBeGreaterThanOrEqual(15);
  });

  for (const row of PROVIDER_LINES) {
    const title = row.line.replace(/\s+/g, ' ').slice(0, 110);
    it(`${row.reason}: ${title}`, () => {
      const report = explain(row.line);
      expect(report.recipients.length, 'one recipient').toBe(1);
      const r = report.recipients[0]!;
      const got = { reason: row.reason === 'low' ? (r.confidence === 'low' ? 'low' : r.reason) : r.reason, permanent: r.permanent, hardBounce: r.hardBounce };
      expect(got, `${row.source} (rule ${r.rule}, confidence ${r.confidence})`).toEqual({ reason: row.reason, permanent: row.permanent, hardBounce: row.hardBounce });
      if (row.provider) expect(report.provider, 'provider').toBe(row.provider);
      if (row.owner) expect(r.owner, 'who must act').toBe(row.owner);
    });
  }
});

/**
 * The same replies as people copy them out of a bounce: the value of a DSN's Diagnostic-Code
 * (`smtp; 550 …`, RFC 3464 §2.3.6) or its whole line (`Diagnostic-Code: smtp; 550 …`), Outlook's quote of the remote server with a multi-line reply
 * flattened into one line (`Remote Server returned '550-5.7.26 … 550-5.7.26 …'`), and Postfix's
 * `host … said: … (in reply to RCPT TO command)`. Each must read as the bare line does.
 */
describe('provider reply lines, as copied out of a bounce', () => {
  const wrappers: Record<string, (line: string) => string> = {
    'Diagnostic-Code value': (l) => `smtp; ${l}`,
    'Diagnostic-Code line, field name and all': (l) => `Diagnostic-Code: smtp; ${l.replace(/\s*\n\s*/g, ' ')}`,
    "Outlook's Remote Server returned, flattened": (l) => `Remote Server returned '${l.replace(/\s*\n\s*/g, ' ')}'`,
    "Postfix's said: line": (l) => `host mx.example.net[192.0.2.5] said: ${l} (in reply to RCPT TO command)`,
  };
  for (const [name, wrap] of Object.entries(wrappers)) {
    it(name, () => {
      const differ: string[] = [];
      // (Rows already copied with their diagnostic type stay as they are.)
      for (const row of PROVIDER_LINES.filter((r) => !/^smtp;/i.test(r.line))) {
        const report = explain(wrap(row.line));
        const r = report.recipients[0];
        const reason = r ? (row.reason === 'low' ? (r.confidence === 'low' ? 'low' : r.reason) : r.reason) : 'none';
        const same = r && reason === row.reason && r.permanent === row.permanent && r.hardBounce === row.hardBounce && (!row.provider || report.provider === row.provider);
        if (!same) differ.push(`${row.line.slice(0, 80)} → ${reason}/${r?.permanent}/${r?.hardBounce}/${report.provider}`);
      }
      expect(differ).toEqual([]);
    });
  }
});
