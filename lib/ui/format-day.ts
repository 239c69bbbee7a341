import { isIsoDay } from '../analysis/calendar/day';

const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tuesday 3 March 2026" for a calendar day; '' for anything else. */
export function formatDay(day: string | null | undefined): string {
  return day && isIsoDay(day) ? LONG.format(new Date(`${day}T00:00:00Z`)) : '';
}

/** "3 Mar 2026", for dense lists. */
export function formatDayShort(day: string | null | undefined): string {
  return day && isIsoDay(day) ? SHORT.format(new Date(`${day}T00:00:00Z`)) : '';
}

/** "in 5 days", "tomorrow", "today", "yesterday", "12 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
