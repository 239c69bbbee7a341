// Bank holidays in England and Wales for any year, worked out by the rules used since 1978
// (Banking and Financial Dealings Act 1971, Schedule 1, and the yearly proclamations), plus the
// one-off changes in bank-holiday-exceptions.ts. Christmas Day and Good Friday are common-law
// holidays rather than bank holidays, but gov.uk lists them and courts and tribunals close, so
// they are listed here too.

import { addDays, isWeekend, lastWeekdayBefore, makeDay, nextWeekdayAfter, yearOf, type IsoDay } from '@/lib/calendar/day';
import { EXTRA_BANK_HOLIDAYS, MOVED_BANK_HOLIDAYS, type MovableHoliday } from '@/lib/plan/clocks/bank-holiday-exceptions';
import { easterSunday } from '@/lib/calendar/easter';

export interface BankHoliday {
  day: IsoDay;
  /** As gov.uk names it: "Easter Monday", "Boxing Day (substitute day)". */
  name: string;
}

const MONDAY = 1;

/** Fixed-date holidays that fall at a weekend move to the next weekday not already a holiday. */
function placeFixed(fixed: BankHoliday[]): BankHoliday[] {
  const placed = fixed.filter((h) => !isWeekend(h.day));
  const taken = new Set(placed.map((h) => h.day));
  for (const h of fixed) {
    if (!isWeekend(h.day)) continue;
    let day = addDays(h.day, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    placed.push({ day, name: `${h.name} (substitute day)` });
  }
  return placed;
}

function movedTo(year: number, holiday: MovableHoliday): IsoDay | null {
  return MOVED_BANK_HOLIDAYS.find((m) => m.year === year && m.holiday === holiday)?.to ?? null;
}

function computeBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const firstMondayInMay = nextWeekdayAfter(makeDay(year, 4, 30)!, MONDAY);
  const lastMondayInMay = lastWeekdayBefore(makeDay(year, 6, 1)!, MONDAY);
  const lastMondayInAugust = lastWeekdayBefore(makeDay(year, 9, 1)!, MONDAY);
  const holidays: BankHoliday[] = [
    ...placeFixed([{ day: makeDay(year, 1, 1)!, name: "New Year's Day" }]),
    { day: addDays(easter, -2), name: 'Good Friday' },
    { day: addDays(easter, 1), name: 'Easter Monday' },
    { day: movedTo(year, 'early-may') ?? firstMondayInMay, name: 'Early May bank holiday' },
    { day: movedTo(year, 'spring') ?? lastMondayInMay, name: 'Spring bank holiday' },
    { day: lastMondayInAugust, name: 'Summer bank holiday' },
    ...placeFixed([
      { day: makeDay(year, 12, 25)!, name: 'Christmas Day' },
      { day: makeDay(year, 12, 26)!, name: 'Boxing Day' },
    ]),
    ...EXTRA_BANK_HOLIDAYS.filter((h) => yearOf(h.day) === year),
  ];
  return holidays.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

const cache = new Map<number, ReadonlyMap<IsoDay, string>>();

/** The year's holidays by day, worked out once per year. */
function holidaysOf(year: number): ReadonlyMap<IsoDay, string> {
  let byDay = cache.get(year);
  if (!byDay) {
    byDay = new Map(computeBankHolidays(year).map((h) => [h.day, h.name]));
    cache.set(year, byDay);
  }
  return byDay;
}

/** The bank holidays of a year, named, in date order. */
export function namedBankHolidays(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return [];
  return [...holidaysOf(year)].map(([day, name]) => ({ day, name }));
}

/** The bank holidays of a year in England and Wales, in date order. */
export function bankHolidays(year: number): IsoDay[] {
  return namedBankHolidays(year).map((h) => h.day);
}

/** The name of the bank holiday on this day, or null when it is not one. */
export function bankHolidayOn(day: IsoDay): string | null {
  const year = yearOf(day);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  return holidaysOf(year).get(day) ?? null;
}
