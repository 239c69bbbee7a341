// How term words resolve against a term calendar (shared/spec/term-calendar.md). Every function
// takes the day the email was sent and returns a day, or null when the calendar cannot say.

import { addDays, isWeekend, monthOf, yearOf, type IsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';

export type Season = 'autumn' | 'spring' | 'summer';

function terms(calendar: TermCalendar | null): Term[] {
  if (!calendar || !Array.isArray(calendar.terms)) return [];
  return calendar.terms.filter((t) => t && typeof t.start === 'string' && typeof t.end === 'string');
}

/** The term whose start..end holds day; during a holiday, the next term to start. */
export function currentTermIndex(calendar: TermCalendar | null, day: IsoDay): number {
  const list = terms(calendar);
  for (let i = 0; i < list.length; i++) if (list[i]!.start <= day && day <= list[i]!.end) return i;
  for (let i = 0; i < list.length; i++) if (list[i]!.start > day) return i;
  return -1;
}

export function currentTerm(calendar: TermCalendar | null, day: IsoDay): Term | null {
  return terms(calendar)[currentTermIndex(calendar, day)] ?? null;
}

/** The term after the current one. */
export function nextTerm(calendar: TermCalendar | null, day: IsoDay): Term | null {
  const i = currentTermIndex(calendar, day);
  return i < 0 ? null : (terms(calendar)[i + 1] ?? null);
}

/** The term before the current one. */
export function previousTerm(calendar: TermCalendar | null, day: IsoDay): Term | null {
  const i = currentTermIndex(calendar, day);
  return i <= 0 ? null : (terms(calendar)[i - 1] ?? null);
}

/** The half-term break that holds day, or else the next one to start after it. */
export function halfTermBreak(calendar: TermCalendar | null, day: IsoDay): Term | null {
  for (const t of terms(calendar)) if (t.halfTermStart <= day && day <= t.halfTermEnd) return t;
  for (const t of terms(calendar)) if (t.halfTermStart >= day) return t;
  return null;
}

/** The next half-term break that starts on or after day. */
export function nextHalfTermBreak(calendar: TermCalendar | null, day: IsoDay): Term | null {
  for (const t of terms(calendar)) if (t.halfTermStart >= day) return t;
  return null;
}

export function lastWeekdayBefore(day: IsoDay): IsoDay {
  let d = addDays(day, -1);
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

export function firstWeekdayAfter(day: IsoDay): IsoDay {
  let d = addDays(day, 1);
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** "by half term", "before half term": the last weekday before the next half term. */
export function beforeHalfTerm(calendar: TermCalendar | null, day: IsoDay): IsoDay | null {
  const t = nextHalfTermBreak(calendar, day);
  return t ? lastWeekdayBefore(t.halfTermStart) : null;
}

/** "after half term": the first weekday after the break sentAt falls in, or the next one. */
export function afterHalfTerm(calendar: TermCalendar | null, day: IsoDay): IsoDay | null {
  const t = halfTermBreak(calendar, day);
  return t ? firstWeekdayAfter(t.halfTermEnd) : null;
}

/** The season of a term, from its name or else from the month it starts. */
export function seasonOf(term: Term): Season {
  const name = (term.name ?? '').toLowerCase();
  if (name.includes('autumn') || name.includes('fall')) return 'autumn';
  if (name.includes('spring')) return 'spring';
  if (name.includes('summer')) return 'summer';
  const m = monthOf(term.start);
  if (m >= 8 && m <= 11) return 'autumn';
  if (m === 12 || m <= 3) return 'spring';
  return 'summer';
}

/** The school year (September to July) a day belongs to, named by the year it starts. */
export function schoolYearOf(day: IsoDay): number {
  return monthOf(day) >= 8 ? yearOf(day) : yearOf(day) - 1;
}

/** "end of the school year", "before the summer holidays": the end of the last term of the current school year. */
export function endOfSchoolYear(calendar: TermCalendar | null, day: IsoDay): IsoDay | null {
  const current = currentTerm(calendar, day);
  if (!current) return null;
  const year = schoolYearOf(current.start);
  let end: IsoDay | null = null;
  for (const t of terms(calendar)) if (schoolYearOf(t.start) === year && (end === null || t.end > end)) end = t.end;
  return end;
}

/** The first term of a season still ahead of day ("the start of the spring term"); the current one if it holds day. */
export function termOfSeason(calendar: TermCalendar | null, day: IsoDay, season: Season, edge: 'start' | 'end'): Term | null {
  for (const t of terms(calendar)) {
    if (seasonOf(t) !== season) continue;
    if (edge === 'start' ? t.start >= day : t.end >= day) return t;
  }
  return null;
}

/** The season whose half term falls in a month, as parents name breaks ("the October half term"). */
const HALF_TERM_MONTH_SEASON: Readonly<Record<string, Season>> = { october: 'autumn', february: 'spring', may: 'summer' };

export function seasonOfHalfTermName(name: string): Season | null {
  const key = name.toLowerCase();
  if (key === 'autumn' || key === 'spring' || key === 'summer') return key;
  return HALF_TERM_MONTH_SEASON[key] ?? null;
}

/**
 * The term whose half-term break is named ("the October half term", "the spring half term"): in the
 * current school year, or the next one where that break is already over.
 */
export function namedHalfTermBreak(calendar: TermCalendar | null, day: IsoDay, season: Season): Term | null {
  for (const t of terms(calendar)) if (seasonOf(t) === season && t.halfTermEnd >= day) return t;
  return null;
}

/** "after the October half term": the first weekday after that break. */
export function afterNamedHalfTerm(calendar: TermCalendar | null, day: IsoDay, season: Season): IsoDay | null {
  const t = namedHalfTermBreak(calendar, day, season);
  return t ? firstWeekdayAfter(t.halfTermEnd) : null;
}

/**
 * "the start of the second half term": the first weekday after the current term's break, or the next
 * term's when this one's is over.
 */
export function secondHalfStart(calendar: TermCalendar | null, day: IsoDay): IsoDay | null {
  const list = terms(calendar);
  const i = currentTermIndex(calendar, day);
  if (i < 0) return null;
  const t = list[i]!.halfTermEnd >= day ? list[i] : list[i + 1];
  return t ? firstWeekdayAfter(t.halfTermEnd) : null;
}
