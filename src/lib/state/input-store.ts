/**
 * Keeps what is in the paste box (and a dropped file's bytes) on this machine, so that a
 * reload or a crash of the tab never loses it, until the user clears it.
 *
 * Where: IndexedDB (database `bounce-explainer`, store `input`), one record per tab so two
 * tabs never overwrite each other; a new tab starts from the most recent record. IndexedDB
 * takes megabytes and is not the few-MB sessionStorage that fills up. When IndexedDB cannot
 * be used (disabled, or the browser refuses it) the text goes to sessionStorage instead, and
 * when neither takes it the page says so plainly. Nothing here ever leaves the browser.
 */
import type { KeepResult, StoredInput, TextStore } from './session.svelte.ts';

const DB_NAME = 'bounce-explainer';
const STORE = 'input';
const TAB_KEY = 'bounce-explainer:tab';
/** Where the text was kept before IndexedDB (read once, then removed). */
const LEGACY_KEY = 'bounce-explainer:input';
const FALLBACK_KEY = 'bounce-explainer:input-fallback';
/**
 * A copy written synchronously when the page is hidden or closed while a database write had
 * not finished (that write may never complete). It is newer than the database's record, so a
 * reload takes it first, writes it to the database, and removes it.
 */
const PENDING_KEY = 'bounce-explainer:input-pending';
/** Records of other tabs kept; older ones are removed. */
const MAX_RECORDS = 8;
/**
 * A database that does not open within this time is taken as unavailable. Generous: a busy
 * machine can take seconds, and the page works meanwhile (what the user does first wins).
 */
const OPEN_TIMEOUT_MS = 10_000;

export const KEEP_MESSAGES = {
  tabOnly:
    'This browser does not let the page use its database, so the text is kept in this tab only, until you close it.',
  full: "Your browser's storage is full, so this text will be lost if you reload or close the page. Keep a copy of it, or free some space (site data, in the browser's settings).",
  unavailable:
    'This browser does not let the page keep anything, so this text will be lost if you reload or close the page. Keep a copy of it.',
} as const;

interface InputRecord {
  tab: string;
  text: string;
  file: { name: string; bytes: Uint8Array } | null;
  updated: number;
  /** The address this tab last wrote for its input. */
  link: string | null;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new Error('IndexedDB did not open'));
    }, OPEN_TIMEOUT_MS);
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB_NAME, 1);
    } catch (error) {
      clearTimeout(timer);
      reject(error);
      return;
    }
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'tab' });
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      if (settled) req.result.close();
      else resolve(req.result);
    };
    req.onerror = () => {
      clearTimeout(timer);
      reject(req.error ?? new Error('IndexedDB did not open'));
    };
    req.onblocked = () => {
      clearTimeout(timer);
      reject(new Error('IndexedDB is blocked'));
    };
  });
}

