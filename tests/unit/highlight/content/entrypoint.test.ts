import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import definition from '../../../../entrypoints/highlighter.content';
import { HOST_TAG } from '../../../../lib/highlight/content/shell';
import { page } from './page';

type Flagged = Window & { __onRecordHighlighter?: { running: boolean; stop(): void } };

// The content script reads the page through the globals a browser gives it.
let window: Flagged;
let document: Document;
beforeEach(() => {
  const p = page('<!DOCTYPE html><html><body><main><p>We will wait and see.</p></main></body></html>', 'https://school.example/news');
  window = p.win as Flagged;
  document = p.doc;
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', p.doc.location);
  vi.stubGlobal('CustomEvent', (p.win as unknown as typeof globalThis).CustomEvent);
});
afterEach(() => {
  window.__onRecordHighlighter?.stop();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the highlighter content script', () => {
  it('is registered at run time, not in the manifest', () => {
    expect(definition.registration).toBe('runtime');
    expect(definition.matches).toBeUndefined();
  });

  it('injected twice, runs once', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      results: [],
    });
    await definition.main(new ContentScriptContext('highlighter'));
    const first = window.__onRecordHighlighter;
    expect(first?.running).toBe(true);
    // WXT tells the first context a newer copy started; the highlighter carries on.
    await definition.main(new ContentScriptContext('highlighter'));
    expect(window.__onRecordHighlighter).toBe(first);
    expect(first?.running).toBe(true);
    await new Promise((r) => setTimeout(r, 10));
    const asked = send.mock.calls.map((c) => c[0] as { type: string }).filter((m) => m.type === 'analyse-page-text');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'analyse-page-text', items: [{ text: 'We will wait and see.' }] });
    // The first word to the background: hello (this tab runs the highlighter), once.
    expect(send.mock.calls[0]?.[0]).toEqual({ type: 'highlighter-count', vague: 0 });
    expect(send.mock.calls.filter((c) => (c[0] as { type: string }).type === 'highlighter-count')).toHaveLength(1);
  });

  it('stops on highlighter-off, and may be started again', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      results: [],
    });
    await definition.main(new ContentScriptContext('highlighter'));
    const first = window.__onRecordHighlighter!;
    const answers: unknown[] = [];
    const respond = (a: unknown) => void answers.push(a);
    // The fake passes a third argument through to the listener, as browsers pass sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    await trigger({ type: 'highlighter-page-findings' }, {}, respond);
    await trigger({ type: 'highlighter-off' }, {}, respond);
    expect(answers).toEqual([{ findings: [] }, { ok: true }]);
    expect(first.running).toBe(false);
    expect(window.__onRecordHighlighter).toBeUndefined();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    await definition.main(new ContentScriptContext('highlighter'));
    expect(window.__onRecordHighlighter?.running).toBe(true);
  });
});
