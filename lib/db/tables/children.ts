import type { Table } from 'dexie';
import type { Child } from '../../plan/types';

export type ChildrenTable = Table<Child, string>;

export const childrenSchema = '&id, name';
