import { describe, expect, it } from 'vitest';
import { addMonths } from '@/lib/calendar/day';
import { addCalendarMonths } from '@/lib/plan/clocks';
import { lastDayOfMonthsStartingWith } from '@/lib/plan/clocks/calendar-months';
import { statutoryDue } from '@/lib/plan/clocks/statutory-due';

// Expected days checked by hand against a printed calendar (2024 and 2028 are leap years).
describe('adding calendar months', () => {
  it('needs its own helper: the shared addMonths gives the first of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-01');
  });

  it.each([
    ['2026-10-25', 2, '2026-12-25'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-11-30', 1, '2025-12-30'],
    ['2025-03-31', 1, '2025-04-30'],
  ])('%s + %i months = %s (the same day of the month)', (from, n, expected) => {
    expect(addCalendarMonths(from, n)).toBe(expected);
  });

  it.each([
    ['2027-12-31', 2, '2028-02-29', '2 months from 31 December, leap year'],
    ['2026-12-31', 2, '2027-02-28', '2 months from 31 December, ordinary year'],
    ['2024-02-29', 12, '2025-02-28', '12 months from 29 February'],
    ['2025-01-31', 1, '2025-02-28', '1 month from 31 January'],
    ['2024-01-30', 1, '2024-02-29', '1 month from 30 January, leap year'],
    ['2026-08-31', 1, '2026-09-30', '1 month from 31 August'],
  ])('%s + %i months = %s (%s: no such day, so the last day of the month)', (from, n, expected) => {
    expect(addCalendarMonths(from, n)).toBe(expected);
  });
});

// "The period of N months starting with" a day (Children and Families Act 2014 s44(1)) counts that
// day as day 1, so it ends the day before the corresponding date; with no corresponding date, on
// the last day of that month. Checked by hand: each period below is exactly 12 calendar months.
describe('the last day of a period of months starting with a day', () => {
  it.each([
    ['2024-05-20', '2025-05-19', 'the day before the anniversary'],
    ['2024-02-29', '2025-02-28', 'no 29 February 2025, so the end of February'],
    ['2025-01-31', '2026-01-30', '31 January 2026 exists, so the day before it'],
    ['2027-03-01', '2028-02-29', 'the day before 1 March 2028, in a leap year'],
    ['2026-03-01', '2027-02-28', 'the day before 1 March 2027, in an ordinary year'],
    ['2025-12-31', '2026-12-30', 'across a year end'],
  ])('12 months starting with %s end on %s (%s)', (from, expected) => {
    expect(lastDayOfMonthsStartingWith(from, 12)).toBe(expected);
    expect(statutoryDue('annual-review', from)).toBe(expected);
  });

  it.each([
    ['2025-01-28', 1, '2025-02-27'],
    ['2025-01-29', 1, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
  ])('%s: %i month starting with it ends on %s', (from, n, expected) => {
    expect(lastDayOfMonthsStartingWith(from, n)).toBe(expected);
  });

  it('is one day shorter than "N months after", which the tribunal deadlines use', () => {
    expect(addCalendarMonths('2024-05-20', 12)).toBe('2025-05-20');
    expect(lastDayOfMonthsStartingWith('2024-05-20', 12)).toBe('2025-05-19');
  });
});
