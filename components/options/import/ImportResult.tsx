import type { ImportSummary } from '@/lib/import/worker/protocol';
import { afterImportNote, skippedNote } from '@/lib/ui/import/result-wording';
import { UnreadableList } from '@/components/options/import/UnreadableList';

interface Props {
  summary: ImportSummary;
  onAgain(): void;
}

/**
 * After the import: what the counts mean, what could not be read, and where the emails are now.
 * The "Import finished:" sentence itself is in the section's status region, above this.
 */
export function ImportResult({ summary, onAgain }: Props) {
  const skipped = skippedNote(summary);
  const after = afterImportNote(summary);
  return (
    <div className="import-phase">
      {skipped ? <p className="quiet small">{skipped}</p> : null}
      {after ? <p>{after}</p> : null}
      {summary.saved > 0 ? (
        <p>
          <a href="/timeline.html">Open the timeline</a>
        </p>
      ) : null}
      <UnreadableList problems={summary.problems} heading="Could not be read" testId="import-problems" />
      <div className="import-actions">
        <button type="button" className="button-primary" onClick={onAgain}>
          Import more files
        </button>
      </div>
    </div>
  );
}
