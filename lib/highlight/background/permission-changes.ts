// Switching a webmail on or off (the optional host permission, granted or removed on the settings
// page) starts or stops the highlighter there: the registration follows, open tabs of a webmail
// just switched on get the highlighter without a reload, and tabs of one switched off are told to
// remove every mark.
import { browser, type Browser } from 'wxt/browser';
import { forgetTabs, knownTabs } from '@/lib/highlight/background/known-tabs';
import { matchesAny, webmailPatternsIn } from '@/lib/highlight/background/match-pattern';
import { syncRegistration } from '@/lib/highlight/background/registration';
import { injectHighlighter } from '@/lib/highlight/background/script';
import { stopHighlighter } from '@/lib/highlight/background/stop-highlighter';
import { HIGHLIGHTING_OFF_KEY } from '@/lib/settings/highlighting-off';

let queue: Promise<unknown> = Promise.resolve();

/** Permission events can arrive together (one per origin): handle them one after another. */
function serial(work: () => Promise<unknown>): Promise<void> {
  const next = queue
    .then(work, work)
    .then(
      () => undefined,
      (error: unknown) => console.error('On Record: highlighter setup failed', error),
    );
  queue = next;
  return next;
}

/**
 * Starts the highlighter in the open tabs of these webmails, including tabs it ran in before a
 * switch went off and on again: the content script copes with being injected twice.
 */
export async function injectIntoOpenTabs(patterns: readonly string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  // The host permission just granted lets us see these tabs' addresses; no "tabs" permission.
  const tabs = await browser.tabs.query({ url: [...patterns] });
  const ids = tabs.map((t) => t.id).filter((id): id is number => id !== undefined);
  await Promise.all(ids.map((id) => injectHighlighter(id).catch(() => {})));
  return ids;
}

/**
 * Tells the highlighter in every tab of these webmails to stop, and clears their badges: the tabs
 * it has reported from, and every open tab of them the browser still lets us see (a tab whose
 * highlighter has sent nothing yet). The switch list is written before the permission goes, so
 * the query still sees them then.
 */
export async function switchOffTabs(patterns: readonly string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  const [known, open] = await Promise.all([knownTabs(), browser.tabs.query({ url: [...patterns] }).catch(() => [])]);
  const ids = new Set(
    Object.entries(known)
      .filter(([, tab]) => matchesAny(tab.url, patterns))
      .map(([id]) => Number(id)),
  );
  for (const tab of open) if (tab.id !== undefined) ids.add(tab.id);
  await stopHighlighter([...ids]);
  return [...ids];
}

export function onWebmailAdded(permissions: Browser.permissions.Permissions): Promise<void> {
  return serial(async () => {
    const granted = await syncRegistration();
    const added = webmailPatternsIn(permissions.origins).filter((p) => granted.includes(p));
    await injectIntoOpenTabs(added);
  });
}

export function onWebmailRemoved(permissions: Browser.permissions.Permissions): Promise<void> {
  return serial(async () => {
    const granted = await syncRegistration();
    const removed = webmailPatternsIn(permissions.origins).filter((p) => !granted.includes(p));
    await switchOffTabs(removed);
  });
}

/** On install and update: register, and start in webmail tabs left open (their old script is gone). */
export function onExtensionInstalled(): Promise<void> {
  return serial(async () => injectIntoOpenTabs(await syncRegistration()));
}

/** On browser start: the registration persists, but make sure it still matches the permissions. */
export function onBrowserStartup(): Promise<void> {
  return serial(() => syncRegistration());
}

/** The switch list changed (lib/settings/highlighting-off.ts): start or stop where it changed. */
export function onSwitchesChanged(before: readonly string[], after: readonly string[]): Promise<void> {
  return serial(async () => {
    const granted = await syncRegistration();
    await switchOffTabs(after.filter((p) => !before.includes(p)));
    await injectIntoOpenTabs(before.filter((p) => !after.includes(p) && granted.includes(p)));
  });
}

export function listenForWebmailSwitches(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[HIGHLIGHTING_OFF_KEY];
    if (area !== 'local' || !change) return;
    const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    void onSwitchesChanged(list(change.oldValue), list(change.newValue));
  });
  browser.permissions.onAdded.addListener((p) => void onWebmailAdded(p));
  browser.permissions.onRemoved.addListener((p) => void onWebmailRemoved(p));
  browser.runtime.onInstalled.addListener(() => void onExtensionInstalled());
  browser.runtime.onStartup.addListener(() => void onBrowserStartup());
  // A closed tab's id may be reused; forget it.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabs([tabId]));
}
