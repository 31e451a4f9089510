/**
 * A blind round (lang29) in thirteen languages (tests/fixtures/languages-r29.ts), about the cause
 * families earlier language rounds covered least: SPF/DKIM/DMARC failing, blocklists, spam, a virus
 * or a forbidden attachment type, rate limits and connections, a message too large, relaying
 * refused, greylisting, the recipient's domain not found, an account disabled, the sender's address
 * refused, TLS or network failures, and a delivery given up after days; Korean and Turkish most.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R29 } from '../fixtures/languages-r29.ts';
import { expectRoundCase } from '../helpers/language-verdict.ts';

const ASKED = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'ja', 'zh', 'ru', 'ko', 'tr'];

describe('lang29 round: the thinnest cause families, in thirteen languages', () => {
  it('covers every language and every family, each case named once and with its source', () => {
    expect(R29.length).toBeGreaterThanOrEqual(70);
    for (const code of ASKED) expect(R29.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(5);
    for (const f of ['auth', 'blocklist', 'content', 'rate', 'size', 'relay', 'grey', 'domain', 'disabled', 'sender', 'network', 'expiry']) {
      expect(R29.some((c) => c.family === f), f).toBe(true);
    }
    for (const c of R29) expect(c.source.length, c.what).toBeGreaterThan(3);
    const names = R29.map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R29.map((c) => [`${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('every case reads the same quoted with "> " and decomposed (NFD)', () => {
    for (const c of R29) {
      const want = explain(c.text).recipients.map((r) => [r.address, r.reason, r.hardBounce]);
      const quoted = c.text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
      expect(explain(quoted).recipients.map((r) => [r.address, r.reason, r.hardBounce]), quoted).toEqual(want);
      expect(explain(c.text.normalize('NFD')).recipients.map((r) => [r.address, r.reason, r.hardBounce]), c.text).toEqual(want);
    }
  });

  it('a sending limit, a blocklist, an authentication failure, a virus or a size never removes the address', () => {
    for (const c of R29.filter((x) => ['auth', 'blocklist', 'content', 'rate', 'size', 'relay', 'network', 'disabled'].includes(x.family))) {
      for (const r of explain(c.text).recipients) expect(r.hardBounce, c.text).toBe(false);
    }
  });
});

describe('lang29 wording: its limits', () => {
  const read = (t: string) => explain(t).recipients.map((r) => [r.address, r.reason]);

  it('Korean and Turkish causes read on a bare recipient line', () => {
    expect(read('kim@example.com: 발신 IP가 블랙리스트에 등록되어 있습니다\n')).toEqual([['kim@example.com', 'blocked']]);
    expect(read('kim@example.com: 바이러스가 발견되었습니다\n')).toEqual([['kim@example.com', 'virusdetected']]);
    expect(read('ali@example.com: alıcının etki alanı bulunamadı\n')).toEqual([['ali@example.com', 'hostunknown']]);
    expect(read('ali@example.com: SPF doğrulaması başarısız oldu\n')).toEqual([['ali@example.com', 'authfailure']]);
  });

  it('a Korean mailbox with too many messages stays full, not a sending rate; the size of a message is not a full mailbox', () => {
    expect(read('kim@example.com: 메일함 용량 초과\n')).toEqual([['kim@example.com', 'mailboxfull']]);
    expect(read('kim@example.com: 메일 크기가 허용된 최대 크기를 초과했습니다\n')).toEqual([['kim@example.com', 'mesgtoobig']]);
  });

  it('the Japanese ISP heading makes a notice even when the cause is not known, unsure', () => {
    const report = explain('次のアドレスにメールを配送できませんでした。\n\n  taro@example.com\n');
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.address, r.confidence === 'high', r.hardBounce])).toEqual([['taro@example.com', false, false]]);
  });
});
