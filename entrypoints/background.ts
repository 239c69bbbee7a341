import { browser } from 'wxt/browser';
import { clipTab } from '@/lib/background/clip-tab';
import { reportClip } from '@/lib/background/clip-feedback';
import { createContextMenu, SAVE_MENU_ID } from '@/lib/background/context-menu';
import { listenForRequests } from '@/lib/background/handle-message';
import { openSidePanel } from '@/lib/background/open-side-panel';
import { setClipStatus } from '@/lib/background/clip-status';
import { getDatabase } from '@/lib/db/database';
import { analyseStale } from '@/lib/findings/store-findings';

async function saveFromTab(tabId: number, frameId?: number): Promise<void> {
  await setClipStatus({ at: new Date().toISOString(), tone: 'working', message: 'Saving…', recordIds: [] });
  await reportClip(tabId, await clipTab(tabId, frameId));
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createContextMenu);
  // Records saved before an update to the rules (or before analysis existed) are read again.
  const catchUp = () => void analyseStale(getDatabase()).catch((error: unknown) => console.error('On Record: analysis failed', error));
  browser.runtime.onInstalled.addListener(catchUp);
  browser.runtime.onStartup.addListener(catchUp);
  listenForRequests();

  browser.action.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    openSidePanel(tab.id, tab.windowId);
    void saveFromTab(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'save-to-on-record' || tab?.id === undefined) return;
    openSidePanel(tab.id, tab.windowId);
    void saveFromTab(tab.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined) return;
    openSidePanel(tab.id, tab.windowId);
    void saveFromTab(tab.id, info.frameId || undefined);
  });
});
