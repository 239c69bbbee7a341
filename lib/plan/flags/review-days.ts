// The days of the reviews the parent has recorded, in order.

import type { ChildEvent, IsoDay } from '@/lib/model/plan';
import { sortDays } from '@/lib/plan/flags/day-list';
import { FLAG_THRESHOLDS } from '@/lib/plan/flags/thresholds';

export function reviewDays(events: readonly ChildEvent[]): IsoDay[] {
  return sortDays(events.filter((e) => FLAG_THRESHOLDS.reviewKinds.includes(e.kind)).map((e) => e.day));
}
