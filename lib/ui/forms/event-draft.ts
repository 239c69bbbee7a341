// The event form's state: what happened, on which day, as typed, and the event it makes.
import type { ChildEvent, ChildEventKind, IsoDay } from '@/lib/model/plan';
import { fromDateInput, toDateInput } from '@/lib/ui/forms/dates';
import type { FieldProblem } from '@/lib/ui/forms/problems';

export interface EventDraft {
  kind: ChildEventKind | '';
  /** A date input value: '' or YYYY-MM-DD. */
  day: string;
  note: string;
  /** '' for none. */
  recordId: string;
}

/** The event as the form shows it; a new one happened today. */
export function draftFromEvent(event: ChildEvent | undefined, today: IsoDay): EventDraft {
  return {
    kind: event?.kind ?? '',
    day: toDateInput(event?.day ?? today),
    note: event?.note ?? '',
    recordId: event?.recordId ?? '',
  };
}

/** What stops the event being saved, in the order the form shows its fields. */
export function eventDraftProblems(draft: EventDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.kind) problems.push({ key: 'kind', message: 'Choose what happened.' });
  if (!fromDateInput(draft.day)) problems.push({ key: 'day', message: 'Enter the day it happened.' });
  return problems;
}

/**
 * The event the draft makes, over `before` when changing one (keeping its id and when it was
 * made); null while a problem stops it being saved.
 */
export function eventFromDraft(
  draft: EventDraft,
  before: ChildEvent | undefined,
  fresh: { id: string; childId: string; now: Date },
): ChildEvent | null {
  const day = fromDateInput(draft.day);
  if (!draft.kind || !day) return null;
  return {
    id: before?.id ?? fresh.id,
    childId: fresh.childId,
    kind: draft.kind,
    day,
    note: draft.note,
    recordId: draft.recordId || null,
    createdAt: before?.createdAt ?? fresh.now.toISOString(),
  };
}
