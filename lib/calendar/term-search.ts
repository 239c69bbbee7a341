import type { IsoDay } from '@/lib/calendar/day';
import { lowerBound } from '@/lib/util/lower-bound';

/**
 * The first of the sorted terms that ends on or after day: the term holding it, or during a
 * holiday the next one. terms.length when day is after the last. Binary search: the timeline
 * places thousands of records.
 */
export function firstTermEndingFrom(terms: readonly { end: IsoDay }[], day: IsoDay): number {
  return lowerBound(terms.length, (i) => terms[i]!.end < day);
}
