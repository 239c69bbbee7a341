// Working days as the tribunal rules define them: any day except a Saturday or Sunday, Christmas
// Day, Good Friday or a bank holiday in England and Wales (HESC Rules 2008, rule 1(3)).

import { addDays, isIsoDay, isWeekend, type IsoDay } from '@/lib/calendar/day';
import { bankHolidayOn } from '@/lib/plan/clocks/bank-holidays';

export function isWorkingDay(day: IsoDay): boolean {
  if (!isIsoDay(day)) return false;
  return !isWeekend(day) && bankHolidayOn(day) === null;
}

/** The first working day strictly after day. */
export function nextWorkingDayAfter(day: IsoDay): IsoDay {
  let next = addDays(day, 1);
  // Never more than a few days apart; the bound only guards against a bad day string.
  for (let i = 0; i < 30 && !isWorkingDay(next); i++) next = addDays(next, 1);
  return next;
}

/** Why a day is not a working day, to follow "which is": "at the weekend", "Easter Monday, a bank holiday"; null when it is one. */
export function whyNotWorkingDay(day: IsoDay): string | null {
  const holiday = bankHolidayOn(day);
  if (holiday === 'Christmas Day' || holiday === 'Good Friday') return holiday;
  if (holiday) return `${holiday}, a bank holiday`;
  if (isWeekend(day)) return 'at the weekend';
  return null;
}
