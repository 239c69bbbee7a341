// Telling the highlighter in some tabs to remove every mark and stop: their badges are cleared and
// the tabs forgotten, so nothing puts a count back.
import { browser } from 'wxt/browser';
import type { ToHighlighter } from '@/lib/protocol/highlighter';
import { clearBadge } from '@/lib/highlight/background/badge';
import { forgetTabs } from '@/lib/highlight/background/known-tabs';
import { forgetRequestedTabs } from '@/lib/highlight/background/on-request';

export async function stopHighlighter(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length === 0) return;
  const off: ToHighlighter = { type: 'highlighter-off' };
  await Promise.all(
    tabIds.map(async (tabId) => {
      // A tab without the highlighter has no receiver: nothing to stop.
      await browser.tabs.sendMessage(tabId, off, { frameId: 0 }).catch(() => {});
      await clearBadge(tabId).catch(() => {});
    }),
  );
  await Promise.all([forgetTabs(tabIds), forgetRequestedTabs(tabIds)]);
}
