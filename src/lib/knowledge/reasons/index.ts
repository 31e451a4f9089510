/**
 * The reason taxonomy in plain words: one file per reason id, gathered here.
 * `REASONS` is frozen at the top level; copy `causes`/`actions` arrays before changing them.
 */
import type { ReasonId } from '../../core/types.ts';
import type { ReasonInfo } from '../types.ts';
import { reason as userunknown } from './userunknown.ts';
import { reason as hostunknown } from './hostunknown.ts';
import { reason as hasmoved } from './hasmoved.ts';
import { reason as mailboxfull } from './mailboxfull.ts';
import { reason as suspend } from './suspend.ts';
import { reason as notaccept } from './notaccept.ts';
import { reason as filtered } from './filtered.ts';
import { reason as rejected } from './rejected.ts';
import { reason as blocked } from './blocked.ts';
import { reason as badreputation } from './badreputation.ts';
import { reason as requireptr } from './requireptr.ts';
import { reason as authfailure } from './authfailure.ts';
import { reason as securityerror } from './securityerror.ts';
import { reason as spamdetected } from './spamdetected.ts';
import { reason as virusdetected } from './virusdetected.ts';
import { reason as policyviolation } from './policyviolation.ts';
import { reason as notcompliantrfc } from './notcompliantrfc.ts';
import { reason as contenterror } from './contenterror.ts';
import { reason as mesgtoobig } from './mesgtoobig.ts';
import { reason as exceedlimit } from './exceedlimit.ts';
import { reason as norelaying } from './norelaying.ts';
import { reason as speeding } from './speeding.ts';
import { reason as toomanyconn } from './toomanyconn.ts';
import { reason as syntaxerror } from './syntaxerror.ts';
import { reason as systemerror } from './systemerror.ts';
import { reason as systemfull } from './systemfull.ts';
import { reason as networkerror } from './networkerror.ts';
import { reason as expired } from './expired.ts';
import { reason as mailererror } from './mailererror.ts';
import { reason as failedstarttls } from './failedstarttls.ts';
import { reason as suppressed } from './suppressed.ts';
import { reason as onhold } from './onhold.ts';
import { reason as undefinedReason } from './undefined.ts';
import { reason as delivered } from './delivered.ts';
import { reason as feedback } from './feedback.ts';
import { reason as vacation } from './vacation.ts';

export type { ReasonInfo, RetryAdvice } from '../types.ts';

/** Every reason of the taxonomy, keyed by id, in the order of REASON_IDS. */
export const REASONS: Readonly<Record<ReasonId, ReasonInfo>> = Object.freeze({
  userunknown,
  hostunknown,
  hasmoved,
  mailboxfull,
  suspend,
  notaccept,
  filtered,
  rejected,
  blocked,
  badreputation,
  requireptr,
  authfailure,
  securityerror,
  spamdetected,
  virusdetected,
  policyviolation,
  notcompliantrfc,
  contenterror,
  mesgtoobig,
  exceedlimit,
  norelaying,
  speeding,
  toomanyconn,
  syntaxerror,
  systemerror,
  systemfull,
  networkerror,
  expired,
  mailererror,
  failedstarttls,
  suppressed,
  onhold,
  undefined: undefinedReason,
  delivered,
  feedback,
  vacation,
});

/**
 * The knowledge about one reason. An id outside the taxonomy (possible only from untyped
 * callers) gets the `undefined` reason rather than a crash.
 */
export function reasonInfo(id: ReasonId): ReasonInfo {
  return Object.hasOwn(REASONS, id) ? REASONS[id] : REASONS.undefined;
}
