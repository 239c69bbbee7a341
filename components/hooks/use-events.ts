// Things that happened for a child (reviews, meetings, assessment steps): saving and deleting.
import { getDatabase } from '@/lib/db/database';
import { deleteEvent as deleteStoredEvent, saveEvent as saveStoredEvent } from '@/lib/db/repositories/events';
import type { ChildEvent } from '@/lib/model/plan';

export function saveEvent(event: ChildEvent): Promise<void> {
  return saveStoredEvent(getDatabase(), event);
}

export function deleteEvent(eventId: string): Promise<void> {
  return deleteStoredEvent(getDatabase(), eventId);
}
