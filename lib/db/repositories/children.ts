import type { OnRecordDatabase } from '@/lib/db/database';
import { childProblems, tidyChild } from '@/lib/model/child';
import type { Child } from '@/lib/model/plan';
import { recordIdsOfChildren } from '@/lib/db/repositories/record-heads';

// Storing children. The blank child and its checks are pure, in lib/model/child.ts.

/** Every child, by name. */
export async function listChildren(db: OnRecordDatabase): Promise<Child[]> {
  return db.children.orderBy('name').toArray();
}

/** Every child, in stored (id) order: what the background's guesses of a record's child read. */
export async function allChildren(db: OnRecordDatabase): Promise<Child[]> {
  return db.children.toArray();
}

export async function getChild(db: OnRecordDatabase, childId: string): Promise<Child | undefined> {
  return db.children.get(childId);
}

export interface SavedChild {
  child: Child;
  /** The child's records, when their term dates changed: ask the background to read these again. */
  affectedRecordIds: string[];
}

/**
 * Saves a child and says which records must be read again: all of theirs when the term dates they
 * are read against changed (another calendar, or none), else none.
 */
export async function saveChildWithAffected(db: OnRecordDatabase, child: Child, now = new Date()): Promise<SavedChild> {
  const problems = childProblems(child);
  if (problems.length) throw new Error(problems.join(' '));
  const saved = tidyChild(child, now);
  return db.transaction('rw', db.children, db.recordHeads, async () => {
    const before = await db.children.get(saved.id);
    await db.children.put(saved);
    const calendarChanged = before !== undefined && before.calendarId !== saved.calendarId;
    return { child: saved, affectedRecordIds: calendarChanged ? await recordIdsOfChildren(db, [saved.id]) : [] };
  });
}

export async function saveChild(db: OnRecordDatabase, child: Child, now = new Date()): Promise<Child> {
  return (await saveChildWithAffected(db, child, now)).child;
}

/**
 * Reads this child's records against these term dates from now on (sharing another child's, say).
 * Returns the records to read again: the child's, when the choice changed; none when it was already
 * so or the child is gone.
 */
export async function chooseCalendar(db: OnRecordDatabase, childId: string, calendarId: string | null, now = new Date()): Promise<string[]> {
  return db.transaction('rw', db.children, db.recordHeads, async () => {
    const child = await db.children.get(childId);
    if (!child || child.calendarId === calendarId) return [];
    await db.children.put({ ...child, calendarId, updatedAt: now.toISOString() });
    return recordIdsOfChildren(db, [childId]);
  });
}

/**
 * Removes a child and everything only they own (plans, events, links, marks). Their saved emails
 * are kept, unassigned: they are the parent's evidence and may be about another child. Returns
 * those records' ids: filed under no child, they are read without the child's term dates.
 */
export async function deleteChild(db: OnRecordDatabase, childId: string): Promise<string[]> {
  return db.transaction('rw', [db.children, db.plans, db.events, db.links, db.marks, db.records, db.recordHeads, db.findings], async () => {
    const recordIds = await recordIdsOfChildren(db, [childId]);
    await db.children.delete(childId);
    await db.plans.where('childId').equals(childId).delete();
    await db.events.where('childId').equals(childId).delete();
    await db.links.where('childId').equals(childId).delete();
    await db.marks.where('childId').equals(childId).delete();
    await db.records.where('childId').equals(childId).modify({ childId: null });
    await db.recordHeads.where('childId').equals(childId).modify({ childId: null });
    await db.findings.where('[childId+kind]').between([childId, ''], [childId, '\uffff']).modify({ childId: null });
    return recordIds;
  });
}
