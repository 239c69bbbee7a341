// Reading the term calendar file a parent picks: a .json file in our own format, or the school's
// .ics calendar.
import { parseTermCalendar } from '@/lib/calendar/parse-term-calendar';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { SchoolCalendar } from '@/lib/model/plan';

export type CalendarFile =
  | { ok: true; calendar: TermCalendar; source: SchoolCalendar['source']; warnings: string[] }
  | { ok: false; error: string };

/** The calendar in the file, or the sentence saying why it cannot be used. */
export async function readCalendarFile(file: File): Promise<CalendarFile> {
  const text = await file.text();
  const looksJson = /\.json$/i.test(file.name) || file.type === 'application/json' || /^\s*[{[]/.test(text);
  if (looksJson) {
    const parsed = parseTermCalendar(text);
    if (!parsed.ok) return { ok: false, error: `This file could not be used: ${parsed.error}` };
    return { ok: true, calendar: parsed.calendar, source: 'json', warnings: [] };
  }
  // The iCalendar reader (ical.js, ~23 KB gzipped) loads only when a parent picks a calendar file.
  const { importIcsCalendar } = await import('@/lib/calendar/ics/import-ics-calendar');
  const imported = importIcsCalendar(text);
  if (!imported.ok) return { ok: false, error: imported.error };
  return { ok: true, calendar: imported.calendar, source: 'ics', warnings: imported.warnings };
}
