import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Child, IsoDay, PlanKind, PlanTarget, SupportPlan } from '@/lib/model/plan';
import {
  PLAN_KIND_OPTIONS,
  applyParsed,
  defaultPlanTitle,
  describeFound,
  draftFromPlan,
  draftFromProvision,
  planDraftProblems,
  planFromDraft,
  planKindFor,
  provisionKey,
  type PlanDraft,
  type ProvisionDraft,
} from '@/lib/ui/forms/plan-draft';
import type { ParsedProvision } from '@/lib/ui/forms/provision-line';
import { problemFor, withStoreProblems, type FieldProblem } from '@/lib/ui/forms/problems';
import { blankPlan, blankProvision, blankTarget, planProblems, savePlan } from '@/components/hooks/use-plans';
import { FormTitle, SaveButton } from '@/components/forms/form-frame';
import { Field, ProblemList, StatusMessage, fieldDomId, focusAfterRemoving, focusField } from '@/components/forms/form-parts';
import { useSaveForm } from '@/components/forms/use-save-form';
import { DateInput, TextInput } from '@/components/forms/controls';
import { Options } from '@/components/shared/Options';
import { PlanTargets } from '@/components/forms/plan/PlanTargets';
import { ProvisionRow } from '@/components/forms/plan/ProvisionRow';

function newDraft(child: Child, today: IsoDay): PlanDraft {
  const plan = blankPlan(child.id, planKindFor(child.senStatus), today);
  // One empty target and one empty support to type into straight away.
  return draftFromPlan({ ...plan, targets: [blankTarget()], provisions: [blankProvision()] });
}

