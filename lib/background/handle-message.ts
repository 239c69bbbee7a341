import { browser, type Browser } from 'wxt/browser';
import { exportBackup } from '../backup/export-backup';
import { importBackup } from '../backup/import-backup';
import { getDatabase } from '../db/database';
import { analyseStale } from '../findings/store-findings';
import { isExtensionRequest, toImportResponse, type ExtensionRequest, type ResponseFor } from '../messages';
import { clipTab } from './clip-tab';

/** Only the extension's own pages (side panel, options, tests driving them) may ask. */
export function isFromOwnPage(sender: Browser.runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(origin);
}

export async function handleRequest(request: ExtensionRequest): Promise<ResponseFor[ExtensionRequest['type']]> {
  switch (request.type) {
    case 'clip-tab':
      return clipTab(request.tabId, request.frameId);
    case 'export-backup':
      return exportBackup(getDatabase());
    case 'import-backup': {
      const outcome = await importBackup(getDatabase(), request.backup);
      // Term dates or children in the backup can change how existing records read, not just new ones.
      if (outcome.ok) await analyseStale(getDatabase());
      return toImportResponse(outcome);
    }
    case 'analyse-stale':
      return { ok: true, analysed: await analyseStale(getDatabase()) };
  }
}

export function listenForRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isExtensionRequest(message) || !isFromOwnPage(sender)) return false;
    handleRequest(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
    return true; // answer asynchronously
  });
}
