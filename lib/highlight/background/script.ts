// Where the highlighter content script is built to (entrypoints/highlighter.content.ts, a WXT
// content script with `registration: 'runtime'`), and how to inject it into one tab.
import { browser, type PublicPath } from 'wxt/browser';

// Cast through string: until the content script is built, WXT's list of public paths lacks it.
export const HIGHLIGHTER_SCRIPT = '/content-scripts/highlighter.js' as string as Extract<PublicPath, `${string}.js`>;

/** Starts the highlighter in a tab's top frame. Rejects when the page may not be scripted. */
export async function injectHighlighter(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [HIGHLIGHTER_SCRIPT] });
}
