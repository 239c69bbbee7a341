// A child's details: saved over what is stored now, and deleted with everything only they own.
import { getDatabase } from '@/lib/db/database';
import { deleteChild as deleteStoredChild, getChild, saveChildWithAffected } from '@/lib/db/repositories/children';
import type { Child } from '@/lib/model/plan';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';

// The store's own rules, so a form can say beforehand what a save would refuse.
export { blankChild, childProblems } from '@/lib/model/child';

/**
 * Saves the child made from the one stored now (or `base` when it is not stored yet), so a change
 * made meanwhile elsewhere (a term calendar chosen on another page) is kept.
 */
export async function saveChild(base: Child, change: (current: Child) => Child): Promise<Child> {
  const db = getDatabase();
  const current = (await getChild(db, base.id)) ?? base;
  const { child, affectedRecordIds } = await saveChildWithAffected(db, change(current));
  askToReadAgain(affectedRecordIds);
  return child;
}

/** Deletes the child; their saved emails stay, unassigned, and are read again without term dates. */
export async function deleteChild(childId: string): Promise<void> {
  askToReadAgain(await deleteStoredChild(getDatabase(), childId));
}
