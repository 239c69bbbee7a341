// The pieces term dates are built from while reading a school calendar: runs of holiday weekdays
// and the stretches of days that become terms.

import type { IsoDay } from '@/lib/calendar/day';
import type { Season } from '@/lib/calendar/term-dates';
import type { WeekdayRun } from '@/lib/calendar/ics/weekday-runs';

export interface Holiday extends WeekdayRun {
  /** A break between terms (Christmas, Easter, summer) rather than a half term or a day off. */
  long: boolean;
  namedHalfTerm: boolean;
}

export interface Span {
  start: IsoDay;
  end: IsoDay;
  season: Season | null;
  /** Breaks found between two halves of the term ("Autumn 1" and "Autumn 2"). */
  gaps: WeekdayRun[];
  /** Edges the calendar did not give, taken from the typical English pattern. */
  guessedStart?: boolean;
  guessedEnd?: boolean;
}
