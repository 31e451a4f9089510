import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, HAVE_REFERENCE } from '../helpers/shared.ts';
import {
  STATUS_CLASSES,
  STATUS_DETAILS,
  STATUS_SUBJECTS,
  explainStatus,
} from '../../src/lib/knowledge/status-codes.ts';
import { REPLY_CODES, explainReply, replyTitle } from '../../src/lib/knowledge/reply-codes.ts';
import { statusTitle } from '../../src/lib/knowledge/status-codes.ts';

/** A small RFC 4180 reader: commas, quoted fields, doubled quotes, CRLF or LF. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('parseCsv', () => {
  it('handles quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b,c\n1,"x, y","say ""hi"""\r\n2,,z\n')).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: '', c: 'z' },
    ]);
  });
});

if (!HAVE_REFERENCE) {
  console.warn(
    `IANA reference tables not found in ${REFERENCE_DIR}: the registry completeness checks are skipped (set BOUNCE_SHARED to the folder that holds reference/).`,
  );
}

describe.skipIf(!HAVE_REFERENCE)('enhanced status codes: every registry row is explained', () => {
  const rows = HAVE_REFERENCE ? parseCsv(readFileSync(resolve(REFERENCE_DIR, 'enhanced-status-codes.csv'), 'utf8')) : [];
  const classRows = rows.filter((r) => /^[245]\.XXX\.XXX$/.test(r.code));
  const subjectRows = rows.filter((r) => /^X\.\d+\.XXX$/.test(r.code));
  const detailRows = rows.filter((r) => /^X\.\d+\.\d+$/.test(r.code));

  it('reads the whole registry copy (3 classes, 8 subjects, 81 details, nothing else)', () => {
    expect(classRows).toHaveLength(3);
    expect(subjectRows).toHaveLength(8);
    expect(detailRows).toHaveLength(81);
    expect(classRows.length + subjectRows.length + detailRows.length).toBe(rows.length);
  });

  it.each(classRows.map((r) => [r.code, r.reference]))('class %s is in STATUS_CLASSES', (code, reference) => {
    const entry = STATUS_CLASSES[code[0]];
    expect(entry, `STATUS_CLASSES has no entry for ${code}`).toBeDefined();
    expect(entry.reference).toBe(reference);
  });

  it.each(subjectRows.map((r) => [r.code, r.reference]))('subject %s is in STATUS_SUBJECTS', (code, reference) => {
    const entry = STATUS_SUBJECTS[code.split('.')[1]];
    expect(entry, `STATUS_SUBJECTS has no entry for ${code}`).toBeDefined();
    expect(entry.reference).toBe(reference);
  });

  it.each(detailRows.map((r) => [r.code, r.reference]))('detail %s is in STATUS_DETAILS', (code, reference) => {
    const entry = STATUS_DETAILS[code];
    expect(entry, `STATUS_DETAILS has no entry for ${code}`).toBeDefined();
    expect(entry.reference).toBe(reference);
    for (const cls of ['2', '4', '5']) {
      const e = explainStatus(code.replace('X', cls));
      expect(e?.known, `${cls}${code.slice(1)} should be known`).toBe(true);
      expect(e?.title).toBe(entry.title);
    }
  });

  it('has no detail entries beyond the registry', () => {
    expect(Object.keys(STATUS_DETAILS).sort()).toEqual(detailRows.map((r) => r.code).sort());
  });

  it('never copies the reference description column', () => {
    for (const r of detailRows) {
      expect(STATUS_DETAILS[r.code]?.explanation).not.toBe(r.description_short);
    }
  });

  it('covers every code of the basic-code pairing table', () => {
    const basic = parseCsv(readFileSync(resolve(REFERENCE_DIR, 'enhanced-status-codes-basic.csv'), 'utf8'));
    expect(basic.length).toBe(81);
    for (const r of basic) expect(STATUS_DETAILS[r.code], r.code).toBeDefined();
  });
});

describe.skipIf(!HAVE_REFERENCE)('reply codes: every row of smtp-reply-codes.csv is explained', () => {
  const rows = HAVE_REFERENCE ? parseCsv(readFileSync(resolve(REFERENCE_DIR, 'smtp-reply-codes.csv'), 'utf8')) : [];

  it('reads the table', () => {
    expect(rows.length).toBe(36);
  });

  it.each(rows.map((r) => [r.code, r.reference]))('reply %s is known', (code, reference) => {
    expect(REPLY_CODES[code], `REPLY_CODES has no entry for ${code}`).toBeDefined();
    const e = explainReply(code);
    expect(e?.known).toBe(true);
    expect(e?.nonStandard).toBe(false);
    expect(e?.reference).toBe(reference);
  });

  it('has no entries beyond the table', () => {
    expect(Object.keys(REPLY_CODES).sort()).toEqual(rows.map((r) => r.code).sort());
  });
});

describe('explainStatus', () => {
  it.each([
    ['5.1.1', 'Mailbox does not exist', true, /mailbox/i],
    ['4.2.2', 'Mailbox full', false, /storage limit/i],
    ['5.2.2', 'Mailbox full', true, /storage limit/i],
    ['5.4.7', 'Delivery time expired', true, /gave up/i],
    ['4.4.7', 'Delivery time expired', false, /queue/i],
    ['5.1.10', 'Recipient domain accepts no mail (null MX)', true, /null MX/],
    ['5.7.26', 'Several authentication checks failed', true, /SPF.*DKIM.*DMARC/s],
    ['5.7.23', 'SPF check failed', true, /SPF record/],
    ['5.7.25', 'Reverse DNS check failed', true, /PTR/],
    ['5.6.10', 'Withdrawn code (same as X.6.8)', true, /X\.6\.8/],
    ['4.7.28', 'Mail flood detected', false, /flood/i],
  ] as const)('%s -> %s', (code, title, permanent, re) => {
    const e = explainStatus(code);
    expect(e).not.toBeNull();
    expect(e!.known).toBe(true);
    expect(e!.code).toBe(code);
    expect(e!.title).toBe(title);
    expect(e!.permanent).toBe(permanent);
    expect(e!.success).toBe(false);
    expect(e!.explanation).toMatch(re);
  });

  it('notes where providers reuse registered numbers', () => {
    for (const code of ['5.7.27', '5.7.28', '5.7.29', '5.7.30', '4.7.23']) {
      expect(explainStatus(code)!.explanation, code).toMatch(/Gmail/);
    }
    expect(explainStatus('5.1.10')!.explanation).toMatch(/Microsoft/);
    expect(explainStatus('5.4.1')!.explanation).toMatch(/Microsoft.*recipient does not exist/);
  });

  it('explains success codes', () => {
    const e = explainStatus('2.0.0')!;
    expect(e).toMatchObject({ code: '2.0.0', known: true, permanent: null, success: true, reference: 'RFC 3463' });
    expect(e.classMeaning).toBe(STATUS_CLASSES['2'].explanation);
  });

  it('composes a sentence for provider-specific codes', () => {
    const e = explainStatus('5.7.606')!;
    expect(e.known).toBe(false);
    expect(e.permanent).toBe(true);
    expect(e.success).toBe(false);
    expect(e.explanation).toMatch(/security or policy/);
    expect(e.explanation).toContain('provider-specific detail 606');
    expect(e.explanation).toMatch(/^Permanent failure/);
    expect(e.title).toBe('Provider-specific security and policy code');
    expect(e.subjectMeaning).toBe(STATUS_SUBJECTS['7'].explanation);
    expect(e.reference).toBe('RFC 3463');
  });

  it('treats 4.x.x provider codes as temporary', () => {
    const e = explainStatus('4.4.316')!;
    expect(e).toMatchObject({ known: false, permanent: false, success: false });
    expect(e.explanation).toMatch(/^Temporary failure related to network or routing/);
    expect(e.explanation).toContain('provider-specific detail 316');
  });

  it('handles subject 0 and unregistered subjects', () => {
    expect(explainStatus('5.0.910')!.explanation).toMatch(/no stated subject.*provider-specific detail 910/);
    const e = explainStatus('5.9.1')!;
    expect(e.known).toBe(false);
    expect(e.explanation).toMatch(/unregistered subject 9/);
    expect(e.subjectMeaning).toMatch(/not defined/);
  });

  it('normalises white space and leading zeros', () => {
    expect(explainStatus(' 5.01.001 ')).toMatchObject({ code: '5.1.1', known: true });
  });

  it.each(['9.9.9', 'abc', '', '3.1.1', '5.1', '5.1.1.1', '5.1234.1', '5.1.1234', '5..1', '5.1.x', '05.1.1'])(
    'rejects %j',
    (code) => {
      expect(explainStatus(code)).toBeNull();
    },
  );
});

describe('explainReply', () => {
  it('flags non-standard codes and explains them by their digits', () => {
    const e = explainReply('571')!;
    expect(e).toMatchObject({ code: '571', known: false, nonStandard: true, permanent: true });
    expect(e.explanation).toMatch(/not defined by the SMTP standards/);
    expect(e.explanation).toMatch(/permanent failure/);
    expect(e.explanation.split(/(?<=\.)\s+(?=[A-Z])/)).toHaveLength(2);

    const e541 = explainReply('541')!;
    expect(e541).toMatchObject({ known: false, nonStandard: true, permanent: true });

    const e420 = explainReply('420')!;
    expect(e420).toMatchObject({ known: false, nonStandard: true, permanent: false });
    expect(e420.explanation).toMatch(/about the connection/);
    expect(e420.title).toBe('Non-standard temporary failure (the connection)');

    expect(explainReply('259')).toMatchObject({ nonStandard: true, permanent: null });
    expect(explainReply('459')!.explanation).toMatch(/mail system/);
    expect(explainReply('505')!.explanation).toMatch(/command syntax/);
  });

  it.each([
    ['421', false, /closing the connection/],
    ['550', true, /does not exist/],
    ['554', true, /policy/],
    ['452', false, /storage/],
    ['250', null, /completed/],
    ['354', null, /dot/],
    ['556', true, /null MX/],
    ['521', true, /not accept email at all/],
  ] as const)('%s is standard', (code, permanent, re) => {
    const e = explainReply(code)!;
    expect(e.known).toBe(true);
    expect(e.nonStandard).toBe(false);
    expect(e.permanent).toBe(permanent);
    expect(e.explanation).toMatch(re);
  });

  it.each(['600', '199', '55', '5500', 'abc', '', '5x0'])('rejects %j', (code) => {
    expect(explainReply(code)).toBeNull();
  });

  it('trims white space', () => {
    expect(explainReply(' 550\n')?.code).toBe('550');
  });
});

describe('status and reply text quality', () => {
  const texts: [string, string][] = [
    ...Object.entries(STATUS_DETAILS).flatMap(([k, v]) => [
      [`${k}.title`, v.title] as [string, string],
      [`${k}.explanation`, v.explanation] as [string, string],
    ]),
    ...Object.entries(STATUS_SUBJECTS).map(([k, v]) => [`subject ${k}`, v.explanation] as [string, string]),
    ...Object.entries(STATUS_CLASSES).map(([k, v]) => [`class ${k}`, v.explanation] as [string, string]),
    ...Object.entries(REPLY_CODES).flatMap(([k, v]) => [
      [`${k}.title`, v.title] as [string, string],
      [`${k}.explanation`, v.explanation] as [string, string],
    ]),
  ];

  it('has non-empty plain text with no HTML, ending in a full stop where it is prose', () => {
    for (const [where, text] of texts) {
      expect(text.trim(), where).not.toBe('');
      expect(text, where).not.toMatch(/<\/?[a-z][^>]*>/i);
      if (!where.endsWith('.title')) expect(text, where).toMatch(/\.$/);
    }
  });

  it('keeps explanations to one or two sentences', () => {
    for (const [where, text] of texts) {
      if (where.endsWith('.title')) continue;
      const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      expect(sentences, where).toBeLessThanOrEqual(2);
    }
  });

  it('gives unique titles to registry details', () => {
    const titles = Object.values(STATUS_DETAILS).map((d) => d.title);
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('the titles alone', () => {
  // The report's code meaning reads only the title: the short functions must give the full ones'.
  it('statusTitle and replyTitle give the titles explainStatus and explainReply give', () => {
    const statuses = ['5.1.1', '4.2.2', '5.7.26', '5.7.606', '5.0.0', '4.4.7', '5.9.9', '5.12.3', ' 5.1.10 ', '2.0.0', '5.x.1', '', '5.01.001'];
    for (const s of [...statuses, ...Object.keys(STATUS_DETAILS).map((k) => k.replace('X', '5'))]) expect(statusTitle(s), s).toBe(explainStatus(s)?.title ?? null);
    for (const r of [...Object.keys(REPLY_CODES), '580', '591', '499', '599', '299', '5', 'abc', ' 550 ']) expect(replyTitle(r), r).toBe(explainReply(r)?.title ?? null);
  });
});
