import { browser } from 'wxt/browser';

export const SAVE_MENU_ID = 'save-to-on-record';
export const HIGHLIGHT_MENU_ID = 'highlight-with-on-record';

export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save to On Record',
      contexts: ['page', 'selection', 'frame'],
    });
    // On webmail the parent has switched on, the highlighter starts by itself; anywhere else, here.
    // The page only, not a frame in it: the highlighter runs in the top frame.
    browser.contextMenus.create({
      id: HIGHLIGHT_MENU_ID,
      title: 'Highlight promises and vague wording on this page',
      contexts: ['page'],
    });
  });
}
