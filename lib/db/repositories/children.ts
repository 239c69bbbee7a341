import type { OnRecordDatabase } from '@/lib/db/database';
import type { Child } from '@/lib/model/plan';
import { newId } from '@/lib/util/new-id';

export const DEFAULT_EVIDENCE_WEEKS = 4;

/** A blank child for the "Add a child" form. */
export function blankChild(now = new Date()): Child {
  const at = now.toISOString();
  return {
    id: newId(),
    name: '',
    knownAs: [],
    school: '',
    schoolSenders: [],
    yearGroup: '',
    senStatus: 'sen-support',
    primaryNeed: null,
    secondaryNeed: null,
    calendarId: null,
    evidenceWeeks: DEFAULT_EVIDENCE_WEEKS,
    createdAt: at,
    updatedAt: at,
  };
}

/** What must be filled in before a child can be saved; empty when nothing is missing. */
export function childProblems(child: Child): string[] {
  const problems: string[] = [];
  if (!child.name.trim()) problems.push('Enter your child’s name.');
  if (!Number.isInteger(child.evidenceWeeks) || child.evidenceWeeks < 1 || child.evidenceWeeks > 52) {
    problems.push('The number of school weeks without evidence must be a whole number from 1 to 52.');
  }
  if (child.primaryNeed && child.primaryNeed === child.secondaryNeed) problems.push('The secondary need must differ from the primary need.');
  return problems;
}

export async function saveChild(db: OnRecordDatabase, child: Child, now = new Date()): Promise<Child> {
  const problems = childProblems(child);
  if (problems.length) throw new Error(problems.join(' '));
  const saved: Child = {
    ...child,
    name: child.name.trim(),
    knownAs: child.knownAs.map((n) => n.trim()).filter(Boolean),
    schoolSenders: child.schoolSenders.map((s) => s.trim().toLowerCase()).filter(Boolean),
    updatedAt: now.toISOString(),
  };
  await db.children.put(saved);
  return saved;
}

/**
 * Removes a child and everything only they own (plans, events, links, marks). Their saved emails
 * are kept, unassigned: they are the parent's evidence and may be about another child.
 */
export async function deleteChild(db: OnRecordDatabase, childId: string): Promise<void> {
  await db.transaction('rw', [db.children, db.plans, db.events, db.links, db.marks, db.records, db.recordHeads, db.findings], async () => {
    await db.children.delete(childId);
    await db.plans.where('childId').equals(childId).delete();
    await db.events.where('childId').equals(childId).delete();
    await db.links.where('childId').equals(childId).delete();
    await db.marks.where('childId').equals(childId).delete();
    await db.records.where('childId').equals(childId).modify({ childId: null });
    await db.recordHeads.where('childId').equals(childId).modify({ childId: null });
    await db.findings.where('[childId+kind]').between([childId, ''], [childId, '\uffff']).modify({ childId: null });
  });
}
