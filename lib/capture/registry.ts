// Which adapter reads which page, derived from the SITES table: each site's lib/sites/<id>/capture.ts
// (its default export), in table order. Order matters: the first that matches wins, and capture
// falls through to the later (more general) ones when a specific adapter finds nothing. The last
// site (article) reads any page.
import type { SiteAdapter } from '@/lib/model/captured-item';
import { SITES, type SiteDefinition } from '@/lib/sites';
import { bySiteFolder, siteModule } from '@/lib/sites/by-site';

/** Every site's adapter, keyed by site id (the folder it sits in). */
export const CAPTURE_MODULES: Record<string, SiteAdapter> = bySiteFolder(
  import.meta.glob<SiteAdapter>('../sites/*/capture.ts', { eager: true, import: 'default' }),
);

/** What capture picks from: the sites' adapters in SITES order, each limited to its site's hosts. */
export interface CaptureTable {
  sites: readonly { adapter: SiteAdapter; hosts: readonly string[] }[];
  /** Reads any page: the last site's adapter, the fallback when no other matches. */
  fallback: SiteAdapter;
  /** Hosts of the webmails known by address. */
  webmailHosts: ReadonlySet<string>;
}

export function captureTable(sites: readonly SiteDefinition[], modules: Record<string, SiteAdapter>): CaptureTable {
  const entries = sites.map((site) => ({ adapter: siteModule(site, modules, 'capture.ts'), hosts: site.hosts }));
  const fallback = entries[entries.length - 1]?.adapter;
  if (!fallback) throw new Error('The SITES table is empty');
  return { sites: entries, fallback, webmailHosts: new Set(sites.flatMap((s) => s.hosts)) };
}

export const CAPTURE_TABLE: CaptureTable = captureTable(SITES, CAPTURE_MODULES);
export const ADAPTERS: readonly SiteAdapter[] = CAPTURE_TABLE.sites.map((s) => s.adapter);

function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Adapters that match this page, most specific first (the article adapter always ends the list). */
export function matchingAdapters(url: URL | string, doc: Document, table: CaptureTable = CAPTURE_TABLE): SiteAdapter[] {
  const u = toUrl(url);
  if (!u) return [table.fallback];
  // A webmail known by address is only tried on its own hosts (its adapter checks too, but the table
  // is what keeps a new site to its own pages).
  const onHost = table.sites.filter((s) => s.hosts.length === 0 || s.hosts.includes(u.hostname));
  return onHost
    .map((s) => s.adapter)
    .filter((a) => {
      try {
        return a.matches(u, doc);
      } catch {
        return false;
      }
    });
}

/** The adapter that reads this page: the first that matches, else the article adapter. */
export function pickAdapter(url: URL | string, doc: Document, table: CaptureTable = CAPTURE_TABLE): SiteAdapter {
  return matchingAdapters(url, doc, table)[0] ?? table.fallback;
}
