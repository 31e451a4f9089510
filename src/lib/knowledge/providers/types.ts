import type { Owner, ReasonId, SmtpCommand } from '../../core/types.ts';

/**
 * One provider rule: when the receiving provider answers with this code and these words,
 * the reason is this, whatever the registry says the code means.
 *
 * Every condition given must hold: `reply`, `status`, `code` and `command` narrow the rule,
 * then one of `contains` must be in the words (an empty `contains`: the codes alone decide).
 */
export interface ProviderRule {
  /** Stable id, `provider.<provider>.<slug>`, reported as `rule` on the recipient. */
  id: string;
  /** Basic reply code, when the rule needs one. */
  reply?: string;
  /**
   * Enhanced status code, when the rule needs one: exact or a prefix (`5.7.26`, `5.7.`), of
   * either class when it starts with a dot (`.7.26`), or a range of its last number
   * (`5.7.606-649`, `.7.500-699`).
   */
  status?: string;
  /**
   * The provider's own code as `Provider.code` reads it from the words (lower-case): one
   * code (`cxbl`), any of a list (`['bl000001', 'bl000010']`), or a numeric range
   * (`[1100, 1150]`) for numeric codes.
   */
  code?: string | readonly string[] | readonly [number, number];
  /** Only at this SMTP stage (when the stage is known; the rule never fires without it). */
  command?: SmtpCommand;
  /** Lower-case fragments; any one must be in the server's words. Empty: the codes alone decide. */
  contains: readonly string[];
  reason: ReasonId;
  /**
   * How sure the rule is, when less than sure: the sources that document the wording disagree
   * on its cause (the rule's comment names them), or the provider's code is known but its page
   * does not settle the cause (a code it lists without a meaning, or one used for several; then
   * 'low', and the rule names the service and keeps the broader words from deciding). Without
   * it a provider's rule is sure.
   */
  confidence?: 'medium' | 'low';
  /** Overrides the reason's usual owner (e.g. a Workspace admin's own rule). */
  owner?: Owner;
  /** What the provider means by it, in our words; shown beside the registry's meaning. */
  note: string;
  /** Extra step put first in the actions. */
  action?: string;
  /** The provider's page that documents the message (https). */
  docs?: string;
}

export interface Provider {
  id: string;
  label: string;
  /** Host-name suffixes of the provider's receiving servers and mailbox domains (lower-case, public names). */
  hosts: readonly string[];
  /**
   * Lower-case signatures in a bounce that name the provider even without a host: a tag or
   * code only this provider writes (`- gsmtp`, `[tss04]`, `aup#cx`), or the address of its
   * own postmaster page (`community.mimecast.com`).
   */
  markers?: readonly string[];
  /**
   * Signatures of the provider's software that also run elsewhere: Exchange Server writes
   * RESOLVER.ADR… and STOREDRV… on a company's own servers as it does in Microsoft 365. They
   * pick this provider's rules (the codes mean the same), but name the service only as
   * `label` says, unless a host or the recipient's domain names the provider itself.
   */
  shared?: { label: string; markers: readonly string[] };
  /**
   * Wordings the provider writes that are its own only together with its own code or trace
   * (a pattern on the lower-cased words): Microsoft's "Access denied, please try again later"
   * under its 4.7.500-699 / 4.7.850-899 codes, Yandex's "Policy rejection on the target address"
   * followed by its session id. The sentence alone is any server's (other MTAs write it too, or
   * it joins two phrases many write), and names no provider.
   */
  signatures?: readonly RegExp[];
  /**
   * How the provider writes its own code in the words (run on the lower-cased words): the
   * first capture group is the code that rules with `code` compare against.
   */
  code?: RegExp;
  rules: readonly ProviderRule[];
  /** Where the provider documents its errors (https). */
  reference: string;
}
