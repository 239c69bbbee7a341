// Works out the day each expression names, by the guidelines' British rules, from the words alone:
// chrono's own forward or backward guesses are never used. Sets `conflict` when a weekday and a
// date disagree ("Tuesday 3/4" when 3 April is a Thursday): the explicit date wins.

import {
  addDays,
  addMonths,
  dayOfMonth,
  lastDayOfMonth,
  lastWeekdayBefore,
  makeDay,
  MONTH_NAMES,
  monthOf,
  nearestOccurrence,
  nextDayOfMonth,
  nextWeekdayAfter,
  weekday,
  WEEKDAY_NAMES,
  weekdayInWeekOf,
  yearOf,
  type IsoDay,
} from '@/lib/calendar/day';
import {
  afterHalfTerm,
  afterNamedHalfTerm,
  beforeHalfTerm,
  currentTerm,
  endOfSchoolYear,
  firstWeekdayAfter,
  halfTermBreak,
  nextTerm,
  lastWeekdayBefore as termLastWeekdayBefore,
  namedHalfTermBreak,
  seasonOfHalfTermName,
  secondHalfStart,
  termOfSeason,
  type Season,
} from '@/lib/calendar/term-dates';
import { missingSchoolYear, yearAfterCalendar } from '@/lib/calendar/term-coverage';
import { easterSunday } from '@/lib/calendar/easter';
import { clauseTense } from '@/lib/analysis/dates/refiners/tense';
import { textOf, type Candidate, type DateEnv } from '@/lib/analysis/dates/candidate';
import { NUMBER_WORDS } from '@/lib/analysis/dates/phrases';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: readonly string[] = ['autumn', 'spring', 'summer'];
/** The term that starts after each holiday. */
const TERM_AFTER_HOLIDAY: Readonly<Record<string, Season>> = { christmas: 'spring', easter: 'summer', summer: 'autumn' };

function count(arg: string | null): number | null {
  if (!arg) return null;
  const n = /^\d+$/.test(arg) ? Number(arg) : NUMBER_WORDS[arg.replace(/\s+/g, ' ')];
  return n !== undefined && n >= 0 && n <= 400 ? n : null;
}

function addCount(day: IsoDay, n: number, unit: string): IsoDay | null {
  if (unit.startsWith('day')) return addDays(day, n);
  if (unit.startsWith('week')) return addDays(day, 7 * n);
  if (unit.startsWith('fortnight')) return addDays(day, 14 * n);
  if (unit.startsWith('month')) {
    const first = addMonths(day, n);
    const last = lastDayOfMonth(first);
    return makeDay(yearOf(first), monthOf(first), Math.min(dayOfMonth(day), dayOfMonth(last)));
  }
  return null;
}

function firstDayBack(env: DateEnv, d: IsoDay): IsoDay | null {
  const options: IsoDay[] = [];
  const current = currentTerm(env.calendar, d);
  if (current && current.start > d) options.push(current.start);
  const brk = halfTermBreak(env.calendar, d);
  if (brk) options.push(firstWeekdayAfter(brk.halfTermEnd));
  const next = nextTerm(env.calendar, d);
  if (next) options.push(next.start);
  const ahead = options.filter((o) => o > d).sort();
  return ahead[0] ?? null;
}

