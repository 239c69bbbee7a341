import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { getDatabase } from '@/lib/db/database';
import { BROAD_AREAS } from '@/lib/plan/needs';
import { provisionGaps } from '@/lib/plan/provision/unquantified';
import type { BroadArea, Child, IsoDay, PlanKind, PlanTarget, SupportPlan } from '@/lib/model/plan';
import { blankPlan, blankProvision, blankTarget, planProblems, savePlan } from '@/lib/db/repositories/plans';
import {
  PER_OPTIONS,
  PLAN_KIND_OPTIONS,
  applyParsed,
  defaultPlanTitle,
  draftFromPlan,
  draftFromProvision,
  isFrequencyPer,
  parsedChanges,
  parsedPreview,
  planDraftProblems,
  planFromDraft,
  planKindFor,
  provisionFromDraft,
  provisionKey,
  targetChoiceLabel,
  targetWords,
  type PlanDraft,
  type ProvisionDraft,
} from '@/lib/ui/forms/plan-draft';
import { parseProvisionLine, type ParsedProvision } from '@/lib/ui/forms/provision-line';
import { problemFor, withStoreProblems, type FieldProblem } from '@/lib/ui/forms/problems';
import { Field, FieldError, ProblemList, StatusMessage, describedBy, errorText, fieldDomId, focusField, focusFirstProblem } from '@/components/forms/form-parts';
import { ProvisionGaps } from '@/components/forms/plan/ProvisionGaps';

const AREAS = Object.entries(BROAD_AREAS) as [BroadArea, string][];

/**
 * Add a support plan (planId = null) or change one. Quick entry is the point: paste a line of
 * provision and have it filled in, and see at once what the plan leaves too vague to check.
 */
