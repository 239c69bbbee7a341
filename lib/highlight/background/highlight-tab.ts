// The context menu's "Highlight promises and vague wording on this page": the click grants
// activeTab for the tab, which is all the highlighter needs on a page that is not a webmail.
import { browser } from 'wxt/browser';
import { forgetRequestedTabs, rememberRequestedTab } from '@/lib/highlight/background/on-request';
import { injectHighlighter } from '@/lib/highlight/background/script';

/** `url`: the page the menu was clicked on, so that leaving its origin ends the request. */
export async function highlightTab(tabId: number, url?: string): Promise<boolean> {
  // Noted first: the highlighter asks for its analysis as soon as it starts.
  await rememberRequestedTab(tabId, url);
  try {
    await injectHighlighter(tabId);
    return true;
  } catch {
    await forgetRequestedTabs([tabId]);
    // Browser pages and the web store may not be scripted: say so on the badge for a moment.
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#a4262c' }).catch(() => {});
    await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => {});
    setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}), 4000);
    return false;
  }
}
