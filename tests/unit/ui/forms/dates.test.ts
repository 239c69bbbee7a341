import { describe, expect, it } from 'vitest';
import { fromDateInput, longDayOfInstant, schoolYearStart, termNameFor, toDateInput } from '@/lib/ui/forms/dates';
import { localDayOfInstant } from '@/lib/calendar/today';

describe('form dates', () => {
  it('converts to and from date inputs', () => {
    expect(toDateInput('2026-09-07')).toBe('2026-09-07');
    expect(toDateInput(null)).toBe('');
    expect(toDateInput('07/09/2026')).toBe('');
    expect(fromDateInput(' 2026-09-07 ')).toBe('2026-09-07');
    expect(fromDateInput('')).toBeNull();
    expect(fromDateInput('2026-13-01')).toBeNull();
  });

  it('takes the local day of an instant (tests run in Europe/London)', () => {
    expect(localDayOfInstant('2026-05-13T23:30:00Z')).toBe('2026-05-14');
    expect(longDayOfInstant('2026-03-03T10:00:00Z')).toBe('Tuesday 3 March 2026');
    expect(localDayOfInstant('not a time')).toBeNull();
    expect(longDayOfInstant('not a time')).toBe('');
  });

  it('knows which school year a day is in', () => {
    expect(schoolYearStart('2026-05-13')).toBe(2025);
    expect(schoolYearStart('2026-09-01')).toBe(2026);
    expect(schoolYearStart('2026-08-20')).toBe(2026);
  });

  it('names a term by the season it starts in', () => {
    expect(termNameFor('2026-09-03')).toBe('Autumn 2026');
    expect(termNameFor('2027-01-05')).toBe('Spring 2027');
    expect(termNameFor('2027-04-19')).toBe('Summer 2027');
    expect(termNameFor('')).toBe('');
  });
});
