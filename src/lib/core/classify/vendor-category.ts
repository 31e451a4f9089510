/**
 * Reads the category fields some sending MTAs write beside each recipient of their
 * bounces (`X-PowerMTA-BounceCategory: bad-mailbox`): see knowledge/vendor-categories.ts.
 */
import type { Scan } from '../scan.ts';
import type { Found } from '../formats/types.ts';
import { VENDOR_CATEGORY_FIELDS, vendorCategoryField, type VendorCategoryField } from '../../knowledge/vendor-categories.ts';

export interface VendorCategory extends Found {
  field: VendorCategoryField;
}

/** `Name: value` at the start of a line, for any of the fields we read. */
const RE_FIELD = new RegExp(`^[ \\t>]*(${VENDOR_CATEGORY_FIELDS.map((f) => f.field.replace(/[-]/g, '\\-')).join('|')})[ \\t]*:[ \\t]*([a-z][a-z-]{0,40})`, 'gim');

/**
 * A cheap, case-blind test before the line-anchored one: the end that every field name
 * shares ("bouncecategory" and longer), which a field must hold to match RE_FIELD.
 */
const CUE = commonSuffix(VENDOR_CATEGORY_FIELDS.map((f) => f.field.toLowerCase()));

/**
 * The cue as a case-blind pattern: without the u flag only A-Z and a-z fold to each other,
 * as in RE_FIELD. (One search for the whole cue costs less than finding each "y" and "Y" of
 * the document and reading back from it: about 2M instructions less per pass over the
 * corpus.)
 */
const RE_CUE = new RegExp(CUE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');

function commonSuffix(names: readonly string[]): string {
  let suffix = names[0] ?? '';
  for (const n of names) while (!n.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/** Every category field in the document, in order. */
export function readVendorCategories(scan: Scan): VendorCategory[] {
  const doc = scan.document;
  if (!RE_CUE.test(doc)) return [];
  const out: VendorCategory[] = [];
  RE_FIELD.lastIndex = 0;
  for (let m = RE_FIELD.exec(doc); m; m = RE_FIELD.exec(doc)) {
    const field = vendorCategoryField(m[1].toLowerCase());
    if (!field) continue;
    const value = m[2].toLowerCase();
    if (!field.categories[value]) continue;
    const end = m.index + m[0].length;
    out.push({ value, start: end - m[2].length, end, field });
    if (out.length >= 1000) break;
  }
  return out;
}

/** The category for recipient `i` of `n`: the only one, or the i-th when there is one per recipient. */
export function categoryFor(categories: readonly VendorCategory[], i: number, n: number): VendorCategory | undefined {
  if (categories.length === 0) return undefined;
  if (categories.every((c) => c.value === categories[0].value && c.field === categories[0].field)) return categories[0];
  return categories.length === n ? categories[i] : undefined;
}
