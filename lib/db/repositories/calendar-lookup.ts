import type { TermCalendar } from '@/lib/calendar/term-calendar';
import type { OnRecordDatabase } from '@/lib/db/database';

export interface ChildCalendar {
  calendar: TermCalendar | null;
  /** Changes whenever the calendar a record is read against changes: its id and last edit. */
  key: string;
}

export type CalendarLookup = (childId: string | null) => ChildCalendar;

const NONE: ChildCalendar = { calendar: null, key: '' };

/** Which term calendar each child's records are read against, loaded once per batch of work. */
export async function loadCalendarLookup(db: OnRecordDatabase): Promise<CalendarLookup> {
  const [children, calendars] = await Promise.all([db.children.toArray(), db.calendars.toArray()]);
  const byId = new Map(calendars.map((c) => [c.id, c]));
  const byChild = new Map<string, ChildCalendar>();
  for (const child of children) {
    const calendar = child.calendarId ? byId.get(child.calendarId) : undefined;
    byChild.set(child.id, calendar ? { calendar, key: `${calendar.id}@${calendar.updatedAt}` } : NONE);
  }
  return (childId) => (childId ? (byChild.get(childId) ?? NONE) : NONE);
}
