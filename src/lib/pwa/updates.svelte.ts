/**
 * The service worker, seen from the page: registers it (src/sw.ts), says once, quietly, when
 * the app is ready to work offline, and offers "Update available — reload" when a new
 * version is waiting. The page never reloads by itself while the box holds text: the new
 * version takes over only when the user asks (or, when the box is empty, as soon as another
 * tab has let it in).
 */
import { registerSW } from 'virtual:pwa-register';

export class AppUpdates {
  /** A new version is installed and waits for the user's go-ahead. */
  needRefresh = $state(false);
  /** Said once, after the first install: everything is cached. */
  offlineReady = $state(false);
  /** Another tab let the new version in; this page still runs the old one until reloaded. */
  updatedElsewhere = $state(false);

  #update: ((reloadPage?: boolean) => Promise<void>) | null = null;
  #requested = false;
  #reloading = false;
  #hasWork: () => boolean;
  #beforeReload: () => Promise<void>;

  /**
   * `hasWork`: the box holds text (never reload by itself then). `beforeReload`: make sure
   * the text is stored before the page goes.
   */
  constructor(hasWork: () => boolean, beforeReload: () => Promise<void>) {
    this.#hasWork = hasWork;
    this.#beforeReload = beforeReload;
  }

  start(): void {
    if (!('serviceWorker' in navigator)) return;
    // A change of controller on a page that already had one is a new version taking over
    // (asked for here or in another tab). The first install also changes it: not an update.
    const hadController = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (hadController) this.#tookOver();
    });
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.needRefresh = true;
      },
      onOfflineReady: () => {
        this.offlineReady = true;
      },
      onNeedReload: () => this.#tookOver(),
    });
  }

  /**
   * The new version has taken over. Reload only when this page asked for it, or when nothing
   * would be disturbed; otherwise say so and let the user choose the moment.
   */
  #tookOver(): void {
    if (this.#reloading) return;
    if (this.#requested || !this.#hasWork()) void this.#reload();
    else {
      this.needRefresh = false;
      this.updatedElsewhere = true;
    }
  }

  /** The user asked for the new version. */
  async apply(): Promise<void> {
    this.#requested = true;
    await this.#beforeReload();
    if (this.updatedElsewhere || !this.#update) {
      location.reload();
      return;
    }
    await this.#update(true);
    // The waiting version normally takes over at once (and onNeedReload reloads); should it
    // not, reload anyway: the text is stored.
    setTimeout(() => location.reload(), 4000);
  }

  dismissOfflineReady(): void {
    this.offlineReady = false;
  }

  async #reload(): Promise<void> {
    this.#reloading = true;
    await this.#beforeReload();
    location.reload();
  }
}
