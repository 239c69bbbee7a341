import { describe, expect, it } from 'vitest';
import { isPageFindingsRequest } from '@/lib/protocol/page-findings';

describe('isPageFindingsRequest', () => {
  it('needs a whole-number tab id', () => {
    expect(isPageFindingsRequest({ type: 'page-findings', tabId: 3 })).toBe(true);
    expect(isPageFindingsRequest({ type: 'page-findings', tabId: '3' })).toBe(false);
    expect(isPageFindingsRequest({ type: 'page-findings' })).toBe(false);
  });

  it('is only the page-findings message', () => {
    expect(isPageFindingsRequest({ type: 'highlighter-page-findings' })).toBe(false);
    expect(isPageFindingsRequest({ type: 'clip-tab', tabId: 3 })).toBe(false);
    expect(isPageFindingsRequest(undefined)).toBe(false);
  });
});
