/**
 * What goes into a shared link, from what is in the box and the user's choices in the share
 * dialog. Pure TypeScript: the dialog and `npm run bench:links` use the same steps.
 *
 *   excerpt?  → the diagnostic parts only (offered when the link would be very long)
 *   leave out → parts the explanation does not read (the same Report; see compact.ts)
 *   hide      → personal data replaced by placeholders (see redact.ts)
 */
import type { Report } from '../core/types.ts';
import type { SharedInput } from './types.ts';
import { redact, type Replacement } from './redact.ts';
import { compactForLink } from './compact.ts';
import { diagnosticExcerpt, EXCERPT_LADDER } from './excerpt.ts';

export { LONG_LINK } from './limits.ts';

/** The file name a link carries when personal data is hidden (a name can hold one). */
export const HIDDEN_FILE_NAME = 'bounce.eml';

export interface ShareSettings {
  /** Hide personal data (on by default). */
  hide: boolean;
  /** Leave out the parts the explanation does not read (on by default). */
  leaveOut: boolean;
  /** Share only the diagnostic parts; the step of EXCERPT_LADDER, or null for the whole bounce. */
  excerpt: number | null;
}

export const DEFAULT_SETTINGS: ShareSettings = { hide: true, leaveOut: true, excerpt: null };

export interface Prepared {
  shared: SharedInput;
  /** What was hidden, each value once. */
  replacements: Replacement[];
  /** Attachments left out by hiding because they cannot be checked. */
  removedAttachments: number;
  /** Parts left out because the explanation does not read them. */
  leftOut: string[];
}

export function prepareShare(source: SharedInput, report: Report | null, settings: ShareSettings): Prepared {
  let shared: SharedInput = { ...source };
  let leftOut: string[] = [];
  if (settings.excerpt !== null && report) {
    const step = EXCERPT_LADDER[Math.min(settings.excerpt, EXCERPT_LADDER.length - 1)];
    // An excerpt is built from the decoded document: text, not the file's bytes.
    shared = { input: diagnosticExcerpt(report, step), view: source.view };
  } else if (settings.leaveOut) {
    const compact = compactForLink(shared.input, { binary: shared.file?.binary });
    if (compact && compact.text.length < shared.input.length) {
      shared = { ...shared, input: compact.text };
      leftOut = compact.leftOut;
    }
  }
  if (!settings.hide) return { shared, replacements: [], removedAttachments: 0, leftOut };
  const hidden = redact(shared.input, { binary: shared.file?.binary });
  if (shared.file) shared = { ...shared, file: { ...shared.file, name: HIDDEN_FILE_NAME } };
  return { shared: { ...shared, input: hidden.text }, replacements: hidden.replacements, removedAttachments: hidden.removedAttachments, leftOut };
}
