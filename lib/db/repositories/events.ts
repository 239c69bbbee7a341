import type { OnRecordDatabase } from '@/lib/db/database';
import type { ChildEvent } from '@/lib/model/plan';

/** Adds or replaces the event, stamping updatedAt so an edit wins a later backup merge. */
export async function saveEvent(db: OnRecordDatabase, event: ChildEvent, now: Date = new Date()): Promise<void> {
  await db.events.put({ ...event, note: event.note.trim(), updatedAt: now.toISOString() });
}

export async function deleteEvent(db: OnRecordDatabase, eventId: string): Promise<void> {
  await db.events.delete(eventId);
}
