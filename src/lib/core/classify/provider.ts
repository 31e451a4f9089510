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
import { namedBySoftware, providerForHost, providerForSignature, providerForText, type Provider } from '../../knowledge/providers/index.ts';
import { GMAIL_STATES } from '../../knowledge/providers/google.ts';

/**
 * The next dotted name at or after `from` (a host name, or a version number that no
 * provider will match): what `/(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+/g` finds, found
 * from the dots (few in a reply) rather than tried at every word. A name is a whole run of
 * name characters (a-z, 0-9, -), then each dot followed by another such run.
 */
export function nextHost(text: string, from: number): { start: number; end: number } | null {
  for (let dot = text.indexOf('.', from); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    // A run of name characters must stand before the dot, and one after it.
    if (dot === from || !isNameChar(text.charCodeAt(dot - 1)) || !isNameChar(charAt(text, dot + 1))) continue;
    let start = dot - 1;
    while (start > from && isNameChar(text.charCodeAt(start - 1))) start--;
    let end = dot;
    while (charAt(text, end) === 46 && isNameChar(charAt(text, end + 1))) {
      end++;
      while (isNameChar(charAt(text, end))) end++;
    }
    return { start, end };
  }
  return null;
}

/**
 * The char code at `i`, or -1 past the end (which no test here takes for a name character):
 * what charCodeAt says there (NaN) without the read past the end, which makes V8's
 * optimised code of every caller it is inlined into start over.
 */
function charAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** a-z, 0-9 or "-" (false past the end). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

export function detectProvider(_scan: Scan, raw: RawRecipient, lowerDiagnostic: string): Provider | null {
  // The server that answered, when it is named (not an IP address) and is no provider's: its
  // reply is its own, whatever the recipient's domain (a forward, a relay, the sender's smart host).
  let otherHost = false;
  if (raw.remoteMta) {
    const host = remoteHost(raw.remoteMta.value);
    const p = providerForHost(host);
    if (p) return p;
    otherHost = isHostName(host);
  }
  // A signature of the provider's software alone (Exchange's RESOLVER.ADR…, which a company's
  // own Exchange Server writes too) picks its rules; a host or the recipient's domain may
  // still name the provider itself.
  let software: Provider | null = null;
  if (lowerDiagnostic) {
    const p = providerForText(lowerDiagnostic);
    if (p && !namedBySoftware(p)) return p;
    software = p;
    // A provider's wording that is its own only beside its code or trace (Provider.signatures).
    if (!p) {
      const q = providerForSignature(lowerDiagnostic);
      if (q) return q;
    }
    // Host names in the server's words, but not inside links: a notice that points at
    // support.google.com was not necessarily answered by Google.
    const words = lowerDiagnostic.indexOf('://') === -1 ? lowerDiagnostic : lowerDiagnostic.replace(/\b[a-z][a-z0-9+.-]{0,31}:\/\/\S+/g, ' ');
    for (let m = nextHost(words, 0); m; m = nextHost(words, m.end)) {
      // A name that ends in a digit is a version, a status code (5.1.1) or an IP address.
      if (isDigit(words.charCodeAt(m.end - 1))) continue;
      // The domain of an address the reply quotes (the recipient's, the sender's) names no server.
      if (m.start > 0 && words.charCodeAt(m.start - 1) === 64) continue;
      const q = providerForHost(words.slice(m.start, m.end));
      if (q && (!software || q.id === software.id)) return q;
    }
  }
  const address = raw.address?.value ?? '';
  const at = address.lastIndexOf('@');
  if (at !== -1 && !otherHost) {
    const p = providerForHost(address.slice(at + 1));
    if (p && (!software || p.id === software.id)) return p;
  }
  return software;
}

/** A Remote-MTA value's host name: `dns; mx.example.org`, `[192.0.2.1]`, `mx.example.org (192.0.2.1)`. */
function remoteHost(value: string): string {
  // Most values are the bare name already.
  if (!/[;[\]\s]/.test(value)) return value;
  return value.replace(/^dns;\s*/i, '').replace(/[\[\]]/g, '').trim().split(/\s/)[0];
}

/** A dotted host name with a letter in its last label (not an IP address, not "localhost" or "unknown"). */
function isHostName(host: string): boolean {
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  const dot = name.lastIndexOf('.');
  return dot > 0 && /^[a-z][a-z0-9-]*[a-z0-9]$/i.test(name.slice(dot + 1));
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
