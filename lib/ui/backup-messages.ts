// Plain-English results for the options page's backup and restore.
import type { ImportBackupResponse } from '../messages';

function items(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

/** "Added 3 items; 2 were already in your record." */
export function describeImport(added: number, skipped: number): string {
  const already = skipped === 1 ? '1 was already in your record.' : `${skipped} were already in your record.`;
  return `Added ${items(added)}; ${already}`;
}

export type ImportMessage = { ok: true; message: string } | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing was changed.';

/** Adds "Nothing was changed." to an error unless it already says so. */
export function withNothingChanged(error: string): string {
  const trimmed = error.trim();
  if (/nothing was changed/i.test(trimmed)) return trimmed;
  const ended = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
  return `${ended} ${NOTHING_CHANGED}`;
}

/** Turns the background's answer (or a failure to get one) into what the parent reads. */
export function importMessage(response: ImportBackupResponse | undefined | null): ImportMessage {
  if (!response || typeof response !== 'object') {
    return { ok: false, message: withNothingChanged('On Record did not answer, so the backup was not restored') };
  }
  if (!response.ok) {
    return { ok: false, message: withNothingChanged(response.error || 'The backup could not be restored') };
  }
  return { ok: true, message: describeImport(response.added, response.skipped) };
}
