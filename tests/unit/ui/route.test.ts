import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '@/lib/ui/route';

describe('page routes in the address fragment', () => {
  it('round-trips every kind of route, ids with odd characters included', () => {
    const routes: Route[] = [
      { page: 'home' },
      { page: 'new-child' },
      { page: 'child', childId: 'a b/c', tab: 'terms' },
      { page: 'child', childId: 'c1', tab: 'timeline' },
      { page: 'edit-plan', childId: 'c1', planId: null },
      { page: 'edit-plan', childId: 'c1', planId: 'p9' },
      { page: 'record', recordId: 'r:1' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('falls back to the timeline for an unknown tab and home for anything else', () => {
    expect(parseRoute('#/child/c1/nonsense')).toEqual({ page: 'child', childId: 'c1', tab: 'timeline' });
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/elsewhere')).toEqual({ page: 'home' });
  });
});
