// How much vague wording there has been, by sender and by term, for the UI to show as counts.

import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import { tallyVague } from '@/lib/plan/flags/vague-tally';

export interface VagueCounts {
  /** Most first. */
  bySender: { sender: string; address: string; count: number }[];
  /** Oldest first, from the first term with anything saved to the current term, empty terms included. */
  byTerm: { term: string; key: string; from: string; to: string; count: number; approximate: boolean }[];
}

export function vagueCounts(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): VagueCounts {
  const tally = tallyVague(set, index);
  const bySender = [...tally.bySender.values()].sort((a, b) => b.count - a.count || a.sender.localeCompare(b.sender));
  const firstUsed = tally.byTerm.findIndex((t) => t.records > 0);
  const lastShown = Math.max(tally.now, lastIndexWith(tally.byTerm, (t) => t.records > 0));
  const byTerm = firstUsed < 0 ? [] : tally.byTerm.slice(firstUsed, lastShown + 1).map((t) => ({
    term: t.term.name,
    key: t.term.key,
    from: t.term.start,
    to: t.term.end,
    count: t.vague,
    approximate: t.term.approximate,
  }));
  return { bySender, byTerm };
}

function lastIndexWith<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
