// Answers the highlighter content script: analyse what my page shows, and save it.
import { getDatabase } from '../../db/database';
import type { AnalysePageTextResponse, FromHighlighter } from '../../highlight/messages';
import type { ClipTabResponse } from '../../messages';
import { analysePageItems } from './analyse-page-text';
import { showVagueCount } from './badge';
import { rememberTab } from './known-tabs';
import { countVague } from './to-page-findings';
import { saveFromTab } from './save-from-tab';

export interface HighlighterTab {
  tabId: number;
  /** The page's address, as the browser reports the sender. */
  url: string;
}

export type HighlighterResponse = AnalysePageTextResponse | ClipTabResponse | { ok: true };

export async function handleHighlighterMessage(message: FromHighlighter, tab: HighlighterTab): Promise<HighlighterResponse> {
  switch (message.type) {
    case 'analyse-page-text': {
      const results = await analysePageItems(getDatabase(), message.items);
      // The badge follows the highlighter's own count of what is open (highlighter-count): this
      // request may hold only the message just expanded.
      await rememberTab(tab.tabId, { url: tab.url, vague: results.reduce((n, r) => n + countVague(r.findings), 0) });
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
