import { describe, expect, it } from 'vitest';
import { EXAMPLE_TERM_CALENDAR_JSON } from '../../support/term-calendar';
import { weekday } from '@/lib/calendar/day';
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { checkCalendar } from '@/lib/calendar/calendar-check';
import { defaultCalendarAround, defaultEnglishCalendar, typicalSchoolYear, typicalTermAround } from '@/lib/calendar/default-calendar';

const corpus = JSON.parse(
  EXAMPLE_TERM_CALENDAR_JSON,
) as TermCalendar;

describe('the typical English calendar', () => {
  it('gives the corpus dates for 2025-26 and 2026-27 exactly', () => {
    const ours = defaultEnglishCalendar([2025, 2026]).terms;
    expect(ours).toEqual(corpus.terms.slice(3));
  });

  it('differs from the corpus in 2024-25 only where autumn starts: the first Wednesday, not Tuesday 3 September', () => {
    const ours = defaultEnglishCalendar([2024]).terms;
    expect(ours[0]!.start).toBe('2024-09-04');
    expect(ours.map((t, i) => (i === 0 ? { ...t, start: '2024-09-03' } : t))).toEqual(corpus.terms.slice(0, 3));
  });

  // Worked by hand: Easter 2025 is 20 April, 2026 is 5 April, 2027 is 28 March, 2024 is 31 March.
  it.each([
    // Late Easter: the two weeks before it (7 to 18 April), then Easter Monday; back on Tuesday.
    [2024, { spring: '2025-04-04', summer: '2025-04-22' }],
    // Early April Easter: the week before it and the week after (30 March to 10 April).
    [2025, { spring: '2026-03-27', summer: '2026-04-13' }],
    // March Easter: Good Friday, then the two weeks after (29 March to 9 April); spring ends on Maundy Thursday.
    [2026, { spring: '2027-03-25', summer: '2027-04-12' }],
    [2023, { spring: '2024-03-28', summer: '2024-04-15' }],
  ])('places the Easter break of school year %i', (year, expected) => {
    const [, spring, summer] = typicalSchoolYear(year);
    expect({ spring: spring!.end, summer: summer!.start }).toEqual(expected);
  });

  it('names terms by season and the year each starts in', () => {
    expect(defaultEnglishCalendar([2026]).terms.map((t) => t.name)).toEqual(['Autumn 2026', 'Spring 2027', 'Summer 2027']);
  });

  it('counts the early May bank holiday as a closure in term time', () => {
    expect(defaultEnglishCalendar([2025, 2026]).closures).toEqual(['2026-05-04', '2027-05-03']);
  });

  it('sorts and de-duplicates the years, and ignores ones that are not years', () => {
    const names = defaultEnglishCalendar([2026, 2025, 2026, Number.NaN, 2.5]).terms.map((t) => t.name);
    expect(names).toEqual(['Autumn 2025', 'Spring 2026', 'Summer 2026', 'Autumn 2026', 'Spring 2027', 'Summer 2027']);
  });

  it('is valid, weekday-bounded and raises no problems for every school year from 2000 to 2100', () => {
    const years = Array.from({ length: 101 }, (_, i) => 2000 + i);
    const calendar = defaultEnglishCalendar(years);
    expect(calendar.terms).toHaveLength(303);
    const parsed = parseTermCalendar(JSON.stringify(calendar));
    expect(parsed.ok && parsed.calendar.terms).toEqual(calendar.terms);
    for (const t of calendar.terms) {
      expect([t.start, t.end].map(weekday).every((wd) => wd >= 1 && wd <= 5)).toBe(true);
      expect([weekday(t.halfTermStart), weekday(t.halfTermEnd)]).toEqual([1, 5]);
      expect(t.start < t.halfTermStart && t.halfTermEnd < t.end).toBe(true);
    }
    expect(checkCalendar(calendar)).toEqual([]);
  });
});

describe('the typical term around a day', () => {
  it('is the term holding the day, or the nearest one in a holiday', () => {
    expect(typicalTermAround('2026-10-28').name).toBe('Autumn 2026'); // half term is part of its term
    expect(typicalTermAround('2026-12-23').name).toBe('Autumn 2026'); // 5 days after it ends, 12 before spring
    expect(typicalTermAround('2027-08-02').name).toBe('Summer 2027'); // 12 days after it ends, 30 before autumn
    expect(typicalTermAround('2027-08-25').name).toBe('Autumn 2027');
  });
});

describe('the typical calendar around today', () => {
  it('covers the previous, current and next school years', () => {
    const calendar = defaultCalendarAround('2026-11-23');
    expect(calendar.name).toBe('Typical English term dates (check with your school)');
    expect(calendar.terms.map((t) => t.name)).toEqual([
      'Autumn 2025', 'Spring 2026', 'Summer 2026',
      'Autumn 2026', 'Spring 2027', 'Summer 2027',
      'Autumn 2027', 'Spring 2028', 'Summer 2028',
    ]);
  });

  it('has no terms for a day that is not a day', () => {
    expect(defaultCalendarAround('soon').terms).toEqual([]);
  });

  it('counts August as the start of the next school year, as the term rules do', () => {
    expect(defaultCalendarAround('2026-08-10').terms[0]!.name).toBe('Autumn 2025');
    expect(defaultCalendarAround('2026-07-31').terms[0]!.name).toBe('Autumn 2024');
  });
});
