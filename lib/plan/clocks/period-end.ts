// Where a statutory period runs out.
//
// "Within N weeks of X" is read as X + 7N days: a request received on a Friday is due six Fridays
// later. "At least 15 days, beginning with the day on which the draft plan was served" counts the
// day of service as day 1, so the 15th day is 14 days later. Months use the corresponding date
// (31 December + 2 months = the last day of February).

import { addDays, type IsoDay } from '../../analysis/calendar/day';
import { addCalendarMonths } from './calendar-months';

export type Period =
  | { unit: 'weeks'; count: number }
  | { unit: 'days-counting-first'; count: number }
  | { unit: 'months'; count: number };

export function periodEnd(start: IsoDay, period: Period): IsoDay {
  switch (period.unit) {
    case 'weeks':
      return addDays(start, 7 * period.count);
    case 'days-counting-first':
      return addDays(start, period.count - 1);
    case 'months':
      return addCalendarMonths(start, period.count);
  }
}
