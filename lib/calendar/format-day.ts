// Days on the pages: the words come from lib/calendar/day-words.ts; these accept the
// missing or impossible days a form or an old record may hold, and give '' for them.
import { isIsoDay } from '@/lib/calendar/day';
import { dayWithWeekday, longDay, shortDay, weekdayName } from '@/lib/calendar/day-words';

/** "Tuesday 3 March 2026"; '' for anything that is not a calendar day. */
export function formatDay(day: string | null | undefined): string {
  return day && isIsoDay(day) ? dayWithWeekday(day) : '';
}

/** "3 March 2026", where the weekday is clutter. */
export function formatDayPlain(day: string | null | undefined): string {
  return day && isIsoDay(day) ? longDay(day) : '';
}

/** "3 Mar 2026", for dense lists. */
export function formatDayShort(day: string | null | undefined): string {
  return day && isIsoDay(day) ? shortDay(day) : '';
}

/** "Tue 3 Mar 2026": a finding's day in the side panel, and a flag's. */
export function formatDayBrief(day: string | null | undefined): string {
  return day && isIsoDay(day) ? `${weekdayName(day).slice(0, 3)} ${shortDay(day)}` : '';
}

/** "in 5 days", "tomorrow", "today", "yesterday", "12 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** A deadline's countdown: "due today", "1 day left", "12 days overdue". */
export function countdown(daysLeft: number): string {
  if (daysLeft === 0) return 'due today';
  const n = Math.abs(daysLeft);
  return `${n} ${n === 1 ? 'day' : 'days'} ${daysLeft > 0 ? 'left' : 'overdue'}`;
}
