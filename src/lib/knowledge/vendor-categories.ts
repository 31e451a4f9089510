/**
 * Category fields that a sending MTA writes into its own bounces: the vendor's own
 * classification of the receiving server's reply. When the field is there it is read as a
 * statement of the cause, beside the server's words.
 *
 * `strong` categories name one cause (a bad mailbox, a full one) and decide ahead of the
 * phrase table; the others are wide bins ("policy-related", "routing-errors") and only
 * decide when the words say nothing.
 */
import type { ReasonId } from '../core/types.ts';

export interface VendorCategoryField {
  /** Vendor id, used in rule ids: `format.<vendor>.<category>`. */
  vendor: string;
  label: string;
  /** The header-style field name, lower case. */
  field: string;
  /** Where the categories are documented. */
  source: string;
  categories: Readonly<Record<string, { reason: ReasonId; strong: boolean }>>;
}

export const VENDOR_CATEGORY_FIELDS: readonly VendorCategoryField[] = [
  {
    vendor: 'powermta',
    label: 'PowerMTA',
    field: 'x-powermta-bouncecategory',
    source:
      'PowerMTA User\'s Guide, bounce categories (bad-mailbox: "bad, invalid, or non-existent recipient addresses"; inactive-mailbox: "expired, inactive, or disabled recipient addresses"; quota-issues; spam-related; ...); PowerMTA writes the category beside each recipient of its delivery reports.',
    categories: {
      'bad-mailbox': { reason: 'userunknown', strong: true },
      'bad-domain': { reason: 'hostunknown', strong: true },
      'inactive-mailbox': { reason: 'suspend', strong: true },
      'quota-issues': { reason: 'mailboxfull', strong: true },
      'message-expired': { reason: 'expired', strong: true },
      'spam-related': { reason: 'spamdetected', strong: true },
      'virus-related': { reason: 'virusdetected', strong: true },
      'relaying-issues': { reason: 'norelaying', strong: true },
      'content-related': { reason: 'contenterror', strong: false },
      'policy-related': { reason: 'policyviolation', strong: false },
      'invalid-sender': { reason: 'rejected', strong: false },
      'protocol-errors': { reason: 'syntaxerror', strong: false },
      'no-answer-from-host': { reason: 'networkerror', strong: false },
      'bad-connection': { reason: 'networkerror', strong: false },
      'routing-errors': { reason: 'systemerror', strong: false },
      'bad-configuration': { reason: 'systemerror', strong: false },
    },
  },
];

/** The field of this (lower-case) name, if it is one we read. */
export function vendorCategoryField(name: string): VendorCategoryField | null {
  for (const f of VENDOR_CATEGORY_FIELDS) if (f.field === name) return f;
  return null;
}
