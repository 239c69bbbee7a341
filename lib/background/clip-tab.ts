import { browser } from 'wxt/browser';
import type { CaptureResult } from '@/lib/model/captured-item';
import { getDatabase } from '@/lib/db/database';
import type { ClipTabResponse } from '@/lib/protocol/clip-tab';
import { allChildren } from '@/lib/db/repositories/children';
import { analyseAndStore } from '@/lib/db/repositories/findings';
import { guessChild } from '@/lib/plan/assign/guess-child';
import { saveCaptured } from '@/lib/db/repositories/save-captured';
import { isCaptureResult } from '@/lib/protocol/capture-result';

const CAPTURE_SCRIPT = '/capture.js';

const CANNOT_READ =
  'On Record can’t read this page. Browser pages, the web store and some protected pages are off limits; open the email in its own tab and try again.';

/** Reads the open email (or selection, or page) in a tab and saves it, keeping one copy. */
export async function clipTab(tabId: number, frameId?: number): Promise<ClipTabResponse> {
  let result: CaptureResult;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: frameId ? { tabId, frameIds: [frameId] } : { tabId },
      files: [CAPTURE_SCRIPT],
    });
    const value: unknown = injection?.result;
    result = isCaptureResult(value) ? value : { ok: false, error: CANNOT_READ };
  } catch {
    return { ok: false, error: CANNOT_READ };
  }
  if (!result.ok) return result;
  if (result.items.length === 0) {
    return { ok: false, error: 'On Record found nothing to save on this page. Open the email, then try again.' };
  }
  try {
    const db = getDatabase();
    // Filed under the child it is about when that is clear; the parent can change it in one step.
    const children = await allChildren(db);
    const outcome = await saveCaptured(db, result.items, { childFor: (record) => guessChild(record, children)?.childId ?? null });
    await analyseAndStore(db, outcome.addedIds).catch((error: unknown) => {
      // The email is saved whatever happens here; start-up analyses anything left unread.
      console.error('On Record: analysis failed', error);
    });
    return { ok: true, recordIds: outcome.recordIds, duplicate: outcome.duplicate };
  } catch (error) {
    return { ok: false, error: `On Record could not save this: ${String(error)}. Nothing was changed.` };
  }
}
