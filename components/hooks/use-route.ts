import { useCallback, useEffect, useState } from 'react';
import { parseRoute, routeHash, type Route } from '@/lib/ui/route';

/** The page's route, following the address fragment (so Back and bookmarks work). */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    location.hash = routeHash(next);
  }, []);
  return [route, go];
}
