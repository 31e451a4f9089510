/**
 * Blind round nonbounce33 (tests/fixtures/nonbounce-r33.ts): texts that are not bounces —
 * out-of-office and other automatic replies in fourteen languages (raw, as a mail client shows
 * them, quoted whole with "> ", forwarded), departure replies ("this mailbox is no longer
 * monitored"), challenge-response requests, read receipts, success reports, quota warnings to
 * the mailbox's owner, mailing-list notices. Each must be read as its kind, with no failed
 * recipient and never a hard bounce; a departure reply says to update the address (no removal).
 *
 * Before any fix: 37 right, 21 wrong, 0 firmly wrong of 58. Wrong: Korean and Turkish
 * out-of-office replies (every layout) read as unknown; Exchange replies titled "Automatyczna
 * odpowiedź:", "Automatiskt svar:", "Resposta automática:", "Автоматический ответ:" read as
 * unknown (the message's subject pattern knew fewer languages than the pasted one); Swedish
 * "Jag är ledig" unknown; departure replies in ko, tr, pl, pt, sv, ja, ru read as an ordinary
 * out-of-office. Fixes (data, knowledge/auto-replies): Korean and Turkish wording, one list of
 * each language's subject prefix read by both the auto-reply format and quoted.ts, departure
 * wording in eight more languages. After: 58 right; second batch nb33b (14, written after the
 * fixes): 14 right.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/core/index.ts';
import { NON_FAILURE_REASONS, type Report } from '../../src/lib/core/types.ts';
import { AUTO_REPLY_SUBJECTS } from '../../src/lib/knowledge/auto-replies.ts';
import { NONBOUNCE_R33, NONBOUNCE_R33B, type NonBounceCase } from '../fixtures/nonbounce-r33.ts';

const ALL = [...NONBOUNCE_R33, ...NONBOUNCE_R33B];

/** What a reading gets wrong, and whether it is firmly wrong (a hard bounce, or a sure failure). */
function faults(c: NonBounceCase, r: Report): { faults: string[]; firm: boolean } {
  const out: string[] = [];
  let firm = false;
  if (!c.kinds.includes(r.kind)) out.push(`kind ${r.kind}`);
  for (const x of r.recipients) {
    if (x.hardBounce) {
      out.push(`hard bounce ${x.address}`);
      firm = true;
    }
    if (!NON_FAILURE_REASONS.includes(x.reason)) {
      out.push(`failure ${x.address}: ${x.reason} (${x.confidence})`);
      if (x.confidence === 'high') firm = true;
    }
  }
  if (c.retired && !/no longer in use/.test(r.recipients[0]?.headline.text ?? '')) out.push(`not said to be retired: ${r.recipients[0]?.headline.text}`);
  return { faults: out, firm };
}

describe('blind round nonbounce33: texts that are not bounces', () => {
  it('are many, each with its own id and source, reserved names only', () => {
    expect(NONBOUNCE_R33.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ALL.map((c) => c.id)).size).toBe(ALL.length);
    for (const c of ALL) {
      expect(c.source.length, c.id).toBeGreaterThan(20);
      for (const m of c.text.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) expect(m[1], `${c.id}: ${m[0]}`).toMatch(/(?:^|\.)example\.(?:com|net|org)$/);
      for (const m of c.text.matchAll(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}\b/g)) expect(`${m[1]}.${m[2]}.${m[3]}`, `${c.id}: ${m[0]}`).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)$/);
    }
  });

  it.each(ALL.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = explain(c.text);
    expect(faults(c, r).faults).toEqual([]);
    for (const x of r.recipients) expect(x.hardBounce, c.id).toBe(false);
  });
});

describe('every language\'s auto-reply subject prefix', () => {
  const prefixes = AUTO_REPLY_SUBJECTS.flatMap((s) => s.phrases.map((p) => [s.lang, p] as const));
  it('marks a message sent with Exchange\'s headers as an automatic reply', () => {
    for (const [lang, p] of prefixes) {
      const title = p[0].toUpperCase() + p.slice(1);
      const msg = `From: ana@example.org\nTo: john@example.com\nSubject: ${title}: Offer\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nContent-Type: text/plain; charset=utf-8\n\n14.12.\n`;
      expect(explain(msg).kind, `${lang}: ${p}`).toBe('auto-reply');
    }
  });
  it('marks a pasted reply under its subject line as an automatic reply', () => {
    for (const [lang, p] of prefixes) {
      const r = explain(`Subject: ${p}: Offer\n\n14.12. office@example.org\n`);
      expect(r.kind, `${lang}: ${p}`).toBe('auto-reply');
      expect(r.recipients.every((x) => !x.hardBounce), `${lang}: ${p}`).toBe(true);
    }
  });
  it('is no prefix in the middle of a subject, nor without its colon', () => {
    const r = explain('From: ana@example.org\nTo: john@example.com\nSubject: Question about Otomatik yanıt settings\nContent-Type: text/plain; charset=utf-8\n\nHow do I turn it off?\n');
    expect(r.kind).not.toBe('auto-reply');
  });
});

describe('a bounce that quotes a Korean or Turkish out-of-office stays a bounce', () => {
  it.each([
    '550 5.1.1 <mina.park@example.org>: Recipient address rejected: User unknown\n\n> 저는 12월 14일까지 휴가 중입니다.\n',
    '550 5.1.1 <emre.kaya@example.org>: Recipient address rejected: User unknown\n\n> 14 Aralık tarihine kadar izindeyim.\n',
  ])('%s', (text) => {
    const r = explain(text);
    expect(r.kind).not.toBe('auto-reply');
    expect(r.recipients[0]).toMatchObject({ reason: 'userunknown', hardBounce: true });
  });
});
