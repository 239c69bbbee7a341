import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { getDatabase } from '@/lib/db/database';
import { askToReadAgain } from '@/components/hooks/ask-to-read-again';
import type { Child, NeedCode } from '@/lib/model/plan';
import { blankChild, childProblems, deleteChild, saveChild } from '@/lib/db/repositories/children';
import { childFieldErrors, childFromDraft, draftFromChild, type ChildDraft, type ChildField } from '@/lib/ui/forms/child-draft';
import { STATUS_OPTIONS, isNeedCode, needGroups, yearGroupOptions } from '@/lib/ui/forms/child-options';
import { oddSenders, splitSenders } from '@/lib/ui/forms/lists';
import { withStoreProblems, type FieldProblem } from '@/lib/ui/forms/problems';
import { Field, ProblemList, StatusMessage, errorText, focusFirstProblem } from '@/components/forms/form-parts';

const FIELD_ORDER: ChildField[] = ['name', 'secondaryNeed', 'evidenceWeeks'];

function problemsOf(draft: ChildDraft, base: Child): FieldProblem[] {
  const errors = childFieldErrors(draft);
  const fields = FIELD_ORDER.filter((f) => errors[f]).map((key) => ({ key, message: errors[key]! }));
  return withStoreProblems(fields, fields.length ? [] : childProblems(childFromDraft(base, draft)));
}

const NEED_GROUPS = needGroups();

