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

export type HighlighterResponse = AnalysePageTextResponse | ClipTabResponse;

export async function handleHighlighterMessage(message: FromHighlighter, tab: HighlighterTab): Promise<HighlighterResponse> {
  switch (message.type) {
    case 'analyse-page-text': {
      const results = await analysePageItems(getDatabase(), message.items);
      const vague = results.reduce((n, r) => n + countVague(r.findings), 0);
      await rememberTab(tab.tabId, { url: tab.url, vague });
      await showVagueCount(tab.tabId, vague).catch(() => {});
      return { ok: true, results };
    }
    case 'save-this-page':
      return saveFromTab(tab.tabId);
  }
}
