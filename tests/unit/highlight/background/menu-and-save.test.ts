import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContextMenu, HIGHLIGHT_MENU_ID, SAVE_MENU_ID } from '@/lib/background/context-menu';
import { handleHighlighterMessage } from '@/lib/highlight/background/handle-highlighter';
import { highlightTab } from '@/lib/highlight/background/highlight-tab';
import { rememberTab } from '@/lib/highlight/background/known-tabs';
import { stubBrowser, type Stubs } from './stub-browser';

let stubs: Stubs;
beforeEach(() => {
  fakeBrowser.reset();
  stubs = stubBrowser();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the context menu', () => {
  it('offers saving and, on any page (its top frame, where the highlighter runs), highlighting', async () => {
    const created: unknown[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((p: unknown) => (created.push(p), 'id')) as never);
    createContextMenu();
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(created).toEqual([
      { id: SAVE_MENU_ID, title: 'Save to On Record', contexts: ['page', 'selection', 'frame'] },
      { id: HIGHLIGHT_MENU_ID, title: 'Highlight promises and vague wording on this page', contexts: ['page'] },
    ]);
  });

  it('starts the highlighter in the tab it was clicked in', async () => {
    expect(await highlightTab(6)).toBe(true);
    expect(stubs.injected).toEqual([6]);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 6 }, files: ['/content-scripts/highlighter.js'] });
  });

  it('says so on the badge when the page may not be scripted', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await highlightTab(6)).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('!');
  });
});

describe('“Save this email” on the page', () => {
  it('saves as the toolbar does, answers the result and puts the vague count back afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await rememberTab(8, { url: 'https://mail.google.com/mail/u/0/', vague: 3 });
    // The capture script reads nothing here, so the save fails, as on a page that may not be read.
    const answer = await handleHighlighterMessage({ type: 'save-this-page' }, { tabId: 8, url: 'https://mail.google.com/mail/u/0/' });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^On Record can’t read this page/) });
    expect(stubs.injected).toContain(8); // capture.js, then the toast
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('!');
    await vi.advanceTimersByTimeAsync(4200);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('3');
  });

  it('puts back the highlighter’s count, not that of the message it last asked about', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcg';
    await handleHighlighterMessage({ type: 'highlighter-count', vague: 3 }, { tabId: 8, url });
    // A message just expanded, with one vague phrase of its own (the page's count stays 3).
    const text = 'Dear Ms Green,\n\nWe will keep an eye on it.\n\nThanks';
    const item = { key: 'm2', text, sentAt: '2026-05-11T09:00:00+01:00', from: 'Mrs Patel <a.patel@school.sch.uk>', subject: 'Leo', messageId: null };
    const analysed = await handleHighlighterMessage({ type: 'analyse-page-text', items: [item] }, { tabId: 8, url });
    expect(analysed.ok && 'results' in analysed && analysed.results[0]!.findings.filter((f) => f.kind === 'vague')).toHaveLength(1);
    await handleHighlighterMessage({ type: 'save-this-page' }, { tabId: 8, url });
    await vi.advanceTimersByTimeAsync(4200);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('3');
  });
});
