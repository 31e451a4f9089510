/**
 * The page's routes, all in the URL fragment (which browsers never send to a server):
 *   ''  or '#/'          the paste box (home)
 *   '#v1.<data>'         a permalink: the shared input (see src/lib/share/permalink.ts)
 *   '#/code/<code>'      a reference page for a status or reply code
 *   '#/reason/<id>'      a reference page for a reason
 *   '#/reference'        the reference index
 */
export type Route =
  | { name: 'home' }
  | { name: 'permalink'; payload: string }
  | { name: 'code'; code: string }
  | { name: 'reason'; id: string }
  | { name: 'reference' };

/** A permalink fragment: a version (`v` and digits), a dot, then the data. */
const RE_PERMALINK = /^v\d+\./;

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (RE_PERMALINK.test(fragment)) return { name: 'permalink', payload: fragment };
  const parts = fragment.replace(/^\/+/, '').split('/');
  if (parts[0] === 'code' && parts[1]) return { name: 'code', code: decodePart(parts[1]) };
  if (parts[0] === 'reason' && parts[1]) return { name: 'reason', id: decodePart(parts[1]) };
  if (parts[0] === 'reference' && !parts[1]) return { name: 'reference' };
  return { name: 'home' };
}

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
      return '#/reference';
  }
}
