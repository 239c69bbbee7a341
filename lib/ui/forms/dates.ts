// Days for the forms: what a date input holds, and the day of a saved instant.
import { isIsoDay, monthOf, yearOf } from '@/lib/calendar/day';
import { formatDay } from '@/lib/calendar/format-day';
import type { IsoDay } from '@/lib/model/plan';
import { localDayOfInstant } from '@/lib/calendar/today';

/** The value for an <input type="date">: the day, or '' when there is none. */
export function toDateInput(day: IsoDay | null | undefined): string {
  return day && isIsoDay(day) ? day : '';
}

/** What an <input type="date"> holds, as a day: null when it is empty or not a real day. */
export function fromDateInput(value: string): IsoDay | null {
  const v = value.trim();
  return isIsoDay(v) ? v : null;
}

/** "Tuesday 3 March 2026" for the local day of an instant such as a plan revision's time. */
export function longDayOfInstant(instant: string): string {
  return formatDay(localDayOfInstant(instant));
}

/** The calendar year in which the school year holding `today` began (it begins in September). */
export function schoolYearStart(today: IsoDay): number {
  return monthOf(today) >= 8 ? yearOf(today) : yearOf(today) - 1;
}

/** "Autumn 2026", "Spring 2027", "Summer 2027" for a term starting on `start`; '' for no day. */
export function termNameFor(start: IsoDay | null | undefined): string {
  if (!start || !isIsoDay(start)) return '';
  const month = monthOf(start);
  const season = month >= 8 ? 'Autumn' : month <= 3 ? 'Spring' : 'Summer';
  return `${season} ${yearOf(start)}`;
}
