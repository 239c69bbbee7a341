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
  beforeHalfTerm,
  currentTerm,
  endOfSchoolYear,
  firstWeekdayAfter,
  halfTermBreak,
  nextTerm,
  termOfSeason,
  type Season,
} from '@/lib/calendar/term-dates';
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
    case 'seasonStart':
      return season ? (termOfSeason(cal, d, season, 'start')?.start ?? null) : null;
    case 'seasonEnd':
      return season ? (termOfSeason(cal, d, season, 'end')?.end ?? null) : null;
    case 'afterHoliday': {
      const next = c.arg ? TERM_AFTER_HOLIDAY[c.arg] : undefined;
      return next ? (termOfSeason(cal, d, next, 'start')?.start ?? null) : null;
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
    case 'dayOfMonth':
      return c.known.day !== undefined ? nextDayOfMonth(d, c.known.day) : null;
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
  return nextWeekdayAfter(d, wd);
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

function resolveOne(env: DateEnv, c: Candidate): void {
  const d = env.sentDay;
  const k = c.known;
  c.date = null;
  if (c.rule !== null && c.rule !== 'dayOfMonth') {
    c.date = d ? resolveRule(env, c, d) : null;
    return;
  }
  if (k.day !== undefined && k.month !== undefined) {
    c.date = k.year !== undefined ? makeDay(k.year, k.month, k.day) : d ? nearestOccurrence(d, k.month, k.day) : null;
  } else if (c.rule === 'dayOfMonth') {
    c.date = d ? resolveRule(env, c, d) : null;
  } else if (k.weekday !== undefined && k.day === undefined && k.month === undefined) {
    c.date = d ? resolveWeekday(env, c, d, k.weekday) : null;
    return;
  }
  if (c.date && k.weekday !== undefined && weekday(c.date) !== k.weekday) c.conflict = conflictNote(k.weekday, c.date);
}

export function resolveDates(env: DateEnv, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) resolveOne(env, c);
  return candidates;
}
