import { describe, expect, it } from 'vitest';
import { addMonths } from '@/lib/analysis/calendar/day';
import { addCalendarMonths } from '@/lib/plan/clocks';

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
