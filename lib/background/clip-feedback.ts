import { browser } from 'wxt/browser';
import type { ClipTabResponse } from '@/lib/protocol/clip-tab';
import { setClipStatus, type ClipStatus } from '@/lib/background/clip-status';
import { showPageToast } from '@/lib/background/page-toast';

export function describeClip(response: ClipTabResponse): Pick<ClipStatus, 'tone' | 'message' | 'recordIds'> {
  if (!response.ok) return { tone: 'error', message: response.error, recordIds: [] };
  const n = response.recordIds.length;
  if (response.duplicate) {
    return { tone: 'duplicate', message: n > 1 ? 'Already saved: these messages are in your record.' : 'Already saved: this is in your record.', recordIds: response.recordIds };
  }
  return { tone: 'saved', message: n > 1 ? `Saved ${n} messages to On Record.` : 'Saved to On Record.', recordIds: response.recordIds };
}

/** Tells the parent what happened: in the side panel, on the toolbar badge and on the page. */
export async function reportClip(tabId: number, response: ClipTabResponse): Promise<void> {
  const status = describeClip(response);
  await setClipStatus({ ...status, at: new Date().toISOString() });
  const badge = { saved: '✓', duplicate: '✓', error: '!' }[status.tone as 'saved' | 'duplicate' | 'error'];
  await browser.action.setBadgeBackgroundColor({ tabId, color: status.tone === 'error' ? '#a4262c' : '#0b6e4f' });
  await browser.action.setBadgeText({ tabId, text: badge });
  setTimeout(() => void browser.action.setBadgeText({ tabId, text: '' }).catch(() => {}), 4000);
  await browser.scripting
    .executeScript({ target: { tabId }, func: showPageToast, args: [status.message, status.tone as 'saved' | 'duplicate' | 'error'] })
    .catch(() => {
      // Pages we may not script (browser pages) still get the badge and the side panel.
    });
}