function NeedOptions({ exclude }: { exclude?: NeedCode | '' }) {
  return (
    <>
      {NEED_GROUPS.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.value === exclude}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** Add a child (child = null) or change one: who they are, their school, and their SEN status. */
export function ChildForm({
  child,
  onSaved,
  onCancel,
  onDeleted,
  showHeading = true,
}: {
  child: Child | null;
  onSaved(child: Child): void;
  onCancel?(): void;
  onDeleted?(): void;
  /** False when the page's own heading already says what the form is for. */
  showHeading?: boolean;
}) {
  const prefix = useId();
  const [base] = useState<Child>(() => child ?? blankChild());
  const [draft, setDraft] = useState<ChildDraft>(() => draftFromChild(base));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [saved, setSaved] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const confirmHeading = useRef<HTMLParagraphElement>(null);

  const isNew = child === null;
  const problems = tried ? problemsOf(draft, base) : [];
  const shown = failure ? [...problems, { key: 'form', message: failure }] : problems;
  const error = (key: ChildField) => problems.find((p) => p.key === key)?.message;
  const set = <K extends keyof ChildDraft>(key: K, value: ChildDraft[K]) => {
    setFailure('');
    setSaved('');
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const odd = oddSenders(splitSenders(draft.senders));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(draft, base);
    if (found.length) {
      flushSync(() => {
        setTried(true);
        setFailure('');
      });
      focusFirstProblem(prefix, found);
      return;
    }
    setSaving(true);
    setFailure('');
    try {
      const db = getDatabase();
      // Start from the child as stored now, so a term calendar chosen meanwhile is kept.
      const current = await db.children.get(base.id);
      const result = await saveChild(db, childFromDraft(current ?? base, draft));
      setTried(false);
      setSaved(`Saved ${result.name}’s details.`);
      onSaved(result);
    } catch (e) {
      flushSync(() => setFailure(`Not saved: ${errorText(e)}`));
      focusFirstProblem(prefix, [{ key: 'form', message: '' }]);
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!child) return;
    setDeleting(true);
    try {
      await deleteChild(getDatabase(), child.id);
      // Their emails are now read without term dates.
      askToReadAgain();
      onDeleted?.();
    } catch (e) {
      setFailure(`${child.name} was not deleted: ${errorText(e)}`);
      setDeleting(false);
    }
  };

  return (
    <form className="or-form child-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`} className={showHeading ? undefined : 'visually-hidden'}>
        {isNew ? 'Add a child' : `About ${child.name}`}
      </h2>

      <Field prefix={prefix} name="name" label="Name" error={error('name')}>
        {(p) => (
          <input
            {...p}
            className="text-input"
            type="text"
            autoComplete="off"
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            data-testid="child-name"
          />
        )}
      </Field>

      <Field prefix={prefix} name="knownAs" label="Also known as (optional)" hint="Other names school might use, separated by commas, e.g. Millie, Mills">
        {(p) => (
          <input {...p} className="text-input" type="text" autoComplete="off" value={draft.knownAs} onChange={(e) => set('knownAs', e.target.value)} data-testid="child-known-as" />
        )}
      </Field>

      <Field prefix={prefix} name="school" label="School (optional)">
        {(p) => (
          <input {...p} className="text-input" type="text" autoComplete="off" value={draft.school} onChange={(e) => set('school', e.target.value)} data-testid="child-school" />
        )}
      </Field>

      <Field
        prefix={prefix}
        name="senders"
        label="School email addresses or domains (optional)"
        hint="One per line, or separated by commas. e.g. stmarys.sch.uk or senco@stmarys.sch.uk — emails from these are filed under this child"
      >
        {(p) => (
          <>
            <textarea
              {...p}
              className="text-input"
              rows={3}
              spellCheck={false}
              autoCapitalize="off"
              value={draft.senders}
              onChange={(e) => set('senders', e.target.value)}
              data-testid="child-senders"
            />
            {odd.length ? (
              <p className="field-note" data-testid="child-senders-odd">
                <span aria-hidden="true">ⓘ </span>
                {odd.length === 1 ? `“${odd[0]}” does not look like` : `${odd.map((s) => `“${s}”`).join(', ')} do not look like`} an email address or a
                domain such as stmarys.sch.uk. It will be saved as you typed it.
              </p>
            ) : null}
          </>
        )}
      </Field>

      <Field prefix={prefix} name="yearGroup" label="Year group (optional)">
        {(p) => (
          <select {...p} className="select-input" value={draft.yearGroup} onChange={(e) => set('yearGroup', e.target.value)} data-testid="child-year">
            <option value="">Not set</option>
            {yearGroupOptions(base.yearGroup).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="form-fieldset">
        <legend className="field-label">SEN status at school</legend>
        <div className="radio-list">
          {STATUS_OPTIONS.map((o) => {
            const id = `${prefix}-status-${o.value}`;
            return (
              <div key={o.value} className="radio-option">
                <input
                  id={id}
                  type="radio"
                  name={`${prefix}-status`}
                  value={o.value}
                  checked={draft.senStatus === o.value}
                  onChange={() => set('senStatus', o.value)}
                  aria-describedby={`${id}-hint`}
                  data-testid={`child-status-${o.value}`}
                />
                <label htmlFor={id}>
                  {o.label}
                  <span id={`${id}-hint`} className="option-hint">
                    {o.hint}
                  </span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>

      <Field prefix={prefix} name="primaryNeed" label="Primary area of need (optional)" hint="As the school records it, if you know.">
        {(p) => (
          <select
            {...p}
            className="select-input"
            value={draft.primaryNeed}
            onChange={(e) => set('primaryNeed', isNeedCode(e.target.value) ? e.target.value : '')}
            data-testid="child-primary-need"
          >
            <option value="">Not known</option>
            <NeedOptions />
          </select>
        )}
      </Field>

      <Field prefix={prefix} name="secondaryNeed" label="Secondary area of need (optional)" error={error('secondaryNeed')}>
        {(p) => (
          <select
            {...p}
            className="select-input"
            value={draft.secondaryNeed}
            onChange={(e) => set('secondaryNeed', isNeedCode(e.target.value) ? e.target.value : '')}
            data-testid="child-secondary-need"
          >
            <option value="">None</option>
            <NeedOptions exclude={draft.secondaryNeed === draft.primaryNeed ? '' : draft.primaryNeed} />
          </select>
        )}
      </Field>

      <Field
        prefix={prefix}
        name="evidenceWeeks"
        label="School weeks without evidence before a support is flagged"
        hint="If nothing you have saved shows a piece of support happening for this many school weeks, On Record points it out. 4 is a good start."
        error={error('evidenceWeeks')}
      >
        {(p) => (
          <input
            {...p}
            className="text-input number-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            step={1}
            value={draft.evidenceWeeks}
            onChange={(e) => set('evidenceWeeks', e.target.value)}
            data-testid="child-evidence-weeks"
          />
        )}
      </Field>

      <ProblemList prefix={prefix} problems={shown} testId="child-problems" />
      <StatusMessage message={saved} testId="child-saved" />

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving || deleting} data-testid="child-save">
          {saving ? 'Saving…' : isNew ? 'Save child' : 'Save changes'}
        </button>
        {onCancel ? (
          <button type="button" className="button-small" onClick={onCancel} data-testid="child-cancel">
            Cancel
          </button>
        ) : null}
        {!isNew && !confirming ? (
          <button
            type="button"
            ref={deleteButton}
            className="button-small button-danger push-end"
            onClick={() => {
              flushSync(() => setConfirming(true));
              confirmHeading.current?.focus();
            }}
            data-testid="child-delete"
          >
            Delete {child.name}…
          </button>
        ) : null}
      </div>

      {!isNew && confirming ? (
        <div className="confirm-box" role="group" aria-labelledby={`${prefix}-confirm`} data-testid="child-delete-box">
          <p id={`${prefix}-confirm`} ref={confirmHeading} tabIndex={-1} className="confirm-text">
            Delete {child.name}? Their plans, events and marks go; saved emails stay, unassigned.
          </p>
          <div className="form-actions">
            <button type="button" className="button-primary button-danger-solid" disabled={deleting} onClick={() => void remove()} data-testid="child-delete-confirm">
              {deleting ? 'Deleting…' : `Yes, delete ${child.name}`}
            </button>
            <button
              type="button"
              className="button-small"
              disabled={deleting}
              onClick={() => {
                flushSync(() => setConfirming(false));
                deleteButton.current?.focus();
              }}
              data-testid="child-delete-cancel"
            >
              No, keep {child.name}
            </button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
