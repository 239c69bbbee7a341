// Saving the email open in a tab, from the toolbar, shortcut, menu or the highlighter's "Save this
// email": the usual save with its feedback, then the vague-wording count back on the badge.
import type { ClipTabResponse } from '@/lib/protocol/clip-tab';
import { setClipStatus } from '@/lib/background/clip-status';
import { reportClip } from '@/lib/background/clip-feedback';
import { clipTab } from '@/lib/background/clip-tab';
import { restoreVagueCountAfterSave } from '@/lib/highlight/background/badge';

export async function saveFromTab(tabId: number, frameId?: number): Promise<ClipTabResponse> {
  await setClipStatus({ at: new Date().toISOString(), tone: 'working', message: 'Saving…', recordIds: [] });
  const response = await clipTab(tabId, frameId);
  await reportClip(tabId, response).catch(() => {
    // A tab closed mid-save: the record is saved all the same.
  });
  restoreVagueCountAfterSave(tabId);
  return response;
}
