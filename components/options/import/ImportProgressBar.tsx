// A progress bar that automation and screen readers can read: role="progressbar" with its numbers.
// A <div> with ARIA rather than <progress>, so `[role="progressbar"]` finds it and the bar can be
// drawn in the page's own colours.

interface Props {
  /** The bar's accessible name ("Reading your files"). */
  label: string;
  value: number;
  max: number;
  /** What a screen reader says instead of the bare numbers. */
  valueText: string;
  testId?: string;
}

export function ImportProgressBar({ label, value, max, valueText, testId }: Props) {
  // With nothing to count yet the bar is indeterminate: no value, as ARIA asks.
  const known = max > 0;
  const fraction = known ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      className="import-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={valueText}
      data-testid={testId}
    >
      <div className="import-progress-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
    </div>
  );
}
