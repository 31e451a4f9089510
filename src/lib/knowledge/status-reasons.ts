/**
 * The reason an enhanced status code (RFC 3463 and its registry) stands for when the
 * server's words say nothing more specific. Keys are `subject.detail`; the class (4 or 5)
 * does not change the reason, only whether it is permanent. Codes that are too broad to
 * name a reason (X.0.0, X.7.1 ...) are left out on purpose: for those the words decide.
 */
import type { ReasonId } from '../core/types.ts';

export const STATUS_REASONS: Readonly<Record<string, ReasonId>> = {
  // X.1.x addressing (RFC 3463 §3.2)
  '1.1': 'userunknown', // Bad destination mailbox address
  '1.2': 'hostunknown', // Bad destination system address
  '1.3': 'userunknown', // Bad destination mailbox address syntax
  '1.4': 'userunknown', // Destination mailbox address ambiguous
  '1.6': 'hasmoved', // Destination mailbox has moved, no forwarding address
  '1.7': 'rejected', // Bad sender's mailbox address syntax
  '1.8': 'rejected', // Bad sender's system address
  '1.10': 'notaccept', // Recipient address has null MX (RFC 7505)
  // X.2.x mailbox (§3.3)
  '2.1': 'suspend', // Mailbox disabled, not accepting messages
  '2.2': 'mailboxfull', // Mailbox full
  '2.3': 'exceedlimit', // Message length exceeds administrative limit
  '2.4': 'systemerror', // Mailing list expansion problem
  // X.3.x mail system (§3.4)
  '3.1': 'systemfull', // Mail system full
  // System not accepting network messages: the host is shutting down, overloaded or in
  // maintenance (RFC 3463 §3.4), a state of the server, never a bad address by itself; with a
  // 521 or 556 reply it is a destination that takes no mail (decision row system-not-accepting-reply-521).
  '3.2': 'systemerror',
  '3.3': 'systemerror', // System not capable of selected features
  '3.4': 'mesgtoobig', // Message too big for system
  '3.5': 'systemerror', // System incorrectly configured
  // X.4.x network and routing (§3.5)
  '4.1': 'networkerror', // No answer from host
  '4.2': 'networkerror', // Bad connection
  '4.3': 'systemerror', // Directory server failure
  '4.4': 'hostunknown', // Unable to route
  '4.5': 'systemfull', // Mail system congestion
  '4.6': 'networkerror', // Routing loop detected
  '4.7': 'expired', // Delivery time expired
  // X.5.x protocol (§3.6)
  '5.1': 'syntaxerror', // Invalid command
  '5.2': 'syntaxerror', // Syntax error
  '5.3': 'syntaxerror', // Too many recipients
  '5.4': 'syntaxerror', // Invalid command arguments
  '5.5': 'syntaxerror', // Wrong protocol version
  '5.6': 'securityerror', // Authentication Exchange line is too long (RFC 4954): the sender's login
  // X.6.x content (§3.7)
  '6.0': 'contenterror',
  '6.1': 'contenterror', // Media not supported
  '6.2': 'contenterror', // Conversion required and prohibited
  '6.3': 'contenterror', // Conversion required but not supported
  '6.5': 'contenterror', // Conversion failed
  '6.6': 'contenterror', // Message content not available (RFC 4468)
  '6.7': 'contenterror', // Non-ASCII addresses not permitted (RFC 6531)
  '6.8': 'contenterror',
  '6.9': 'contenterror',
  // X.7.x security and policy (§3.8 and later RFCs)
  '7.0': 'securityerror', // Other or undefined security status
  '7.1': 'securityerror', // Delivery not authorized, message refused
  '7.2': 'policyviolation', // Mailing list expansion prohibited
  '7.3': 'securityerror', // Security conversion required but not possible
  '7.4': 'securityerror', // Security features not supported
  '7.5': 'securityerror', // Cryptographic failure
  '7.6': 'securityerror', // Cryptographic algorithm not supported
  '7.7': 'securityerror', // Message integrity failure
  '7.8': 'securityerror', // Authentication credentials invalid (RFC 4954)
  '7.9': 'securityerror', // Authentication mechanism too weak
  '7.10': 'failedstarttls', // Encryption needed (RFC 5248)
  '7.11': 'failedstarttls', // Encryption required for requested mechanism
  '7.12': 'securityerror', // A password transition is needed (RFC 4954): the sender's login
  '7.13': 'suspend', // User account disabled (RFC 5248)
  '7.14': 'securityerror', // Trust relationship required (RFC 6710): the sender is not trusted for what it asked
  '7.15': 'policyviolation', // Priority Level is too low (RFC 6710 MT-PRIORITY): the message's priority, not the recipient
  '7.16': 'mesgtoobig', // Message is too big for the specified priority (RFC 6710)
  '7.17': 'hasmoved', // Mailbox owner has changed (RFC 7293)
  '7.18': 'hasmoved', // Domain owner has changed (RFC 7293)
  // RRVS test cannot be completed (RFC 7293 §3.2): the receiver cannot tell whether the mailbox
  // changed owner since the date the sender gave; a limit of the receiving system, like X.3.3.
  '7.19': 'systemerror',
  '7.20': 'authfailure', // No passing DKIM signature (RFC 7372)
  '7.21': 'authfailure', // No acceptable DKIM signature
  '7.22': 'authfailure', // No valid author-matched DKIM signature
  '7.23': 'authfailure', // SPF validation failed
  '7.24': 'authfailure', // SPF validation error
  '7.25': 'requireptr', // Reverse DNS validation failed
  '7.26': 'authfailure', // Multiple authentication checks failed
  '7.27': 'notaccept', // Sender address has null MX (RFC 7505)
  '7.28': 'speeding', // Mail flood detected (draft-levine-mailbomb-header)
  '7.29': 'authfailure', // ARC validation failure (RFC 8617)
  '7.30': 'failedstarttls', // REQUIRETLS support required (RFC 8689)
};

/**
 * Codes so broad that any words at all say more: X.7.0 and X.7.1 are used for every kind
 * of refusal, from spam to blocklists to "access denied".
 */
export const BROAD_STATUS: ReadonlySet<string> = new Set(['7.0', '7.1']);

/** Is this code one of the broad ones? */
export function isBroadStatus(code: string | null): boolean {
  return code !== null && BROAD_STATUS.has(code.slice(code.indexOf('.') + 1));
}

/** The reason for a status code like `5.1.1`, or null when the code names none. */
export function reasonForStatus(code: string | null): ReasonId | null {
  if (!code) return null;
  const dot = code.indexOf('.');
  return STATUS_REASONS[code.slice(dot + 1)] ?? null;
}
