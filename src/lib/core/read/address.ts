/**
 * Email addresses as bounces write them: bare, in <angle brackets>, quoted, or after a
 * DSN type (`rfc822;`). We accept what real MTAs print, not the full RFC 5322 grammar.
 */

/** A character of a local part (dot-atom-ish text, no quotes). */
const LOCAL = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]";
/** local@domain, where the local part may be quoted-free dot-atom-ish text. */
const ADDRESS = `${LOCAL}+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|${LOCAL}+@\\[[0-9.]+\\]`;
/**
 * An address. A match starts only where the char before is no local-part char (else it
 * would have started a char earlier): saying so spares the engine re-reading a long word
 * (`a.a.a.a...`) from each of its letters, which made a search cost the square of the
 * word's length. In a global search the next match may also start right where the last
 * one ended: RE_ADDRESS_AT (sticky) tries that spot first.
 */
export const RE_ADDRESS = new RegExp(`(?<!${LOCAL})(?:${ADDRESS})`);
const RE_ADDRESS_NEXT = new RegExp(RE_ADDRESS.source, 'g');
const RE_ADDRESS_AT = new RegExp(ADDRESS, 'y');

export interface AddressMatch {
  address: string;
  start: number;
  end: number;
}

const LEAD = '<"\'([';
const TRAIL = '>"\')].,;:';

/** Normalise an address: strip brackets and quotes, lower-case the domain. */
export function normalizeAddress(address: string): string {
  let a = address.trim();
  // Leading <"'([ and trailing >"')].,;: go, by index: a regex `[...]+$` would retry from
  // every char of a long run ("a......b@"), in time the square of its length.
  let s = 0;
  let e = a.length;
  while (s < e && LEAD.includes(a[s])) s++;
  while (e > s && TRAIL.includes(a[e - 1])) e--;
  a = a.slice(s, e);
  const at = a.lastIndexOf('@');
  if (at > 0) a = a.slice(0, at) + '@' + a.slice(at + 1).toLowerCase();
  return a;
}

/** All addresses in text[start, end), in order. */
export function findAddresses(text: string, start = 0, end = text.length): AddressMatch[] {
  const out: AddressMatch[] = [];
  const slice = text.slice(start, end);
  // The same matches as a plain global search of RE_ADDRESS, in linear time: a match
  // starts either right after the previous one (tried first, sticky) or after a char
  // that no local part holds.
  RE_ADDRESS_NEXT.lastIndex = 0;
  let m: RegExpExecArray | null = RE_ADDRESS_NEXT.exec(slice);
  for (; m; m = nextAddress(slice, m)) {
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

/** The match after `last` (see findAddresses). */
function nextAddress(slice: string, last: RegExpExecArray): RegExpExecArray | null {
  const at = last.index + last[0].length;
  RE_ADDRESS_AT.lastIndex = at;
  const m = RE_ADDRESS_AT.exec(slice);
  if (m) return m;
  RE_ADDRESS_NEXT.lastIndex = at;
  return RE_ADDRESS_NEXT.exec(slice);
}

/** The first address in text[start, end). */
export function firstAddress(text: string, start = 0, end = text.length): AddressMatch | null {
  const m = RE_ADDRESS.exec(text.slice(start, end));
  if (!m) return null;
  let a = m[0];
  let s = start + m.index;
  while (a.startsWith('.')) { a = a.slice(1); s++; }
  while (a.endsWith('.')) a = a.slice(0, -1);
  return { address: normalizeAddress(a), start: s, end: s + a.length };
}
