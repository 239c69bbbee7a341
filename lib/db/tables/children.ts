import type { Table } from 'dexie';
import type { Child } from '@/lib/model/plan';

export type ChildrenTable = Table<Child, string>;

export const childrenSchema = '&id, name';
