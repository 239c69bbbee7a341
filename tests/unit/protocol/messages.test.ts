import { describe, expect, it } from 'vitest';
import { isExtensionRequest } from '@/lib/protocol/messages';

describe('isExtensionRequest', () => {
  it('knows each message of the automation contract', () => {
    for (const request of [
      { type: 'clip-tab', tabId: 4 },
      { type: 'clip-tab', tabId: 4, frameId: 2 },
      { type: 'export-backup' },
      { type: 'import-backup', backup: { anything: true } },
      { type: 'analyse-stale' },
      { type: 'page-findings', tabId: 0 },
    ]) {
      expect(isExtensionRequest(request), JSON.stringify(request)).toBe(true);
    }
  });

  it('refuses what is not one of them', () => {
    for (const value of [
      null,
      undefined,
      'export-backup',
      42,
      [],
      {},
      { type: 42 },
      { type: 'delete-everything' },
      // Names every object has must not pass for a message.
      { type: 'toString' },
      { type: 'constructor' },
      { type: '__proto__' },
      { type: 'hasOwnProperty' },
      // The highlighter's messages are not the pages'.
      { type: 'save-this-page' },
      { type: 'analyse-page-text', items: [] },
      { type: 'clip-tab' },
      { type: 'page-findings', tabId: 1.5 },
    ]) {
      expect(isExtensionRequest(value), JSON.stringify(value)).toBe(false);
    }
  });
});
