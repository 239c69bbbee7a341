// Where the full page is: kept in the address's #fragment so Back works, pages can be bookmarked,
// and the side panel can open the timeline at a child, a flag or a plan.

export type ChildTab = 'timeline' | 'plan' | 'details' | 'terms';

export type Route =
  | { page: 'home' }
  | { page: 'new-child' }
  | { page: 'child'; childId: string; tab: ChildTab }
  | { page: 'edit-plan'; childId: string; planId: string | null }
  | { page: 'record'; recordId: string };

const TABS: readonly ChildTab[] = ['timeline', 'plan', 'details', 'terms'];

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'new-child') return { page: 'new-child' };
  if (parts[0] === 'record' && parts[1]) return { page: 'record', recordId: parts[1] };
  if (parts[0] === 'child' && parts[1]) {
    const childId = parts[1];
    if (parts[2] === 'plan' && parts[3] === 'edit') return { page: 'edit-plan', childId, planId: parts[4] ?? null };
    const tab = TABS.find((t) => t === parts[2]) ?? 'timeline';
    return { page: 'child', childId, tab };
  }
  return { page: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'new-child':
      return '#/new-child';
    case 'child':
      return `#/child/${encodeURIComponent(route.childId)}/${route.tab}`;
    case 'edit-plan':
      return `#/child/${encodeURIComponent(route.childId)}/plan/edit${route.planId ? `/${encodeURIComponent(route.planId)}` : ''}`;
    case 'record':
      return `#/record/${encodeURIComponent(route.recordId)}`;
  }
}
