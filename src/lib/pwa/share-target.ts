/**
 * The share sheet's way in (manifest `share_target`): the system POSTs what was shared to
 * SHARE_TARGET_PATH; the service worker answers it from the device (nothing reaches a
 * server), keeps the shared text or file in the Cache API under SHARED_KEY and sends the
 * app to `?share-target=pending`, where the page picks it up and deletes it.
 * Used by both the page and the service worker: constants and a small record type only.
 */
export const SHARE_TARGET_PATH = 'share-target';
export const SHARED_CACHE = 'bounce-explainer-shared';
export const SHARED_KEY = 'shared/pending';
export const SHARE_TARGET_QUERY = 'share-target';

/** What the service worker keeps of a share (the file's bytes are the cached response's body). */
export interface SharedRecord {
  title: string;
  text: string;
  url: string;
  /** The shared file's name, or null when only text was shared. */
  file: string | null;
}

/** The header that carries the SharedRecord (URI-encoded JSON) on the cached response. */
export const SHARED_HEADER = 'x-bounce-explainer-share';
