import type { Table } from 'dexie';
import type { ChildEvent } from '@/lib/model/plan';

export type EventsTable = Table<ChildEvent, string>;

export const eventsSchema = '&id, childId, [childId+day]';
