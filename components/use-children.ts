import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import type { Child } from '@/lib/plan/types';

/** Every child, by name; undefined while the database opens. */
export function useChildren(): Child[] | undefined {
  return useLiveQuery(() => getDatabase().children.orderBy('name').toArray(), []);
}
