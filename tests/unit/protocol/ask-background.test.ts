import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askBackground } from '@/lib/protocol/ask-background';

afterEach(() => vi.restoreAllMocks());

describe('askBackground', () => {
  it('sends the request as it is and resolves with the answer', async () => {
    const send = vi.fn(async () => ({ ok: true, analysed: 2 }));
    await expect(askBackground({ type: 'analyse-stale' }, send)).resolves.toEqual({ ok: true, analysed: 2 });
    expect(send).toHaveBeenCalledWith({ type: 'analyse-stale' });
  });

  it('sends through runtime.sendMessage unless told otherwise', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, recordIds: ['r1'], duplicate: false });
    await expect(askBackground({ type: 'clip-tab', tabId: 7 })).resolves.toEqual({ ok: true, recordIds: ['r1'], duplicate: false });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'clip-tab', tabId: 7 });
  });

  it('rejects rather than throws when the message cannot be sent', async () => {
    const send = () => {
      throw new Error('Extension context invalidated.');
    };
    const asked = askBackground({ type: 'export-backup' }, send);
    await expect(asked).rejects.toThrow('Extension context invalidated.');
  });
});
