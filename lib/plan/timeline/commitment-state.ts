// Where a promise stands on a given day. The parent's mark wins over the dates: a promise marked
// kept is kept even if the day has passed.

import type { CommitmentMark, IsoDay } from '@/lib/model/plan';
import type { CommitmentFindingRecord, CommitmentState } from '@/lib/plan/timeline/types';

export function commitmentState(finding: Pick<CommitmentFindingRecord, 'due'>, mark: CommitmentMark | undefined, today: IsoDay): CommitmentState {
  if (mark) return mark.status;
  if (finding.due === null) return 'undated';
  return finding.due < today ? 'overdue' : 'open';
}
