// Term calendars: the one a child uses, the others to share, and saving one for a child.
import { useLiveQuery } from 'dexie-react-hooks';
import type { TermCalendar } from '@/lib/calendar/term-calendar';
import { getDatabase } from '@/lib/db/database';
import { getCalendar, listCalendars, saveCalendarWithAffected } from '@/lib/db/repositories/calendars';
import { chooseCalendar } from '@/lib/db/repositories/children';
import type { Child, SchoolCalendar } from '@/lib/model/plan';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';

/** One calendar: undefined while loading, null when there is none (no id, or deleted). */
export function useCalendar(calendarId: string | null): SchoolCalendar | null | undefined {
  return useLiveQuery(async () => (calendarId ? ((await getCalendar(getDatabase(), calendarId)) ?? null) : null), [calendarId]);
}

/** Every stored calendar; undefined while loading. */
export function useCalendars(): SchoolCalendar[] | undefined {
  return useLiveQuery(() => listCalendars(getDatabase()), []);
}

/**
 * Has the child use a calendar, starting from the child as stored now; their saved emails are then
 * read again with those term dates.
 */
export async function chooseCalendarFor(child: Child, calendarId: string): Promise<void> {
  askToReadAgain(await chooseCalendar(getDatabase(), child.id, calendarId));
}

/** Saves term dates (a stored calendar keeps its id, so every child sharing it gets them) for a child. */
export async function saveCalendarFor(
  child: Child,
  calendar: TermCalendar & { id?: string },
  source: SchoolCalendar['source'],
): Promise<SchoolCalendar> {
  const db = getDatabase();
  const { calendar: saved, affectedRecordIds } = await saveCalendarWithAffected(db, calendar, source);
  const chosen = await chooseCalendar(db, child.id, saved.id);
  askToReadAgain([...new Set([...affectedRecordIds, ...chosen])]);
  return saved;
}
