// The half term of a term found in a school calendar, or the usual week when the calendar has none.

import { addDays, daysBetween, mondayOf, weekday, type IsoDay } from '@/lib/calendar/day';
import { schoolYearOf, type Season } from '@/lib/calendar/term-dates';
import { typicalHalfTerm } from '@/lib/calendar/default-calendar';
import { dayRange, longDay } from '@/lib/calendar/day-words';
import { seasonByMonth } from '@/lib/calendar/ics/name-terms';
import type { Holiday, Span } from '@/lib/calendar/ics/term-pieces';
import { weekdaysIn, type WeekdayRun } from '@/lib/calendar/ics/weekday-runs';

export interface FoundHalfTerm {
  week: WeekdayRun;
  /** What we assumed in reading it, for the parent to check. */
  note?: string;
}

/**
 * The term's half term: a holiday the calendar calls half term, else the break between its two
 * halves, else the longest short holiday inside it (three weekdays or more: a bank holiday is not a
 * half term). Nearest the middle of the term when two are as good.
 */
export function halfTermOf(start: IsoDay, end: IsoDay, span: Span, holidays: Holiday[], closures: Set<IsoDay>): FoundHalfTerm | null {
  const inside = (run: WeekdayRun) => run.first > start && run.last < end;
  const middle = addDays(start, Math.round(daysBetween(start, end) / 2));
  const score = (run: WeekdayRun, named: boolean) => [named ? 1 : 0, run.days.length, -Math.abs(daysBetween(middle, run.first))];
  type Candidate = { run: WeekdayRun; named: boolean; gap: boolean };
  const candidates: Candidate[] = [
    ...holidays
      .filter((h) => !h.long && inside(h) && (h.namedHalfTerm || h.days.length >= 3))
      .map((h) => ({ run: h as WeekdayRun, named: h.namedHalfTerm, gap: false })),
    ...span.gaps.filter(inside).map((run) => ({ run, named: true, gap: true })),
  ];
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || compare(score(c.run, c.named), score(best.run, best.named)) > 0) best = c;
  if (!best) return null;
  const run = best.run;
  // Some programs save an all-day event's last day as its end, which iCalendar reads as the day
  // after it: a half term event "ending" on a Thursday most often meant the Friday too. (A gap
  // between "Autumn 1" and "Autumn 2" ending on a Thursday really does end then.)
  const friday = addDays(run.last, 1);
  if (best.named && !best.gap && weekday(run.last) === 4 && friday < end && !closures.has(friday)) {
    return {
      week: { first: run.first, last: friday, days: [...run.days, friday] },
      note: `The half term from ${dayRange(run.first, run.last)} seemed to stop on a Thursday, so we took it to include Friday ${longDay(friday)}. Please check this.`,
    };
  }
  return { week: run };
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The usual half-term week for the term's season, or the middle week when that is not inside the term. */
export function guessedHalfTerm(start: IsoDay, end: IsoDay, season: Season | null): WeekdayRun | null {
  const typical = typicalHalfTerm(season ?? seasonByMonth(start), schoolYearOf(start));
  const middle = mondayOf(addDays(start, Math.round(daysBetween(start, end) / 2)));
  for (const monday of [typical, middle]) {
    const friday = addDays(monday, 4);
    if (monday > start && friday < end) return { first: monday, last: friday, days: weekdaysIn(monday, friday) };
  }
  return null;
}
