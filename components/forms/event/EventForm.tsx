import { useState, type FormEvent } from 'react';
import type { Child, ChildEvent, IsoDay } from '@/lib/model/plan';
import { newId } from '@/lib/util/new-id';
import { formatDay } from '@/lib/calendar/format-day';
import { fromDateInput } from '@/lib/ui/forms/dates';
import { draftFromEvent, eventDraftProblems, eventFromDraft, type EventDraft } from '@/lib/ui/forms/event-draft';
import { eventKindHint } from '@/lib/ui/forms/event-kinds';
import { problemFor } from '@/lib/ui/forms/problems';
import { deleteEvent, saveEvent } from '@/components/hooks/use-events';
import { DeleteButton, DeleteQuestion, useDeleteConfirmation } from '@/components/forms/confirm-delete';
import { FormTitle, SaveButton } from '@/components/forms/form-frame';
import { Field, ProblemList } from '@/components/forms/form-parts';
import { useSaveForm } from '@/components/forms/use-save-form';
import { EventKindSelect } from '@/components/forms/event/EventKindSelect';
import { DateInput } from '@/components/forms/controls';
import { Options } from '@/components/shared/Options';
import '../forms.css';

const KIND_HINT = 'Choose the nearest match. Steps in an EHC needs assessment start the legal time limits On Record keeps track of.';

/** Record something that happened: a review, a meeting, or a step in an EHC needs assessment. */
export function EventForm({
  child,
  event,
  records = [],
  today,
  onSaved,
  onCancel,
  onDeleted,
  showHeading = true,
}: {
  child: Child;
  event?: ChildEvent;
  /** Saved emails and pages to choose from as the one that shows it. */
  records?: { id: string; label: string }[];
  today: IsoDay;
  onSaved(): void;
  onCancel(): void;
  /** After deleting; onSaved is called when this is not given. */
  onDeleted?(): void;
  /** False when the page's own heading already says what the form is for. */
  showHeading?: boolean;
}) {
  const form = useSaveForm();
  const { prefix } = form;
  const [draft, setDraft] = useState<EventDraft>(() => draftFromEvent(event, today));
  const confirmation = useDeleteConfirmation();

  const problems = form.tried ? eventDraftProblems(draft) : [];
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    form.edited();
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const day = fromDateInput(draft.day);
  const missingRecord = draft.recordId && !records.some((r) => r.id === draft.recordId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const made = eventFromDraft(draft, event, { id: newId(), childId: child.id, now: new Date() });
    if (!made) return form.refuse(eventDraftProblems(draft));
    await form.save(
      () => saveEvent(made),
      () => {
        onSaved();
        return '';
      },
    );
  };

  const remove = async () => {
    if (!event) return;
    await form.save(
      () => deleteEvent(event.id),
      () => {
        (onDeleted ?? onSaved)();
        return '';
      },
      { failedWith: 'Not deleted', focus: false },
    );
  };

  return (
    <form className="or-form event-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`} data-testid="event-form">
      <FormTitle prefix={prefix} visible={showHeading}>
        {event ? 'Change what happened' : `Add something that happened for ${child.name}`}
      </FormTitle>

      <Field prefix={prefix} name="kind" label="What happened" hint={draft.kind ? eventKindHint(draft.kind) : KIND_HINT} error={problemFor(problems, 'kind')}>
        {(p) => <EventKindSelect control={p} value={draft.kind} onChange={(kind) => set('kind', kind)} />}
      </Field>

      <Field prefix={prefix} name="day" label="Day" hint={day ? formatDay(day) : undefined} error={problemFor(problems, 'day')}>
        {(p) => <DateInput control={p} value={draft.day} onChange={(v) => set('day', v)} testId="event-day" />}
      </Field>

      <Field prefix={prefix} name="note" label="Note (optional)" hint="In your own words, e.g. Annual review with Mrs Patel and the educational psychologist.">
        {(p) => <textarea {...p} className="text-input" rows={3} value={draft.note} onChange={(e) => set('note', e.target.value)} data-testid="event-note" />}
      </Field>

      <Field prefix={prefix} name="record" label="A saved email that shows it (optional)">
        {(p) => (
          <select {...p} className="select-input" value={draft.recordId} onChange={(e) => set('recordId', e.target.value)} data-testid="event-record">
            <option value="">None</option>
            {missingRecord ? <option value={draft.recordId}>The email chosen before (no longer in this list)</option> : null}
            <Options options={records.map((r) => ({ value: r.id, label: r.label }))} />
          </select>
        )}
      </Field>

      <ProblemList prefix={prefix} problems={form.shown(problems)} testId="event-problems" />

      <div className="form-actions">
        <SaveButton saving={form.saving} testId="event-save">
          Save
        </SaveButton>
        <button type="button" className="button-small" onClick={onCancel} data-testid="event-cancel">
          Cancel
        </button>
        {event ? (
          <DeleteButton confirmation={confirmation} testId="event-delete">
            Delete…
          </DeleteButton>
        ) : null}
      </div>

      {event ? (
        <DeleteQuestion
          prefix={prefix}
          confirmation={confirmation}
          busy={form.saving}
          yes="Yes, delete it"
          no="No, keep it"
          onDelete={() => void remove()}
          testId="event-delete"
        >
          Delete this from {child.name}’s record? The saved email it points to stays.
        </DeleteQuestion>
      ) : null}
    </form>
  );
}
