import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFromOurContentScript, isFromOwnPage, listenForRequests } from '@/lib/background/handle-message';
import { highlightTab } from '@/lib/highlight/background/highlight-tab';
import { isFromHighlighterMessage } from '@/lib/protocol/highlighter';
import { knownTab, rememberTab } from '@/lib/highlight/background/known-tabs';
import { isRequestedTab, listenForRequestedTabs } from '@/lib/highlight/background/on-request';
import { setHighlightingOff } from '@/lib/settings/highlighting-off';
import { stubBrowser, type Stubs } from './stub-browser';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 }) as Browser.tabs.Tab;

function contentScript(overrides: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: GMAIL, tab: tab(4), frameId: 0, ...overrides };
}

const GMAIL_PATTERN = 'https://mail.google.com/*';
const LETTER = 'https://school.example.org/letters/42';

let stubs: Stubs;
beforeEach(() => {
  fakeBrowser.reset();
  stubs = stubBrowser();
  stubs.granted = [GMAIL_PATTERN];
});
afterEach(() => vi.restoreAllMocks());

describe('who may talk to the background as the highlighter', () => {
  it('is our own content script, in a tab’s top frame, on a page that is not ours', () => {
    expect(isFromOurContentScript(contentScript())).toBe(true);
    expect(isFromOurContentScript(contentScript({ frameId: undefined }))).toBe(true);
    expect(isFromOurContentScript(contentScript({ id: 'another-extension' }))).toBe(false);
    expect(isFromOurContentScript(contentScript({ tab: undefined }))).toBe(false);
    expect(isFromOurContentScript(contentScript({ frameId: 3 }))).toBe(false);
    expect(isFromOurContentScript(contentScript({ url: undefined }))).toBe(false);
    // Our own pages are answered as pages, never as the highlighter, even when shown in a tab.
    const own = fakeBrowser.runtime.getURL('/options.html');
    expect(isFromOurContentScript(contentScript({ url: own }))).toBe(false);
    expect(isFromOwnPage(contentScript())).toBe(false);
  });

  it('sends only the highlighter’s messages', () => {
    expect(isFromHighlighterMessage({ type: 'save-this-page' })).toBe(true);
    expect(isFromHighlighterMessage({ type: 'analyse-page-text', items: [] })).toBe(true);
    expect(isFromHighlighterMessage({ type: 'export-backup' })).toBe(false);
    expect(isFromHighlighterMessage(null)).toBe(false);
  });
});