/** The day one of our phrase rules names, or null for spans with no single day. */
function resolveRule(env: DateEnv, c: Candidate, d: IsoDay): IsoDay | null {
  const cal = env.calendar;
  const season = c.arg && SEASONS.includes(c.arg) ? (c.arg as Season) : null;
  switch (c.rule) {
    case 'endOfSchoolYear':
      return endOfSchoolYear(cal, d);
    case 'nextTermEnd':
      return nextTerm(cal, d)?.end ?? null;
    case 'nextTermStart':
      return nextTerm(cal, d)?.start ?? null;
    case 'firstDayBack':
      return firstDayBack(env, d);
    case 'beforeHalfTerm':
      return beforeHalfTerm(cal, d);
    case 'afterHalfTerm':
      return afterHalfTerm(cal, d);
    case 'endOfTerm':
      return currentTerm(cal, d)?.end ?? null;
    case 'afterNamedHalfTerm': {
      const named = c.arg ? seasonOfHalfTermName(c.arg) : null;
      return named ? afterNamedHalfTerm(cal, d, named) : null;
    }
    case 'beforeNamedHalfTerm': {
      const named = c.arg ? seasonOfHalfTermName(c.arg) : null;
      const brk = named ? namedHalfTermBreak(cal, d, named) : null;
      return brk ? termLastWeekdayBefore(brk.halfTermStart) : null;
    }
    case 'secondHalfStart':
      return secondHalfStart(cal, d);
    case 'secondHalfOfSeasonStart': {
      const t = season ? termOfSeason(cal, d, season, 'end') : null;
      const brk = t && t.halfTermEnd >= d ? t : null;
      return brk ? firstWeekdayAfter(brk.halfTermEnd) : null;
    }
    case 'seasonStart':
      return season ? (termOfSeason(cal, d, season, 'start')?.start ?? null) : null;
    case 'seasonEnd':
      return season ? (termOfSeason(cal, d, season, 'end')?.end ?? null) : null;
    case 'afterHoliday': {
      const next = c.arg ? TERM_AFTER_HOLIDAY[c.arg] : undefined;
      return next ? (termOfSeason(cal, d, next, 'start')?.start ?? null) : null;
    }
    case 'easterDay': {
      const shift = /friday/.test(c.arg ?? '') ? -2 : /monday/.test(c.arg ?? '') ? 1 : 0;
      // The next one, or the last one in a past-tense clause ("we were closed on Good Friday").
      const past = clauseTense(env.body, c.start, c.end, c.sentenceStart, c.sentenceEnd) === 'past';
      const options = [yearOf(d) - 1, yearOf(d), yearOf(d) + 1].map((y) => addDays(easterSunday(y), shift));
      return (past ? options.filter((o) => o <= d).pop() : options.find((o) => o >= d)) ?? null;
    }
    case 'endOfThisWeek':
      return weekdayInWeekOf(d, 5);
    case 'endOfNextWeek':
      return weekdayInWeekOf(addDays(d, 7), 5);
    case 'endOfThisMonth':
      return lastDayOfMonth(d);
    case 'endOfNextMonth':
      return lastDayOfMonth(addMonths(d, 1));
    case 'endOfNamedMonth': {
      const m = c.arg ? MONTHS.indexOf(c.arg) + 1 : 0;
      const mid = m > 0 ? nearestOccurrence(d, m, 15) : null;
      return mid ? lastDayOfMonth(mid) : null;
    }
    case 'countFromSent': {
      const n = count(c.arg);
      return n !== null && c.unit ? addCount(d, n, c.unit) : null;
    }
    case 'countBackFromSent': {
      const n = count(c.arg);
      return n !== null && c.unit ? addCount(d, -n, c.unit) : null;
    }
    case 'today':
      return d;
    case 'tomorrow':
      return addDays(d, 1);
    case 'yesterday':
      return addDays(d, -1);
    case 'dayAfterTomorrow':
      return addDays(d, 2);
    case 'dayBeforeYesterday':
      return addDays(d, -2);
    default:
      return null;
  }
}

const WEEKDAY_MODIFIER = /\b(next|last|past|this|coming)\b/i;

/** A weekday alone: the next such day after sentAt; "next Tuesday": Tuesday of the following week. */
function resolveWeekday(env: DateEnv, c: Candidate, d: IsoDay, wd: number): IsoDay {
  const text = textOf(env, c);
  const modifier = WEEKDAY_MODIFIER.exec(text)?.[1]?.toLowerCase();
  if (modifier === 'next') return weekdayInWeekOf(addDays(d, 7), wd);
  if (modifier === 'last' || modifier === 'past') return lastWeekdayBefore(d, wd);
  // A past-tense clause: the most recent such day on or before sentAt.
  if (c.past) return weekday(d) === wd ? d : lastWeekdayBefore(d, wd);
  return nextWeekdayAfter(d, wd);
}

/** The most recent day-of-month dom on or before ref. */
function lastDayOfMonthOnOrBefore(ref: IsoDay, dom: number): IsoDay | null {
  for (let i = 0; i < 13; i++) {
    const first = addMonths(ref, -i);
    const day = makeDay(yearOf(first), monthOf(first), dom);
    if (day && day <= ref) return day;
  }
  return null;
}

/** The month a candidate names, with its year when resolved: for "in October … on the 13th". */
interface NamedMonth {
  month: number;
  year: number | null;
}

function namedMonthOf(c: Candidate): NamedMonth | null {
  if (c.rule === 'endOfNamedMonth' && c.date) return { month: monthOf(c.date), year: yearOf(c.date) };
  if (c.known.month === undefined) return null;
  return { month: c.known.month, year: c.known.year ?? (c.date ? yearOf(c.date) : null) };
}

