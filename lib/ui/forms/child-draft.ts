// The child form's state: what is typed, as typed, and the child it makes.
import type { Child, NeedCode, SenStatus } from '@/lib/model/plan';
import { isNeedCode } from '@/lib/ui/forms/child-options';
import { joinList, splitList, splitSenders } from '@/lib/ui/forms/lists';
import { withStoreProblems, type FieldProblem } from '@/lib/ui/forms/problems';

export interface ChildDraft {
  name: string;
  /** Comma separated. */
  knownAs: string;
  school: string;
  /** One per line, or separated by commas. */
  senders: string;
  yearGroup: string;
  senStatus: SenStatus;
  /** '' for none. */
  primaryNeed: NeedCode | '';
  secondaryNeed: NeedCode | '';
  /** As typed in the number box. */
  evidenceWeeks: string;
}

export type ChildField = 'name' | 'evidenceWeeks' | 'secondaryNeed';

export function draftFromChild(child: Child): ChildDraft {
  return {
    name: child.name,
    knownAs: joinList(child.knownAs),
    school: child.school,
    senders: joinList(child.schoolSenders, '\n'),
    yearGroup: child.yearGroup,
    senStatus: child.senStatus,
    primaryNeed: child.primaryNeed ?? '',
    secondaryNeed: child.secondaryNeed ?? '',
    evidenceWeeks: String(child.evidenceWeeks),
  };
}

/** A whole number from a number box; NaN when it is empty or not a whole number. */
export function wholeNumber(text: string): number {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : NaN;
}

/** The child the draft describes, on top of `base` (which keeps id, calendar and dates). */
export function childFromDraft(base: Child, draft: ChildDraft): Child {
  const primary = isNeedCode(draft.primaryNeed) ? draft.primaryNeed : null;
  const secondary = isNeedCode(draft.secondaryNeed) ? draft.secondaryNeed : null;
  return {
    ...base,
    name: draft.name.trim(),
    knownAs: splitList(draft.knownAs),
    school: draft.school.trim(),
    schoolSenders: splitSenders(draft.senders),
    yearGroup: draft.yearGroup.trim(),
    senStatus: draft.senStatus,
    primaryNeed: primary,
    secondaryNeed: secondary,
    evidenceWeeks: wholeNumber(draft.evidenceWeeks),
  };
}

/** What is wrong with each field, in the order the form shows them; empty when it can be saved. */
export function childFieldErrors(draft: ChildDraft): Partial<Record<ChildField, string>> {
  const errors: Partial<Record<ChildField, string>> = {};
  if (!draft.name.trim()) errors.name = 'Enter your child’s name.';
  if (draft.secondaryNeed && draft.secondaryNeed === draft.primaryNeed) {
    errors.secondaryNeed = 'The secondary need must differ from the primary need.';
  }
  const weeks = wholeNumber(draft.evidenceWeeks);
  if (!(weeks >= 1 && weeks <= 52)) {
    errors.evidenceWeeks = 'Enter a whole number of school weeks from 1 to 52.';
  }
  return errors;
}


const FIELD_ORDER: ChildField[] = ['name', 'secondaryNeed', 'evidenceWeeks'];

/**
 * What stops the draft being saved, in the order the form shows its fields, then what the store's
 * own check (`storeProblems`, e.g. childProblems) would refuse that the fields did not already say.
 */
export function childDraftProblems(draft: ChildDraft, base: Child, storeProblems: (child: Child) => string[]): FieldProblem[] {
  const errors = childFieldErrors(draft);
  const fields = FIELD_ORDER.filter((f) => errors[f]).map((key) => ({ key, message: errors[key]! }));
  return withStoreProblems(fields, fields.length ? [] : storeProblems(childFromDraft(base, draft)));
}
