import type { Table } from 'dexie';
import type { SchoolCalendar } from '../../plan/types';

export type CalendarsTable = Table<SchoolCalendar, string>;

export const calendarsSchema = '&id, name';
