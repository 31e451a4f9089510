/** The code reference has a page for every code of the reference tables and every reason. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codePage, indexEntries, reasonPage, rfcLinks } from '../../src/ui/reference/data.ts';
import { REASON_IDS } from '../../src/lib/core/types.ts';
import { HAVE_REFERENCE, REFERENCE_DIR } from '../helpers/shared.ts';

function codes(name: string): string[] {
  return readFileSync(resolve(REFERENCE_DIR, name), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0].trim())
    .filter(Boolean);
}

describe.skipIf(!HAVE_REFERENCE)('every code of the reference tables', () => {
  const all = HAVE_REFERENCE
    ? [...codes('enhanced-status-codes.csv'), ...codes('enhanced-status-codes-basic.csv'), ...codes('smtp-reply-codes.csv')]
    : [];
  const hrefs = new Set(indexEntries().map((e) => e.href));

  it.each([...new Set(all)])('%s has a page in the index', (code) => {
    const page = codePage(code);
    expect(page).not.toBeNull();
    expect(page?.known).toBe(true);
    expect(page?.title).toBeTruthy();
    expect(rfcLinks(page?.reference ?? '').length).toBeGreaterThan(0);
    expect(hrefs).toContain(`#/code/${code}`);
  });
});

describe('code pages', () => {
  it('a concrete code: permanence, the provider uses and the usual reason', () => {
    const page = codePage('5.7.26');
    expect(page?.facts[0][1]).toMatch(/^Permanent/);
    expect(page?.providers.map((p) => p.provider)).toContain('Gmail / Google Workspace');
    expect(codePage('4.2.2')?.reasons).toEqual(['mailboxfull']);
    expect(codePage('4.2.2')?.facts[0][1]).toMatch(/^Temporary/);
  });

  it('an unregistered code is explained from its digits', () => {
    const page = codePage('5.7.509');
    expect(page?.known).toBe(false);
    expect(page?.providers.some((p) => p.provider.startsWith('Microsoft') && /DMARC/.test(p.note))).toBe(true);
  });

  it('rejects what is not a code', () => {
    expect(codePage('9.9.9')).toBeNull();
    expect(codePage('hello')).toBeNull();
    expect(codePage('X.9.XXX')).toBeNull();
  });
});

describe('reason pages', () => {
  it.each(REASON_IDS)('%s', (id) => {
    const page = reasonPage(id);
    expect(page?.info.id).toBe(id);
    expect(indexEntries().some((e) => e.href === `#/reason/${id}`)).toBe(true);
  });

  it('lists the codes and wordings of a reason', () => {
    const page = reasonPage('mailboxfull');
    expect(page?.codes).toContain('X.2.2');
    expect(page?.wordings.length).toBeGreaterThan(0);
    expect(reasonPage('nosuchreason')).toBeNull();
  });
});

describe('search', () => {
  it('finds the registry entry from a concrete code', () => {
    const hits = indexEntries().filter((e) => e.haystack.includes('5.7.26'));
    expect(hits.map((e) => e.code)).toEqual(['X.7.26']);
  });
});
