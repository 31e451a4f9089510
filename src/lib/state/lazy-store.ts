/**
 * A TextStore whose code loads when first used, so that the page's first load stays small:
 * each call waits for the real store (input-store.ts, IndexedDB) and hands over to it.
 */
import type { TextStore } from './session.svelte.ts';

export function lazyStore(load: () => Promise<TextStore>): TextStore {
  let store: Promise<TextStore> | null = null;
  /** The real store once loaded, for the one call that cannot wait (keepNow). */
  let ready: TextStore | null = null;
  const get = () =>
    (store ??= load().then((loaded) => {
      ready = loaded;
      return loaded;
    }));
  return {
    load: async () => (await get()).load(),
    save: async (input) => (await get()).save(input),
    noteLink: async (hash) => (await get()).noteLink?.(hash),
    keepNow: (input) => ready?.keepNow?.(input),
  };
}

/** The page's store: what is in the box, kept in IndexedDB (see input-store.ts). */
export function pageStore(): TextStore {
  return lazyStore(() => import('./input-store.ts').then((module) => module.browserInputStore()));
}
