import { browser } from 'wxt/browser';

/**
 * Opens the side panel beside the page. Browsers only allow this straight from a click or
 * shortcut, so call it before any await in the handler.
 */
export function openSidePanel(tabId: number, windowId?: number): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } } }).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const opening = chromeSidePanel
    ? chromeSidePanel.open(windowId !== undefined ? { windowId } : { tabId })
    : firefoxSidebar?.open();
  // The panel is a convenience: the save goes ahead (with badge and toast) even if it can't open.
  void opening?.catch(() => {});
}
