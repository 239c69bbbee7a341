// Days off as runs of weekdays: a holiday from Saturday to the Sunday a week later is one run of five
// weekdays, and two holidays that meet across a weekend (Easter holidays, then Easter Monday) are one.

import { addDays, isWeekend, type IsoDay } from '@/lib/calendar/day';
import { firstWeekdayAfter } from '@/lib/calendar/term-dates';

export interface WeekdayRun {
  first: IsoDay;
  last: IsoDay;
  days: IsoDay[];
}

/** The weekdays from first to last, both included; none when last is before first. */
export function weekdaysIn(first: IsoDay, last: IsoDay, most = 400): IsoDay[] {
  const days: IsoDay[] = [];
  for (let d = first; d <= last && days.length < most; d = addDays(d, 1)) if (!isWeekend(d)) days.push(d);
  return days;
}

/** The weekdays of `days` grouped into runs with no school day between them. */
export function weekdayRuns(days: Iterable<IsoDay>): WeekdayRun[] {
  const sorted = [...new Set(days)].filter((d) => !isWeekend(d)).sort();
  const runs: WeekdayRun[] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && firstWeekdayAfter(run.last) === day) {
      run.last = day;
      run.days.push(day);
    } else runs.push({ first: day, last: day, days: [day] });
  }
  return runs;
}
