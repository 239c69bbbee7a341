import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDatabase } from '@/lib/db/database';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { IsoDay } from '@/lib/model/plan';
import { loadChildPreview, loadChildRecordSet } from '@/lib/db/repositories/load-child-set';

export interface ProgressiveSet {
  set: ChildRecordSet | null | undefined;
  /** False while only the newest records are in: flags and counts need the whole record. */
  complete: boolean;
}

/**
 * A child's timeline data in two steps: the newest records at once, so the page is usable in a
 * blink, then everything (years of email take a moment to read). Both stay live.
 */
export function useProgressiveChildSet(childId: string, today: IsoDay): ProgressiveSet {
  const [wantFull, setWantFull] = useState(false);
  const [fullReady, setFullReady] = useState(false);
  // Once the whole record is in, the first screen's query stops listening for changes.
  const preview = useLiveQuery(() => (fullReady ? null : loadChildPreview(getDatabase(), childId, today)), [childId, today, fullReady]);
  const previewReady = preview !== undefined;
  // Ask for the whole record only once the first screen has painted, so the two reads never race.
  useEffect(() => {
    if (!previewReady || wantFull) return;
    const frame = requestAnimationFrame(() => setWantFull(true));
    return () => cancelAnimationFrame(frame);
  }, [previewReady, wantFull]);
  const full = useLiveQuery(() => (wantFull ? loadChildRecordSet(getDatabase(), childId, today) : undefined), [childId, today, wantFull]);
  useEffect(() => {
    if (full !== undefined && !fullReady) setFullReady(true);
  }, [full, fullReady]);
  return full !== undefined ? { set: full, complete: true } : { set: preview, complete: false };
}
