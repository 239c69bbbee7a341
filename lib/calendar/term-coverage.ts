// Whether a term calendar covers the school year a day falls in (shared/spec/term-calendar.md: a
// term word in a year the calendar has no terms for is null, never a day from another year), and
// how that year is written for the parent ("2022–23").

import { daysBetween, type IsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import { schoolYearOf } from '@/lib/calendar/term-dates';

/** The longest holiday between two terms (the summer break is about six weeks). */
const LONGEST_HOLIDAY_DAYS = 75;

function usableTerms(calendar: TermCalendar | null): Term[] {
  if (!calendar || !Array.isArray(calendar.terms)) return [];
  return calendar.terms
    .filter((t) => t && typeof t.start === 'string' && typeof t.end === 'string')
    .slice()
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** True when the calendar has any terms at all. */
export function hasTerms(calendar: TermCalendar | null): boolean {
  return usableTerms(calendar).length > 0;
}

/**
 * True when the calendar can say which term `day` is in: a term holds it, or it falls in a holiday
 * between two of the calendar's terms, or in the holiday just before its first term of that school year.
 */
export function coversDay(calendar: TermCalendar | null, day: IsoDay): boolean {
  const list = usableTerms(calendar);
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.start <= day && day <= t.end) return true;
    const next = list[i + 1];
    if (next && t.end < day && day < next.start && daysBetween(t.end, next.start) <= LONGEST_HOLIDAY_DAYS) return true;
  }
  const first = list[0];
  return Boolean(
    first && day < first.start && schoolYearOf(day) === schoolYearOf(first.start) && daysBetween(day, first.start) <= LONGEST_HOLIDAY_DAYS,
  );
}

/** The school year that starts in September of `startYear`, as a parent writes it: "2022–23" (en dash). */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The school year (as a label) that a term word from `day` falls in, when the calendar lacks it; else null. */
export function missingSchoolYear(calendar: TermCalendar | null, day: IsoDay): string | null {
  if (!hasTerms(calendar)) return null;
  if (!coversDay(calendar, day)) return schoolYearLabel(schoolYearOf(day));
  return null;
}

/** The school year after the calendar's last term, for words that reach past its end ("next term" in July). */
export function yearAfterCalendar(calendar: TermCalendar | null): string | null {
  const list = usableTerms(calendar);
  const last = list[list.length - 1];
  return last ? schoolYearLabel(schoolYearOf(last.start) + 1) : null;
}
