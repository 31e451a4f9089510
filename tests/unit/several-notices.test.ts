/**
 * Several notices in one paste, each read on its own (read/notices.ts, explain.ts
 * severalNotices), and a cause stated in a list's heading, held for the addresses under it
 * (read/text-blocks.ts listedRecipients, the heading wordings of knowledge/languages). The
 * blind round's cases are tests/fixtures/trust/several-cases.ts (scored by trust.test.ts);
 * here: the spans, the sections, the parts, and each language's heading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, type Report } from '../../src/lib/core/index.ts';
import { noticeParts, MAX_NOTICES } from '../../src/lib/core/read/notices.ts';
import { SEVERAL_NOTICES_CASES } from '../fixtures/trust/several-cases.ts';
import { EXIM_HEAD, POSTFIX_HEAD } from '../fixtures/notice-heads.ts';

const TRUST = join(import.meta.dirname, '../fixtures/trust');
const read = (file: string): Report => explain(readFileSync(join(TRUST, file), 'utf8'));
const span = (report: Report, r: Report['recipients'][number], field: string) => report.recipients.length && r.evidence.find((e) => e.field === field);

const postfix = (address: string, reply: string): string => `${POSTFIX_HEAD}<${address}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)\n`;
const exim = (address: string, reply: string): string => `${EXIM_HEAD}  ${address}\n    host mx.example.net [192.0.2.2]\n    SMTP error from remote mail server after RCPT TO:<${address}>:\n    ${reply}\n`;

describe('several notices in one paste', () => {
  const several = SEVERAL_NOTICES_CASES.filter((c) => c.family === 'several-or-quoted' && c.recipients.length > 1);

  it.each(several.map((c) => [c.file] as const))('%s: each recipient is answered by its own notice, its spans in the text shown', (file) => {
    const report = read(file);
    // Each notice's range in the document (a notice read as a message has sections of its own: its header, its text).
    const byNumber = new Map<string, { start: number; end: number }>();
    for (const s of report.sections) {
      const k = /^Notice (\d+) of \d+/.exec(s.label)?.[1];
      if (!k) continue;
      const r = byNumber.get(k);
      byNumber.set(k, r ? { start: Math.min(r.start, s.start), end: Math.max(r.end, s.end) } : { start: s.start, end: s.end });
    }
    const notices = [...byNumber.values()];
    expect(notices.length, file).toBeGreaterThanOrEqual(2);
    expect(report.warnings.map((w) => w.code)).toContain('several-notices');
    expect(report.formatLabel).toMatch(new RegExp(`^${notices.length} notices: `));
    for (const r of report.recipients) {
      const a = span(report, r, 'address');
      expect(a, `${file} ${r.address}`).toBeTruthy();
      if (!a) continue;
      expect(report.document.slice(a.start, a.end).toLowerCase()).toBe(r.address!.toLowerCase());
      // The words read for it stand in the notice that names it, never in another.
      const own = notices.find((s) => s.start <= a.start && a.end <= s.end);
      expect(own, `${file} ${r.address}`).toBeDefined();
      const d = span(report, r, 'diagnostic');
      if (d) expect(own!.start <= d.start && d.end <= own!.end, `${file} ${r.address}: its words come from its own notice`).toBe(true);
    }
  });

  it('names the notices in the order pasted, with what each is', () => {
    const report = read('r21-three-servers-postfix-exim-gmail.txt');
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([
      ['anna@example.org', 'userunknown', true],
      ['bert@example.net', 'mailboxfull', false],
      ['cleo@example.org', 'userunknown', true],
    ]);
    expect(report.sections.map((s) => s.label)).toEqual(['Notice 1 of 3 (Postfix)', 'Notice 2 of 3 (Exim)', 'Notice 3 of 3 (Gmail)']);
    expect(report.headline?.text).toMatch(/2 of 3 recipients/);
  });

  it('two notices that disagree on one address: one recipient, not called bad, not sure', () => {
    const report = read('r21-same-address-unknown-and-full.txt');
    expect(report.recipients).toHaveLength(1);
    const [ulf] = report.recipients;
    expect(ulf.hardBounce).toBe(false);
    expect(ulf.confidence).toBe('low');
    expect(ulf.trail.some((t) => t.rule === 'decision.notices-disagree')).toBe(true);
    expect(report.warnings.find((w) => w.code === 'notices-disagree')?.message).toContain('ulf@example.org');
  });

  it('a bounce after a delay warning for the same address: one recipient, failed', () => {
    const [tara, ...rest] = read('r21-exim-delay-then-postfix-bounce-same.txt').recipients;
    expect(rest).toEqual([]);
    expect(tara.action).not.toBe('delayed');
    expect(tara.reason).toBe('userunknown');
  });

  it('a bounce then a delay warning: the first failed, the second still tried', () => {
    const report = read('r21-postfix-bounce-then-postfix-warning.txt');
    expect(report.recipients.map((r) => [r.address, r.action, r.permanent])).toEqual([
      ['finn@example.org', 'failed', true],
      ['gus@example.net', 'delayed', false],
    ]);
  });

  it('a paste of many more notices than are read one by one is read whole, and never throws', () => {
    const text = Array.from({ length: MAX_NOTICES + 6 }, (_, i) => postfix(`u${i}@example.org`, '550 5.1.1 User unknown')).join('\n');
    const report = explain(text);
    expect(report.kind).toBe('bounce');
    expect(report.sections.some((s) => s.label.startsWith('Notice'))).toBe(false);
  });

  it('reads twenty notices pasted together, each once', () => {
    const text = Array.from({ length: 20 }, (_, i) => (i % 2 ? exim(`e${i}@example.net`, '552 5.2.2 Mailbox full') : postfix(`p${i}@example.org`, '550 5.1.1 User unknown'))).join('\n');
    const report = explain(text);
    expect(report.recipients).toHaveLength(20);
    report.recipients.forEach((r, i) => expect([r.address, r.reason]).toEqual(i % 2 ? [`e${i}@example.net`, 'mailboxfull'] : [`p${i}@example.org`, 'userunknown']));
  });

  it('an mbox pasted as text: each message read as the page reads it from a file', () => {
    const report = explain(readFileSync(join(TRUST, 'multi-mbox-mixed-kinds.mbox'), 'utf8'));
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['zed@example.org', 'vacation'],
      ['abel@example.net', 'userunknown'],
    ]);
    // The DMARC report is no notice: left out, its text shown between.
    expect(report.sections.map((s) => s.label)).toEqual(['Notice 1 of 2 (Automatic reply (RFC 3834))', 'Notice 2 of 2 (Gmail)']);
    for (const r of report.recipients) {
      const a = r.evidence.find((e) => e.field === 'address')!;
      expect(report.document.slice(a.start, a.end)).toBe(r.address);
    }
  });

  it('the same notice twice (a thread that quotes it again) is one notice', () => {
    const one = postfix('same@example.org', '550 5.1.1 User unknown');
    const report = explain(`${one}\n-----\n\n${one}`);
    expect(report.recipients.map((r) => r.address)).toEqual(['same@example.org']);
    expect(report.sections.some((s) => s.label.startsWith('Notice'))).toBe(false);
  });

  it('one notice is no several notices', () => {
    const report = explain(postfix('one@example.org', '550 5.1.1 User unknown'));
    expect(report.warnings.map((w) => w.code)).not.toContain('several-notices');
    expect(report.sections.some((s) => s.label.startsWith('Notice'))).toBe(false);
  });
});

describe('where the notices of a paste begin', () => {
  it('a notice begins at the separator and the mail app\'s header block above it', () => {
    const second = '-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nSent: Monday\nSubject: Undelivered Mail Returned to Sender\n\n';
    const text = postfix('a@example.org', '550 5.1.1 User unknown') + '\n' + second + postfix('b@example.org', '552 5.2.2 Mailbox full');
    const parts = noticeParts(text)!;
    expect(parts.map((p) => p.start)).toEqual([0, text.indexOf('-----Original Message-----')]);
    expect(parts[1].end).toBe(text.length);
  });

  it('a header block alone begins a notice when it is a mail system\'s or a bounce\'s', () => {
    const head = (n: number) => `From: Mail Delivery System <postmaster@mail.example.com>\nSubject: Returned mail: delivery failed\n\nRecipient: r${n}@example.org\nReason: 550 5.1.1 unknown\n\n`;
    expect(noticeParts(head(1) + head(2))?.length).toBe(2);
    // A person's header block is no notice's.
    const person = 'From: Ann <ann@example.com>\nSubject: lunch\n\nSee you at one, bob@example.org.\n\n';
    expect(noticeParts(person + person)).toBeNull();
  });

  it('a Gmail heading and its sentence are one notice; a notice cut before any address stays with the one before', () => {
    const gmail = (a: string) => `Address not found\n\nYour message wasn't delivered to ${a} because the address couldn't be found.\n\n`;
    expect(noticeParts(gmail('a@example.org') + gmail('b@example.org'))?.map((p) => p.start)).toEqual([0, gmail('a@example.org').length]);
    expect(noticeParts(postfix('a@example.org', '550 5.1.1 x') + EXIM_HEAD)).toBeNull();
  });

  it('a notice returned inside another (under a raw message\'s header) is no notice pasted', () => {
    const inner = 'Return-Path: <>\nReceived: (qmail 1 invoked for bounce); 6 Dec 2026 08:00:00 -0000\nFrom: MAILER-DAEMON@mx.example.com\nSubject: failure notice\n\n';
    expect(noticeParts(postfix('a@example.org', '550 5.1.1 x') + '\n--- Below this line is a copy of the message.\n\n' + inner + postfix('b@example.org', '550 5.1.1 y'))).toBeNull();
  });

  it('mbox From lines part the messages; an entry pasted above the first notice is a part of its own', () => {
    const text = `From MAILER-DAEMON Mon Dec  7 11:00:00 2026\n\n${postfix('a@example.org', '550 5.1.1 x')}\nFrom MAILER-DAEMON Mon Dec  7 11:02:00 2026\n\n${postfix('b@example.org', '550 5.1.1 y')}`;
    expect(noticeParts(text)?.length).toBe(2);
    const entry = '<c@example.org>: host mx.example.org[192.0.2.9] said: 552 5.2.2 Mailbox full\n\n';
    expect(noticeParts(entry + postfix('d@example.org', '550 5.1.1 z'))?.map((p) => p.start)).toEqual([0, entry.length]);
  });
});

/** A heading that states the cause of the list under it, per language: [unknown, full]. */
const HEADINGS: Record<string, readonly [string, string]> = {
  en: ['The following recipients are unknown:', 'The mailboxes of the following recipients are full:'],
  de: ['Die folgenden Empfänger sind unbekannt:', 'Das Postfach der folgenden Empfänger ist voll:'],
  es: ['Los siguientes destinatarios no existen:', 'El buzón de los siguientes destinatarios está lleno:'],
  fr: ['Les destinataires suivants sont inconnus :', 'La boîte aux lettres des destinataires suivants est pleine :'],
  it: ['I seguenti destinatari sono sconosciuti:', 'La casella dei seguenti destinatari è piena:'],
  pt: ['Os seguintes destinatários não existem:', 'A caixa de correio dos seguintes destinatários está cheia:'],
  nl: ['De volgende ontvangers zijn onbekend:', 'De mailbox van de volgende ontvangers is vol:'],
  pl: ['Następujące adresy nie istnieją:', 'Skrzynka następujących adresatów jest pełna:'],
  sv: ['Följande mottagare är okända:', 'Brevlådan för följande mottagare är full:'],
  ja: ['以下の宛先は存在しません：', '以下の宛先のメールボックスが一杯です：'],
  zh: ['以下收件人不存在：', '以下收件人的邮箱已满：'],
  ru: ['Следующие адресаты не существуют:', 'Почтовый ящик следующих адресатов переполнен:'],
  ko: ['다음 수신자는 존재하지 않습니다:', '다음 수신자의 메일함이 가득 찼습니다:'],
  tr: ['Aşağıdaki alıcılar bulunamadı:', 'Aşağıdaki alıcıların posta kutusu dolu:'],
};

