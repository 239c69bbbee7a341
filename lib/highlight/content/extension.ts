// The highlighter's only door to the extension APIs: send to the background, listen to it, and
// tell whether the extension behind this script is still there (after an update or a reload it is
// not, and the orphaned script must stop).
import { browser } from 'wxt/browser';
import type { HighlighterIo } from '@/lib/highlight/content/highlighter';

export function extensionIo(): HighlighterIo {
  return {
    send: (message) => browser.runtime.sendMessage(message),
    alive: extensionAlive,
    onMessage(listener) {
      const handle = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
        const answer = listener(message);
        if (answer === undefined) return false;
        sendResponse(answer);
        return false;
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
  };
}

/** False once this content script is orphaned (the extension was updated, reloaded or removed). */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}
