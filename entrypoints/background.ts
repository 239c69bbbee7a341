import { browser } from 'wxt/browser';
import { clipTab } from '@/lib/background/clip-tab';
import { reportClip } from '@/lib/background/clip-feedback';
import { createContextMenu, SAVE_MENU_ID } from '@/lib/background/context-menu';
import { listenForRequests } from '@/lib/background/handle-message';
import { openSidePanel } from '@/lib/background/open-side-panel';
import { setClipStatus } from '@/lib/background/clip-status';

async function saveFromTab(tabId: number, frameId?: number): Promise<void> {
  await setClipStatus({ at: new Date().toISOString(), tone: 'working', message: 'Saving…', recordIds: [] });
  await reportClip(tabId, await clipTab(tabId, frameId));
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createContextMenu);
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
