// Runs in the page (injected on a click): reads what the parent wants to save. Never throws; any
// failure comes back as a message a parent can act on.
import type { CapturedItem, CaptureResult } from '@/lib/model/captured-item';
import { CAPTURE_TABLE, matchingAdapters, type CaptureTable } from '@/lib/capture/registry';
import { captureSelection } from '@/lib/capture/selection';

export const CAPTURE_ERRORS = {
  nothingFound:
    "On Record couldn't find a message on this page. Open the email so you can read it, then try again.",
  emptyPage: "On Record couldn't find any text to save on this page. Wait for the page to finish loading, then try again.",
  badAddress: "On Record couldn't read this page's address. Reload the page, then try again.",
  failed: 'Something went wrong while On Record was reading this page, so nothing was saved. Reload the page, then try again.',
} as const;

/** Reads the selection, else the open messages, else the page; `table` is the sites to pick from. */
export function captureDocument(doc: Document, url: string, opts: { selection?: boolean } = {}, table: CaptureTable = CAPTURE_TABLE): CaptureResult {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, error: CAPTURE_ERRORS.badAddress };
  }
  let failed = false;
  try {
    if (opts.selection !== false) {
      let selection: Selection | null = null;
      try {
        selection = doc.getSelection?.() ?? null;
      } catch {
        selection = null;
      }
      const item = captureSelection(doc, u.href, selection, table);
      if (item) return { ok: true, items: [item] };
    }
  } catch {
    failed = true; // fall back to the whole message or page
  }
  let adapters;
  try {
    adapters = matchingAdapters(u, doc, table);
    // On a webmail with no open message (the inbox), the page is a list of other emails: saving it
    // as an article would keep junk and other people's subjects. Ask for the email to be opened.
    if (table.webmailHosts.has(u.hostname)) adapters = adapters.filter((a) => a !== table.fallback);
  } catch {
    return { ok: false, error: CAPTURE_ERRORS.failed };
  }
  for (const adapter of adapters) {
    let items: CapturedItem[] = [];
    try {
      items = adapter.capture(doc, u);
    } catch {
      failed = true;
      continue;
    }
    if (Array.isArray(items) && items.length > 0) return { ok: true, items };
  }
  if (failed) return { ok: false, error: CAPTURE_ERRORS.failed };
  const webmail = table.webmailHosts.has(u.hostname) || adapters.some((a) => a !== table.fallback);
  return { ok: false, error: webmail ? CAPTURE_ERRORS.nothingFound : CAPTURE_ERRORS.emptyPage };
}
