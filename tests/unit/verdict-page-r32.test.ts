/**
 * The verdict page's words (page round ui32): the banner's small print names no generic
 * reader that restates the kind, the technical details say which blocklist and which
 * authentication results the bounce names, a registry meaning is called the general one
 * where a provider's own meaning decided, a long list of addresses is cut, and the
 * headline says "the other differs" when one recipient does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { authWords, blocklistWords, codeMeaningWords, metaLine, splitAddresses } from '../../src/ui/verdict.ts';
import { makeReport } from '../helpers/report.ts';

/** A delivery report: one recipient refused for a Spamhaus listing, one for DMARC at Gmail (shared with the e2e spec). */
const DSN = readFileSync(new URL('../fixtures/e2e/listed-and-unauthenticated.dsn.txt', import.meta.url), 'utf8');

describe('metaLine: a generic reader that restates the kind is not named', () => {
  it('a delivery report read by the RFC 3464 reader says only what it is', () => {
    const report = makeReport({ kind: 'dsn', format: 'rfc3464', formatLabel: 'Delivery status notification (RFC 3464)' });
    expect(metaLine(report, true, 'A delivery status notification')).toBe('A delivery status notification');
  });

  it('"Bounce text" names no layout: it is left out, with or without the kind', () => {
    const report = makeReport({ kind: 'bounce', format: 'text', formatLabel: 'Bounce text' });
    expect(metaLine(report, true, 'A bounce message')).toBe('A bounce message');
    expect(metaLine(report, false, 'ignored')).toBe('');
  });

  it('an automatic reply read by the RFC 3834 reader says only what it is', () => {
    const report = makeReport({ kind: 'auto-reply', format: 'auto-reply', formatLabel: 'Automatic reply (RFC 3834)' });
    expect(metaLine(report, true, 'An automatic reply')).toBe('An automatic reply');
  });

  it('the RFC 3464 reader is still named when the kind is not shown, and a server layout always', () => {
    expect(metaLine(makeReport({ kind: 'dsn', format: 'rfc3464', formatLabel: 'Delivery status notification (RFC 3464)' }), false, 'x')).toBe(
      'read as Delivery status notification (RFC 3464)',
    );
    expect(metaLine(makeReport({ kind: 'dsn', format: 'postfix', formatLabel: 'Postfix' }), true, 'A delivery status notification')).toBe(
      'A delivery status notification · read as Postfix',
    );
  });
});

describe('the blocklist and the authentication results in words', () => {
  const report = explain(DSN);
  const [listed, unauthenticated] = report.recipients;

  it('names the list and what it lists', () => {
    expect(listed.blocklist).not.toBeNull();
    expect(blocklistWords(listed.blocklist!)).toBe('Spamhaus ZEN, which lists the sending IP 192.0.2.1');
    expect(blocklistWords({ ...listed.blocklist!, listed: { type: 'unknown', value: null } })).toBe('Spamhaus ZEN');
    expect(blocklistWords({ ...listed.blocklist!, listed: { type: 'domain', value: 'example.com' } })).toBe('Spamhaus ZEN, which lists the domain example.com');
  });

  it('says each result with its method, its domain and who stated it', () => {
    expect(unauthenticated.authentication.map(authWords)).toEqual(['DMARC fail for example.com']);
    expect(authWords({ method: 'spf', result: 'softfail', subject: null, from: 'returned-message', start: 0, end: 1 })).toBe(
      'SPF softfail (in the returned message’s headers)',
    );
  });
});

describe("the code's meaning beside a provider's own", () => {
  it('is the general meaning where a provider rule decided', () => {
    const report = explain(
      "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM0PR00MB0000.eurprd00.prod.outlook.com 2025-03-04T10:15:01.000Z 0000000000000000]",
    );
    const r = report.recipients[0];
    expect(r.providerMeaning).not.toBeNull();
    expect(codeMeaningWords(r)).toBe(`In general the code means: ${r.codeMeaning}; here the provider’s own meaning above applies.`);
  });

  it('is the meaning where none did, and nothing without a code', () => {
    expect(codeMeaningWords({ codeMeaning: 'Mailbox full', providerMeaning: null })).toBe('The code means: Mailbox full.');
    expect(codeMeaningWords({ codeMeaning: null, providerMeaning: null })).toBeNull();
  });
});

describe('splitAddresses', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => `m${i}@example.org`);
  it('keeps a short list whole (folding one or two away would hide less than it takes to say so)', () => {
    expect(splitAddresses(list(8))).toEqual({ first: list(8), rest: [] });
  });
  it('cuts a long list after six', () => {
    const { first, rest } = splitAddresses(list(33));
    expect(first).toEqual(list(6));
    expect(rest).toEqual(list(33).slice(6));
  });
});

describe('the headline of a report whose recipients differ', () => {
  it('says "the other differs" when one does, "the others differ" when several do', () => {
    expect(explain(DSN).headline?.text).toMatch(/\(1 of 2 recipients; the other differs\)$/);
    const three = DSN + ['Final-Recipient: rfc822; third@example.net', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', ''].join('\n');
    expect(explain(three).headline?.text).toMatch(/\(1 of 3 recipients; the others differ\)$/);
  });
});