/** The plan editor's form, for one plan (new when `initial` is null). */
export function PlanForm({
  child,
  initial,
  today,
  onSaved,
  onCancel,
  showHeading,
}: {
  child: Child;
  initial: SupportPlan | null;
  today: IsoDay;
  onSaved(plan: SupportPlan, wasNew: boolean): void;
  onCancel?(): void;
  showHeading: boolean;
}) {
  const form = useSaveForm();
  const { prefix } = form;
  const [draft, setDraft] = useState<PlanDraft>(() => (initial ? draftFromPlan(initial) : newDraft(child, today)));
  const [stored, setStored] = useState(initial !== null);
  // "Filled in … from this line" under each support that "Fill in from this" just filled.
  const [filled, setFilled] = useState<Record<string, string>>({});

  const problems: FieldProblem[] = form.tried ? planDraftProblems(draft) : [];

  const change = (update: (d: PlanDraft) => PlanDraft) => {
    form.edited();
    setDraft(update);
  };
  const setProvision = (id: string, update: (p: ProvisionDraft) => ProvisionDraft) =>
    change((d) => ({ ...d, provisions: d.provisions.map((p) => (p.id === id ? update(p) : p)) }));
  const setTarget = (id: string, update: (t: PlanTarget) => PlanTarget) =>
    change((d) => ({ ...d, targets: d.targets.map((t) => (t.id === id ? update(t) : t)) }));

  const setKind = (kind: PlanKind) =>
    change((d) => ({ ...d, kind, title: !d.title.trim() || d.title === defaultPlanTitle(d.kind) ? defaultPlanTitle(kind) : d.title }));

  const addTarget = () => {
    const target = blankTarget();
    flushSync(() => change((d) => ({ ...d, targets: [...d.targets, target] })));
    focusField(prefix, `target:${target.id}`);
  };
  const removeTarget = (id: string, index: number) => {
    flushSync(() =>
      change((d) => ({
        ...d,
        targets: d.targets.filter((t) => t.id !== id),
        provisions: d.provisions.map((p) => ({ ...p, targetIds: p.targetIds.filter((t) => t !== id) })),
      })),
    );
    focusAfterRemoving(prefix, draft.targets, index, (t) => `target:${t.id}`, `${prefix}-add-target`);
  };
  const addProvision = () => {
    const p = draftFromProvision(blankProvision());
    flushSync(() => change((d) => ({ ...d, provisions: [...d.provisions, p] })));
    focusField(prefix, provisionKey(p.id, 'what'));
  };
  const removeProvision = (id: string, index: number) => {
    flushSync(() => change((d) => ({ ...d, provisions: d.provisions.filter((p) => p.id !== id) })));
    focusAfterRemoving(prefix, draft.provisions, index, (p) => provisionKey(p.id, 'what'), `${prefix}-add-provision`);
  };
  const fill = (p: ProvisionDraft, parsed: ParsedProvision) => {
    flushSync(() => {
      setProvision(p.id, (d) => applyParsed(d, parsed));
      setFilled((f) => ({ ...f, [p.id]: `Filled in ${describeFound(parsed)} from this line. Check them below.` }));
    });
    document.getElementById(`${fieldDomId(prefix, provisionKey(p.id, 'what'))}-filled`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = planDraftProblems(draft);
    const all = withStoreProblems(found, found.length ? [] : planProblems(planFromDraft(draft)));
    if (all.length) {
      const forForm = all.filter((p) => p.key === 'form').map((p) => p.message);
      return form.refuse(all, forForm.join(' '));
    }
    const before = draft.revisions.length;
    await form.save(
      () => savePlan(planFromDraft(draft)),
      (result) => {
        const latest = result.revisions.length > before ? result.revisions.at(-1) : undefined;
        setDraft(draftFromPlan(result));
        setFilled({});
        setStored(true);
        onSaved(result, !stored);
        return !stored ? 'Saved.' : latest ? `Saved. Changes recorded: ${latest.summary}` : 'Saved. Nothing had changed.';
      },
    );
  };

  return (
    <form className="or-form plan-editor" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`} data-testid="plan-editor">
      <FormTitle prefix={prefix} visible={showHeading}>
        {stored ? `Change ${draft.title || 'the plan'}` : `Add a plan for ${child.name}`}
      </FormTitle>

      <div className="field-grid">
        <Field prefix={prefix} name="kind" label="Kind of plan">
          {(p) => (
            <select {...p} className="select-input" value={draft.kind} onChange={(e) => setKind(e.target.value as PlanKind)} data-testid="plan-kind">
              <Options options={PLAN_KIND_OPTIONS} />
            </select>
          )}
        </Field>
        <Field prefix={prefix} name="title" label="Title">
          {(p) => <TextInput control={p} value={draft.title} onChange={(title) => change((d) => ({ ...d, title }))} testId="plan-title" />}
        </Field>
      </div>

      <div className="field-grid">
        <Field prefix={prefix} name="startsOn" label="Start date" error={problemFor(problems, 'startsOn')}>
          {(p) => <DateInput control={p} value={draft.startsOn} onChange={(startsOn) => change((d) => ({ ...d, startsOn }))} testId="plan-starts" />}
        </Field>
        <Field prefix={prefix} name="reviewOn" label="Review date (optional)" hint="When the plan says it will be reviewed." error={problemFor(problems, 'reviewOn')}>
          {(p) => <DateInput control={p} min={draft.startsOn} value={draft.reviewOn} onChange={(reviewOn) => change((d) => ({ ...d, reviewOn }))} testId="plan-review" />}
        </Field>
      </div>

      <PlanTargets prefix={prefix} kind={draft.kind} targets={draft.targets} onChange={setTarget} onAdd={addTarget} onRemove={removeTarget} />

      <section className="form-fieldset" aria-labelledby={`${prefix}-provisions`}>
        <h3 id={`${prefix}-provisions`}>Support</h3>
        <p className="field-hint">
          What the plan says will be done for {child.name}. You can paste a line from the plan, such as “Lexia 3 x 20 mins weekly with Mrs Khan”, then press
          “Fill in from this”.
        </p>
        <ol className="row-list">
          {draft.provisions.map((d, i) => (
            <li key={d.id}>
              <ProvisionRow
                prefix={prefix}
                index={i}
                draft={d}
                kind={draft.kind}
                targets={draft.targets}
                problems={problems}
                filled={filled[d.id] ?? ''}
                onChange={(update) => {
                  setFilled((f) => (f[d.id] ? { ...f, [d.id]: '' } : f));
                  setProvision(d.id, update);
                }}
                onFill={(parsed) => fill(d, parsed)}
                onRemove={() => removeProvision(d.id, i)}
              />
            </li>
          ))}
        </ol>
        <div className="form-actions" style={{ marginTop: '0.8rem' }}>
          <button type="button" id={`${prefix}-add-provision`} className="button-small" onClick={addProvision} data-testid="plan-add-provision">
            + Add support
          </button>
        </div>
      </section>

      <ProblemList prefix={prefix} problems={form.shown(problems)} testId="plan-problems" />
      <StatusMessage message={form.status} testId="plan-saved" />

      <div className="form-actions">
        <SaveButton saving={form.saving} testId="plan-save">
          Save plan
        </SaveButton>
        {onCancel ? (
          <button type="button" className="button-small" onClick={onCancel} data-testid="plan-cancel">
            {form.status ? 'Close' : 'Cancel'}
          </button>
        ) : null}
      </div>
    </form>
  );
}
