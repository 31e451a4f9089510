/**
 * The format registry: every format file in src/lib/core/formats is registered in
 * formats/index.ts (the one list that fixes the trial order), and every registered format
 * has at least one golden sample in tests/fixtures/samples (the sample's expected.json
 * records the format that read it).
 */
import { describe, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../helpers/shared.ts';
import { FORMATS } from '../../src/lib/core/formats/index.ts';
import type { Format } from '../../src/lib/core/formats/types.ts';

const DIR = join(ROOT, 'src/lib/core/formats');
const SAMPLES = join(ROOT, 'tests/fixtures/samples');
/** Files that hold no format: the contract, shared pieces, the registry itself. */
const HELPERS = new Set(['types.ts', 'common.ts', 'notice.ts', 'index.ts']);

function isFormat(value: unknown): value is Format {
  const v = value as Partial<Format> | null;
  return !!v && typeof v === 'object' && typeof v.id === 'string' && typeof v.detect === 'function' && typeof v.parse === 'function';
}

const files = readdirSync(DIR).filter((n) => n.endsWith('.ts')).sort();

/** Format of each golden sample, from its expected.json. */
function sampleFormats(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of readdirSync(SAMPLES)) {
    const p = join(SAMPLES, name, 'expected.json');
    if (!existsSync(p)) continue;
    const format = (JSON.parse(readFileSync(p, 'utf8')) as { format: string | null }).format;
    if (format) out.set(format, [...(out.get(format) ?? []), name]);
  }
  return out;
}

describe('the format registry', () => {
  it('registers every format file, once, under its file name', async ({ expect }) => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const file of files) {
      const mod = (await import(join(DIR, file))) as Record<string, unknown>;
      const formats = Object.values(mod).filter(isFormat);
      if (HELPERS.has(file)) {
        // A helper holds no format of its own (index.ts holds the list of all of them).
        if (file !== 'index.ts') expect(formats, `${file} is listed as a helper but exports a format`).toEqual([]);
        continue;
      }
      expect(formats.length, `${file} exports no format (a helper? list it in HELPERS)`).toBe(1);
      const [format] = formats;
      expect(format.id, file).toBe(basename(file, '.ts'));
      expect(FORMATS.includes(format), `${file}: format "${format.id}" is not registered in formats/index.ts`).toBe(true);
    }
    // And the other way: every registered format has its own file.
    for (const id of ids) expect(files, `registered format "${id}" has no file ${id}.ts`).toContain(`${id}.ts`);
  });

  it('has a golden sample read by each registered format', ({ expect }) => {
    const byFormat = sampleFormats();
    const missing = FORMATS.map((f) => f.id).filter((id) => !byFormat.has(id));
    expect(missing, 'formats without a golden sample').toEqual([]);
  });

  it('would notice a format without a sample or a file outside the registry', ({ expect }) => {
    // The checks above read the registry and the samples as they are; here, that they
    // can fail: a made-up format has no sample, and a helper name is not a format.
    expect(sampleFormats().has('no-such-format')).toBe(false);
    expect(isFormat({ id: 'x', detect: () => true, parse: () => null })).toBe(true);
    expect(isFormat({ id: 'x' })).toBe(false);
  });
});
