import { browser } from 'wxt/browser';
import { createContextMenu, HIGHLIGHT_MENU_ID, SAVE_MENU_ID } from '@/lib/background/context-menu';
import { listenForRequests } from '@/lib/background/handle-message';
import { highlightTab } from '@/lib/highlight/background/highlight-tab';
import { listenForRequestedTabs } from '@/lib/highlight/background/on-request';
import { listenForWebmailSwitches } from '@/lib/highlight/background/permission-changes';
import { saveFromTab } from '@/lib/highlight/background/save-from-tab';
import { openSidePanel } from '@/lib/background/open-side-panel';
import { getDatabase } from '@/lib/db/database';
import { analyseStale } from '@/lib/db/repositories/findings';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(createContextMenu);
  // Records saved before an update to the rules (or before analysis existed) are read again.
  const catchUp = () => void analyseStale(getDatabase()).catch((error: unknown) => console.error('On Record: analysis failed', error));
  browser.runtime.onInstalled.addListener(catchUp);
  browser.runtime.onStartup.addListener(catchUp);
  listenForRequests();
  // Highlighting runs by itself on the webmail sites the parent has switched on, and only there.
  listenForWebmailSwitches();
  // Anywhere else, only in a tab the parent asked about from the context menu.
  listenForRequestedTabs();

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
    if (tab?.id === undefined) return;
    if (info.menuItemId === SAVE_MENU_ID) {
      openSidePanel(tab.id, tab.windowId);
      void saveFromTab(tab.id, info.frameId || undefined);
    } else if (info.menuItemId === HIGHLIGHT_MENU_ID) {
      void highlightTab(tab.id, tab.url ?? info.pageUrl);
    }
  });
});
