/**
 * Which receiving provider answered: from the remote MTA's host name, host names in the
 * server's words, the recipient's domain, then markers such as Google's "- gsmtp".
 */
import type { Scan } from '../scan.ts';
import type { RawRecipient } from '../formats/types.ts';
import { providerForHost, providerForText, type Provider } from '../../knowledge/providers/index.ts';

/**
 * A dotted name (a host name, or a version number that no provider will match). The
 * lookbehind changes no match (one never starts inside a name: it would have started
 * earlier) but spares the engine re-reading every word from each of its letters.
 */
const RE_HOST = /(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;

export function detectProvider(_scan: Scan, raw: RawRecipient, lowerDiagnostic: string): Provider | null {
  if (raw.remoteMta) {
    const p = providerForHost(raw.remoteMta.value.replace(/^dns;\s*/i, '').replace(/[\[\]]/g, ''));
    if (p) return p;
  }
  // Host names in the server's words, but not inside links: a notice that points at
  // support.google.com was not necessarily answered by Google.
  const words = lowerDiagnostic.indexOf('://') === -1 ? lowerDiagnostic : lowerDiagnostic.replace(/\b[a-z][a-z0-9+.-]{0,31}:\/\/\S+/g, ' ');
  RE_HOST.lastIndex = 0;
  for (let m = RE_HOST.exec(words); m; m = RE_HOST.exec(words)) {
    const p = providerForHost(m[0]);
    if (p) return p;
  }
  const address = raw.address?.value ?? '';
  const at = address.lastIndexOf('@');
  if (at !== -1) {
    const p = providerForHost(address.slice(at + 1));
    if (p) return p;
  }
  return lowerDiagnostic ? providerForText(lowerDiagnostic) : null;
}
