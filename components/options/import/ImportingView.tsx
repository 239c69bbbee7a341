import type { ImportProgress } from '@/lib/import/worker/protocol';
import { importProgressLine } from '@/lib/ui/import/progress-wording';
import { ImportProgressBar } from '@/components/options/import/ImportProgressBar';

interface Props {
  progress: ImportProgress;
  startedAt: number;
  cancelling: boolean;
  onCancel(): void;
  /** The clock, for the time left; a parameter so tests can fix it. */
  now?: () => number;
}

/** While the chosen emails are saved: counts, time left, and Cancel (what is saved stays whole). */
export function ImportingView({ progress, startedAt, cancelling, onCancel, now = Date.now }: Props) {
  const line = importProgressLine(progress, now() - startedAt);
  return (
    <div className="import-phase">
      <h3 className="import-phase-heading" tabIndex={-1} data-import-focus>
        Importing
      </h3>
      <ImportProgressBar label="Import progress" value={progress.done} max={progress.total} valueText={line} testId="import-progress" />
      <p className="import-line" data-testid="import-progress-line">
        {line}
      </p>
      {cancelling ? (
        <p className="import-line" aria-live="polite">
          Stopping after the emails being saved now…
        </p>
      ) : (
        <p className="quiet small">Keep this page open until it finishes. If you cancel, everything saved so far is kept whole.</p>
      )}
      <button type="button" className="button-small" onClick={onCancel} disabled={cancelling} data-testid="import-cancel">
        Cancel import
      </button>
    </div>
  );
}
