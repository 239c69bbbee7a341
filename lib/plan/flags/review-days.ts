// The days of the reviews the parent has recorded, in order.

import type { ChildEvent, IsoDay } from '../types';
import { sortDays } from './day-list';
import { FLAG_THRESHOLDS } from './thresholds';

export function reviewDays(events: readonly ChildEvent[]): IsoDay[] {
  return sortDays(events.filter((e) => FLAG_THRESHOLDS.reviewKinds.includes(e.kind)).map((e) => e.day));
}
