import type { CapturedItem } from '@/lib/model/captured-item';
import { textHash } from '@/lib/model/text-hash';
import type { SavedRecord } from '@/lib/model/record';

export async function buildRecord(item: CapturedItem, now: Date, id: string = crypto.randomUUID()): Promise<SavedRecord> {
  return {
    ...item,
    id,
    capturedAt: now.toISOString(),
    textHash: await textHash(item.text),
    childId: null,
  };
}
