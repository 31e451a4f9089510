/**
 * Email addresses as bounces write them: bare, in <angle brackets>, quoted, or after a
 * DSN type (`rfc822;`). We accept what real MTAs print, not the full RFC 5322 grammar.
 */

/** local@domain, where the local part may be quoted-free dot-atom-ish text. */
export const RE_ADDRESS = /[A-Za-z0-9!#$%&'*+\/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|[A-Za-z0-9!#$%&'*+\/=?^_`{|}~.-]+@\[[0-9.]+\]/;
const RE_ADDRESS_G = new RegExp(RE_ADDRESS.source, 'g');
/**
 * RE_ADDRESS for a first match only: a match can start only where the char before is no
 * local-part char (else it would have started a char earlier), and saying so spares the
 * engine re-reading every word from each of its letters. Not for global searches, where
 * the next match may start right after the last one.
 */
const RE_ADDRESS_FIRST = new RegExp(`(?<![A-Za-z0-9!#$%&'*+\\/=?^_\`{|}~.-])(?:${RE_ADDRESS.source})`);

export interface AddressMatch {
  address: string;
  start: number;
  end: number;
}

/** Normalise an address: strip brackets and quotes, lower-case the domain. */
export function normalizeAddress(address: string): string {
  let a = address.trim().replace(/^[<"'(\[]+|[>"')\].,;:]+$/g, '');
  const at = a.lastIndexOf('@');
  if (at > 0) a = a.slice(0, at) + '@' + a.slice(at + 1).toLowerCase();
  return a;
}

/** All addresses in text[start, end), in order. */
export function findAddresses(text: string, start = 0, end = text.length): AddressMatch[] {
  const out: AddressMatch[] = [];
  const slice = text.slice(start, end);
  RE_ADDRESS_G.lastIndex = 0;
  for (let m = RE_ADDRESS_G.exec(slice); m; m = RE_ADDRESS_G.exec(slice)) {
    let a = m[0];
    let s = start + m.index;
    // Trim dots that belong to the sentence, not the address.
    while (a.startsWith('.')) { a = a.slice(1); s++; }
    while (a.endsWith('.')) a = a.slice(0, -1);
    if (!a.includes('@') || a.startsWith('@')) continue;
    out.push({ address: normalizeAddress(a), start: s, end: s + a.length });
  }
  return out;
}

/** The first address in text[start, end). */
export function firstAddress(text: string, start = 0, end = text.length): AddressMatch | null {
  const m = RE_ADDRESS_FIRST.exec(text.slice(start, end));
  if (!m) return null;
  let a = m[0];
  let s = start + m.index;
  while (a.startsWith('.')) { a = a.slice(1); s++; }
  while (a.endsWith('.')) a = a.slice(0, -1);
  return { address: normalizeAddress(a), start: s, end: s + a.length };
}
