/**
 * Permalinks (#v1.<base64url of deflate-raw>): round trips, frozen v1 links that must keep
 * decoding forever, and damaged links that must give a clear problem and never throw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import zlib from 'node:zlib';
import {
  decodePermalink,
  encodePermalink,
  fileInput,
  fromBase64Url,
  sharedFileBytes,
  toBase64Url,
  type LinkProblem,
  type SharedInput,
} from '../../src/lib/share/permalink.ts';
import { parseRoute, routeHash } from '../../src/lib/state/route.ts';
import { DEFAULT_SETTINGS, prepareShare } from '../../src/lib/share/prepare.ts';
import { explain } from '../../src/lib/core/index.ts';

interface Fixtures {
  good: { name: string; fragment: string; expected: SharedInput }[];
  bad: { name: string; fragment: string; problem: LinkProblem }[];
}
const FIXTURES = JSON.parse(readFileSync(new URL('../fixtures/permalinks/v1.json', import.meta.url), 'utf8')) as Fixtures;

describe('frozen v1 links', () => {
  it.each(FIXTURES.good)('$name decodes to what it held when it was made', async ({ fragment, expected }) => {
    expect(fragment.startsWith('v1.')).toBe(true);
    const result = await decodePermalink(fragment);
    expect(result).toEqual({ ok: true, shared: expected });
    // The address bar form and the route agree.
    expect(parseRoute(`#${fragment}`)).toEqual({ name: 'permalink', payload: fragment });
  });

  it.each(FIXTURES.bad)('$name gives a clear problem ($problem)', async ({ fragment, problem }) => {
    const result = await decodePermalink(fragment);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message.length).toBeGreaterThan(20);
  });
});

describe('round trips', () => {
  it('keeps text, files (UTF-8 or not) and the view exactly', async () => {
    const cases: SharedInput[] = [
      { input: '550 5.1.1 User unknown' },
      { input: 'line one\r\nline two\rline three\n\u0000\ufeff end' },
      { input: 'Diagnostic: 552 メールボックスが一杯です 📫', view: { pinned: 0 } },
      { input: 'From: a@example.com\n\nbody', file: { name: 'x.eml' }, view: { pinned: 3 } },
      { input: '\x00\x01\xff\xfe latin1 bytes \xe9', file: { name: 'odd.eml', binary: true } },
      { input: 'From a@example.org Tue Mar  4 10:15:02 2025\n\n550 x\n', file: { name: 'x.mbox' }, view: { pinned: 0, message: 2 } },
    ];
    for (const shared of cases) {
      const fragment = await encodePermalink(shared);
      expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      expect(await decodePermalink(fragment)).toEqual({ ok: true, shared });
      expect(await decodePermalink(`#${fragment}`)).toEqual({ ok: true, shared });
    }
  });

  it('keeps any text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (input) => {
        // Lone surrogates cannot travel as UTF-8; real pastes never hold them.
        const text = new TextDecoder().decode(new TextEncoder().encode(input));
        const result = await decodePermalink(await encodePermalink({ input: text }));
        expect(result).toEqual({ ok: true, shared: { input: text } });
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the exact bytes of a file, UTF-8 or not', () => {
    const utf8 = new TextEncoder().encode('Subject: héllo\n\n550 5.1.1');
    const latin = Uint8Array.from([0x53, 0x3a, 0x20, 0xe9, 0x81, 0x8d, 0xff, 0x0a]);
    for (const bytes of [utf8, latin]) {
      const shared = fileInput('f.eml', bytes);
      expect(Array.from(sharedFileBytes(shared))).toEqual(Array.from(bytes));
    }
    expect(fileInput('f.eml', latin).file?.binary).toBe(true);
    expect(fileInput('f.eml', utf8).file?.binary).toBeUndefined();
  });

  it('reads links that were wrapped over lines in a mail', async () => {
    const fragment = await encodePermalink({ input: '421 4.7.0 Try again later' });
    const wrapped = fragment.replace(/(.{20})/g, '$1\n  ');
    expect(await decodePermalink(wrapped)).toEqual({ ok: true, shared: { input: '421 4.7.0 Try again later' } });
  });
});

describe('damaged links never throw and never pass for another bounce', () => {
  it('every cut of a link is reported as damaged', async () => {
    const fragment = await encodePermalink({ input: `550 5.1.1 <someone@example.com>: User unknown\n${'context line\n'.repeat(40)}` });
    for (let cut = 3; cut < fragment.length; cut++) {
      const result = await decodePermalink(fragment.slice(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it('any single changed character is caught (property)', async () => {
    const fragment = await encodePermalink({ input: 'Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n' });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: fragment.length - 1 }), fc.integer({ min: 1, max: 63 }), async (at, shift) => {
        const changed = alphabet[(alphabet.indexOf(fragment[at]) + shift) % 64];
        const tampered = fragment.slice(0, at) + changed + fragment.slice(at + 1);
        const result = await decodePermalink(tampered);
        // Either it is reported as damaged, or (a change in the last bits' padding) it still reads the same.
        if (result.ok) expect(result.shared.input).toBe('Action: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n');
        else rejected++;
      }),
      { numRuns: 300 },
    );
    expect(rejected).toBeGreaterThan(250);
  });

  it('random fragments give a problem, not an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const result = await decodePermalink(`v1.${junk}`);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('a link that would inflate past 16 MB is refused', async () => {
    const bomb = zlib.deflateRawSync(Buffer.alloc(20 * 1024 * 1024, 0x41));
    const result = await decodePermalink(`v1.${toBase64Url(bomb)}`);
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('link length', () => {
  it('a typical 10 KB raw bounce gives a link under 4,000 characters', async () => {
    // A Postfix bounce that returns the whole original message, as Postfix does by default.
    const bytes = new Uint8Array(readFileSync(new URL('../fixtures/share/postfix-10k.eml', import.meta.url)));
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    const source = fileInput('postfix-10k.eml', bytes);
    const prepared = prepareShare(source, explain(bytes), DEFAULT_SETTINGS);
    const link = `https://bounce.example.com/#${await encodePermalink(prepared.shared)}`;
    expect(link.length).toBeLessThan(4000);
    // And it still explains the same way.
    const decoded = await decodePermalink(link.slice(link.indexOf('#')));
    expect(decoded.ok && explain(sharedFileBytes(decoded.shared)).recipients.map((r) => [r.reason, r.status, r.hardBounce])).toEqual([['userunknown', '5.1.1', true]]);
  });
});

describe('base64url', () => {
  it('matches Node for every length', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const ours = toBase64Url(bytes);
      expect(ours).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Array.from(fromBase64Url(ours) ?? [])).toEqual(Array.from(bytes));
    }
    expect(fromBase64Url('abcde')).toBeNull(); // no length leaves one char over
    expect(fromBase64Url('ab+/')).toBeNull(); // base64, not base64url
  });
});

describe('routes', () => {
  it('tells permalinks from the other pages', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#')).toEqual({ name: 'home' });
    expect(parseRoute('#v1.abc')).toEqual({ name: 'permalink', payload: 'v1.abc' });
    expect(parseRoute('#v12.abc')).toEqual({ name: 'permalink', payload: 'v12.abc' });
    expect(parseRoute('#/code/5.1.1')).toEqual({ name: 'code', code: '5.1.1' });
    expect(parseRoute('#/reason/userunknown')).toEqual({ name: 'reason', id: 'userunknown' });
    expect(parseRoute('#explanation')).toEqual({ name: 'home' });
    for (const hash of ['#v1.abc', '#/code/5.1.1', '#/reason/userunknown']) expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});
