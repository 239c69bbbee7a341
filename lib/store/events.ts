import type { OnRecordDatabase } from '../db/database';
import type { ChildEvent } from '../plan/types';

export async function saveEvent(db: OnRecordDatabase, event: ChildEvent): Promise<void> {
  await db.events.put({ ...event, note: event.note.trim() });
}

export async function deleteEvent(db: OnRecordDatabase, eventId: string): Promise<void> {
  await db.events.delete(eventId);
}
