// Adding calendar months the way statutes count them. day.ts addMonths gives the first of the
// month (it serves month views), so it cannot answer "2 months after 31 December".

import { lastDayOfMonth, makeDay, monthOf, yearOf, dayOfMonth, type IsoDay } from '../../analysis/calendar/day';

/**
 * The same day of the month n months later; when that month is too short, its last day
 * (the "corresponding date" rule): 31 December + 2 months is 28 or 29 February.
 */
export function addCalendarMonths(day: IsoDay, n: number): IsoDay {
  const index = yearOf(day) * 12 + (monthOf(day) - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const first = makeDay(year, month, 1);
  if (!first) return day;
  const wanted = dayOfMonth(day);
  const last = lastDayOfMonth(first);
  return wanted <= dayOfMonth(last) ? makeDay(year, month, wanted)! : last;
}
