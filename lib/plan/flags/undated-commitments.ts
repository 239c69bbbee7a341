// A promise with no day at all cannot be checked later: worth asking when. Once the parent marks
// it either way, it has been dealt with.

import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { Flag } from '@/lib/plan/flags/types';

export function undatedCommitments(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Flag[] {
  const flags: Flag[] = [];
  for (const finding of set.findings) {
    if (finding.kind !== 'commitment' || finding.due !== null || index.markByFinding.has(finding.id)) continue;
    const recordDay = index.recordDay.get(finding.recordId) ?? null;
    const words = { actor: finding.actor, text: finding.text, recordDay, hedged: finding.hedged, conditional: finding.conditional };
    flags.push({
      kind: 'undated-commitment',
      id: `undated-commitment:${finding.id}`,
      severity: 'check',
      title: FLAG_MESSAGES['undated-commitment'].title(words),
      detail: FLAG_MESSAGES['undated-commitment'].detail(words),
      day: recordDay,
      findingId: finding.id,
      planId: null,
      provisionId: null,
      recordIds: [finding.recordId],
    });
  }
  return flags;
}