describe('a cause stated in the heading above a list of addresses', () => {
  const rows = Object.entries(HEADINGS).flatMap(([lang, [unknown, full]]) => [
    [lang, unknown, 'userunknown', true] as const,
    [lang, full, 'mailboxfull', false] as const,
  ]);
  it.each(rows)('%s: "%s" holds for every address under it', (_lang, heading, reason, hard) => {
    const text = `${heading}\n\nann@example.org\nbob@example.net\n`;
    const report = explain(text);
    expect(report.recipients.map((r) => [r.address, r.reason, r.hardBounce])).toEqual([
      ['ann@example.org', reason, hard],
      ['bob@example.net', reason, hard],
    ]);
    // The heading is the evidence of the cause.
    for (const r of report.recipients) {
      const d = r.evidence.find((e) => e.field === 'diagnostic')!;
      expect(text.slice(d.start, d.end)).toBe(heading);
    }
  });

  it.each([
    ['The following accounts have been disabled:', 'suspend'],
    ['The accounts of the following recipients are disabled:', 'suspend'],
    ['The domains of the following recipients do not exist:', 'hostunknown'],
    ['The following recipients are over quota:', 'mailboxfull'],
    ['Message too large for the following recipients:', 'mesgtoobig'],
    ['Die folgenden Empfängerkonten sind gesperrt:', 'suspend'],
    ['Los siguientes buzones están llenos:', 'mailboxfull'],
  ] as const)('other causes in a heading: "%s" is %s for every address under it', (heading, reason) => {
    const report = explain(`Your message could not be delivered.\n\n${heading}\n\nann@example.org\nbob@example.net\n`);
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['ann@example.org', reason],
      ['bob@example.net', reason],
    ]);
  });

  it('each heading holds for its own list, never for the address above it', () => {
    const report = read('r21-head-two-headings-unknown-and-full.txt');
    expect(report.recipients.map((r) => [r.address, r.reason])).toEqual([
      ['rita@example.org', 'userunknown'],
      ['sam@example.org', 'userunknown'],
      ['tilo@example.net', 'mailboxfull'],
    ]);
    const [, sam, tilo] = report.recipients;
    const words = (r: typeof sam) => { const d = r.evidence.find((e) => e.field === 'diagnostic')!; return report.document.slice(d.start, d.end); };
    expect(words(sam)).toBe('The following recipients are unknown:');
    expect(words(tilo)).toBe("The following recipients' mailboxes are full:");
  });
});
