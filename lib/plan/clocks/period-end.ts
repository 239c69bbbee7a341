// Where a statutory period runs out.
//
// "Within N weeks of X" is read as X + 7N days: a request received on a Friday is due six Fridays
// later. "At least 15 days, beginning with the day on which the draft plan was served" counts the
// day of service as day 1, so the 15th day is 14 days later. "The period of 12 months starting
// with" a day counts that day too, so it ends the day before the corresponding date a year on
// (20 May 2024 → 19 May 2025), or on the last day of the month when there is no such date
// (29 February 2024 → 28 February 2025): see calendar-months.ts. The tribunal's "2 months after"
// is a different wording and is worked out in tribunal-deadline.ts.

import { addDays, type IsoDay } from '@/lib/calendar/day';
import { lastDayOfMonthsStartingWith } from '@/lib/plan/clocks/calendar-months';

export type Period =
  | { unit: 'weeks'; count: number }
  | { unit: 'days-counting-first'; count: number }
  | { unit: 'months-starting-with'; count: number };

export function periodEnd(start: IsoDay, period: Period): IsoDay {
  switch (period.unit) {
    case 'weeks':
      return addDays(start, 7 * period.count);
    case 'days-counting-first':
      return addDays(start, period.count - 1);
    case 'months-starting-with':
      return lastDayOfMonthsStartingWith(start, period.count);
  }
}
