// Tabs the parent highlighted from the context menu ("Highlight promises and vague wording on this
// page"). Off the switched-on webmails this is the only way the highlighter may run, so its
// messages are answered only from these tabs, and only while the tab stays on the origin it was
// highlighted on. Kept in storage.session, as the known tabs are (lib/highlight/background/known-tabs.ts).
import { browser } from 'wxt/browser';

/** Tab id → the origin the tab showed when it was highlighted, or null when that was not known. */
type RequestedTabs = Record<string, string | null>;

const KEY = 'highlightedOnRequest';

let queue: Promise<unknown> = Promise.resolve();

function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

async function requestedTabs(): Promise<RequestedTabs> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return typeof value === 'object' && value !== null ? (value as RequestedTabs) : {};
}

/** The parent asked for highlighting in this tab, showing `url`. */
export function rememberRequestedTab(tabId: number, url: string | undefined): Promise<void> {
  return serial(async () => {
    const tabs = await requestedTabs();
    tabs[String(tabId)] = originOf(url);
    await browser.storage.session.set({ [KEY]: tabs });
  });
}

export function forgetRequestedTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length === 0) return Promise.resolve();
  return serial(async () => {
    const tabs = await requestedTabs();
    let changed = false;
    for (const id of tabIds) {
      if (String(id) in tabs) {
        delete tabs[String(id)];
        changed = true;
      }
    }
    if (changed) await browser.storage.session.set({ [KEY]: tabs });
  });
}

/**
 * Whether the highlighter in this tab, now at `url`, runs because the parent asked for it there.
 * A tab that has gone to another origin since is forgotten: the request was for that page only.
 */
export function isRequestedTab(tabId: number, url: string): Promise<boolean> {
  return serial(async () => {
    const tabs = await requestedTabs();
    const key = String(tabId);
    if (!(key in tabs)) return false;
    const origin = originOf(url);
    const asked = tabs[key];
    if (asked === origin && origin !== null) return true;
    if (asked === null && origin !== null) {
      // The address was not known at the click: the page the highlighter reports from is the one.
      tabs[key] = origin;
    } else {
      delete tabs[key];
    }
    await browser.storage.session.set({ [KEY]: tabs });
    return key in tabs;
  });
}

/** A tab that closes, or goes to another origin, is no longer one the parent asked about. */
export function listenForRequestedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetRequestedTabs([tabId]));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // The address is reported only while we may see the tab: enough to notice leaving the origin.
    if (typeof change.url !== 'string') return;
    const url = change.url;
    void serial(async () => {
      const tabs = await requestedTabs();
      const key = String(tabId);
      if (!(key in tabs) || tabs[key] === null || tabs[key] === originOf(url)) return;
      delete tabs[key];
      await browser.storage.session.set({ [KEY]: tabs });
    });
  });
}
