// THE sites table: every site On Record knows, one line each. Adding a site is one folder
// (lib/sites/<id>/ with capture.ts, and highlight.ts for a webmail with hosts), one line here and
// one capture fixture (tests/fixtures/capture/<id>-*.html); docs/recipes.md has the steps.
//
// Order is capture order: the first site whose adapter matches the page reads it, and capture falls
// through to later (more general) ones when a specific one finds nothing. So known webmails come
// first, then generic-webmail (any webmail or school portal, recognised by the shape of an open
// message), and article, which reads any page, always last.
//
// A selection is not a site: it is read first on any page, before this table is consulted
// (lib/capture/selection.ts), and borrows the page's site for sender and date.
//
// Everything else is derived from here: the AdapterId union and the backup schema's enum
// (lib/model/captured-item.ts), the optional host permissions (webmail-hosts.ts, read by
// wxt.config.ts), the options page's switches (webmail-access.ts), the capture registry
// (lib/capture/registry.ts) and the highlighter's readers (highlight-sites.ts).
//
// This file imports nothing: wxt.config.ts loads it in Node, outside the bundler.

export interface SiteDefinition {
  /** The folder under lib/sites, and the `adapter` a saved record names. */
  readonly id: string;
  /** What parents call it ("Yahoo Mail"): the options page's switch says it. */
  readonly label: string;
  /**
   * Where it lives, for a webmail known by address. Each host becomes an optional host permission
   * (https://host/*) that one switch on the options page grants, so the highlighter can run there.
   * Empty for a site recognised by the shape of its page wherever it is served.
   */
  readonly hosts: readonly string[];
}

export const SITES = [
  { id: 'gmail', label: 'Gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', label: 'Outlook', hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] },
  { id: 'yahoo', label: 'Yahoo Mail', hosts: ['mail.yahoo.com'] },
  { id: 'generic-webmail', label: 'Other webmail and school portals', hosts: [] },
  { id: 'article', label: 'Any other page', hosts: [] },
] as const satisfies readonly SiteDefinition[];

export type SiteId = (typeof SITES)[number]['id'];

export const SITE_IDS: readonly SiteId[] = SITES.map((s) => s.id);

/** The optional host permission patterns for a site's hosts ("https://mail.google.com/*"). */
export function hostPatterns(site: SiteDefinition): string[] {
  return site.hosts.map((host) => `https://${host}/*`);
}

/** True when the address is on one of the site's hosts. */
export function isOnSite(id: SiteId, url: URL): boolean {
  const site: SiteDefinition | undefined = SITES.find((s) => s.id === id);
  return site?.hosts.includes(url.hostname.toLowerCase()) ?? false;
}
