import { describe, expect, it } from 'vitest';
import { isClipTabRequest } from '@/lib/protocol/clip-tab';

describe('isClipTabRequest', () => {
  it('needs a whole-number tab id', () => {
    expect(isClipTabRequest({ type: 'clip-tab', tabId: 4 })).toBe(true);
    expect(isClipTabRequest({ type: 'clip-tab', tabId: 4, frameId: 0 })).toBe(true);
    expect(isClipTabRequest({ type: 'clip-tab', tabId: '4' })).toBe(false);
    expect(isClipTabRequest({ type: 'clip-tab', tabId: 4.5 })).toBe(false);
    expect(isClipTabRequest({ type: 'clip-tab' })).toBe(false);
  });

  it('is only the clip-tab message', () => {
    expect(isClipTabRequest({ type: 'page-findings', tabId: 4 })).toBe(false);
    expect(isClipTabRequest(null)).toBe(false);
    expect(isClipTabRequest('clip-tab')).toBe(false);
  });
});
