// Which adapter reads which page. Order matters: the first that matches wins, and capture falls
// through to the later (more general) ones when a specific adapter finds nothing.
import type { SiteAdapter } from '@/lib/model/captured-item';
import { gmailAdapter } from '@/lib/sites/gmail/capture';
import { outlookAdapter } from '@/lib/sites/outlook/capture';
import { yahooAdapter } from '@/lib/sites/yahoo/capture';
import { genericWebmailAdapter } from '@/lib/sites/generic-webmail/capture';
import { articleAdapter } from '@/lib/sites/article/capture';

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
