/**
 * The service worker: every file of the app is precached at install (vite-plugin-pwa lists
 * them in __WB_MANIFEST, the explain worker's chunk included), so the page loads and
 * explains with no network at all. Navigations are answered with the cached page, so a
 * shared link or a share-sheet launch never reaches a server either.
 *
 * A new version waits until the page asks it to take over (the page shows "Update
 * available — reload" and never reloads by itself while the box holds text).
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SHARED_CACHE, SHARED_HEADER, SHARED_KEY, SHARE_TARGET_PATH, SHARE_TARGET_QUERY, type SharedRecord } from './lib/pwa/share-target.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const scope = new URL(self.registration.scope);
const shareTarget = new URL(SHARE_TARGET_PATH, scope);

// The share sheet (manifest share_target) POSTs here: keep what was shared, then open the app.
self.addEventListener('fetch', (event: FetchEvent) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'POST' || url.origin !== scope.origin || url.pathname !== shareTarget.pathname) return;
  event.respondWith(receiveShare(event.request));
});

async function receiveShare(request: Request): Promise<Response> {
  try {
    const form = await request.formData();
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const file = form.getAll('file').find((f): f is File => typeof f !== 'string') ?? null;
    const record: SharedRecord = { title: field('title'), text: field('text'), url: field('url'), file: file?.name ?? null };
    const cache = await caches.open(SHARED_CACHE);
    await cache.put(
      new URL(SHARED_KEY, scope).href,
      new Response(file ?? '', { headers: { [SHARED_HEADER]: encodeURIComponent(JSON.stringify(record)) } }),
    );
  } catch {
    // Nothing readable was shared: the app opens as usual.
  }
  return Response.redirect(new URL(`./?${SHARE_TARGET_QUERY}=pending`, scope).href, 303);
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (event.data && typeof event.data === 'object' && (event.data as { type?: unknown }).type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install controls the open page at once, so it works offline without a reload.
self.addEventListener('activate', (event: ExtendableEvent) => event.waitUntil(self.clients.claim()));

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The app is one page: any navigation gets it, except to a file (an icon, the manifest).
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/?]+\.[^/?]+$/] }));
