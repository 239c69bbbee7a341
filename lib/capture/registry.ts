// Which adapter reads which page. Order matters: the first that matches wins, and capture falls
// through to the later (more general) ones when a specific adapter finds nothing.
import type { SiteAdapter } from './types';
import { gmailAdapter } from './adapters/gmail';
import { outlookAdapter } from './adapters/outlook';
import { yahooAdapter } from './adapters/yahoo';
import { genericWebmailAdapter } from './adapters/generic-webmail';
import { articleAdapter } from './adapters/article';

export const ADAPTERS: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  yahooAdapter,
  genericWebmailAdapter,
  articleAdapter,
];

function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Adapters that match this page, most specific first (the article adapter always ends the list). */
export function matchingAdapters(url: URL | string, doc: Document): SiteAdapter[] {
  const u = toUrl(url);
  if (!u) return [articleAdapter];
  return ADAPTERS.filter((a) => {
    try {
      return a.matches(u, doc);
    } catch {
      return false;
    }
  });
}

/** The adapter that reads this page: the first that matches, else the article adapter. */
export function pickAdapter(url: URL | string, doc: Document): SiteAdapter {
  return matchingAdapters(url, doc)[0] ?? articleAdapter;
}
