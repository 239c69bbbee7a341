// A typical English calendar, built from the pattern in english-pattern.ts, for parents who have not
// entered their school's own dates yet: term-time counting is better roughly right than missing.

import {
  addDays,
  daysBetween,
  isIsoDay,
  lastWeekdayBefore,
  makeDay,
  mondayOf,
  nextWeekdayAfter,
  weekday,
  type IsoDay,
} from '@/lib/calendar/day';
import type { Season } from '@/lib/calendar/term-dates';
import { schoolYearOf } from '@/lib/calendar/term-dates';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import { easterSunday } from '@/lib/calendar/easter';
import { ENGLISH_PATTERN as P, FRIDAY, MONDAY } from '@/lib/calendar/english-pattern';

export const DEFAULT_CALENDAR_NAME = 'Typical English term dates (check with your school)';

/** The typical terms of each school year starting in September of the given years (e.g. [2025, 2026]). */
export function defaultEnglishCalendar(schoolYears: number[]): TermCalendar {
  const years = [...new Set(schoolYears)].filter((y) => Number.isInteger(y) && y >= 1900 && y < 9999).sort((a, b) => a - b);
  const terms: Term[] = [];
  const closures: IsoDay[] = [];
  for (const year of years) {
    terms.push(...typicalSchoolYear(year));
    closures.push(...P.termTimeBankHolidays.map((h) => nthMonday(year + 1, h.of, h.nthMonday)));
  }
  return { name: DEFAULT_CALENDAR_NAME, terms, closures };
}

/** The typical calendar for the school year holding today and the years either side of it (none for a day that is not a day). */
export function defaultCalendarAround(today: IsoDay): TermCalendar {
  if (!isIsoDay(today)) return defaultEnglishCalendar([]);
  const year = schoolYearOf(today);
  return defaultEnglishCalendar([year - 1, year, year + 1]);
}

/** Autumn, spring and summer terms of the school year that starts in September of `year`. */
export function typicalSchoolYear(year: number): Term[] {
  const easter = easterBreak(year + 1);
  const term = (name: string, start: IsoDay, end: IsoDay, halfTerm: IsoDay): Term => ({
    name,
    start,
    end,
    halfTermStart: halfTerm,
    halfTermEnd: addDays(halfTerm, 4),
  });
  return [
    term(`Autumn ${year}`, autumnStart(year), autumnEnd(year), typicalHalfTerm('autumn', year)),
    term(`Spring ${year + 1}`, springStart(year + 1), easter.springEnd, typicalHalfTerm('spring', year)),
    term(`Summer ${year + 1}`, easter.summerStart, summerEnd(year + 1), typicalHalfTerm('summer', year)),
  ];
}

/** The typical term holding day, or the one nearest it when day is in a holiday. */
export function typicalTermAround(day: IsoDay): Term {
  const year = schoolYearOf(day);
  const terms = [...typicalSchoolYear(year - 1), ...typicalSchoolYear(year), ...typicalSchoolYear(year + 1)];
  const distance = (t: Term) => (day < t.start ? daysBetween(day, t.start) : day > t.end ? daysBetween(t.end, day) : 0);
  return terms.reduce((best, t) => (distance(t) < distance(best) ? t : best));
}

/** The Monday of the typical half-term week of a season in the school year starting in `schoolYear`. */
export function typicalHalfTerm(season: Season, schoolYear: number): IsoDay {
  if (season === 'autumn') return lastMonday(schoolYear, P.octoberHalfTerm.lastMondayOf);
  if (season === 'spring') return nthMonday(schoolYear + 1, P.februaryHalfTerm.of, P.februaryHalfTerm.nthMonday);
  return lastMonday(schoolYear + 1, P.mayHalfTerm.lastMondayOf);
}

function autumnStart(year: number): IsoDay {
  const { onOrAfter, weekday: wd } = P.autumnStart;
  return nextWeekdayAfter(addDays(day(year, onOrAfter.month, onOrAfter.day), -1), wd);
}

function autumnEnd(year: number): IsoDay {
  const { month, day: dom } = P.autumnEnd.fridayBeforeWeekOf;
  return lastWeekdayBefore(mondayOf(day(year, month, dom)), FRIDAY);
}

function springStart(year: number): IsoDay {
  const { month, day: dom } = P.springStart.firstWeekdayOnOrAfter;
  return firstWeekdayFrom(day(year, month, dom));
}

/** The spring term's last day and the summer term's first, either side of the Easter break. */
function easterBreak(year: number): { springEnd: IsoDay; summerStart: IsoDay } {
  const easter = easterSunday(year);
  const goodFriday = addDays(easter, -2);
  const easterMonday = addDays(easter, 1);
  const target = day(year, P.easterBreak.middleNearest.month, P.easterBreak.middleNearest.day);
  // The middle Sunday of the two weeks: a week before Easter, Easter itself, or a week after.
  const middle = [-7, 0, 7]
    .map((shift) => addDays(easter, shift))
    .reduce((best, sunday) => (Math.abs(daysBetween(target, sunday)) < Math.abs(daysBetween(target, best)) ? sunday : best));
  const halfLength = (P.easterBreak.weeks * 7) / 2;
  const firstMonday = addDays(middle, 1 - halfLength);
  const lastFriday = addDays(middle, halfLength - 2);
  return {
    springEnd: lastWeekdayBeforeDay(firstMonday < goodFriday ? firstMonday : goodFriday),
    summerStart: firstWeekdayFrom(addDays(lastFriday > easterMonday ? lastFriday : easterMonday, 1)),
  };
}

function summerEnd(year: number): IsoDay {
  const end = day(year, P.summerEnd.month, P.summerEnd.day);
  const wd = weekday(end);
  if (wd === MONDAY) return addDays(end, 1);
  if (wd === 0 || wd === 6) return lastWeekdayBefore(end, FRIDAY);
  return end;
}

function day(year: number, month: number, dom: number): IsoDay {
  return makeDay(year, month, dom) ?? `${year}-01-01`;
}

function nthMonday(year: number, month: number, n: number): IsoDay {
  return addDays(nextWeekdayAfter(addDays(day(year, month, 1), -1), MONDAY), 7 * (n - 1));
}

function lastMonday(year: number, month: number): IsoDay {
  const next = month === 12 ? day(year + 1, 1, 1) : day(year, month + 1, 1);
  return lastWeekdayBefore(next, MONDAY);
}

function firstWeekdayFrom(from: IsoDay): IsoDay {
  const wd = weekday(from);
  return wd === 6 ? addDays(from, 2) : wd === 0 ? addDays(from, 1) : from;
}

function lastWeekdayBeforeDay(before: IsoDay): IsoDay {
  const d = addDays(before, -1);
  const wd = weekday(d);
  return wd === 6 ? addDays(d, -1) : wd === 0 ? addDays(d, -2) : d;
}
