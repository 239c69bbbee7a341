// Days written out for parents: "Monday 4 January 2027".

import { MONTH_NAMES, WEEKDAY_NAMES, dayOfMonth, monthOf, weekday, yearOf, type IsoDay } from '../../analysis/calendar/day';

export function describeDay(day: IsoDay): string {
  return `${WEEKDAY_NAMES[weekday(day)]} ${dayOfMonth(day)} ${MONTH_NAMES[monthOf(day) - 1]} ${yearOf(day)}`;
}
