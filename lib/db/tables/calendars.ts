import type { Table } from 'dexie';
import type { SchoolCalendar } from '@/lib/model/plan';

export type CalendarsTable = Table<SchoolCalendar, string>;

export const calendarsSchema = '&id, name';
