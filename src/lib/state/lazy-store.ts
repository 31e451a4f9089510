/**
 * A TextStore whose code loads when first used, so that the page's first load stays small:
 * each call waits for the real store (input-store.ts, IndexedDB) and hands over to it.
 */
import type { TextStore } from './session.svelte.ts';

export function lazyStore(load: () => Promise<TextStore>): TextStore {
  let store: Promise<TextStore> | null = null;
  const get = () => (store ??= load());
  return {
    load: async () => (await get()).load(),
    save: async (input) => (await get()).save(input),
    noteLink: async (hash) => (await get()).noteLink?.(hash),
  };
}

/** The page's store: what is in the box, kept in IndexedDB (see input-store.ts). */
export function pageStore(): TextStore {
  return lazyStore(() => import('./input-store.ts').then((module) => module.browserInputStore()));
}
