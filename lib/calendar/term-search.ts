import type { IsoDay } from '@/lib/calendar/day';

/**
 * The first of the sorted terms that ends on or after day: the term holding it, or during a
 * holiday the next one. terms.length when day is after the last. Binary search: the timeline
 * places thousands of records.
 */
export function firstTermEndingFrom(terms: readonly { end: IsoDay }[], day: IsoDay): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.end < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