describe('the one listener', () => {
  async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<{ handled: boolean; answer: unknown }> {
    let answer: unknown;
    const answered = new Promise<void>((resolve) => {
      const sendResponse = (value: unknown) => {
        answer = value;
        resolve();
      };
      // The fake's types omit sendResponse; the real listener gets it as its third argument.
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
      void trigger(message, sender, sendResponse).then((results) => {
        if (!results.includes(true)) resolve();
      });
    });
    await answered;
    return { handled: answer !== undefined, answer };
  }

  beforeEach(() => listenForRequests());

  it('answers the highlighter in a webmail tab', async () => {
    const { handled, answer } = await send({ type: 'analyse-page-text', items: [] }, contentScript());
    expect(handled).toBe(true);
    expect(answer).toEqual({ ok: true, results: [] });
  });

  it('refuses the highlighter’s messages from our own pages and from other extensions', async () => {
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    expect((await send({ type: 'analyse-page-text', items: [] }, page)).handled).toBe(false);
    expect((await send({ type: 'save-this-page' }, page)).handled).toBe(false);
    expect((await send({ type: 'analyse-page-text', items: [] }, contentScript({ id: 'another-extension' }))).handled).toBe(false);
  });

  it('refuses the highlighter on a webmail switched off while the permission stays, and tells it to stop', async () => {
    await rememberTab(4, { url: GMAIL, vague: 2 });
    await fakeBrowser.action.setBadgeText({ tabId: 4, text: '2' });
    await setHighlightingOff([GMAIL_PATTERN], true);
    for (const message of [{ type: 'analyse-page-text', items: [] }, { type: 'highlighter-count', vague: 1 }, { type: 'save-this-page' }]) {
      expect((await send(message, contentScript())).answer).toEqual({ ok: false, error: 'Highlighting is switched off here.' });
    }
    expect(stubs.sent.filter((s) => s.tabId === 4).map((s) => s.message)).toContainEqual({ type: 'highlighter-off' });
    expect(stubs.injected).toEqual([]); // nothing was saved
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    expect(await knownTab(4)).toBeNull();
  });

  it('refuses the highlighter on a webmail not switched on at all', async () => {
    stubs.granted = [];
    expect((await send({ type: 'highlighter-count', vague: 1 }, contentScript())).answer).toEqual({ ok: false, error: 'Highlighting is switched off here.' });
    expect(stubs.sent).toEqual([{ tabId: 4, message: { type: 'highlighter-off' } }]);
  });

  it('answers off the switched-on webmails only in a tab highlighted from the menu, while it stays on that origin', async () => {
    const letter = contentScript({ url: LETTER, tab: tab(9) });
    expect((await send({ type: 'analyse-page-text', items: [] }, letter)).answer).toEqual({ ok: false, error: 'Highlighting is switched off here.' });
    expect(stubs.sent).toEqual([{ tabId: 9, message: { type: 'highlighter-off' } }]);

    expect(await highlightTab(9, LETTER)).toBe(true);
    expect((await send({ type: 'analyse-page-text', items: [] }, letter)).answer).toEqual({ ok: true, results: [] });
    expect((await send({ type: 'analyse-page-text', items: [] }, contentScript({ url: 'https://school.example.org/letters/43', tab: tab(9) }))).answer).toEqual({
      ok: true,
      results: [],
    });
    // Another origin in the same tab is not what the parent asked about.
    const elsewhere = contentScript({ url: 'https://elsewhere.example.com/', tab: tab(9) });
    expect((await send({ type: 'analyse-page-text', items: [] }, elsewhere)).answer).toEqual({ ok: false, error: 'Highlighting is switched off here.' });
    expect((await send({ type: 'analyse-page-text', items: [] }, letter)).answer).toEqual({ ok: false, error: 'Highlighting is switched off here.' });
  });

  it('answers a switched-off webmail in a tab highlighted from the menu', async () => {
    await setHighlightingOff([GMAIL_PATTERN], true);
    await highlightTab(4, GMAIL);
    expect((await send({ type: 'analyse-page-text', items: [] }, contentScript())).answer).toEqual({ ok: true, results: [] });
    expect(stubs.sent).toEqual([]);
  });

  it('forgets a tab highlighted from the menu once it closes or leaves the origin', async () => {
    listenForRequestedTabs();
    await highlightTab(9, LETTER);
    await highlightTab(10, LETTER);
    await highlightTab(11, LETTER);
    await fakeBrowser.tabs.onRemoved.trigger(9, { windowId: 1, isWindowClosing: false });
    const moved = { ...tab(10), url: 'https://elsewhere.example.com/' };
    await fakeBrowser.tabs.onUpdated.trigger(10, { url: 'https://elsewhere.example.com/' }, moved);
    await fakeBrowser.tabs.onUpdated.trigger(11, { url: `${LETTER}#page-2` }, { ...tab(11), url: `${LETTER}#page-2` });
    expect(await isRequestedTab(9, LETTER)).toBe(false);
    expect(await isRequestedTab(10, LETTER)).toBe(false);
    expect(await isRequestedTab(11, LETTER)).toBe(true);
  });

  it('does not keep a tab the menu could not highlight', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await highlightTab(9, LETTER)).toBe(false);
    expect(await isRequestedTab(9, LETTER)).toBe(false);
  });

  it('refuses the pages’ messages from content scripts', async () => {
    expect((await send({ type: 'export-backup' }, contentScript())).handled).toBe(false);
    expect((await send({ type: 'page-findings', tabId: 4 }, contentScript())).handled).toBe(false);
  });
});
