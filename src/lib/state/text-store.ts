/** Keeps the pasted text in sessionStorage: it survives a reload of the tab and never leaves the browser. */
import type { TextStore } from './session.svelte.ts';

export function sessionTextStore(key: string): TextStore {
  return {
    load() {
      try {
        return sessionStorage.getItem(key);
      } catch {
        return null;
      }
    },
    save(text) {
      try {
        if (text === '') sessionStorage.removeItem(key);
        else sessionStorage.setItem(key, text);
        return true;
      } catch {
        // Over the quota (a few MB) or storage is disabled: drop the stale copy rather than keep it.
        try {
          sessionStorage.removeItem(key);
        } catch {
          // nothing more to do
        }
        return false;
      }
    },
  };
}
