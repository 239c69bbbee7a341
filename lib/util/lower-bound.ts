// The one binary search. Timelines place thousands of records and the highlighter maps offsets to
// text nodes on every mark, so sorted lists are searched by halving, never scanned.

/**
 * The first index in `0..length` whose item is not `before` the target (every item before it is);
 * `length` when all are. `before(i)` must be true for a prefix of the indexes and false after it.
 */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
