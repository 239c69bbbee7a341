import { browser } from 'wxt/browser';
import type { AnalyseStaleRequest } from '@/lib/protocol/messages';

/**
 * Asks the background to read again the records whose child or term dates changed. Never waited
 * for and never fails the caller: the change is saved either way, and start-up catches up.
 */
export function askToReadAgain(): void {
  const request: AnalyseStaleRequest = { type: 'analyse-stale' };
  try {
    void Promise.resolve(browser.runtime.sendMessage(request)).catch(() => undefined);
  } catch {
    // Not inside the extension (a test page): nothing to ask.
  }
}
