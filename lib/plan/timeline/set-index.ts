// Lookups over one child's record set, built once in a single pass over each list so the flags and
// the timeline never scan a list inside a loop over another.

import type { RecordHead } from '@/lib/model/record-head';
import type { CommitmentMark, IsoDay } from '@/lib/model/plan';
import { recordDayOf } from '@/lib/plan/timeline/record-day';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';

export interface RecordSetIndex {
  recordById: Map<string, RecordHead>;
  /** Only records whose day can be read. */
  recordDay: Map<string, IsoDay>;
  /** The latest mark for each finding. */
  markByFinding: Map<string, CommitmentMark>;
}

export function indexRecordSet(set: ChildRecordSet): RecordSetIndex {
  const recordById = new Map<string, RecordHead>();
  const recordDay = new Map<string, IsoDay>();
  for (const head of set.records) {
    recordById.set(head.id, head);
    const day = recordDayOf(head);
    if (day) recordDay.set(head.id, day);
  }
  const markByFinding = new Map<string, CommitmentMark>();
  for (const mark of set.marks) {
    const seen = markByFinding.get(mark.findingId);
    if (!seen || seen.markedAt <= mark.markedAt) markByFinding.set(mark.findingId, mark);
  }
  return { recordById, recordDay, markByFinding };
}
