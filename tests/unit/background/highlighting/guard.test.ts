import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isFromOurContentScript, isFromOwnPage, listenForRequests } from '@/lib/background/handle-message';
import { isFromHighlighterMessage } from '@/lib/background/highlighting/is-highlighter-message';
import { stubBrowser } from './stub-browser';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 }) as Browser.tabs.Tab;

function contentScript(overrides: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: GMAIL, tab: tab(4), frameId: 0, ...overrides };
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowser();
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

  it('refuses the pages’ messages from content scripts', async () => {
    expect((await send({ type: 'export-backup' }, contentScript())).handled).toBe(false);
    expect((await send({ type: 'page-findings', tabId: 4 }, contentScript())).handled).toBe(false);
  });
});
