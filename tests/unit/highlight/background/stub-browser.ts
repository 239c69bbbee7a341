// What fake-browser leaves unimplemented (permissions, dynamic content scripts, executeScript,
// tabs.sendMessage), stubbed in memory on the fake so the background's own code runs unchanged.
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Registered = Browser.scripting.RegisteredContentScript;

export interface Stubs {
  granted: string[];
  registered: Map<string, Registered>;
  /** Tab ids and the messages sent to each. */
  sent: { tabId: number; message: unknown }[];
  injected: number[];
  /** The answer a tab's highlighter gives; a tab without an entry has no receiver. */
  receivers: Map<number, (message: unknown) => unknown>;
  /** Tabs tabs.query({ url }) sees, with their addresses. */
  openTabs: { id: number; url: string }[];
}

export function stubBrowser(): Stubs {
  const stubs: Stubs = { granted: [], registered: new Map(), sent: [], injected: [], receivers: new Map(), openTabs: [] };
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...stubs.granted], permissions: [] }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
    [...stubs.registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (scripts: Registered[]) => {
    for (const s of scripts) {
      if (stubs.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      stubs.registered.set(s.id, s);
    }
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation((async (scripts: Registered[]) => {
    for (const s of scripts) {
      if (!stubs.registered.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
      stubs.registered.set(s.id, { ...stubs.registered.get(s.id)!, ...s });
    }
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...stubs.registered.keys()]) stubs.registered.delete(id);
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: { target: { tabId: number } }) => {
    stubs.injected.push(injection.target.tabId);
    return [];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    stubs.sent.push({ tabId, message });
    const receiver = stubs.receivers.get(tabId);
    if (!receiver) throw new Error('Could not establish connection. Receiving end does not exist.');
    return receiver(message);
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (info: { url?: string | string[] }) => {
    const patterns = info.url === undefined ? null : ([] as string[]).concat(info.url);
    const { matchesAny } = await import('@/lib/highlight/background/match-pattern');
    return stubs.openTabs.filter((t) => !patterns || matchesAny(t.url, patterns)).map((t) => ({ ...t, index: 0, highlighted: false, active: false, pinned: false, incognito: false, windowId: 1 }));
  }) as never);
  return stubs;
}
