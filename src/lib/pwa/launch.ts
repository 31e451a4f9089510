/**
 * Ways the installed app is handed a bounce from outside:
 * - the system share sheet (manifest share_target): text, a link or a .eml file, kept by the
 *   service worker until the page picks it up (`?share-target=pending`); a plain GET with
 *   `title`, `text` or `url` in the query is read as well (and the query removed at once);
 * - opening a .eml with the app (manifest file_handlers), read through `launchQueue`.
 */
import { SHARED_CACHE, SHARED_HEADER, SHARED_KEY, SHARE_TARGET_QUERY, type SharedRecord } from './share-target.ts';

export interface LaunchInput {
  text: string;
  file: { name: string; bytes: Uint8Array } | null;
}

/** Title, text and link as one text, without repeating what the text already holds. */
export function sharedText(title: string, text: string, url: string): string {
  const parts: string[] = [];
  const body = text.trim();
  if (title.trim() && !body.includes(title.trim())) parts.push(title.trim());
  if (body) parts.push(body);
  if (url.trim() && !body.includes(url.trim())) parts.push(url.trim());
  return parts.join('\n\n');
}

/** What the share sheet handed over, if the page was opened by it. Removes it from the address and the cache. */
export async function takeSharedInput(): Promise<LaunchInput | null> {
  const params = new URLSearchParams(location.search);
  const pending = params.get(SHARE_TARGET_QUERY) === 'pending';
  const direct = ['title', 'text', 'url'].some((name) => params.has(name));
  if (!pending && !direct) return null;
  // What was shared must not stay in the address bar or the history.
  history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
  if (direct) {
    const text = sharedText(params.get('title') ?? '', params.get('text') ?? '', params.get('url') ?? '');
    return text ? { text, file: null } : null;
  }
  try {
    const cache = await caches.open(SHARED_CACHE);
    const key = new URL(SHARED_KEY, location.origin + location.pathname).href;
    const response = await cache.match(key);
    if (!response) return null;
    await cache.delete(key);
    const record = JSON.parse(decodeURIComponent(response.headers.get(SHARED_HEADER) ?? '')) as SharedRecord;
    if (record.file) return { text: '', file: { name: record.file, bytes: new Uint8Array(await response.arrayBuffer()) } };
    const text = sharedText(record.title, record.text, record.url);
    return text ? { text, file: null } : null;
  } catch {
    return null;
  }
}

interface LaunchParams {
  files: readonly { getFile(): Promise<File> }[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

/** Calls `open` with each file the app is launched with (Chromium's file handling). */
export function listenForLaunchedFiles(open: (file: File) => void): void {
  const queue = (window as unknown as { launchQueue?: LaunchQueue }).launchQueue;
  if (!queue) return;
  queue.setConsumer((params) => {
    const handle = params.files[0];
    if (handle) void handle.getFile().then(open, () => {});
  });
}
