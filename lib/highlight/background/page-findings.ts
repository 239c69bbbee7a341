// For automation: what the highlighter has marked in a tab, asked of the highlighter itself.
import { browser } from 'wxt/browser';
import type { ToHighlighter } from '@/lib/protocol/highlighter';
import type { PageFindingsResponse } from '@/lib/protocol/page-findings';
import { readHighlighterFindings } from '@/lib/protocol/highlighter';

export async function pageFindings(tabId: number): Promise<PageFindingsResponse> {
  try {
    await browser.tabs.get(tabId);
  } catch {
    return { ok: false, error: `There is no tab ${tabId}.` };
  }
  const ask: ToHighlighter = { type: 'highlighter-page-findings' };
  // No highlighter in the tab (not switched on, not a webmail, or not started yet): no receiver.
  const answer: unknown = await browser.tabs.sendMessage(tabId, ask, { frameId: 0 }).catch(() => undefined);
  return { ok: true, findings: readHighlighterFindings(answer) ?? [] };
}
