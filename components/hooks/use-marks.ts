// Whether a promise was kept: the parent's mark on a commitment finding.
import { getDatabase } from '@/lib/db/database';
import { clearMark as clearStoredMark, setMark as setStoredMark } from '@/lib/db/repositories/marks';
import type { CommitmentMark } from '@/lib/model/plan';

export async function setMark(mark: Omit<CommitmentMark, 'markedAt'>): Promise<void> {
  await setStoredMark(getDatabase(), mark);
}

export function clearMark(findingId: string): Promise<void> {
  return clearStoredMark(getDatabase(), findingId);
}
