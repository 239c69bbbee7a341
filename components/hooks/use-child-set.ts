import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { IsoDay } from '@/lib/model/plan';
import { loadChildRecordSet } from '@/lib/db/repositories/load-child-set';

/** One child's timeline data, kept live: undefined while loading, null when the child is gone. */
export function useChildSet(childId: string, today: IsoDay): ChildRecordSet | null | undefined {
  return useLiveQuery(() => loadChildRecordSet(getDatabase(), childId, today), [childId, today]);
}
