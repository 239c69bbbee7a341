// A child as the forms edit it: blank and validate, no I/O (saving is lib/db/repositories/children.ts).
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

/** What is stored: names trimmed, empty entries dropped, school addresses in lower case. */
export function tidyChild(child: Child, now: Date): Child {
  return {
    ...child,
    name: child.name.trim(),
    knownAs: child.knownAs.map((n) => n.trim()).filter(Boolean),
    schoolSenders: child.schoolSenders.map((s) => s.trim().toLowerCase()).filter(Boolean),
    updatedAt: now.toISOString(),
  };
}
