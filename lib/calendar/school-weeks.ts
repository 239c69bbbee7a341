// School weeks: how long support has gone without evidence is counted in the weeks a child was in
// school, so a provision is not flagged for the Christmas holiday. Without term dates we can only
// count calendar weeks, and say the answer is approximate.

import { addDays, daysBetween, isIsoDay, isWeekend, mondayOf, type IsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';

export interface SchoolWeeks {
  weeks: number;
  /** True when some of the weeks could not be checked against term dates (none set, or the dates stop). */
  approximate: boolean;
}

export interface TermPlace {
  term: Term;
  /** 'holiday-before': the day falls in the holiday before this term starts. */
  during: 'term' | 'half-term' | 'holiday-before';
}

/** The calendar's usable terms in date order. */
export function sortedTerms(calendar: TermCalendar | null): Term[] {
  if (!calendar || !Array.isArray(calendar.terms)) return [];
  return calendar.terms
    .filter((t) => t && isIsoDay(t.start) && isIsoDay(t.end) && t.start <= t.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The term holding day (in term time or its half term), or the term whose holiday it falls before. */
export function termOf(calendar: TermCalendar | null, day: IsoDay): TermPlace | null {
  for (const term of sortedTerms(calendar)) {
    if (day < term.start) return { term, during: 'holiday-before' };
    if (day <= term.end) return { term, during: inHalfTerm(term, day) ? 'half-term' : 'term' };
  }
  return null;
}

function inHalfTerm(term: Term, day: IsoDay): boolean {
  return typeof term.halfTermStart === 'string' && term.halfTermStart <= day && day <= term.halfTermEnd;
}

/** A weekday in a term, outside its half term and not a closure (INSET) day. */
export function isSchoolDay(calendar: TermCalendar | null, day: IsoDay): boolean {
  if (isWeekend(day)) return false;
  const place = termOf(calendar, day);
  if (!place || place.during !== 'term') return false;
  return !(calendar?.closures ?? []).includes(day);
}

/**
 * School weeks after the week of `from`, up to and including the week of `to`: Monday-to-Friday
 * weeks with at least one school day on or before `to`. Evidence on a Monday and today the Monday
 * four term-time weeks later gives 4. Weeks beyond the calendar's dates count as plain weeks.
 */
export function schoolWeeksBetween(calendar: TermCalendar | null, from: IsoDay, to: IsoDay): SchoolWeeks {
  const terms = sortedTerms(calendar);
  if (!isIsoDay(from) || !isIsoDay(to) || to <= from) return { weeks: 0, approximate: terms.length === 0 };
  const firstMonday = addDays(mondayOf(from), 7);
  const lastMonday = mondayOf(to);
  if (terms.length === 0) return { weeks: plainWeeks(firstMonday, lastMonday), approximate: true };

  const closures = new Set(calendar?.closures ?? []);
  const covered = { from: terms[0]!.start, to: terms[terms.length - 1]!.end };
  let weeks = 0;
  let approximate = false;
  let j = 0;
  for (let monday = firstMonday; monday <= lastMonday; monday = addDays(monday, 7)) {
    while (j < terms.length && terms[j]!.end < monday) j++;
    let schoolDay = false;
    let outside = false;
    for (let i = 0; i < 5; i++) {
      const day = addDays(monday, i);
      if (day > to) break;
      if (day < covered.from || day > covered.to) outside = true;
      else if (!closures.has(day) && inTermTime(terms, j, day)) schoolDay = true;
    }
    if (schoolDay) weeks++;
    else if (outside) {
      weeks++;
      approximate = true;
    }
  }
  return { weeks, approximate };
}

function inTermTime(terms: Term[], from: number, day: IsoDay): boolean {
  for (let k = from; k < terms.length && terms[k]!.start <= day; k++) {
    if (day <= terms[k]!.end && !inHalfTerm(terms[k]!, day)) return true;
  }
  return false;
}

function plainWeeks(firstMonday: IsoDay, lastMonday: IsoDay): number {
  return lastMonday < firstMonday ? 0 : daysBetween(firstMonday, lastMonday) / 7 + 1;
}
