// The highlighter's readers, derived from the SITES table: each webmail known by address has its
// lib/sites/<id>/highlight.ts (its default export), picked by the page's host; any other page is
// read by the last site's reader (article: the page's main region, articles or body). Only
// highlight.ts files are gathered here, never capture.ts: the highlighter stays free of DOMPurify
// and Readability, and small.
import { SITES, type SiteDefinition } from '@/lib/sites';
import { bySiteFolder, siteModule } from '@/lib/sites/by-site';
import type { Site } from '@/lib/sites/highlight-reader';

export { MAX_PAGE_BODIES, MAX_TEXT_LENGTH, PAGE_RECHECK_MS, type HighlightSiteId, type MessageInfo, type Site } from '@/lib/sites/highlight-reader';

/** Every site's reader, keyed by site id (the folder it sits in). */
export const HIGHLIGHT_MODULES: Record<string, Site> = bySiteFolder(
  import.meta.glob<Site>('./*/highlight.ts', { eager: true, import: 'default' }),
);

/** The reader for a page's address, from these sites and their readers. */
export function siteFinder(sites: readonly SiteDefinition[], readers: Record<string, Site>): (url: URL) => Site {
  const last = sites[sites.length - 1];
  if (!last) throw new Error('The SITES table is empty');
  const anyPage = siteModule(last, readers, 'highlight.ts', 'page');
  const byHost = new Map<string, Site>();
  for (const site of sites) {
    if (site.hosts.length === 0) continue;
    const reader = siteModule(site, readers, 'highlight.ts');
    for (const host of site.hosts) if (!byHost.has(host)) byHost.set(host, reader);
  }
  return (url) => byHost.get(url.hostname.toLowerCase()) ?? anyPage;
}

/** The site a page belongs to; any page that is not a known webmail is read whole. */
export const siteFor: (url: URL) => Site = siteFinder(SITES, HIGHLIGHT_MODULES);
