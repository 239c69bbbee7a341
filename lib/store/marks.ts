import type { OnRecordDatabase } from '../db/database';
import type { CommitmentMark } from '../plan/types';

export async function setMark(
  db: OnRecordDatabase,
  mark: Omit<CommitmentMark, 'markedAt'>,
  now = new Date(),
): Promise<CommitmentMark> {
  const saved = { ...mark, note: mark.note.trim(), markedAt: now.toISOString() };
  await db.marks.put(saved);
  return saved;
}

export async function clearMark(db: OnRecordDatabase, findingId: string): Promise<void> {
  await db.marks.delete(findingId);
}
