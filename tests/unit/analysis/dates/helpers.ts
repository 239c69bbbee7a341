import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext } from '../../../../lib/analysis/context';
import { parseTermCalendar } from '../../../../lib/analysis/calendar/parse-term-calendar';
import type { TermCalendar } from '../../../../lib/analysis/calendar/term-calendar';
import { detectDates } from '../../../../lib/analysis/dates/detect-dates';
import type { DateFinding } from '../../../../lib/analysis/types';

// The example calendar of shared/spec/term-calendar.md, copied so the tests stand alone.
const calendarJson = readFileSync(join(import.meta.dirname, 'example-term-calendar.json'), 'utf8');
const parsed = parseTermCalendar(calendarJson);
if (!parsed.ok) throw new Error(parsed.error);
export const calendar: TermCalendar = parsed.calendar;

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
