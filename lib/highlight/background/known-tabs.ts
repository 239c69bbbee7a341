// The tabs the highlighter is running in, learnt from the messages it sends us: the address it
// last reported and how many vague phrases it holds. Kept in storage.session (the service worker
// sleeps; the browser forgets it on restart, as it forgets the tabs), so that switching a webmail
// off can reach its tabs without the "tabs" permission or the host access just taken away.
import { browser } from 'wxt/browser';

export interface KnownTab {
  url: string;
  /** Vague phrases in the messages the tab last reported: the badge's number. */
  vague: number;
}

export type KnownTabs = Record<string, KnownTab>;

const KEY = 'highlighterTabs';

let queue: Promise<unknown> = Promise.resolve();

/** Runs read-modify-write changes one after another, so two tabs reporting at once both count. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

export async function knownTabs(): Promise<KnownTabs> {
  const stored = await browser.storage.session.get(KEY);
  const value = stored[KEY];
  return typeof value === 'object' && value !== null ? (value as KnownTabs) : {};
}

export function rememberTab(tabId: number, tab: KnownTab): Promise<void> {
  return serial(async () => {
    const tabs = await knownTabs();
    tabs[String(tabId)] = tab;
    await browser.storage.session.set({ [KEY]: tabs });
  });
}

/**
 * The tab's highlighter reported from `url`: remember the address, keep the count. The count comes
 * from the highlighter's own 'highlighter-count' only, so a save's feedback is replaced by it.
 */
export function noteTabUrl(tabId: number, url: string): Promise<void> {
  return serial(async () => {
    const tabs = await knownTabs();
    tabs[String(tabId)] = { url, vague: tabs[String(tabId)]?.vague ?? 0 };
    await browser.storage.session.set({ [KEY]: tabs });
  });
}

export function forgetTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length === 0) return Promise.resolve();
  return serial(async () => {
    const tabs = await knownTabs();
    for (const id of tabIds) delete tabs[String(id)];
    await browser.storage.session.set({ [KEY]: tabs });
  });
}

export async function knownTab(tabId: number): Promise<KnownTab | null> {
  return (await knownTabs())[String(tabId)] ?? null;
}
