// Answers the highlighter content script: analyse what my page shows, and save it.
import { getDatabase } from '@/lib/db/database';
import type { AnalysePageTextResponse, FromHighlighter } from '@/lib/protocol/highlighter';
import type { ClipTabResponse } from '@/lib/protocol/clip-tab';
import { analysePageItems } from '@/lib/highlight/background/analyse-page-text';
import { showVagueCount } from '@/lib/highlight/background/badge';
import { noteTabUrl, rememberTab } from '@/lib/highlight/background/known-tabs';
import { matchesAny } from '@/lib/highlight/background/match-pattern';
import { isRequestedTab } from '@/lib/highlight/background/on-request';
import { grantedWebmailPatterns } from '@/lib/highlight/background/registration';
import { saveFromTab } from '@/lib/highlight/background/save-from-tab';
import { stopHighlighter } from '@/lib/highlight/background/stop-highlighter';

export interface HighlighterTab {
  tabId: number;
  /** The page's address, as the browser reports the sender. */
  url: string;
}

export type HighlighterResponse = AnalysePageTextResponse | ClipTabResponse | { ok: true };

/** More text in one request than any open conversation holds: refused rather than analysed. */
export const MAX_REQUEST_CHARS = 300_000;

export const SWITCHED_OFF_ERROR = 'Highlighting is switched off here.';

/**
 * Whether the highlighter may run in this tab: on a webmail the parent has switched on, or where
 * the parent asked for it from the context menu (the only way it runs anywhere else).
 */
export async function mayHighlight(tab: HighlighterTab): Promise<boolean> {
  if (await isRequestedTab(tab.tabId, tab.url)) return true;
  return matchesAny(tab.url, await grantedWebmailPatterns());
}

/**
 * The content script's messages, answered only where the highlighter may run. Anywhere else (a
 * webmail switched off while the page was open, say) it is told to stop.
 */
export async function answerHighlighter(message: FromHighlighter, tab: HighlighterTab): Promise<HighlighterResponse> {
  if (!(await mayHighlight(tab))) {
    await stopHighlighter([tab.tabId]);
    return { ok: false, error: SWITCHED_OFF_ERROR };
  }
  return handleHighlighterMessage(message, tab);
}

export async function handleHighlighterMessage(message: FromHighlighter, tab: HighlighterTab): Promise<HighlighterResponse> {
  switch (message.type) {
    case 'analyse-page-text': {
      const total = message.items.reduce((n, item) => n + item.text.length, 0);
      if (total > MAX_REQUEST_CHARS) return { ok: false, error: 'These messages are too long to highlight.' };
      const results = await analysePageItems(getDatabase(), message.items);
      // The badge follows the highlighter's own count of what is open (highlighter-count): this
      // request may hold only the message just expanded, so the count stays as it was.
      await noteTabUrl(tab.tabId, tab.url);
      return { ok: true, results };
    }
    case 'highlighter-count':
      await rememberTab(tab.tabId, { url: tab.url, vague: message.vague });
      await showVagueCount(tab.tabId, message.vague).catch(() => {});
      return { ok: true };
    case 'save-this-page':
      return saveFromTab(tab.tabId);
  }
}
