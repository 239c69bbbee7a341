import { describe, expect, it } from 'vitest';
import { isAnalyseStaleRequest } from '@/lib/protocol/analyse-stale';

describe('isAnalyseStaleRequest', () => {
  it('is the analyse-stale message', () => {
    expect(isAnalyseStaleRequest({ type: 'analyse-stale' })).toBe(true);
    expect(isAnalyseStaleRequest({ type: 'analyse-page-text', items: [] })).toBe(false);
    expect(isAnalyseStaleRequest(null)).toBe(false);
    expect(isAnalyseStaleRequest('analyse-stale')).toBe(false);
  });
});
