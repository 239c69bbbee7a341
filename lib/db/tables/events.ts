import type { Table } from 'dexie';
import type { ChildEvent } from '../../plan/types';

export type EventsTable = Table<ChildEvent, string>;

export const eventsSchema = '&id, childId, [childId+day]';
