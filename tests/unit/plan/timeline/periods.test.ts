import { describe, expect, it } from 'vitest';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { periodFinder } from '@/lib/plan/timeline/periods';
import { CALENDAR } from './make-set';

describe('timeline periods with term dates', () => {
  const periodOf = periodFinder(CALENDAR);

  it('puts a half-term day in its term', () => {
    expect(periodOf('2026-10-28')).toEqual({ key: 'term:2026-09-02', label: 'Autumn 2026', kind: 'term', from: '2026-09-02', to: '2026-12-18' });
  });

  it('names the holidays between terms, across month and year ends', () => {
    expect(periodOf('2026-08-10')).toEqual({ key: 'holiday:2026-07-22', label: 'Summer holiday 2026', kind: 'holiday', from: '2026-07-22', to: '2026-09-01' });
    expect(periodOf('2025-12-25')).toMatchObject({ label: 'Christmas holiday 2025', from: '2025-12-20', to: '2026-01-04' });
    expect(periodOf('2026-01-04')).toMatchObject({ label: 'Christmas holiday 2025' });
    expect(periodOf('2026-04-01')).toMatchObject({ label: 'Easter holiday 2026', from: '2026-03-28', to: '2026-04-12' });
  });

  it('falls back to months outside the term dates, cut where a term begins or ends', () => {
    expect(periodOf('2024-08-15')).toEqual({ key: 'month:2024-08-01', label: 'August 2024', kind: 'month', from: '2024-08-01', to: '2024-08-31' });
    expect(periodOf('2024-09-02')).toMatchObject({ label: 'September 2024', from: '2024-09-01', to: '2024-09-02' });
    expect(periodOf('2027-07-30')).toMatchObject({ label: 'July 2027', from: '2027-07-22', to: '2027-07-31' });
  });

  it('shows a hole in the calendar (a missing year) as months', () => {
    const holed: TermCalendar = { name: 'Holed', terms: [CALENDAR.terms[2]!, CALENDAR.terms[6]!] };
    expect(periodFinder(holed)('2025-11-10')).toMatchObject({ label: 'November 2025', kind: 'month', from: '2025-11-01', to: '2025-11-30' });
  });

  it('calls a short gap a half term, for calendars that list half terms as terms', () => {
    const six: TermCalendar = {
      name: 'Six terms',
      terms: [
        { name: 'Autumn 1', start: '2026-09-02', end: '2026-10-23', halfTermStart: '', halfTermEnd: '' },
        { name: 'Autumn 2', start: '2026-11-02', end: '2026-12-18', halfTermStart: '', halfTermEnd: '' },
      ],
    };
    expect(periodFinder(six)('2026-10-28')).toEqual({ key: 'holiday:2026-10-24', label: 'Half term, October 2026', kind: 'holiday', from: '2026-10-24', to: '2026-11-01' });
  });
});

describe('timeline periods without term dates', () => {
  it('groups by calendar month, leap years included', () => {
    const periodOf = periodFinder(null);
    expect(periodOf('2026-11-15')).toEqual({ key: 'month:2026-11-01', label: 'November 2026', kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(periodOf('2028-02-29')).toMatchObject({ label: 'February 2028', from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('2027-02-10')).toMatchObject({ to: '2027-02-28' });
    expect(periodFinder({ name: 'Empty', terms: [] })('2026-11-15')).toMatchObject({ label: 'November 2026' });
  });
});
