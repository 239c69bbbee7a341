import { browser, type Browser } from 'wxt/browser';
import { exportBackup } from '@/lib/backup/export-backup';
import { importBackup } from '@/lib/backup/import-backup';
import { getDatabase } from '@/lib/db/database';
import { analyseStale } from '@/lib/db/repositories/findings';
import { toImportResponse } from '@/lib/protocol/backup';
import { isFromHighlighterMessage } from '@/lib/protocol/highlighter';
import type { BackgroundFailure } from '@/lib/protocol/message-type';
import { isExtensionRequest, type RequestOf, type RequestType, type ResponseFor } from '@/lib/protocol/messages';
import { clipTab } from '@/lib/background/clip-tab';
import { answerHighlighter } from '@/lib/highlight/background/handle-highlighter';
import { pageFindings } from '@/lib/highlight/background/page-findings';

/** Only the extension's own pages (side panel, options, tests driving them) may ask. */
export function isFromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/**
 * Only our own highlighter content script, in a tab's top frame: the sender is this extension, it
 * runs in a tab, and the page is not one of ours. Pages of ours are answered by handleRequest only.
 */
export function isFromOurContentScript(sender: Browser.runtime.MessageSender): sender is Browser.runtime.MessageSender & { tab: { id: number }; url: string } {
  const origin = browser.runtime.getURL('/');
  return (
    sender.id === browser.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    (sender.frameId === undefined || sender.frameId === 0) &&
    typeof sender.url === 'string' &&
    !sender.url.startsWith(origin)
  );
}

/** How each request is answered: the map's type holds every answer to ResponseFor. */
const ANSWER: { [T in RequestType]: (request: RequestOf<T>) => Promise<ResponseFor[T]> } = {
  'clip-tab': (request) => clipTab(request.tabId, request.frameId),
  'export-backup': () => exportBackup(getDatabase()),
  'import-backup': async (request) => {
    const outcome = await importBackup(getDatabase(), request.backup);
    // Term dates or children in the backup can change how existing records read, not just new ones.
    if (outcome.ok) await analyseStale(getDatabase());
    return toImportResponse(outcome);
  },
  'analyse-stale': async (request) => ({ ok: true, analysed: await analyseStale(getDatabase(), request.recordIds) }),
  'page-findings': (request) => pageFindings(request.tabId),
};

/** Async so that a handler which throws still answers, with `{ ok: false, error }` (listenForRequests). */
export async function handleRequest<T extends RequestType>(request: RequestOf<T>): Promise<ResponseFor[T]> {
  const answer: (request: RequestOf<T>) => Promise<ResponseFor[T]> = ANSWER[request.type];
  return answer(request);
}

export function listenForRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const failed = (error: unknown) => sendResponse({ ok: false, error: String(error) } satisfies BackgroundFailure);
    if (isFromOwnPage(sender)) {
      if (!isExtensionRequest(message)) return false;
      handleRequest(message).then(sendResponse, failed);
      return true; // answer asynchronously
    }
    if (isFromOurContentScript(sender)) {
      if (!isFromHighlighterMessage(message)) return false;
      answerHighlighter(message, { tabId: sender.tab.id, url: sender.url }).then(sendResponse, failed);
      return true;
    }
    return false;
  });
}
