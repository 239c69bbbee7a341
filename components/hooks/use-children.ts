import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { listChildren } from '@/lib/db/repositories/children';
import type { Child } from '@/lib/model/plan';

/** Every child, by name; undefined while the database opens. */
export function useChildren(): Child[] | undefined {
  return useLiveQuery(() => listChildren(getDatabase()), []);
}
