// Webmails the parent switched highlighting off for. Removing the host permission is how a switch
// normally goes off, but a permission the browser will not remove (one an administrator or a test
// build grants) must not keep the highlights on: this list is what the switch itself says.
import { browser } from 'wxt/browser';

export const HIGHLIGHTING_OFF_KEY = 'highlightingOff';

export async function highlightingOff(): Promise<string[]> {
  const stored = await browser.storage.local.get(HIGHLIGHTING_OFF_KEY);
  const value = stored[HIGHLIGHTING_OFF_KEY];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function setHighlightingOff(patterns: readonly string[], off: boolean): Promise<void> {
  const now = new Set(await highlightingOff());
  for (const p of patterns) {
    if (off) now.add(p);
    else now.delete(p);
  }
  await browser.storage.local.set({ [HIGHLIGHTING_OFF_KEY]: [...now].sort() });
}
