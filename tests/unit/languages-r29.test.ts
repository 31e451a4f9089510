/**
 * A blind round (lang29) in thirteen languages (tests/fixtures/languages-r29.ts), about the cause
 * families earlier language rounds covered least: SPF/DKIM/DMARC failing, blocklists, spam, a virus
 * or a forbidden attachment type, rate limits and connections, a message too large, relaying
 * refused, greylisting, the recipient's domain not found, an account disabled, the sender's address
 * refused, TLS or network failures, and a delivery given up after days; Korean and Turkish most.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { R29, R29B } from '../fixtures/languages-r29.ts';
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

  it('the second batch covers every language, each case named once', () => {
    expect(R29B.length).toBeGreaterThanOrEqual(50);
    for (const code of ASKED) expect(R29B.filter((c) => c.lang === code).length, code).toBeGreaterThanOrEqual(3);
    const names = [...R29, ...R29B].map((c) => `${c.lang} ${c.family}: ${c.what}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(R29B.map((c) => [`b ${c.lang} ${c.family}: ${c.what}`, c] as const))('%s', (_name, c) => expectRoundCase(c, c.open === true));

  it('every case reads the same quoted with "> " and decomposed (NFD)', () => {
    for (const c of [...R29, ...R29B]) {
      const want = explain(c.text).recipients.map((r) => [r.address, r.reason, r.hardBounce]);
      const quoted = c.text.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
      expect(explain(quoted).recipients.map((r) => [r.address, r.reason, r.hardBounce]), quoted).toEqual(want);
      expect(explain(c.text.normalize('NFD')).recipients.map((r) => [r.address, r.reason, r.hardBounce]), c.text).toEqual(want);
    }
  });

  it('a sending limit, a blocklist, an authentication failure, a virus or a size never removes the address', () => {
    for (const c of [...R29, ...R29B].filter((x) => ['auth', 'blocklist', 'content', 'rate', 'size', 'relay', 'network', 'disabled'].includes(x.family) && x.hard !== true)) {
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

  it('an account disabled keeps the address, one deleted removes it (Korean, Turkish)', () => {
    const v = (t: string) => explain(t).recipients.map((r) => [r.reason, r.hardBounce]);
    expect(v('kim@example.com: 받는 사람의 계정이 정지되었습니다\n')).toEqual([['suspend', false]]);
    expect(v('kim@example.com: 받는 사람의 계정이 삭제되었습니다\n')).toEqual([['userunknown', true]]);
    expect(v('ali@example.com: alıcının hesabı devre dışı\n')).toEqual([['suspend', false]]);
  });

  it('a Korean or Turkish delay heading with greylisting removes nothing', () => {
    for (const t of ['메일 전송이 지연되고 있습니다.\n\n받는 사람: kim@example.net\n사유: 그레이리스팅\n', 'İletinizin teslimi gecikti.\n\nali@example.net\nNeden: gri listeleme\n']) {
      const report = explain(t);
      expect(report.kind, t).toBe('delay');
      for (const r of report.recipients) expect([r.hardBounce, r.permanent === true], t).toEqual([false, false]);
    }
  });

  it('the Japanese ISP heading makes a notice even when the cause is not known, unsure', () => {
    const report = explain('次のアドレスにメールを配送できませんでした。\n\n  taro@example.com\n');
    expect(report.kind).toBe('bounce');
    expect(report.recipients.map((r) => [r.address, r.confidence === 'high', r.hardBounce])).toEqual([['taro@example.com', false, false]]);
  });
});
