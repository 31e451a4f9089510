import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../src/lib/state/route.ts';

describe('routes in the URL fragment', () => {
  it.each<[string, Route]>([
    ['', { name: 'home' }],
    ['#', { name: 'home' }],
    ['#/', { name: 'home' }],
    ['#v1.H4sIAAAA-_x', { name: 'permalink', payload: 'v1.H4sIAAAA-_x' }],
    ['v12.abc', { name: 'permalink', payload: 'v12.abc' }],
    ['#/code/5.7.26', { name: 'code', code: '5.7.26' }],
    ['#/code/X.1.1', { name: 'code', code: 'X.1.1' }],
    ['#/code/x.1.1', { name: 'code', code: 'X.1.1' }],
    ['#/code/550', { name: 'code', code: '550' }],
    ['#/code/5.XXX.XXX', { name: 'code', code: '5.XXX.XXX' }],
    ['#/code/x.7.xxx', { name: 'code', code: 'X.7.XXX' }],
    ['#/reason/mailboxfull', { name: 'reason', id: 'mailboxfull' }],
    ['#/reason/MailboxFull', { name: 'reason', id: 'mailboxfull' }],
    ['#/codes', { name: 'reference' }],
    ['#/codes/', { name: 'reference' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/code/', '#/code/9.9.9', '#/code/650', '#/code/5.7', '#/reason/nosuch', '#/unknown', '#%E0%A4%A', '#vx.1', '#/code/<b>'])(
    '%s is the home page',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'home' });
    },
  );

  it('routeHash and parseRoute are inverses', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'permalink', payload: 'v1.abc-_' },
      { name: 'code', code: '5.7.26' },
      { name: 'code', code: '421' },
      { name: 'reason', id: 'userunknown' },
      { name: 'reference' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
    expect(routeHash({ name: 'home' })).toBe('');
  });
});
