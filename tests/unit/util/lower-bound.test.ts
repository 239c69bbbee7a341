import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '@/lib/util/lower-bound';

describe('lowerBound', () => {
  it('finds the first item not before the target', () => {
    const sorted = [1, 3, 3, 5, 8];
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 3)).toBe(1);
    expect(lowerBound(sorted.length, (i) => sorted[i]! <= 3)).toBe(3);
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 0)).toBe(0);
    expect(lowerBound(sorted.length, (i) => sorted[i]! < 9)).toBe(5);
    expect(lowerBound(0, () => true)).toBe(0);
  });

  it('agrees with a scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.integer({ min: -60, max: 60 }), (list, target) => {
        const sorted = [...list].sort((a, b) => a - b);
        const scan = sorted.findIndex((x) => x >= target);
        expect(lowerBound(sorted.length, (i) => sorted[i]! < target)).toBe(scan === -1 ? sorted.length : scan);
      }),
      { numRuns: 200 },
    );
  });
});
