import { describe, expect, it } from 'vitest';
import { bankHolidayOn, bankHolidays, namedBankHolidays } from '@/lib/plan/clocks';
import { easterSunday } from '@/lib/calendar/easter';

// The published gov.uk lists for England and Wales, copied from gov.uk/bank-holidays and its
// archived years (not from this code's output).
const PUBLISHED: Record<number, string[]> = {
  2012: ['2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04', '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

describe('Easter', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest Easter can fall
    [2285, '2285-03-22'], // the earliest
  ])('Easter Sunday %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});

describe('bank holidays in England and Wales', () => {
  it.each(Object.entries(PUBLISHED))('%s matches the gov.uk list', (year, days) => {
    expect(bankHolidays(Number(year))).toEqual(days);
  });

  it('names substitute days the way gov.uk does', () => {
    // 2027: Christmas Day is a Saturday and Boxing Day a Sunday.
    expect(namedBankHolidays(2027).slice(-2)).toEqual([
      { day: '2027-12-27', name: 'Christmas Day (substitute day)' },
      { day: '2027-12-28', name: 'Boxing Day (substitute day)' },
    ]);
    // 2022: Christmas Day is a Sunday, so Boxing Day keeps Monday and Christmas moves to Tuesday.
    expect(bankHolidayOn('2022-12-26')).toBe('Boxing Day');
    expect(bankHolidayOn('2022-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHolidayOn('2022-01-03')).toBe("New Year's Day (substitute day)");
  });

  it('keeps one-off holidays as data', () => {
    expect(bankHolidayOn('2022-09-19')).toBe('State Funeral of Queen Elizabeth II');
    expect(bankHolidayOn('2023-05-08')).toBe('Coronation of King Charles III');
    expect(bankHolidayOn('2022-05-30')).toBeNull(); // the usual spring holiday, moved to 2 June that year
  });

  it('answers for far-off years by the rules, and nothing for nonsense', () => {
    // 2030: Easter is 21 April; 1 January and 25 December are a Tuesday and a Wednesday.
    expect(bankHolidays(2030)).toEqual(['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26']);
    expect(bankHolidays(Number.NaN)).toEqual([]);
    expect(bankHolidayOn('not a day')).toBeNull();
  });

  it('hands out copies, so a caller cannot change the next answer', () => {
    const first = bankHolidays(2026);
    first.pop();
    expect(bankHolidays(2026)).toHaveLength(8);
  });
});
