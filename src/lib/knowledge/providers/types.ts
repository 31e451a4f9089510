import type { Owner, ReasonId } from '../../core/types.ts';

/**
 * One provider rule: when the receiving provider answers with this code and these words,
 * the reason is this, whatever the registry says the code means.
 */
export interface ProviderRule {
  /** Stable id, `provider.<provider>.<slug>`, reported as `rule` on the recipient. */
  id: string;
  /** Basic reply code, when the rule needs one. */
  reply?: string;
  /** Enhanced status code (`5.7.26`) or prefix (`5.7.`), when the rule needs one. */
  status?: string;
  /** Lower-case fragments; any one must be in the server's words. Empty: code alone decides. */
  contains: readonly string[];
  reason: ReasonId;
  /** Overrides the reason's usual owner (e.g. a Workspace admin's own rule). */
  owner?: Owner;
  /** What this rule means, in our words; shown as the note on the evidence. */
  note: string;
  /** Extra step put first in the actions. */
  action?: string;
  /** The provider's page that documents the message (https). */
  docs?: string;
}

export interface Provider {
  id: string;
  label: string;
  /** Host-name suffixes of the provider's receiving servers (lower-case). */
  hosts: readonly string[];
  /** Words in a bounce that name the provider even without a host (e.g. "- gsmtp"). */
  markers?: readonly string[];
  rules: readonly ProviderRule[];
  /** Where the provider documents its errors. */
  reference: string;
}
