// Which child saved emails are filed under: moving them, and finding the ones filed under none.
import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import { moveRecords } from '@/lib/db/repositories/assign-record';
import { unfiledRecordIdsFor } from '@/lib/db/repositories/unfiled';
import type { Child } from '@/lib/model/plan';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';

/** Files saved records under a child (null: under none); they are then read again against its term dates. */
export async function fileRecords(recordIds: readonly string[], childId: string | null): Promise<void> {
  askToReadAgain(await moveRecords(getDatabase(), recordIds, childId));
}

/**
 * Saved emails filed under no child that look like they are about this one. Looked for once when
 * the child changes (not live): it reads whole emails, and is only a nudge. The setter lets the
 * page drop them once filed or declined.
 */
export function useUnfiledRecordIds(child: Child): [string[], (ids: string[]) => void] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    unfiledRecordIdsFor(getDatabase(), child).then(
      (found) => live && setIds(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [child]);
  return [ids, setIds];
}
