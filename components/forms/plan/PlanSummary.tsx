import { useId } from 'react';
import { BROAD_AREAS } from '@/lib/plan/needs';
import { describeProvision, provisionGaps } from '@/lib/plan/provision/unquantified';
import type { SupportPlan } from '@/lib/model/plan';
import { formatDay } from '@/lib/calendar/format-day';
import { longDayOfInstant } from '@/lib/ui/forms/dates';
import { localDayOfInstant } from '@/lib/calendar/today';
import { planKindLabel, targetWords } from '@/lib/ui/forms/plan-draft';
import { ProvisionGaps } from '@/components/forms/plan/ProvisionGaps';
import '../forms.css';

/** A support plan read back for the timeline page: what it aims for, the support, and its changes. */
export function PlanSummary({ plan, onEdit }: { plan: SupportPlan; onEdit(): void }) {
  const prefix = useId();
  const words = targetWords(plan.kind);
  const targetNumber = new Map(plan.targets.map((t, i) => [t.id, i + 1]));
  const revisions = [...plan.revisions].reverse();

  return (
    <section className="card plan-summary" aria-labelledby={`${prefix}-title`} data-testid="plan-summary">
      <div className="row-head">
        <h2 id={`${prefix}-title`} style={{ margin: 0 }}>
          {plan.title}
        </h2>
        <button type="button" className="button-small" onClick={onEdit} data-testid="plan-edit">
          Change this plan<span className="visually-hidden">: {plan.title}</span>
        </button>
      </div>

      <dl className="plan-facts">
        <div>
          <dt>Kind:</dt>
          <dd>{planKindLabel(plan.kind)}</dd>
        </div>
        <div>
          <dt>Started:</dt>
          <dd>
            <time dateTime={plan.startsOn}>{formatDay(plan.startsOn) || 'not given'}</time>
          </dd>
        </div>
        <div>
          <dt>Review:</dt>
          <dd data-testid="plan-summary-review">{plan.reviewOn ? <time dateTime={plan.reviewOn}>{formatDay(plan.reviewOn)}</time> : 'The plan gives no review date'}</dd>
        </div>
      </dl>

      <div>
        <h3>{words.heading}</h3>
        {plan.targets.length ? (
          <ol className="summary-list">
            {plan.targets.map((t) => (
              <li key={t.id} data-testid="plan-summary-target">
                {t.text}
                {t.area ? <span className="area-tag">{BROAD_AREAS[t.area]}</span> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="quiet">None written down yet.</p>
        )}
      </div>

      <div>
        <h3>Support</h3>
        {plan.provisions.length ? (
          <ul className="summary-list provision-list">
            {plan.provisions.map((p) => {
              const serves = p.targetIds.map((id) => targetNumber.get(id)).filter((n): n is number => n !== undefined);
              return (
                <li key={p.id} className="summary-provision" data-testid="plan-summary-provision">
                  <span>{describeProvision(p)}</span>
                  {serves.length ? (
                    <span className="quiet small">
                      Works towards {words.one.toLowerCase()}
                      {serves.length > 1 ? 's' : ''} {serves.join(', ')}
                    </span>
                  ) : null}
                  <ProvisionGaps gaps={provisionGaps(p)} />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="quiet">No support written down yet.</p>
        )}
      </div>

      <div>
        <h3>Changes to this plan</h3>
        {revisions.length ? (
          <ul className="revision-list" data-testid="plan-revisions">
            {revisions.map((r, i) => (
              <li key={`${r.at}-${i}`} data-testid="plan-revision">
                <time dateTime={localDayOfInstant(r.at) ?? undefined}>{longDayOfInstant(r.at) || 'Unknown day'}</time>: {r.summary}
              </li>
            ))}
          </ul>
        ) : (
          <p className="quiet">No changes since it was first saved.</p>
        )}
      </div>
    </section>
  );
}