/** This tab's id: kept in sessionStorage (survives reloads of the tab), else in window.name. */
function tabId(): string {
  try {
    const known = sessionStorage.getItem(TAB_KEY);
    if (known) return known;
    const id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
    return id;
  } catch {
    const prefix = 'bounce-explainer-tab:';
    if (window.name.startsWith(prefix)) return window.name.slice(prefix.length);
    const id = crypto.randomUUID();
    window.name = prefix + id;
    return id;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

function sessionGet(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function sessionSet(key: string, text: string | null): boolean {
  try {
    if (text === null || text === '') sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, text);
    return true;
  } catch {
    try {
      sessionStorage.removeItem(key); // never leave a stale copy behind
    } catch {
      // nothing more to do
    }
    return false;
  }
}

export function browserInputStore(): TextStore {
  const tab = tabId();
  /** This tab's record as last written (its link is kept across text saves). */
  let own: InputRecord | null = null;
  let database: Promise<IDBDatabase | null> | null = null;
  const db = (): Promise<IDBDatabase | null> => {
    database ??= (typeof indexedDB === 'undefined' ? Promise.reject(new Error('no IndexedDB')) : openDatabase()).then(
      (opened) => {
        opened.onversionchange = () => opened.close();
        return opened;
      },
      () => null,
    );
    return database;
  };

  /** The text goes to sessionStorage when the database cannot take it. */
  function fallback(n: number, input: StoredInput | null, reason: 'full' | 'no-database'): KeepResult {
    if (sessionSet(FALLBACK_KEY, input?.text ?? null)) {
      written(n, input);
      return { kept: true, note: input?.text ? KEEP_MESSAGES.tabOnly : null };
    }
    return { kept: false, note: reason === 'full' ? KEEP_MESSAGES.full : KEEP_MESSAGES.unavailable };
  }

  /** The copy written as the page went away, if any: `text` null when the box had been cleared. */
  function pending(): { text: string | null } | null {
    const raw = sessionGet(PENDING_KEY);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as { text?: unknown };
      return { text: typeof parsed.text === 'string' ? parsed.text : null };
    } catch {
      sessionSet(PENDING_KEY, null);
      return null;
    }
  }

  /** Saves asked for so far, and how many had been asked for when the copy was kept. */
  let saves = 0;
  let copiedAfter = 0;

  /**
   * Save number `n` of `input` is done: the copy kept as the page went away is no longer
   * needed when it holds the same text, or when this save was asked for after it (newer).
   */
  function written(n: number, input: StoredInput | null): void {
    const kept = pending();
    if (kept && (n > copiedAfter || kept.text === (input?.text || null))) sessionSet(PENDING_KEY, null);
  }

  /** What the database (or the tab's fallback copy) holds. */
  async function read(): Promise<StoredInput | null> {
    const legacy = sessionGet(LEGACY_KEY);
    if (legacy !== null) sessionSet(LEGACY_KEY, null);
    const opened = await db();
    if (!opened) {
      const text = sessionGet(FALLBACK_KEY) ?? legacy;
      return text ? { text, file: null } : null;
    }
    try {
      const tx = opened.transaction(STORE, 'readonly');
      const store = tx.objectStore(STORE);
      const mine = (await request(store.get(tab))) as InputRecord | undefined;
      // (A save asked for while this read was under way set a newer record: keep that one.)
      own ??= mine ?? null;
      let record = mine;
      if (!record) {
        // A new tab (or one whose session was lost in a crash): the most recent text.
        const all = (await request(store.getAll())) as InputRecord[];
        record = all.sort((a, b) => b.updated - a.updated)[0];
      }
      // A cleared box is an empty record: it stays cleared, in this tab and in new ones.
      if (record) return { text: record.text, file: record.file, link: record.link ?? null };
      const text = sessionGet(FALLBACK_KEY) ?? legacy;
      return text ? { text, file: null } : null;
    } catch {
      const text = sessionGet(FALLBACK_KEY) ?? legacy;
      return text ? { text, file: null } : null;
    }
  }

  const self: TextStore = {
    async load() {
      const found = await read();
      const unwritten = pending();
      if (!unwritten) return found;
      const text = unwritten.text ?? '';
      if (!found?.file && (found?.text ?? '') === text) {
        // The write had finished after all.
        sessionSet(PENDING_KEY, null);
      } else {
        // Newer than the database's record: written there in the background (which removes
        // the copy), so that the text shows at once.
        void self.save(text ? { text, file: null } : null);
      }
      // (A cleared box stays cleared, with the link this tab noted for it: a reload must not
      // take the address bar's link to the old text for a shared one.)
      return { text, file: null, link: found?.link ?? null };
    },

    async save(input) {
      const n = ++saves;
      const opened = await db();
      if (!opened) return fallback(n, input, 'no-database');
      try {
        const tx = opened.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        own = { tab, text: input?.text ?? '', file: input?.file ?? null, updated: Date.now(), link: own?.link ?? null };
        store.put(own);
        await done(tx);
        sessionSet(FALLBACK_KEY, null);
        written(n, input);
        void prune(opened, tab);
        return { kept: true, note: null };
      } catch (error) {
        return fallback(n, input, isQuotaError(error) ? 'full' : 'no-database');
      }
    },

    async noteLink(hash) {
      const opened = await db();
      if (!opened) return;
      try {
        // The link joins the record as stored (every earlier save has committed by now), so
        // that a link noted before this tab's first save never writes an empty text over it.
        const tx = opened.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        const stored = (await request(store.get(tab))) as InputRecord | undefined;
        own = { ...(stored ?? own ?? { tab, text: '', file: null, updated: Date.now() }), link: hash };
        store.put(own);
        await done(tx);
      } catch {
        // the link is a convenience: the text itself is what matters
      }
    },

    keepNow(input) {
      // A dropped file's bytes are written at once when dropped; only the text waits.
      if (input?.file) return;
      copiedAfter = saves;
      if (!sessionSet(PENDING_KEY, JSON.stringify({ text: input?.text || null }))) sessionSet(PENDING_KEY, null);
    },
  };
  return self;
}

/** Keep the newest few records (other tabs'); this tab's is never removed here. */
async function prune(opened: IDBDatabase, tab: string): Promise<void> {
  try {
    const tx = opened.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    const all = (await request(store.getAll())) as InputRecord[];
    if (all.length <= MAX_RECORDS) return;
    all.sort((a, b) => b.updated - a.updated);
    for (const old of all.slice(MAX_RECORDS)) if (old.tab !== tab) store.delete(old.tab);
    await done(tx);
  } catch {
    // pruning is housekeeping only
  }
}
