/**
 * The page's routes, kept in the URL fragment so that nothing about them ever reaches a
 * server:
 * - `#v<digits>.<data>`: a permalink (the payload is everything after `#`);
 * - `#/code/5.7.26`, `#/code/550`: what an enhanced status code or a reply code means;
 * - `#/reason/mailboxfull`: what a reason of the taxonomy means;
 * - `#/codes`: the index of every code and reason;
 * - anything else: the home page (paste and explain).
 */
import { REASON_IDS, type ReasonId } from '../core/types.ts';

export type Route =
  | { name: 'home' }
  | { name: 'permalink'; payload: string }
  | { name: 'code'; code: string }
  | { name: 'reason'; id: string }
  | { name: 'reference' };

const RE_PERMALINK = /^v\d+\./;
/**
 * An enhanced status code (`5.7.26`, or `X.7.26` for the registry entry), a class
 * (`5.XXX.XXX`), a subject (`X.7.XXX`) or a three-digit reply code.
 */
const RE_CODE = /^(?:[245X]\.\d{1,3}\.\d{1,3}|[245]\.XXX\.XXX|X\.\d{1,3}\.XXX|[2-5]\d\d)$/;

/** Read a route from `location.hash` (with or without the leading `#`). Never throws. */
export function parseRoute(hash: string): Route {
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (RE_PERMALINK.test(h)) return { name: 'permalink', payload: h };
  try {
    h = decodeURIComponent(h);
  } catch {
    return { name: 'home' };
  }
  if (h === '/codes' || h === '/codes/') return { name: 'reference' };
  const m = /^\/(code|reason)\/([^/?#]+)\/?$/.exec(h);
  if (m) {
    if (m[1] === 'code') {
      const code = m[2].replace(/x/gi, 'X');
      if (RE_CODE.test(code)) return { name: 'code', code };
    } else if ((REASON_IDS as readonly string[]).includes(m[2].toLowerCase())) {
      return { name: 'reason', id: m[2].toLowerCase() as ReasonId };
    }
  }
  return { name: 'home' };
}

/** The fragment (with `#`) for a route; the home page is the empty fragment `''`. */
export function routeHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '';
    case 'permalink':
      return `#${route.payload}`;
    case 'code':
      return `#/code/${encodeURIComponent(route.code)}`;
    case 'reason':
      return `#/reason/${encodeURIComponent(route.id)}`;
    case 'reference':
      return '#/codes';
  }
}
