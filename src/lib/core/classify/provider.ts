/**
 * Which receiving provider answered, most direct evidence first:
 *   1. the remote MTA's host name (DSN Remote-MTA, "host mx.example.com said");
 *   2. a signature only that provider writes in its reply ("- gsmtp", "[TSS04]", "AUP#CXBL",
 *      "LPN007_510", a link to its own postmaster pages);
 *   3. a host name in the server's words (outside links);
 *   4. the recipient's domain.
 * Signatures come before the words' host names because a reply often names other domains
 * (the sender's, in "Unauthenticated email from example.com ..."), never another provider's tag.
 */
import type { Scan } from '../scan.ts';
import type { Found, RawRecipient } from '../formats/types.ts';
import type { SmtpCommand } from '../types.ts';
import type { TextView } from '../text/view.ts';
import { providerForHost, providerForText, type Provider } from '../../knowledge/providers/index.ts';
import { GMAIL_STATES } from '../../knowledge/providers/google.ts';

/**
 * A dotted name (a host name, or a version number that no provider will match). The
 * lookbehind changes no match (one never starts inside a name: it would have started
 * earlier) but spares the engine re-reading every word from each of its letters.
 */
const RE_HOST = /(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;

export function detectProvider(_scan: Scan, raw: RawRecipient, lowerDiagnostic: string): Provider | null {
  if (raw.remoteMta) {
    const p = providerForHost(remoteHost(raw.remoteMta.value));
    if (p) return p;
  }
  if (lowerDiagnostic) {
    const p = providerForText(lowerDiagnostic);
    if (p) return p;
    // Host names in the server's words, but not inside links: a notice that points at
    // support.google.com was not necessarily answered by Google.
    const words = lowerDiagnostic.indexOf('://') === -1 ? lowerDiagnostic : lowerDiagnostic.replace(/\b[a-z][a-z0-9+.-]{0,31}:\/\/\S+/g, ' ');
    RE_HOST.lastIndex = 0;
    for (let m = RE_HOST.exec(words); m; m = RE_HOST.exec(words)) {
      // A name that ends in a digit is a version, a status code (5.1.1) or an IP address.
      if (isDigit(m[0].charCodeAt(m[0].length - 1))) continue;
      const q = providerForHost(m[0]);
      if (q) return q;
    }
  }
  const address = raw.address?.value ?? '';
  const at = address.lastIndexOf('@');
  if (at !== -1) {
    const p = providerForHost(address.slice(at + 1));
    if (p) return p;
  }
  return null;
}

/** A Remote-MTA value's host name: `dns; mx.example.org`, `[192.0.2.1]`, `mx.example.org (192.0.2.1)`. */
function remoteHost(value: string): string {
  // Most values are the bare name already.
  if (!/[;[\]\s]/.test(value)) return value;
  return value.replace(/^dns;\s*/i, '').replace(/[\[\]]/g, '').trim().split(/\s/)[0];
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "... User Unknown (state 14)." at the end of a reply Gmail relayed. */
const RE_GMAIL_STATE = /\(state (\d{1,2})\)\.?$/;

/**
 * The SMTP stage a Gmail "(state N)" suffix names (see GMAIL_STATES), with its span; null
 * when the words carry none or the number is not one we know.
 */
export function gmailStateStage(view: TextView): Found<SmtpCommand> | null {
  const text = view.lower;
  if (text.indexOf('(state ') === -1) return null;
  const m = RE_GMAIL_STATE.exec(text.trimEnd());
  if (!m) return null;
  const command = GMAIL_STATES[m[1]];
  if (!command) return null;
  const [start, end] = view.span(m.index, m.index + m[0].length);
  return { value: command, start, end };
}
