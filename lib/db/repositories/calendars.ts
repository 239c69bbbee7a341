import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { OnRecordDatabase } from '@/lib/db/database';
import type { SchoolCalendar } from '@/lib/model/plan';
import { newId } from '@/lib/util/new-id';
import { recordIdsOfChildren } from '@/lib/db/repositories/record-heads';

export async function getCalendar(db: OnRecordDatabase, calendarId: string): Promise<SchoolCalendar | undefined> {
  return db.calendars.get(calendarId);
}

export async function listCalendars(db: OnRecordDatabase): Promise<SchoolCalendar[]> {
  return db.calendars.toArray();
}

export interface SavedCalendar {
  calendar: SchoolCalendar;
  /** The records of every child using these term dates: ask the background to read these again. */
  affectedRecordIds: string[];
}

/**
 * Saves a school's term dates. Editing bumps updatedAt, which makes every record of the children
 * using it stale; their ids come back so only they are read again against the new dates.
 */
export async function saveCalendarWithAffected(
  db: OnRecordDatabase,
  calendar: TermCalendar & { id?: string },
  source: SchoolCalendar['source'],
  now = new Date(),
): Promise<SavedCalendar> {
  const saved: SchoolCalendar = {
    id: calendar.id ?? newId(),
    name: calendar.name.trim() || 'School term dates',
    terms: [...calendar.terms].sort((a, b) => a.start.localeCompare(b.start)),
    closures: calendar.closures ?? [],
    source,
    updatedAt: now.toISOString(),
  };
  return db.transaction('rw', db.calendars, db.children, db.recordHeads, async () => {
    await db.calendars.put(saved);
    const users = (await db.children.toArray()).filter((c) => c.calendarId === saved.id).map((c) => c.id);
    return { calendar: saved, affectedRecordIds: await recordIdsOfChildren(db, users) };
  });
}

export async function saveCalendar(
  db: OnRecordDatabase,
  calendar: TermCalendar & { id?: string },
  source: SchoolCalendar['source'],
  now = new Date(),
): Promise<SchoolCalendar> {
  return (await saveCalendarWithAffected(db, calendar, source, now)).calendar;
}
