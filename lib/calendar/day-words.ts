// Days written for parents: "Tuesday 3 March 2026", "3 March 2026", "3 Mar 2026", "26 to 30 October
// 2026". The one place days become words. Fixed English names rather than Intl, whose wording
// (commas, "Sept") differs between browsers and ICU versions.

import { MONTH_NAMES, WEEKDAY_NAMES, dayOfMonth, isIsoDay, monthOf, weekday, yearOf, type IsoDay } from '@/lib/calendar/day';

export function longDay(day: IsoDay): string {
  if (!isIsoDay(day)) return String(day);
  return `${dayOfMonth(day)} ${MONTH_NAMES[monthOf(day) - 1]} ${yearOf(day)}`;
}

/** "Tuesday 3 March 2026". */
export function dayWithWeekday(day: IsoDay): string {
  return isIsoDay(day) ? `${WEEKDAY_NAMES[weekday(day)]} ${longDay(day)}` : String(day);
}

/** "3 Mar 2026", for dense lists. */
export function shortDay(day: IsoDay): string {
  return isIsoDay(day) ? `${dayOfMonth(day)} ${MONTH_NAMES[monthOf(day) - 1]!.slice(0, 3)} ${yearOf(day)}` : String(day);
}

export function weekdayName(day: IsoDay): string {
  return isIsoDay(day) ? WEEKDAY_NAMES[weekday(day)]! : '';
}

/** "26 to 30 October 2026", "2 September to 18 December 2026", "21 December 2026 to 1 January 2027". */
export function dayRange(from: IsoDay, to: IsoDay): string {
  if (!isIsoDay(from) || !isIsoDay(to)) return `${longDay(from)} to ${longDay(to)}`;
  if (from === to) return longDay(from);
  if (yearOf(from) !== yearOf(to)) return `${longDay(from)} to ${longDay(to)}`;
  const first = monthOf(from) === monthOf(to) ? String(dayOfMonth(from)) : `${dayOfMonth(from)} ${MONTH_NAMES[monthOf(from) - 1]}`;
  return `${first} to ${longDay(to)}`;
}
