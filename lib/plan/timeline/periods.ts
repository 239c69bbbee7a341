// The stretches of time the timeline groups rows under: the school's terms (half terms inside
// them) and the holidays between, or calendar months where there are no term dates (no calendar,
// days outside the dates it holds, or a gap too long to be one holiday).

import { addDays, daysBetween, lastDayOfMonth, monthOf, MONTH_NAMES, yearOf, type IsoDay } from '@/lib/calendar/day';
import type { Term, TermCalendar } from '@/lib/calendar/term-calendar';
import { seasonOf, type Season } from '@/lib/calendar/term-dates';
import { sortedTerms } from '@/lib/calendar/school-weeks';
import type { PeriodKind } from '@/lib/plan/timeline/types';
import { firstTermEndingFrom } from '@/lib/calendar/term-search';

export interface Period {
  /** Stable: "term:2026-09-02", "holiday:2026-07-22", "month:2026-11-01". */
  key: string;
  label: string;
  kind: PeriodKind;
  from: IsoDay;
  to: IsoDay;
}

/** A gap between terms longer than this is a hole in the calendar, shown as months. */
const LONGEST_HOLIDAY_DAYS = 70;
/** A gap this short between two terms is a half term (calendars that list half terms as terms). */
const LONGEST_HALF_TERM_DAYS = 10;
const HOLIDAY_AFTER: Record<Season, string> = { autumn: 'Christmas holiday', spring: 'Easter holiday', summer: 'Summer holiday' };
const SEASON_NAMES: Record<Season, string> = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' };

export type PeriodOf = (day: IsoDay) => Period;

/**
 * A lookup from day to period. Each day's answer is remembered (a timeline has far fewer days than
 * rows), and each period is made once, however many days fall in it.
 */
export function periodFinder(calendar: TermCalendar | null): PeriodOf {
  const terms = sortedTerms(calendar);
  const byDay = new Map<IsoDay, Period>();
  const made = new Map<string, Period>();
  return (day) => {
    let period = byDay.get(day);
    if (!period) {
      const found = periodOf(terms, day);
      period = made.get(found.key) ?? found;
      made.set(period.key, period);
      byDay.set(day, period);
    }
    return period;
  };
}

function periodOf(terms: readonly Term[], day: IsoDay): Period {
  const lo = firstTermEndingFrom(terms, day);
  const next = terms[lo];
  if (next && next.start <= day) return termPeriod(next);
  const prev = terms[lo - 1];
  const from = prev ? addDays(prev.end, 1) : null;
  const to = next ? addDays(next.start, -1) : null;
  if (prev && from && to) {
    const length = daysBetween(from, to) + 1;
    if (length <= LONGEST_HALF_TERM_DAYS) return holiday(from, to, `Half term, ${monthName(from)}`);
    if (length <= LONGEST_HOLIDAY_DAYS) return holiday(from, to, `${HOLIDAY_AFTER[seasonOf(prev)]} ${yearOf(from)}`);
  }
  return monthPeriod(day, from, to);
}

function termPeriod(term: Term): Period {
  const label = term.name?.trim() || `${SEASON_NAMES[seasonOf(term)]} ${yearOf(term.start)}`;
  return { key: `term:${term.start}`, label, kind: 'term', from: term.start, to: term.end };
}

function holiday(from: IsoDay, to: IsoDay, label: string): Period {
  return { key: `holiday:${from}`, label, kind: 'holiday', from, to };
}

/** The month holding day, cut short where a term begins or ends inside it. */
function monthPeriod(day: IsoDay, notBefore: IsoDay | null, notAfter: IsoDay | null): Period {
  const first = `${day.slice(0, 7)}-01`;
  const last = lastDayOfMonth(day);
  const from = notBefore && notBefore > first ? notBefore : first;
  const to = notAfter && notAfter < last ? notAfter : last;
  return { key: `month:${from}`, label: monthName(day), kind: 'month', from, to };
}

function monthName(day: IsoDay): string {
  return `${MONTH_NAMES[monthOf(day) - 1]} ${yearOf(day)}`;
}
