/**
 * What the box holds when the page opens, first match wins:
 * 1. what the system share sheet handed over (the installed app, manifest share_target);
 * 2. the permalink in the address (a damaged one is reported and falls through; the tab's
 *    own link, written as the box changed, gives way to the stored text, which is newer);
 * 3. what the box held before a reload or a crash (input-store.ts).
 * Then the address bar follows the box, files opened with the installed app are taken in,
 * and the explain worker is started, so that explaining later needs no request at all.
 */
import type { Explainer, Session } from './session.svelte.ts';
import type { AddressBar } from '../share/address-bar.svelte.ts';
import { listenForLaunchedFiles, takeSharedInput } from '../pwa/launch.ts';
import { parseRoute } from './route.ts';

export async function startSession(session: Session, addressBar: AddressBar, explainer: Explainer): Promise<() => void> {
  const unlisten = addressBar.listen();
  listenForLaunchedFiles((file) => {
    void file.arrayBuffer().then((buffer) => session.open('', { name: file.name, bytes: new Uint8Array(buffer) }));
  });
  const shared = await takeSharedInput();
  if (shared) session.open(shared.text, shared.file);
  else if (parseRoute(location.hash).name === 'permalink') {
    // This tab's own link (written as the box changed) may lag the stored text by a moment:
    // then the stored text is the newer one. Any other link is opened.
    const saved = await session.stored();
    if (saved?.link === location.hash || !(await addressBar.openFromAddress())) await session.restore(saved);
  } else await session.restore();
  // Load the engine now (it is idle work once the page is up): later explanations fetch nothing.
  explainer.warm?.();
  const stop = addressBar.start();
  return () => {
    unlisten();
    stop();
  };
}
