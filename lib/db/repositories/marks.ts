import type { OnRecordDatabase } from '@/lib/db/database';
import type { CommitmentMark } from '@/lib/model/plan';

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
