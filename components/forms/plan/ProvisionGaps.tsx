import type { ProvisionGap } from '@/lib/plan/provision/unquantified';
import '../forms.css';

/**
 * "Not specific enough": what a provision leaves out or words vaguely, each with why it matters and
 * a question the parent could send. Amber like vague wording in emails, with an icon and words.
 */
export function ProvisionGaps({ gaps, id }: { gaps: readonly ProvisionGap[]; id?: string }) {
  if (!gaps.length) return null;
  return (
    <div className="gap-notice" id={id} data-testid="provision-gap">
      <p className="gap-badge" style={{ margin: 0 }}>
        <span className="gap-icon" aria-hidden="true">
          ⚠
        </span>
        Not specific enough
      </p>
      <ul className="gap-list">
        {gaps.map((gap, i) => (
          <li key={`${gap.field}-${i}`} data-testid="provision-gap-item" data-field={gap.field}>
            <p className="gap-why">{gap.why}</p>
            <p className="gap-ask">
              <span className="gap-ask-label">You could ask:</span> <span className="gap-ask-text">{gap.ask}</span>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
