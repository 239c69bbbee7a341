// British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October (the rule the UK has kept since 1996). Computed, not read from Intl, so every
// browser gives the same day.
import { lastWeekdayBefore, makeDay, type IsoDay } from '@/lib/calendar/day';

/** The last Sunday of March and of October: the days the clocks change, at 01:00 UTC. */
export function ukClockChangeDays(year: number): { starts: IsoDay; ends: IsoDay } | null {
  const april = makeDay(year, 4, 1);
  const november = makeDay(year, 11, 1);
  if (!april || !november) return null;
  return { starts: lastWeekdayBefore(april, 0), ends: lastWeekdayBefore(november, 0) };
}
