import { browser } from 'wxt/browser';

export const SAVE_MENU_ID = 'save-to-on-record';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save to On Record',
      contexts: ['page', 'selection', 'frame'],
    }),
  );
}
