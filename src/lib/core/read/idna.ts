/**
 * A domain's A-labels (`xn--…`, RFC 5891 §4.4, Punycode of RFC 3492) read back as the
 * Unicode labels they stand for, so that one address written both ways ("ole@bücher.example.org"
 * in a DSN's utf-8 Original-Recipient, "ole@xn--bcher-kva.example.org" in its rfc822
 * Final-Recipient, RFC 6533 §3) is known as one. Lower-cased. A label that is no valid
 * Punycode stays as it is. Linear in the domain's length (labels are at most 63 characters).
 */
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

/** The digit value of a Punycode character (a-z 0-25, 0-9 26-35), or BASE when it is none. */
function digitOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return BASE;
}

/** RFC 3492 §6.2: the Unicode of a Punycode string (the label without `xn--`), or null. */
export function decodePunycode(s: string): string | null {
  if (s.length > 63) return null;
  const out: number[] = [];
  const d = s.lastIndexOf('-');
  for (let j = 0; j < d; j++) {
    const c = s.charCodeAt(j);
    if (c >= 128) return null;
    out.push(c);
  }
  let n = 128;
  let i = 0;
  let bias = 72;
  let pos = d > 0 ? d + 1 : 0;
  while (pos < s.length) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= s.length) return null;
      const digit = digitOf(s.charCodeAt(pos++));
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * 64 || w > 0x10ffff * 64) return null;
    }
    bias = adapt(i - old, out.length + 1, old === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    out.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...out);
}

/** The domain with its A-labels as Unicode, lower-cased. */
export function unicodeDomain(domain: string): string {
  const lower = domain.toLowerCase();
  if (lower.indexOf('xn--') === -1) return lower;
  return lower
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4))?.toLowerCase() ?? label) : label))
    .join('.');
}
