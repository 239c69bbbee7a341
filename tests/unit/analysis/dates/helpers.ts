import { createContext } from '../../../../lib/analysis/context';
import type { TermCalendar } from '../../../../lib/calendar/term-calendar';
import { detectDates } from '../../../../lib/analysis/dates/detect-dates';
import type { DateFinding } from '../../../../lib/analysis/types';
import { EXAMPLE_TERM_CALENDAR } from '../../../support/term-calendar';

export const calendar: TermCalendar = EXAMPLE_TERM_CALENDAR;

/** Dates found in body for an email sent on `day` (YYYY-MM-DD, 10am UK time). */
export function dates(body: string, day: string, withCalendar = true): DateFinding[] {
  const sentAt = /T/.test(day) ? day : `${day}T10:00:00+00:00`;
  return detectDates(createContext({ sentAt, from: 'Mrs Green <g@school.sch.uk>', subject: '', body }, { calendar: withCalendar ? calendar : null }));
}

/** The one date found, as [text, date]. */
export function only(body: string, day: string): [string, string | null] {
  const found = dates(body, day);
  if (found.length !== 1) throw new Error(`expected one date in "${body}", got ${JSON.stringify(found.map((d) => d.text))}`);
  return [found[0]!.text, found[0]!.date];
}

/** Just the resolved day of the one date found. */
export function dayOf(body: string, day: string): string | null {
  return only(body, day)[1];
}
