import type { CapturedItem } from '../capture/types';
import { textHash } from './hash';
import type { SavedRecord } from './types';

export async function buildRecord(item: CapturedItem, now: Date, id: string = crypto.randomUUID()): Promise<SavedRecord> {
  return {
    ...item,
    id,
    capturedAt: now.toISOString(),
    textHash: await textHash(item.text),
    childId: null,
  };
}
