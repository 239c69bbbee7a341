// The terms the flags count in: the school's own terms, and where there are none (no calendar, or
// days before or after the dates it holds) terms guessed from the months, marked approximate so the
// flag can say so. A day in a holiday belongs to the term that follows, as in term-dates.ts.

import { addDays, daysBetween, lastDayOfMonth, makeDay, type IsoDay } from '@/lib/calendar/day';
import { schoolYearOf, seasonOf, type Season } from '@/lib/calendar/term-dates';
import { sortedTerms } from '@/lib/calendar/school-weeks';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { firstTermEndingFrom } from '@/lib/calendar/term-search';

export interface FlagTerm {
  /** Stable: "term:2025-09-03" or "approx:2025-09-01". */
  key: string;
  /** "Autumn 2025". */
  name: string;
  start: IsoDay;
  end: IsoDay;
  /** Half-way through: the start of the half term for a real term. */
  middle: IsoDay;
  season: Season;
  /** The year its school year starts: 2025 for 2025 to 2026. */
  schoolYear: number;
  approximate: boolean;
}

/** Month spans standing in for terms; August is the summer holiday, so belongs to the autumn term. */
const APPROXIMATE_TERMS: readonly { season: Season; name: string; startMonth: number; endMonth: number; nextYear: boolean }[] = [
  { season: 'autumn', name: 'Autumn', startMonth: 9, endMonth: 12, nextYear: false },
  { season: 'spring', name: 'Spring', startMonth: 1, endMonth: 3, nextYear: true },
  { season: 'summer', name: 'Summer', startMonth: 4, endMonth: 7, nextYear: true },
];

const SEASON_NAMES: Record<Season, string> = { autumn: 'Autumn', spring: 'Spring', summer: 'Summer' };

/** Terms in date order covering from..to, with a term either side to compare against. */
export function flagTerms(calendar: TermCalendar | null, from: IsoDay, to: IsoDay): FlagTerm[] {
  const real: FlagTerm[] = sortedTerms(calendar).map((t) => ({
    key: `term:${t.start}`,
    name: t.name?.trim() || `${SEASON_NAMES[seasonOf(t)]} ${t.start.slice(0, 4)}`,
    start: t.start,
    end: t.end,
    middle: t.halfTermStart && t.start <= t.halfTermStart && t.halfTermStart <= t.end ? t.halfTermStart : midpoint(t.start, t.end),
    season: seasonOf(t),
    schoolYear: schoolYearOf(t.start),
    approximate: false,
  }));
  const first = real[0]?.start;
  const last = real[real.length - 1]?.end;
  const guessed = approximateTerms(schoolYearOf(from) - 1, schoolYearOf(to) + 1).filter(
    (t) => first === undefined || last === undefined || t.end < first || t.start > last,
  );
  return [...guessed, ...real].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function approximateTerms(fromYear: number, toYear: number): FlagTerm[] {
  const out: FlagTerm[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const t of APPROXIMATE_TERMS) {
      const y = t.nextYear ? year + 1 : year;
      const start = makeDay(y, t.startMonth, 1);
      const endMonth = makeDay(y, t.endMonth, 1);
      if (!start || !endMonth) continue;
      const end = lastDayOfMonth(endMonth);
      out.push({
        key: `approx:${start}`,
        name: `${t.name} ${y}`,
        start,
        end,
        middle: midpoint(start, end),
        season: t.season,
        schoolYear: year,
        approximate: true,
      });
    }
  }
  return out;
}

function midpoint(start: IsoDay, end: IsoDay): IsoDay {
  return addDays(start, Math.floor(daysBetween(start, end) / 2));
}

/** The index of the term holding day, or of the next term when day is in a holiday; -1 after the last. */
export function termIndexAt(terms: readonly FlagTerm[], day: IsoDay): number {
  const i = firstTermEndingFrom(terms, day);
  return i < terms.length ? i : -1;
}
