// A promise whose day has passed with nothing to show it was kept. A 'not-kept' mark keeps it
// flagged; hedged and conditional promises stay too, with a caveat, since the parent may still
// want to chase them. A promise kept only for the parent's mark (the current rules no longer find
// it) is flagged only when that mark says it was not kept.

import { isRetired } from '@/lib/findings/retired-finding';
import { FLAG_MESSAGES } from '@/lib/plan/flags/messages';
import { indexRecordSet, type RecordSetIndex } from '@/lib/plan/timeline/set-index';
import type { ChildRecordSet } from '@/lib/plan/timeline/types';
import type { Flag } from '@/lib/plan/flags/types';

export function overdueCommitments(set: ChildRecordSet, index: RecordSetIndex = indexRecordSet(set)): Flag[] {
  const flags: Flag[] = [];
  for (const finding of set.findings) {
    if (finding.kind !== 'commitment' || finding.due === null || !(finding.due < set.today)) continue;
    const mark = index.markByFinding.get(finding.id);
    if (mark?.status === 'kept') continue;
    const markedNotKept = mark?.status === 'not-kept';
    if (!markedNotKept && isRetired(finding)) continue;
    const words = {
      actor: finding.actor,
      text: finding.text,
      recordDay: index.recordDay.get(finding.recordId) ?? null,
      hedged: finding.hedged,
      conditional: finding.conditional,
    };
    flags.push({
      kind: 'overdue-commitment',
      id: `overdue-commitment:${finding.id}`,
      severity: finding.conditional && !markedNotKept ? 'check' : 'act',
      title: FLAG_MESSAGES['overdue-commitment'].title(words, markedNotKept),
      detail: FLAG_MESSAGES['overdue-commitment'].detail(words, finding.due, markedNotKept),
      day: finding.due,
      findingId: finding.id,
      planId: null,
      provisionId: null,
      recordIds: evidenceAndSource(finding.recordId, mark?.evidenceRecordId ?? null),
      due: finding.due,
      markedNotKept,
      hedged: finding.hedged,
      conditional: finding.conditional,
    });
  }
  return flags;
}

function evidenceAndSource(recordId: string, evidenceId: string | null): string[] {
  return evidenceId && evidenceId !== recordId ? [recordId, evidenceId] : [recordId];
}
