import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { OnRecordDatabase } from '@/lib/db/database';
import type { SchoolCalendar } from '@/lib/model/plan';
import { newId } from '@/lib/util/new-id';

/**
 * Saves a school's term dates. Editing bumps updatedAt, which makes every record of the children
 * using it stale, so the background reads them again against the new dates.
 */
export async function saveCalendar(
  db: OnRecordDatabase,
  calendar: TermCalendar & { id?: string },
  source: SchoolCalendar['source'],
  now = new Date(),
): Promise<SchoolCalendar> {
  const saved: SchoolCalendar = {
    id: calendar.id ?? newId(),
    name: calendar.name.trim() || 'School term dates',
    terms: [...calendar.terms].sort((a, b) => a.start.localeCompare(b.start)),
    closures: calendar.closures ?? [],
    source,
    updatedAt: now.toISOString(),
  };
  await db.calendars.put(saved);
  return saved;
}
