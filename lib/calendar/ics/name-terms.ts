// Names for terms read from a school calendar: "Autumn 2026", "Spring 2027", "Summer 2027".

import { yearOf, type IsoDay } from '@/lib/calendar/day';
import type { Term } from '@/lib/calendar/term-calendar';
import { schoolYearOf, type Season } from '@/lib/calendar/term-dates';

/**
 * "Autumn 2026", "Spring 2027", "Summer 2027": from the calendar's own words when it names the
 * season, else by order within the school year when it has the usual three terms, else by month.
 */
export function nameTerms(terms: Term[], seasons: (Season | null)[]): void {
  const byYear = new Map<number, number[]>();
  terms.forEach((t, i) => byYear.set(schoolYearOf(t.start), [...(byYear.get(schoolYearOf(t.start)) ?? []), i]));
  const order: Season[] = ['autumn', 'spring', 'summer'];
  for (const indexes of byYear.values()) {
    indexes.forEach((i, position) => {
      const term = terms[i]!;
      const season = seasons[i] ?? (indexes.length === 3 ? order[position]! : seasonByMonth(term.start));
      term.name = `${season[0]!.toUpperCase()}${season.slice(1)} ${yearOf(term.start)}`;
    });
  }
}

export function seasonByMonth(day: IsoDay): Season {
  const month = Number(day.slice(5, 7));
  if (month >= 8) return 'autumn';
  return month <= 3 ? 'spring' : 'summer';
}
