import { describe, expect, it } from 'vitest';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { isSchoolDay, schoolWeeksBetween, termOf } from '@/lib/calendar/school-weeks';
import { CALENDAR } from '../plan/timeline/make-set';

// A spring term in a leap year whose half term holds 29 February.
const LEAP: TermCalendar = {
  name: 'Leap year',
  terms: [{ name: 'Spring 2028', start: '2028-01-04', end: '2028-03-31', halfTermStart: '2028-02-28', halfTermEnd: '2028-03-03' }],
};

describe('schoolWeeksBetween', () => {
  it.each([
    // [why, from, to, weeks]: weeks counted after the week of `from`, up to the week of `to`.
    ['four term-time weeks, Monday to Monday', '2025-09-08', '2025-10-06', 4],
    ['the Sunday before: the fourth week has not begun', '2025-09-08', '2025-10-05', 3],
    ['the October half term is not counted (20 Oct, 3 Nov, 10 Nov)', '2025-10-13', '2025-11-10', 3],
    ['Christmas is not counted, across the year end (5 Jan, 12 Jan)', '2025-12-18', '2026-01-12', 2],
    ['a term starting on a Wednesday, across the month end (week of 1 Sep)', '2025-08-29', '2025-09-05', 1],
    ['from a day in the summer holiday to the Monday before term', '2025-08-01', '2025-09-01', 0],
    ['the same day', '2025-09-08', '2025-09-08', 0],
    ['backwards', '2025-10-06', '2025-09-08', 0],
  ])('%s', (_why, from, to, weeks) => {
    expect(schoolWeeksBetween(CALENDAR, from, to)).toEqual({ weeks, approximate: false });
  });

  it('skips a week whose only term days are closures (INSET days)', () => {
    const withInset = { ...CALENDAR, closures: ['2025-09-03', '2025-09-04', '2025-09-05'] };
    expect(schoolWeeksBetween(withInset, '2025-08-29', '2025-09-05')).toEqual({ weeks: 0, approximate: false });
    expect(schoolWeeksBetween(withInset, '2025-08-29', '2025-09-08')).toEqual({ weeks: 1, approximate: false });
  });

  it('counts a leap-year half term holding 29 February as no week (21 Feb, 6 Mar, 13 Mar)', () => {
    expect(schoolWeeksBetween(LEAP, '2028-02-14', '2028-03-13')).toEqual({ weeks: 3, approximate: false });
  });

  it('without term dates counts calendar weeks, holidays included, and says so', () => {
    // 22 Dec, 29 Dec, 5 Jan, 12 Jan.
    expect(schoolWeeksBetween(null, '2025-12-18', '2026-01-12')).toEqual({ weeks: 4, approximate: true });
    expect(schoolWeeksBetween({ name: 'Empty', terms: [] }, '2025-12-18', '2026-01-12')).toEqual({ weeks: 4, approximate: true });
    // Leap year: 28 February 2028 is a Monday, so 28 Feb and 6 Mar.
    expect(schoolWeeksBetween(null, '2028-02-21', '2028-03-06')).toEqual({ weeks: 2, approximate: true });
    expect(schoolWeeksBetween(null, '2028-02-21', '2028-02-21')).toEqual({ weeks: 0, approximate: true });
  });

  it('counts weeks past the end of the term dates as plain weeks, marked approximate', () => {
    // Summer 2027 ends Wednesday 21 July: 12 Jul and 19 Jul are school weeks, 26 Jul and 2 Aug are beyond the dates.
    expect(schoolWeeksBetween(CALENDAR, '2027-07-05', '2027-08-02')).toEqual({ weeks: 4, approximate: true });
    // Before the first term (3 Sep 2024): four August weeks beyond the dates, then 2 Sep and 9 Sep in term.
    expect(schoolWeeksBetween(CALENDAR, '2024-08-01', '2024-09-09')).toEqual({ weeks: 6, approximate: true });
  });

  it('reads nothing into days that are not days', () => {
    expect(schoolWeeksBetween(CALENDAR, '2025-02-30', '2025-09-08').weeks).toBe(0);
  });
});

describe('termOf and isSchoolDay', () => {
  it('finds the term holding a day, its half term, or the term after a holiday', () => {
    expect(termOf(CALENDAR, '2025-10-29')).toMatchObject({ term: { name: 'Autumn 2025' }, during: 'half-term' });
    expect(termOf(CALENDAR, '2025-12-19')).toMatchObject({ term: { name: 'Autumn 2025' }, during: 'term' });
    expect(termOf(CALENDAR, '2025-08-10')).toMatchObject({ term: { name: 'Autumn 2025' }, during: 'holiday-before' });
    expect(termOf(CALENDAR, '2027-08-01')).toBeNull();
    expect(termOf(null, '2025-10-29')).toBeNull();
  });

  it('knows a school day from a weekend, a half term and a holiday', () => {
    expect(isSchoolDay(CALENDAR, '2025-09-03')).toBe(true);
    expect(isSchoolDay(CALENDAR, '2025-09-06')).toBe(false); // Saturday
    expect(isSchoolDay(CALENDAR, '2025-10-29')).toBe(false); // half term
    expect(isSchoolDay(CALENDAR, '2025-08-20')).toBe(false); // summer holiday
    expect(isSchoolDay({ ...CALENDAR, closures: ['2025-09-03'] }, '2025-09-03')).toBe(false);
    expect(isSchoolDay(null, '2025-09-03')).toBe(false);
  });
});
