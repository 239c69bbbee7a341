import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '@/lib/db/database';
import { findingKindKeys, findingsOfRecord } from '@/lib/db/repositories/findings';
import type { FindingKind, StoredFinding } from '@/lib/model/finding';
import { countByRecord } from '@/lib/findings/words';

export interface RecordFindings {
  /** False until the background has read this record: show nothing yet rather than "none found". */
  analysed: boolean;
  findings: StoredFinding[];
}

/** What On Record found in one record, kept up to date; undefined while loading. */
export function useFindings(recordId: string): RecordFindings | undefined {
  return useLiveQuery(async () => {
    const { stamp, findings } = await findingsOfRecord(getDatabase(), recordId);
    return { analysed: stamp !== undefined || findings.length > 0, findings };
  }, [recordId]);
}

export type FindingCounts = Map<string, Partial<Record<FindingKind, number>>>;

/**
 * How many findings of each kind every record has, for the list. Reads only the [recordId+kind]
 * index keys, never the findings themselves.
 */
export function useFindingCounts(): FindingCounts | undefined {
  return useLiveQuery(async () => {
    return countByRecord(await findingKindKeys(getDatabase()));
  }, []);
}
