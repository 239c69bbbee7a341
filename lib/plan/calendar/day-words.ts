// Days written for parents in messages about term dates: "2 September 2026", "26 to 30 October 2026".
// Fixed month names rather than Intl, whose output differs between browsers and ICU versions.

import { MONTH_NAMES, WEEKDAY_NAMES, dayOfMonth, isIsoDay, monthOf, weekday, yearOf, type IsoDay } from '../../analysis/calendar/day';

export function longDay(day: IsoDay): string {
  if (!isIsoDay(day)) return String(day);
  return `${dayOfMonth(day)} ${MONTH_NAMES[monthOf(day) - 1]} ${yearOf(day)}`;
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
