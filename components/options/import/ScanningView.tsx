import type { ScanProgress } from '@/lib/import/worker/protocol';
import { scanPercent, scanningLine } from '@/lib/ui/import/progress-wording';
import { ImportProgressBar } from '@/components/options/import/ImportProgressBar';

interface Props {
  progress: ScanProgress;
  onStop(): void;
}

/** While the files are read: how far, and how many emails so far. Nothing is saved yet. */
export function ScanningView({ progress, onStop }: Props) {
  const line = scanningLine(progress);
  // Percent of the bytes read rather than the bytes themselves: a 1 GB mailbox is past what a
  // screen reader should read out, and the bar means the same either way.
  const percent = scanPercent(progress);
  return (
    <div className="import-phase">
      <h3 className="import-phase-heading" tabIndex={-1} data-import-focus>
        Reading your files
      </h3>
      <ImportProgressBar label="Reading your files" value={percent} max={100} valueText={`${percent}% read. ${line}`} testId="import-scan-progress" />
      <p className="import-line" data-testid="import-scan-line">
        {line}
      </p>
      <p className="quiet small">Nothing is saved yet. Keep this page open until the list of senders appears.</p>
      <button type="button" className="button-small" onClick={onStop}>
        Stop reading
      </button>
    </div>
  );
}
