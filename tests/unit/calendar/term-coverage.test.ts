// Whether the calendar covers a school year, and the new term-word helpers (term-calendar.md).
import { describe, expect, it } from 'vitest';
import { coversDay, missingSchoolYear, schoolYearLabel, yearAfterCalendar } from '../../../lib/calendar/term-coverage';
import { afterNamedHalfTerm, secondHalfStart, seasonOfHalfTermName } from '../../../lib/calendar/term-dates';
import type { TermCalendar } from '../../../lib/calendar/term-calendar';

const calendar: TermCalendar = {
  name: 'Two terms of one year',
  terms: [
    { name: 'Autumn 2030', start: '2030-09-03', end: '2030-12-20', halfTermStart: '2030-10-28', halfTermEnd: '2030-11-01' },
    { name: 'Spring 2031', start: '2031-01-06', end: '2031-04-04', halfTermStart: '2031-02-17', halfTermEnd: '2031-02-21' },
  ],
};

describe('coverage of a school year', () => {
  it('covers days in its terms and in the holidays between them', () => {
    expect(coversDay(calendar, '2030-10-01')).toBe(true);
    expect(coversDay(calendar, '2030-12-28')).toBe(true);
    expect(coversDay(calendar, '2030-08-20')).toBe(true);
  });
  it('does not cover another school year', () => {
    expect(coversDay(calendar, '2029-10-01')).toBe(false);
    expect(coversDay(calendar, '2031-10-01')).toBe(false);
    expect(missingSchoolYear(calendar, '2029-10-01')).toBe('2029–30');
    expect(missingSchoolYear(calendar, '2030-10-01')).toBeNull();
  });
  it('says nothing is missing when there is no calendar', () => {
    expect(missingSchoolYear(null, '2030-10-01')).toBeNull();
  });
  it('writes school years with an en dash', () => {
    expect(schoolYearLabel(2022)).toBe('2022–23');
    expect(schoolYearLabel(2099)).toBe('2099–00');
    expect(yearAfterCalendar(calendar)).toBe('2031–32');
  });
});

describe('named half terms and the second half of a term', () => {
  it('names breaks by month or season', () => {
    expect(seasonOfHalfTermName('October')).toBe('autumn');
    expect(seasonOfHalfTermName('february')).toBe('spring');
    expect(seasonOfHalfTermName('spring')).toBe('spring');
    expect(seasonOfHalfTermName('june')).toBeNull();
  });
  it('finds the first weekday after a named break still ahead', () => {
    expect(afterNamedHalfTerm(calendar, '2030-09-10', 'autumn')).toBe('2030-11-04');
    expect(afterNamedHalfTerm(calendar, '2030-09-10', 'spring')).toBe('2031-02-24');
    expect(afterNamedHalfTerm(calendar, '2030-11-10', 'autumn')).toBeNull();
  });
  it('starts the second half term after the current term\'s break, or the next term\'s', () => {
    expect(secondHalfStart(calendar, '2030-09-10')).toBe('2030-11-04');
    expect(secondHalfStart(calendar, '2030-11-10')).toBe('2031-02-24');
  });
});
