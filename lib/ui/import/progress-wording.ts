// Progress while files are read and while the chosen emails are saved, and the time left.
import type { ImportProgress, ScanProgress } from '@/lib/import/worker/protocol';
import { counted, formatCount } from '@/lib/ui/import/numbers';

/** Whole percent of the bytes read, 0–100; 100 only when every byte is read. */
export function scanPercent(progress: Pick<ScanProgress, 'bytesRead' | 'bytesTotal'>): number {
  if (progress.bytesTotal <= 0) return 0;
  const percent = Math.floor((progress.bytesRead / progress.bytesTotal) * 100);
  return Math.min(100, Math.max(0, percent));
}

/** "Reading your files… 12,345 emails found so far". */
export function scanningLine(progress: Pick<ScanProgress, 'emails'>): string {
  return `Reading your files… ${counted(progress.emails, 'email', 'emails')} found so far`;
}

/** Before the rate means anything: the first items include opening the files. */
const MIN_ITEMS_FOR_ESTIMATE = 10;
const MIN_MS_FOR_ESTIMATE = 3000;

/**
 * "about 20 seconds left", from the rate since the import started; '' until a few items are done
 * (an early guess swings wildly and a worried parent reads it as a promise).
 */
export function timeLeft(progress: Pick<ImportProgress, 'done' | 'total'>, elapsedMs: number): string {
  const { done, total } = progress;
  if (done < MIN_ITEMS_FOR_ESTIMATE || elapsedMs < MIN_MS_FOR_ESTIMATE || done >= total) return '';
  const seconds = ((total - done) * elapsedMs) / done / 1000;
  return `${roughDuration(seconds)} left`;
}

/** "a few seconds", "about 20 seconds", "about 12 minutes", "about 1 hour 20 minutes". */
export function roughDuration(seconds: number): string {
  if (seconds < 10) return 'a few seconds';
  if (seconds < 60) return `about ${Math.ceil(seconds / 5) * 5} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${counted(Math.max(1, minutes), 'minute', 'minutes')}`;
  const tens = Math.round(minutes / 10) * 10;
  const hours = Math.floor(tens / 60);
  const rest = tens % 60;
  return `about ${counted(hours, 'hour', 'hours')}${rest ? ` ${rest} minutes` : ''}`;
}

/** "120 of 214 done · 117 saved · 3 already saved · about 20 seconds left". */
export function importProgressLine(progress: ImportProgress, elapsedMs: number): string {
  if (progress.total === 0) return 'Getting ready…';
  const parts = [`${formatCount(progress.done)} of ${formatCount(progress.total)} done`, `${formatCount(progress.saved)} saved`];
  if (progress.alreadySaved > 0) parts.push(`${formatCount(progress.alreadySaved)} already saved`);
  if (progress.unreadable > 0) parts.push(`${formatCount(progress.unreadable)} could not be read`);
  const left = timeLeft(progress, elapsedMs);
  if (left) parts.push(left);
  return parts.join(' · ');
}