/**
 * "on the 14th", "by Mon 17th": a weekday written with it wins (the nearest 17th on or after sentAt
 * that is a Monday, or on or before it in a past-tense clause); else the month last named earlier; else the next 14th (the last one in a
 * past-tense clause).
 */
function resolveDayOfMonth(c: Candidate, d: IsoDay, named: NamedMonth | null): IsoDay | null {
  const dom = c.known.day;
  if (dom === undefined) return null;
  const wd = c.known.weekday;
  if (wd !== undefined) {
    // Forwards from sentAt, or backwards in a past-tense clause ("took place on Monday 6th").
    let from = d;
    for (let i = 0; i < 28; i++) {
      const next = c.past ? lastDayOfMonthOnOrBefore(from, dom) : nextDayOfMonth(from, dom);
      if (!next) return null;
      if (weekday(next) === wd) return next;
      from = addDays(next, c.past ? -1 : 1);
    }
    return nextDayOfMonth(d, dom);
  }
  if (named) {
    if (named.year !== null) return makeDay(named.year, named.month, dom);
    return nearestOccurrence(d, named.month, dom);
  }
  return c.past ? lastDayOfMonthOnOrBefore(d, dom) : nextDayOfMonth(d, dom);
}

export function describeDay(day: IsoDay): string {
  return `${dayOfMonth(day)} ${MONTH_NAMES[monthOf(day) - 1]}`;
}

export function conflictNote(statedWeekday: number, day: IsoDay): string {
  return (
    `This says ${WEEKDAY_NAMES[statedWeekday]} ${describeDay(day)}, but ${describeDay(day)} ${yearOf(day)} is a ` +
    `${WEEKDAY_NAMES[weekday(day)]}. Check which day they mean.`
  );
}

/** Rules that name a day from the term calendar. */
const TERM_RULES = new Set([
  'endOfSchoolYear', 'nextTermEnd', 'nextTermStart', 'firstDayBack', 'beforeHalfTerm', 'afterHalfTerm', 'endOfTerm',
  'seasonStart', 'seasonEnd', 'afterHoliday', 'afterNamedHalfTerm', 'beforeNamedHalfTerm', 'secondHalfStart', 'secondHalfOfSeasonStart',
]);

/**
 * A term word resolves only where the calendar covers the school year of sentAt: never a day from
 * another year. Where it does not, or where the word reaches past the calendar's end, the year is noted.
 */
function resolveTermWord(env: DateEnv, c: Candidate, d: IsoDay): void {
  const missing = missingSchoolYear(env.calendar, d);
  if (missing) {
    c.date = null;
    c.missingTermYear = missing;
    return;
  }
  c.date = resolveRule(env, c, d);
  if (c.date === null && env.calendar) {
    const after = yearAfterCalendar(env.calendar);
    if (after) c.missingTermYear = after;
  }
}

function resolveOne(env: DateEnv, c: Candidate, named: NamedMonth | null): void {
  const d = env.sentDay;
  const k = c.known;
  c.date = null;
  if (c.rule !== null && TERM_RULES.has(c.rule)) {
    if (d) resolveTermWord(env, c, d);
    return;
  }
  if (c.rule !== null && c.rule !== 'dayOfMonth') {
    c.date = d ? resolveRule(env, c, d) : null;
    return;
  }
  if (k.day !== undefined && k.month !== undefined) {
    c.date = k.year !== undefined ? makeDay(k.year, k.month, k.day) : d ? nearestOccurrence(d, k.month, k.day) : null;
  } else if (c.rule === 'dayOfMonth') {
    c.date = d ? resolveDayOfMonth(c, d, named) : null;
    // The weekday chose the month: no conflict to report.
    return;
  } else if (k.weekday !== undefined && k.day === undefined && k.month === undefined) {
    c.date = d ? resolveWeekday(env, c, d, k.weekday) : null;
    return;
  }
  if (c.date && k.weekday !== undefined && weekday(c.date) !== k.weekday) c.conflict = conflictNote(k.weekday, c.date);
}

export function resolveDates(env: DateEnv, candidates: Candidate[]): Candidate[] {
  // In reading order, so "the 13th" knows the month last named before it.
  let named: NamedMonth | null = null;
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    resolveOne(env, c, named);
    named = namedMonthOf(c) ?? named;
  }
  return candidates;
}
