import { useState, type FormEvent } from 'react';
import type { Child } from '@/lib/model/plan';
import { childDraftProblems, childFromDraft, draftFromChild, type ChildDraft, type ChildField } from '@/lib/ui/forms/child-draft';
import { yearGroupOptions } from '@/lib/ui/forms/child-options';
import { problemFor } from '@/lib/ui/forms/problems';
import { blankChild, childProblems, deleteChild, saveChild } from '@/components/hooks/use-child';
import { DeleteButton, DeleteQuestion, useDeleteConfirmation } from '@/components/forms/confirm-delete';
import { FormTitle, SaveButton } from '@/components/forms/form-frame';
import { Field, ProblemList, StatusMessage, errorText } from '@/components/forms/form-parts';
import { useSaveForm } from '@/components/forms/use-save-form';
import { TextInput, WholeNumberInput } from '@/components/forms/controls';
import { Options } from '@/components/shared/Options';
import { NeedSelect } from '@/components/forms/child/NeedSelect';
import { OddSendersNote } from '@/components/forms/child/OddSendersNote';
import { SenStatusChoice } from '@/components/forms/child/SenStatusChoice';

const problemsOf = (draft: ChildDraft, base: Child) => childDraftProblems(draft, base, childProblems);

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
  const form = useSaveForm();
  const { prefix } = form;
  const [base] = useState<Child>(() => child ?? blankChild());
  const [draft, setDraft] = useState<ChildDraft>(() => draftFromChild(base));
  const [deleting, setDeleting] = useState(false);
  const confirmation = useDeleteConfirmation();

  const isNew = child === null;
  const problems = form.tried ? problemsOf(draft, base) : [];
  const error = (key: ChildField) => problemFor(problems, key);
  const set = <K extends keyof ChildDraft>(key: K, value: ChildDraft[K]) => {
    form.edited();
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(draft, base);
    if (found.length) return form.refuse(found);
    await form.save(
      // Start from the child as stored now, so a term calendar chosen meanwhile is kept.
      () => saveChild(base, (current) => childFromDraft(current, draft)),
      (result) => {
        onSaved(result);
        return `Saved ${result.name}’s details.`;
      },
    );
  };

  const remove = async () => {
    if (!child) return;
    setDeleting(true);
    try {
      // Their emails are then read again without term dates.
      await deleteChild(child.id);
      onDeleted?.();
    } catch (e) {
      form.fail(`${child.name} was not deleted: ${errorText(e)}`);
      setDeleting(false);
    }
  };

  return (
    <form className="or-form child-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`}>
      <FormTitle prefix={prefix} visible={showHeading}>
        {isNew ? 'Add a child' : `About ${child.name}`}
      </FormTitle>

      <Field prefix={prefix} name="name" label="Name" error={error('name')}>
        {(p) => <TextInput control={p} autoComplete="off" value={draft.name} onChange={(v) => set('name', v)} testId="child-name" />}
      </Field>

      <Field prefix={prefix} name="knownAs" label="Also known as (optional)" hint="Other names school might use, separated by commas, e.g. Millie, Mills">
        {(p) => <TextInput control={p} autoComplete="off" value={draft.knownAs} onChange={(v) => set('knownAs', v)} testId="child-known-as" />}
      </Field>

      <Field prefix={prefix} name="school" label="School (optional)">
        {(p) => <TextInput control={p} autoComplete="off" value={draft.school} onChange={(v) => set('school', v)} testId="child-school" />}
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
            <OddSendersNote senders={draft.senders} />
          </>
        )}
      </Field>

      <Field prefix={prefix} name="yearGroup" label="Year group (optional)">
        {(p) => (
          <select {...p} className="select-input" value={draft.yearGroup} onChange={(e) => set('yearGroup', e.target.value)} data-testid="child-year">
            <option value="">Not set</option>
            <Options options={yearGroupOptions(base.yearGroup).map((y) => ({ value: y, label: y }))} />
          </select>
        )}
      </Field>

      <SenStatusChoice prefix={prefix} value={draft.senStatus} onChange={(status) => set('senStatus', status)} />

      <Field prefix={prefix} name="primaryNeed" label="Primary area of need (optional)" hint="As the school records it, if you know.">
        {(p) => <NeedSelect control={p} none="Not known" value={draft.primaryNeed} onChange={(v) => set('primaryNeed', v)} testId="child-primary-need" />}
      </Field>

      <Field prefix={prefix} name="secondaryNeed" label="Secondary area of need (optional)" error={error('secondaryNeed')}>
        {(p) => (
          <NeedSelect
            control={p}
            none="None"
            exclude={draft.secondaryNeed === draft.primaryNeed ? '' : draft.primaryNeed}
            value={draft.secondaryNeed}
            onChange={(v) => set('secondaryNeed', v)}
            testId="child-secondary-need"
          />
        )}
      </Field>

      <Field
        prefix={prefix}
        name="evidenceWeeks"
        label="School weeks without evidence before a support is flagged"
        hint="If nothing you have saved shows a piece of support happening for this many school weeks, On Record points it out. 4 is a good start."
        error={error('evidenceWeeks')}
      >
        {(p) => <WholeNumberInput control={p} max={52} value={draft.evidenceWeeks} onChange={(v) => set('evidenceWeeks', v)} testId="child-evidence-weeks" />}
      </Field>

      <ProblemList prefix={prefix} problems={form.shown(problems)} testId="child-problems" />
      <StatusMessage message={form.status} testId="child-saved" />

      <div className="form-actions">
        <SaveButton saving={form.saving} disabled={deleting} testId="child-save">
          {isNew ? 'Save child' : 'Save changes'}
        </SaveButton>
        {onCancel ? (
          <button type="button" className="button-small" onClick={onCancel} data-testid="child-cancel">
            Cancel
          </button>
        ) : null}
        {!isNew ? (
          <DeleteButton confirmation={confirmation} testId="child-delete">
            Delete {child.name}…
          </DeleteButton>
        ) : null}
      </div>

      {!isNew ? (
        <DeleteQuestion
          prefix={prefix}
          confirmation={confirmation}
          busy={deleting}
          yes={deleting ? 'Deleting…' : `Yes, delete ${child.name}`}
          no={`No, keep ${child.name}`}
          onDelete={() => void remove()}
          testId="child-delete"
          boxTestId="child-delete-box"
        >
          Delete {child.name}? Their plans, events and marks go; saved emails stay, unassigned.
        </DeleteQuestion>
      ) : null}
    </form>
  );
}
