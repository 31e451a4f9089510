/**
 * The address bar and the box, kept in step:
 * - as the input changes, the address becomes its permalink (`#v1.…`), so reloading or
 *   bookmarking keeps it; written with history.replaceState, debounced, only when it
 *   changed, and only on the paste page (reference pages `#/code/…` have links of their own);
 *   over LONG_LINK characters the address is left bare instead (the share dialog offers a
 *   shorter link);
 * - opening a permalink (at load, or pasted into the address bar of an open tab) puts its
 *   bounce in the box; a damaged or unknown link leaves the box as it was and says why, and
 *   a link that replaced other text offers that text back.
 */
import type { Session, StoredInput } from '../state/session.svelte.ts';
import { parseRoute } from '../state/route.ts';
import { decodePermalink, encodePermalink, fileInput, sharedFileBytes, type SharedInput } from './permalink.ts';
import { LONG_LINK } from './limits.ts';

/** Wait this long after the last change before writing the address. */
export const ADDRESS_DELAY_MS = 500;
/** Inputs longer than this are not put in the address (their link would be far over LONG_LINK). */
const MAX_ADDRESS_INPUT = 2 * 1024 * 1024;

/** What the box holds, as a permalink carries it. */
export function sessionShared(session: Session): SharedInput {
  const bytes = session.fileBytes;
  const shared: SharedInput = session.file && bytes ? fileInput(session.file.name, bytes) : { input: session.input };
  if (session.pinned !== null) shared.view = { pinned: session.pinned };
  if (session.file && session.mbox && session.mbox.picked > 0) shared.view = { ...shared.view, message: session.mbox.picked };
  return shared;
}

export class AddressBar {
  /** Why the link in the address could not be opened (the box was left as it was). */
  problem = $state<string | null>(null);
  /** The text a link replaced, offered back until the user edits or dismisses. */
  replaced = $state<StoredInput | null>(null);

  #session: Session;
  /** The hash this page wrote last (its own change is not a link to open). */
  #written = '';
  #ready = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #version = 0;

  constructor(session: Session) {
    this.#session = session;
  }

  /** Opens the permalink in the address, if there is one. Resolves to whether the box now holds it. */
  async openFromAddress(): Promise<boolean> {
    const route = parseRoute(location.hash);
    if (route.name !== 'permalink') return false;
    return this.#open(route.payload);
  }

  /** Open links put in the address from now on (call first: a link may arrive while the page starts). */
  listen(): () => void {
    const onHashChange = (event: HashChangeEvent) => {
      // The link as it arrived, not the address now: the page's own write of the box (a timer
      // of #write) may replace the address between the navigation and this event, and the
      // link would be lost (the box left as it was, the address rewritten to match it).
      const hash = new URL(event.newURL).hash;
      const route = parseRoute(hash);
      if (route.name !== 'permalink' || hash === this.#written) return;
      void this.#open(route.payload);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }

  /** Start writing the box into the address (once the page has put its first input in it). */
  start(): () => void {
    this.#ready = true;
    const stop = $effect.root(() => {
      $effect(() => {
        // What the address depends on: the text, the file, the pinned card, an mbox's message.
        void this.#session.input;
        void this.#session.file;
        void this.#session.pinned;
        void this.#session.mbox;
        this.#schedule();
      });
    });
    return () => {
      clearTimeout(this.#timer);
      stop();
    };
  }

  /** Put back the text the link replaced. */
  bringBack(): void {
    const previous = this.replaced;
    this.replaced = null;
    if (!previous) return;
    if (previous.file) this.#session.open('', previous.file);
    else this.#session.open(previous.text);
  }

  dismiss(): void {
    this.problem = null;
    this.replaced = null;
  }

  async #open(payload: string): Promise<boolean> {
    const result = await decodePermalink(payload);
    if (!result.ok) {
      this.problem = result.message;
      return false;
    }
    this.problem = null;
    const { shared } = result;
    const session = this.#session;
    const same = session.input === shared.input && !session.file === !shared.file;
    if (!same && (session.input.trim() !== '' || session.file)) {
      const bytes = session.fileBytes;
      this.replaced = { text: session.input, file: session.file && bytes ? { name: session.file.name, bytes } : null };
    }
    this.#written = `#${payload}`;
    const file = shared.file ? { name: shared.file.name || 'bounce.eml', bytes: sharedFileBytes(shared) } : null;
    session.open(shared.input, file, shared.view ?? null);
    return true;
  }

  #schedule(): void {
    if (!this.#ready) return;
    clearTimeout(this.#timer);
    const version = ++this.#version;
    this.#timer = setTimeout(() => void this.#write(version), ADDRESS_DELAY_MS);
  }

  async #write(version: number): Promise<void> {
    const route = parseRoute(location.hash);
    if (route.name !== 'home' && route.name !== 'permalink') return; // a reference page: not ours
    const session = this.#session;
    let hash = '';
    if (session.input.trim() !== '' && session.input.length <= MAX_ADDRESS_INPUT) {
      const fragment = await encodePermalink(sessionShared(session));
      if (version !== this.#version) return; // the box changed meanwhile
      if (fragment.length <= LONG_LINK) hash = `#${fragment}`;
    }
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    this.#written = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    await session.store.noteLink?.(hash);
  }
}
