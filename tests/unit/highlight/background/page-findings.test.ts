import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest } from '@/lib/background/handle-message';
import { isExtensionRequest } from '@/lib/protocol/messages';
import { stubBrowser, type Stubs } from './stub-browser';

let stubs: Stubs;
let tabId: number;
beforeEach(async () => {
  fakeBrowser.reset();
  stubs = stubBrowser();
  tabId = (await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' })).id!;
});
afterEach(() => vi.restoreAllMocks());

describe('page-findings', () => {
  it('is part of the automation contract', () => {
    expect(isExtensionRequest({ type: 'page-findings', tabId: 3 })).toBe(true);
    expect(isExtensionRequest({ type: 'page-findings', tabId: '3' })).toBe(false);
    expect(isExtensionRequest({ type: 'page-findings' })).toBe(false);
  });

  it('asks the tab’s highlighter what it has marked', async () => {
    const findings = [
      { key: 'm1', kind: 'vague', text: 'keep an eye on' },
      { key: 'm1', kind: 'commitment', text: 'Mrs Patel will send the new plan by Friday 15 May' },
    ];
    stubs.receivers.set(tabId, () => ({ findings: findings.map((f) => ({ ...f, extra: 'dropped' })) }));
    expect(await handleRequest({ type: 'page-findings', tabId })).toEqual({ ok: true, findings });
    expect(stubs.sent).toEqual([{ tabId, message: { type: 'highlighter-page-findings' } }]);
  });

  it('answers no findings when the tab has no highlighter, or an answer that is not one', async () => {
    expect(await handleRequest({ type: 'page-findings', tabId })).toEqual({ ok: true, findings: [] });
    stubs.receivers.set(tabId, () => undefined);
    expect(await handleRequest({ type: 'page-findings', tabId })).toEqual({ ok: true, findings: [] });
    stubs.receivers.set(tabId, () => ({ findings: [{ key: 'm1', kind: 'shouting', text: 'x' }] }));
    expect(await handleRequest({ type: 'page-findings', tabId })).toEqual({ ok: true, findings: [] });
  });

  it('says so when there is no such tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 999.'));
    expect(await handleRequest({ type: 'page-findings', tabId: 999 })).toEqual({ ok: false, error: 'There is no tab 999.' });
    expect(stubs.sent).toEqual([]);
  });
});
