import { askBackground } from '@/lib/protocol/ask-background';

/**
 * Asks the background to read again the records a write changed (their child or term dates): the
 * ids the repository's write returned, so nothing else is re-read. No ids, no message. Never waited
 * for and never fails the caller: the change is saved either way, and start-up catches up. Outside
 * the extension (a test page) the asking fails, quietly.
 */
export function askToReadAgain(recordIds: readonly string[]): void {
  if (recordIds.length === 0) return;
  void askBackground({ type: 'analyse-stale', recordIds: [...recordIds] }).catch(() => undefined);
}
