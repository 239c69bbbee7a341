// Adding calendar months the way statutes count them. day.ts addMonths gives the first of the
// month (it serves month views), so it cannot answer "2 months after 31 December".
//
// Two wordings, two answers:
// - "N months after/from X" (the tribunal's "within 2 months after", "1 month from the date of
//   issue"): the day X itself is not counted, so the time runs to the corresponding date N months
//   on (addCalendarMonths).
// - "the period of N months starting/beginning with X" (Children and Families Act 2014 s44(1)):
//   X is day 1 of the period, so the period ends the day before the corresponding date
//   (lastDayOfMonthsStartingWith). This is the usual UK reading (the corresponding date rule of
//   Dodds v Walker [1981] 1 WLR 1027, applied to a period that includes its first day): 12 months
//   starting with 20 May 2024 are 20 May 2024 to 19 May 2025.

import { addDays, lastDayOfMonth, makeDay, monthOf, yearOf, dayOfMonth, type IsoDay } from '@/lib/calendar/day';

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

/**
 * The last day of "the period of n months starting with" day: the day before the corresponding
 * date n months later. When that month has no corresponding date (29, 30 or 31 in a shorter
 * month), the period ends on the last day of that month, since it would otherwise run into the
 * next one. Worked: 20 May 2024 → 19 May 2025; 29 February 2024 → 28 February 2025 (no
 * 29 February 2025); 31 January 2025 → 30 January 2026; 1 March 2027 → 29 February 2028.
 */
export function lastDayOfMonthsStartingWith(day: IsoDay, n: number): IsoDay {
  const corresponding = addCalendarMonths(day, n);
  // addCalendarMonths falls back to the month's last day when the date does not exist there.
  return dayOfMonth(corresponding) === dayOfMonth(day) ? addDays(corresponding, -1) : corresponding;
}
