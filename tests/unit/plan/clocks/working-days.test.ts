import { describe, expect, it } from 'vitest';
import { isWorkingDay, nextWorkingDayAfter } from '@/lib/plan/clocks';

describe('working days', () => {
  it.each([
    ['2026-03-17', true, 'an ordinary Tuesday'],
    ['2026-03-14', false, 'a Saturday'],
    ['2026-03-15', false, 'a Sunday'],
    ['2027-03-26', false, 'Good Friday'],
    ['2027-03-29', false, 'Easter Monday'],
    ['2027-12-27', false, 'the Christmas Day substitute'],
    ['2026-08-31', false, 'the summer bank holiday'],
    ['2026-12-24', true, 'Christmas Eve, a Thursday'],
    ['2029-09-03', true, 'Monday 3 September 2029'],
    ['2026-02-30', false, 'no such day'],
  ])('%s is a working day: %s (%s)', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it('skips weekends and bank holidays together', () => {
    // Christmas 2026: Friday 25 holiday, weekend, Monday 28 Boxing Day substitute.
    expect(nextWorkingDayAfter('2026-12-24')).toBe('2026-12-29');
    // Easter 2027: Good Friday 26 March to Easter Monday 29 March.
    expect(nextWorkingDayAfter('2027-03-25')).toBe('2027-03-30');
    expect(nextWorkingDayAfter('2026-03-16')).toBe('2026-03-17');
  });
});
