// The toolbar badge on a tab the highlighter runs in: how many vague phrases the open email holds.
// Amber, so it is not mistaken for the green tick or red mark a save shows for a few seconds.
import { browser } from 'wxt/browser';
import { knownTab } from '@/lib/highlight/background/known-tabs';

export const VAGUE_BADGE_COLOUR = '#8a4600';

/** How long a save's tick stays on the badge (lib/background/clip-feedback.ts clears it at 4 s). */
const SAVE_FEEDBACK_MS = 4000;

export function badgeText(vague: number): string {
  if (!Number.isFinite(vague) || vague <= 0) return '';
  return vague > 99 ? '99+' : String(Math.floor(vague));
}

export async function showVagueCount(tabId: number, vague: number): Promise<void> {
  const text = badgeText(vague);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: VAGUE_BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text });
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
}

/** Puts the count back once a save's feedback has cleared the badge. */
export function restoreVagueCountAfterSave(tabId: number): void {
  setTimeout(() => {
    void knownTab(tabId)
      .then((tab) => (tab && tab.vague > 0 ? showVagueCount(tabId, tab.vague) : undefined))
      .catch(() => {});
  }, SAVE_FEEDBACK_MS + 100);
}
