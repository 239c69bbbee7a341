import { provisionGaps } from '@/lib/plan/provision/unquantified';
import type { PlanKind, PlanTarget } from '@/lib/model/plan';
import { parsedChanges, parsedPreview, provisionFromDraft, provisionKey, type ProvisionDraft } from '@/lib/ui/forms/plan-draft';
import { parseProvisionLine, type ParsedProvision } from '@/lib/ui/forms/provision-line';
import { problemFor, type FieldProblem } from '@/lib/ui/forms/problems';
import { Field, fieldDomId } from '@/components/forms/form-parts';
import { DateInput, TextInput, WholeNumberInput } from '@/components/forms/controls';
import { ProvisionFrequency } from '@/components/forms/plan/ProvisionFrequency';
import { ProvisionGaps } from '@/components/forms/plan/ProvisionGaps';
import { ProvisionTargetChoice } from '@/components/forms/plan/ProvisionTargetChoice';

/** One piece of support: what, who, how often, for how long and when, then what the plan leaves too vague. */
export function ProvisionRow({
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
  /** What "Fill in from this" just did, said under the line; '' otherwise. */
  filled: string;
  onChange(update: (d: ProvisionDraft) => ProvisionDraft): void;
  onFill(parsed: ParsedProvision): void;
  onRemove(): void;
}) {
  const n = index + 1;
  const parsed = parseProvisionLine(d.what);
  const canFill = parsedChanges(d, parsed);
  const gaps = d.what.trim() ? provisionGaps(provisionFromDraft(d)) : [];
  const whatId = fieldDomId(prefix, provisionKey(d.id, 'what'));
  const timesKey = provisionKey(d.id, 'times');
  const gapsId = `${whatId}-gaps`;
  const set = <K extends keyof ProvisionDraft>(key: K, value: ProvisionDraft[K]) => onChange((x) => ({ ...x, [key]: value }));
  const what = d.what.trim();

  return (
    <>
      <fieldset className="row-card" data-testid="provision" aria-describedby={gaps.length ? gapsId : undefined}>
        <legend>
          Support {n}
          {what ? <span className="quiet">: {what.length > 50 ? `${what.slice(0, 50)}…` : what}</span> : null}
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
          {(p) => <TextInput control={p} value={d.who} onChange={(v) => set('who', v)} testId="provision-who" />}
        </Field>

        <div className="field-grid">
          <ProvisionFrequency
            timesId={fieldDomId(prefix, timesKey)}
            times={d.times}
            per={d.per}
            error={problemFor(problems, timesKey)}
            onTimes={(times) => set('times', times)}
            onPer={(per) => set('per', per)}
          />

          <Field prefix={prefix} name={provisionKey(d.id, 'minutes')} label="Minutes each time" error={problemFor(problems, provisionKey(d.id, 'minutes'))}>
            {(p) => <WholeNumberInput control={p} value={d.minutes} onChange={(v) => set('minutes', v)} testId="provision-minutes" />}
          </Field>
        </div>

        <div className="field-grid">
          <Field prefix={prefix} name={`provision:${d.id}:from`} label="From (optional)">
            {(p) => <DateInput control={p} value={d.from} onChange={(v) => set('from', v)} testId="provision-from" />}
          </Field>
          <Field prefix={prefix} name={provisionKey(d.id, 'to')} label="To (optional)" error={problemFor(problems, provisionKey(d.id, 'to'))}>
            {(p) => <DateInput control={p} min={d.from} value={d.to} onChange={(v) => set('to', v)} testId="provision-to" />}
          </Field>
        </div>

        <ProvisionTargetChoice
          idPrefix={fieldDomId(prefix, `provision:${d.id}:target`)}
          kind={kind}
          targets={targets}
          chosen={d.targetIds}
          onChange={(targetId, checked) =>
            onChange((x) => ({ ...x, targetIds: checked ? [...x.targetIds, targetId] : x.targetIds.filter((tid) => tid !== targetId) }))
          }
        />

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