export function PlanEditor({
  child,
  planId,
  today,
  onSaved,
  onCancel,
  showHeading = true,
}: {
  child: Child;
  planId: string | null;
  today: IsoDay;
  onSaved(plan: SupportPlan): void;
  onCancel?(): void;
  /** False when the page's own heading already says what the form is for. */
  showHeading?: boolean;
}) {
  // A new plan, once saved, keeps its form (and its "Saved." message) if the page then passes its id.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const ours = planId !== null && planId === createdId;
  const stored = useLiveQuery(async () => (planId && !ours ? ((await getDatabase().plans.get(planId)) ?? null) : null), [planId, ours]);

  if (planId && !ours && stored === undefined) {
    return (
      <p className="quiet" role="status">
        Opening the plan…
      </p>
    );
  }
  if (planId && !ours && stored === null) {
    return (
      <div className="or-form">
        <p className="message error" role="alert" data-testid="plan-missing">
          This plan could not be found. It may have been deleted.
        </p>
        {onCancel ? (
          <div className="form-actions">
            <button type="button" className="button-small" onClick={onCancel} data-testid="plan-cancel">
              Go back
            </button>
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <PlanForm
      key={planId && !ours ? planId : 'new'}
      child={child}
      initial={planId && !ours ? (stored ?? null) : null}
      today={today}
      onSaved={(plan, wasNew) => {
        if (wasNew) setCreatedId(plan.id);
        onSaved(plan);
      }}
      onCancel={onCancel}
      showHeading={showHeading}
    />
  );
}

function newDraft(child: Child, today: IsoDay): PlanDraft {
  const plan = blankPlan(child.id, planKindFor(child.senStatus), today);
  // One empty target and one empty support to type into straight away.
  return draftFromPlan({ ...plan, targets: [blankTarget()], provisions: [blankProvision()] });
}

function describeFound(parsed: ParsedProvision): string {
  const parts: string[] = [];
  if (parsed.found.includes('times') || parsed.found.includes('per')) parts.push('how often');
  if (parsed.found.includes('minutes')) parts.push('minutes each time');
  if (parsed.found.includes('who')) parts.push('who delivers it');
  if (parts.length < 2) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function PlanForm({
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
  const prefix = useId();
  const [draft, setDraft] = useState<PlanDraft>(() => (initial ? draftFromPlan(initial) : newDraft(child, today)));
  const [stored, setStored] = useState(initial !== null);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState('');
  const [saved, setSaved] = useState('');
  const [filled, setFilled] = useState<Record<string, string>>({});

  const problems: FieldProblem[] = tried ? planDraftProblems(draft) : [];
  const shown = failure ? [...problems, { key: 'form', message: failure }] : problems;
  const words = targetWords(draft.kind);

  const change = (update: (d: PlanDraft) => PlanDraft) => {
    setSaved('');
    setFailure('');
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
    const next = draft.targets[index + 1] ?? draft.targets[index - 1];
    if (!next || !focusField(prefix, `target:${next.id}`)) document.getElementById(`${prefix}-add-target`)?.focus();
  };
  const addProvision = () => {
    const p = draftFromProvision(blankProvision());
    flushSync(() => change((d) => ({ ...d, provisions: [...d.provisions, p] })));
    focusField(prefix, provisionKey(p.id, 'what'));
  };
  const removeProvision = (id: string, index: number) => {
    flushSync(() => change((d) => ({ ...d, provisions: d.provisions.filter((p) => p.id !== id) })));
    const next = draft.provisions[index + 1] ?? draft.provisions[index - 1];
    if (!next || !focusField(prefix, provisionKey(next.id, 'what'))) document.getElementById(`${prefix}-add-provision`)?.focus();
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
      flushSync(() => {
        setTried(true);
        setFailure(all.filter((p) => p.key === 'form').map((p) => p.message).join(' '));
      });
      focusFirstProblem(prefix, all);
      return;
    }
    setSaving(true);
    setFailure('');
    try {
      const before = draft.revisions.length;
      const result = await savePlan(getDatabase(), planFromDraft(draft));
      const latest = result.revisions.length > before ? result.revisions.at(-1) : undefined;
      const message = !stored ? 'Saved.' : latest ? `Saved. Changes recorded: ${latest.summary}` : 'Saved. Nothing had changed.';
      setDraft(draftFromPlan(result));
      setFilled({});
      setTried(false);
      setSaved(message);
      setStored(true);
      onSaved(result, !stored);
    } catch (e) {
      flushSync(() => setFailure(`Not saved: ${errorText(e)}`));
      focusFirstProblem(prefix, [{ key: 'form', message: '' }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="or-form plan-editor" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${prefix}-title`} data-testid="plan-editor">
      <h2 id={`${prefix}-title`} className={showHeading ? undefined : 'visually-hidden'}>
        {stored ? `Change ${draft.title || 'the plan'}` : `Add a plan for ${child.name}`}
      </h2>

      <div className="field-grid">
        <Field prefix={prefix} name="kind" label="Kind of plan">
          {(p) => (
            <select {...p} className="select-input" value={draft.kind} onChange={(e) => setKind(e.target.value as PlanKind)} data-testid="plan-kind">
              {PLAN_KIND_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field prefix={prefix} name="title" label="Title">
          {(p) => (
            <input
              {...p}
              className="text-input"
              type="text"
              value={draft.title}
              onChange={(e) => change((d) => ({ ...d, title: e.target.value }))}
              data-testid="plan-title"
            />
          )}
        </Field>
      </div>

      <div className="field-grid">
        <Field prefix={prefix} name="startsOn" label="Start date" error={problemFor(problems, 'startsOn')}>
          {(p) => (
            <input
              {...p}
              className="text-input date-input"
              type="date"
              value={draft.startsOn}
              onChange={(e) => change((d) => ({ ...d, startsOn: e.target.value }))}
              data-testid="plan-starts"
            />
          )}
        </Field>
        <Field prefix={prefix} name="reviewOn" label="Review date (optional)" hint="When the plan says it will be reviewed." error={problemFor(problems, 'reviewOn')}>
          {(p) => (
            <input
              {...p}
              className="text-input date-input"
              type="date"
              min={draft.startsOn || undefined}
              value={draft.reviewOn}
              onChange={(e) => change((d) => ({ ...d, reviewOn: e.target.value }))}
              data-testid="plan-review"
            />
          )}
        </Field>
      </div>

      <section className="form-fieldset" aria-labelledby={`${prefix}-targets`}>
        <h3 id={`${prefix}-targets`}>{words.heading}</h3>
        <p className="field-hint">
          {draft.kind === 'ehc-plan'
            ? 'The outcomes in section E of the plan, one per box. Leave a box empty to skip it.'
            : 'What the plan aims for, one target per box. Leave a box empty to skip it.'}
        </p>
        <ol className="row-list">
          {draft.targets.map((t, i) => (
            <li key={t.id} className="row-card" data-testid="plan-target-row">
              <Field prefix={prefix} name={`target:${t.id}`} label={`${words.one} ${i + 1}`}>
                {(p) => (
                  <textarea
                    {...p}
                    className="text-input"
                    rows={2}
                    value={t.text}
                    onChange={(e) => setTarget(t.id, (x) => ({ ...x, text: e.target.value }))}
                    data-testid="plan-target"
                  />
                )}
              </Field>
              <div className="inline-controls">
                <Field prefix={prefix} name={`target:${t.id}:area`} label="Area of need (optional)">
                  {(p) => (
                    <select
                      {...p}
                      className="select-input"
                      value={t.area ?? ''}
                      onChange={(e) => setTarget(t.id, (x) => ({ ...x, area: (e.target.value || null) as BroadArea | null }))}
                      data-testid="plan-target-area"
                    >
                      <option value="">Not set</option>
                      {AREAS.map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <button type="button" className="button-small button-quiet push-end" onClick={() => removeTarget(t.id, i)} data-testid="plan-remove-target">
                  Remove {words.one.toLowerCase()} {i + 1}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <div className="form-actions" style={{ marginTop: '0.8rem' }}>
          <button type="button" id={`${prefix}-add-target`} className="button-small" onClick={addTarget} data-testid="plan-add-target">
            + Add {draft.kind === 'ehc-plan' ? 'an outcome' : 'a target'}
          </button>
        </div>
      </section>

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

      <ProblemList prefix={prefix} problems={shown} testId="plan-problems" />
      <StatusMessage message={saved} testId="plan-saved" />

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving} data-testid="plan-save">
          {saving ? 'Saving…' : 'Save plan'}
        </button>
        {onCancel ? (
          <button type="button" className="button-small" onClick={onCancel} data-testid="plan-cancel">
            {saved ? 'Close' : 'Cancel'}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function ProvisionRow({
  prefix,
  index,
  draft: d,
  kind,
  targets,
  problems,
  filled,
  onChange,
  onFill,
  onRemove,
}: {
  prefix: string;
  index: number;
  draft: ProvisionDraft;
  kind: PlanKind;
  targets: readonly PlanTarget[];
  problems: readonly FieldProblem[];
  filled: string;
  onChange(update: (d: ProvisionDraft) => ProvisionDraft): void;
  onFill(parsed: ParsedProvision): void;
  onRemove(): void;
}) {
  const n = index + 1;
  const parsed = parseProvisionLine(d.what);
  const canFill = parsedChanges(d, parsed);
  const provision = provisionFromDraft(d);
  const gaps = d.what.trim() ? provisionGaps(provision) : [];
  const whatId = fieldDomId(prefix, provisionKey(d.id, 'what'));
  const timesKey = provisionKey(d.id, 'times');
  const timesId = fieldDomId(prefix, timesKey);
  const timesError = problemFor(problems, timesKey);
  const perId = `${timesId}-per`;
  const oftenHint = `${timesId}-hint`;
  const gapsId = `${whatId}-gaps`;
  const set = <K extends keyof ProvisionDraft>(key: K, value: ProvisionDraft[K]) => onChange((x) => ({ ...x, [key]: value }));
  const named = targets.filter((t) => t.text.trim());

  return (
    <>
      <fieldset className="row-card" data-testid="provision" aria-describedby={gaps.length ? gapsId : undefined}>
        <legend>
          Support {n}
          {d.what.trim() ? <span className="quiet">: {d.what.trim().length > 50 ? `${d.what.trim().slice(0, 50)}…` : d.what.trim()}</span> : null}
        </legend>

        <Field prefix={prefix} name={provisionKey(d.id, 'what')} label="What the support is" error={problemFor(problems, provisionKey(d.id, 'what'))}>
          {(p) => (
            <>
              <textarea {...p} className="text-input" rows={2} value={d.what} onChange={(e) => set('what', e.target.value)} data-testid="provision-what" />
              {canFill ? (
                <div className="fill-from-line">
                  <button type="button" className="button-small" onClick={() => onFill(parsed)} aria-describedby={`${whatId}-found`} data-testid="provision-fill">
                    Fill in from this
                  </button>
                  <span id={`${whatId}-found`} className="quiet">
                    Found: {parsedPreview(d, parsed)}
                  </span>
                </div>
              ) : null}
              <p id={`${whatId}-filled`} className="field-note" tabIndex={-1} role="status" data-testid="provision-fill-status">
                {filled}
              </p>
            </>
          )}
        </Field>

        <Field prefix={prefix} name={`provision:${d.id}:who`} label="Who delivers it" hint="A name and role if the plan gives them, e.g. Mrs Khan (TA).">
          {(p) => <input {...p} className="text-input" type="text" value={d.who} onChange={(e) => set('who', e.target.value)} data-testid="provision-who" />}
        </Field>

        <div className="field-grid">
          <fieldset className={`form-fieldset form-field${timesError ? ' has-error' : ''}`}>
            <legend className="field-label">How often</legend>
            <p id={oftenHint} className="field-hint">
              Leave empty if the plan does not say.
            </p>
            <FieldError id={`${timesId}-error`} message={timesError} />
            <div className="inline-controls">
              <label htmlFor={timesId} className="visually-hidden">
                Number of times
              </label>
              <input
                id={timesId}
                className="text-input number-input"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={d.times}
                onChange={(e) => set('times', e.target.value)}
                aria-describedby={describedBy(oftenHint, timesError && `${timesId}-error`)}
                aria-invalid={timesError ? true : undefined}
                data-testid="provision-times"
              />
              <span aria-hidden="true">{d.times.trim() === '1' ? 'time' : 'times'}</span>
              <label htmlFor={perId} className="visually-hidden">
                Per
              </label>
              <select
                id={perId}
                className="select-input"
                value={d.per}
                onChange={(e) => isFrequencyPer(e.target.value) && set('per', e.target.value)}
                data-testid="provision-per"
              >
                {PER_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>

          <Field prefix={prefix} name={provisionKey(d.id, 'minutes')} label="Minutes each time" error={problemFor(problems, provisionKey(d.id, 'minutes'))}>
            {(p) => (
              <input
                {...p}
                className="text-input number-input"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={d.minutes}
                onChange={(e) => set('minutes', e.target.value)}
                data-testid="provision-minutes"
              />
            )}
          </Field>
        </div>

        <div className="field-grid">
          <Field prefix={prefix} name={`provision:${d.id}:from`} label="From (optional)">
            {(p) => <input {...p} className="text-input date-input" type="date" value={d.from} onChange={(e) => set('from', e.target.value)} data-testid="provision-from" />}
          </Field>
          <Field prefix={prefix} name={provisionKey(d.id, 'to')} label="To (optional)" error={problemFor(problems, provisionKey(d.id, 'to'))}>
            {(p) => (
              <input
                {...p}
                className="text-input date-input"
                type="date"
                min={d.from || undefined}
                value={d.to}
                onChange={(e) => set('to', e.target.value)}
                data-testid="provision-to"
              />
            )}
          </Field>
        </div>

        {named.length ? (
          <fieldset className="form-fieldset">
            <legend className="field-label">Which {kind === 'ehc-plan' ? 'outcomes' : 'targets'} it works towards (optional)</legend>
            <div className="check-list">
              {targets.map((t, ti) => {
                if (!t.text.trim()) return null;
                const id = `${fieldDomId(prefix, `provision:${d.id}:target`)}-${t.id}`;
                return (
                  <div key={t.id} className="check-option">
                    <input
                      id={id}
                      type="checkbox"
                      checked={d.targetIds.includes(t.id)}
                      onChange={(e) =>
                        onChange((x) => ({
                          ...x,
                          targetIds: e.target.checked ? [...x.targetIds, t.id] : x.targetIds.filter((tid) => tid !== t.id),
                        }))
                      }
                      data-testid="provision-target"
                    />
                    <label htmlFor={id}>{targetChoiceLabel(kind, t, ti)}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ) : null}

        <div className="form-actions">
          <button type="button" className="button-small button-quiet push-end" onClick={onRemove} data-testid="provision-remove">
            Remove support {n}
          </button>
        </div>
      </fieldset>
      <ProvisionGaps gaps={gaps} id={gapsId} />
    </>
  );
}
