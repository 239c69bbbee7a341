import type { MouseEvent, ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { routeHash } from '@/lib/ui/route';

const FULL_PAGE = '/timeline.html';

/** Where a child's term dates are edited: the full page's "Term dates" tab. */
export function termDatesUrl(childId: string): string {
  return browser.runtime.getURL(FULL_PAGE) + routeHash({ page: 'child', childId, tab: 'terms' });
}

/**
 * A link to the child's term dates. On the full page it only changes the address's #fragment (so
 * Back returns here); from the side panel it opens the full page in a tab, as the side panel's
 * "Open the full timeline" does, rather than loading the page inside the narrow panel.
 */
export function TermDatesLink({ childId, children, testId }: { childId: string; children: ReactNode; testId?: string }) {
  const url = termDatesUrl(childId);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (location.pathname === FULL_PAGE) return;
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void browser.tabs.create({ url });
  };
  return (
    <a href={url} onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}
