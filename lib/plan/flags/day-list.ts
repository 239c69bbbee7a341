// Sorted lists of days, searched by halving: counting the reviews in a term must not scan every event.

import type { IsoDay } from '@/lib/model/plan';
import { lowerBound } from '@/lib/util/lower-bound';

export function sortDays(days: Iterable<IsoDay>): IsoDay[] {
  return [...days].sort();
}

/** The position of the first day after day (or on it, when `orOn`). */
function firstFrom(sorted: readonly IsoDay[], day: IsoDay, orOn: boolean): number {
  return lowerBound(sorted.length, (i) => (orOn ? sorted[i]! < day : sorted[i]! <= day));
}

/** How many days fall in from..to, both included. */
export function countBetween(sorted: readonly IsoDay[], from: IsoDay, to: IsoDay): number {
  return to < from ? 0 : firstFrom(sorted, to, false) - firstFrom(sorted, from, true);
}

export function anyOnOrAfter(sorted: readonly IsoDay[], day: IsoDay): boolean {
  return firstFrom(sorted, day, true) < sorted.length;
}
