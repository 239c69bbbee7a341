import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { getDatabase } from '@/lib/db/database';
import type { Child, ChildEvent, ChildEventKind, IsoDay } from '@/lib/model/plan';
import { deleteEvent, saveEvent } from '@/lib/db/repositories/events';
import { newId } from '@/lib/util/new-id';
import { formatDay } from '@/lib/calendar/format-day';
import { fromDateInput, toDateInput } from '@/lib/ui/forms/dates';
import { eventKindGroups, eventKindHint, isEventKind } from '@/lib/ui/forms/event-kinds';
import { problemFor, type FieldProblem } from '@/lib/ui/forms/problems';
import { Field, ProblemList, errorText, focusFirstProblem } from '@/components/forms/form-parts';
import '../forms.css';

const GROUPS = eventKindGroups();

interface EventDraft {
  kind: ChildEventKind | '';
  day: string;
  note: string;
  recordId: string;
}

function eventProblems(draft: EventDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.kind) problems.push({ key: 'kind', message: 'Choose what happened.' });
  if (!fromDateInput(draft.day)) problems.push({ key: 'day', message: 'Enter the day it happened.' });
  return problems;
}

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
  const prefix = useId();
  const [draft, setDraft] = useState<EventDraft>(() => ({
    kind: event?.kind ?? '',
    day: toDateInput(event?.day ?? today),
    note: event?.note ?? '',
    recordId: event?.recordId ?? '',
  }));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);

  const problems = tried ? eventProblems(draft) : [];
  const shown = failure ? [...problems, { key: 'form', message: failure }] : problems;
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) => {
    setFailure('');
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const hint = draft.kind ? eventKindHint(draft.kind) : 'Choose the nearest match. Steps in an EHC needs assessment start the legal time limits On Record keeps track of.';
  const missingRecord = draft.recordId && !records.some((r) => r.id === draft.recordId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = eventProblems(draft);
    if (found.length || !draft.kind) {
      flushSync(() => setTried(true));
      focusFirstProblem(prefix, found);
      return;
    }
    setSaving(true);
    try {
      await saveEvent(getDatabase(), {
        id: event?.id ?? newId(),
        childId: child.id,
        kind: draft.kind,
        day: fromDateInput(draft.day)!,
        note: draft.note,
        recordId: draft.recordId || null,
        createdAt: event?.createdAt ?? new Date().toISOString(),
      });
      onSaved();
    } catch (err) {
      flushSync(() => setFailure(`Not saved: ${errorText(err)}`));
      focusFirstProblem(prefix, [{ key: 'form', message: '' }]);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!event) return;
    setSaving(true);
    try {
      await deleteEvent(getDatabase(), event.id);
      (onDeleted ?? onSaved)();
    } catch (err) {
      setFailure(`Not deleted: ${errorText(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="or-form event-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`} data-testid="event-form">
      <h2 id={`${prefix}-title`} className={showHeading ? undefined : 'visually-hidden'}>
        {event ? 'Change what happened' : `Add something that happened for ${child.name}`}
      </h2>

      <Field prefix={prefix} name="kind" label="What happened" hint={hint} error={problemFor(problems, 'kind')}>
        {(p) => (
          <select
            {...p}
            className="select-input"
            value={draft.kind}
            onChange={(e) => set('kind', isEventKind(e.target.value) ? e.target.value : '')}
            data-testid="event-kind"
          >
            <option value="">Choose…</option>
            {GROUPS.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.kinds.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>

      <Field
        prefix={prefix}
        name="day"
        label="Day"
        hint={fromDateInput(draft.day) ? formatDay(fromDateInput(draft.day)) : undefined}
        error={problemFor(problems, 'day')}
      >
        {(p) => <input {...p} className="text-input date-input" type="date" value={draft.day} onChange={(e) => set('day', e.target.value)} data-testid="event-day" />}
      </Field>

      <Field prefix={prefix} name="note" label="Note (optional)" hint="In your own words, e.g. Annual review with Mrs Patel and the educational psychologist.">
        {(p) => <textarea {...p} className="text-input" rows={3} value={draft.note} onChange={(e) => set('note', e.target.value)} data-testid="event-note" />}
      </Field>

      <Field prefix={prefix} name="record" label="A saved email that shows it (optional)">
        {(p) => (
          <select {...p} className="select-input" value={draft.recordId} onChange={(e) => set('recordId', e.target.value)} data-testid="event-record">
            <option value="">None</option>
            {missingRecord ? <option value={draft.recordId}>The email chosen before (no longer in this list)</option> : null}
            {records.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <ProblemList prefix={prefix} problems={shown} testId="event-problems" />

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving} data-testid="event-save">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button-small" onClick={onCancel} data-testid="event-cancel">
          Cancel
        </button>
        {event && !confirming ? (
          <button
            type="button"
            ref={deleteButton}
            className="button-small button-danger push-end"
            onClick={() => {
              flushSync(() => setConfirming(true));
              confirmText.current?.focus();
            }}
            data-testid="event-delete"
          >
            Delete…
          </button>
        ) : null}
      </div>

      {event && confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={`${prefix}-confirm`}>
          <p id={`${prefix}-confirm`} ref={confirmText} tabIndex={-1} className="confirm-text">
            Delete this from {child.name}’s record? The saved email it points to stays.
          </p>
          <div className="form-actions">
            <button type="button" className="button-primary button-danger-solid" disabled={saving} onClick={() => void remove()} data-testid="event-delete-confirm">
              Yes, delete it
            </button>
            <button
              type="button"
              className="button-small"
              disabled={saving}
              onClick={() => {
                flushSync(() => setConfirming(false));
                deleteButton.current?.focus();
              }}
              data-testid="event-delete-cancel"
            >
              No, keep it
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
