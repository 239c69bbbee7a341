import { describe, expect, it } from 'vitest';
import { easterSunday } from '@/lib/calendar/easter';

describe('Easter Sunday', () => {
  // Checked against published tables (Church of England, HM Government bank holidays).
  it.each([
    [2000, '2000-04-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});
